extension CSVReader {
  /// Moves to the next record, a CSV problem or a failed read reported as a dataset error of
  /// `file`.
  ///
  /// - Parameter file: The path shown in messages.
  /// - Returns: `false` at the end of the input.
  /// - Throws: ``DatasetError/malformedCSV(file:line:problem:)`` or
  ///   ``DatasetError/unreadable(path:reason:)``.
  mutating func next(in file: String) throws(DatasetError) -> Bool {
    do {
      return try next()
    } catch {
      switch error {
      case .csv(let problem):
        throw .malformedCSV(file: file, line: problem.line, problem: problem.description)
      case .io(let code):
        throw .unreadable(path: file, reason: "read failed (errno \(code))")
      }
    }
  }
}
