/// A small RFC 4180 reader working on bytes: quoted fields with embedded commas, doubled quotes
/// and line breaks, an optional UTF-8 byte-order mark, and LF, CRLF or lone CR line ends.
///
/// Empty lines are skipped. The parser holds no state between calls and does no I/O, so it can
/// be fed from memory (tests, fuzzing) as well as from files. Loaders of large files read record
/// by record with the same engine (``CSVReader``) instead of collecting every record first.
public enum CSVParser {
  /// Parses a whole CSV text.
  ///
  /// - Parameter bytes: The file's bytes.
  /// - Returns: The records in order, each with the line it starts on.
  /// - Throws: `CSVError` naming the line of the first problem.
  public static func parse(bytes: some Collection<UInt8>) throws(CSVError) -> [CSVRecord] {
    let result =
      // unsafe: the byte scanner reads the caller's bytes in place, for this call only.
      bytes.withContiguousStorageIfAvailable(records(in:))
      ?? Array(bytes).withUnsafeBufferPointer(records(in:))
    return try result.get()
  }

  // unsafe: the byte scanner reads the caller's bytes in place, for this call only.
  private static func records(in buffer: UnsafeBufferPointer<UInt8>) -> Result<
    [CSVRecord], CSVError
  > {
    var reader = CSVReader(bytes: buffer)
    var records: [CSVRecord] = []
    do {
      while try reader.next() {
        var fields: [String] = []
        fields.reserveCapacity(reader.fieldCount)
        for index in 0..<reader.fieldCount { fields.append(reader.string(ofField: index)) }
        records.append(CSVRecord(line: reader.recordLine, fields: fields))
      }
    } catch {
      switch error {
      case .csv(let problem): return .failure(problem)
      case .io: preconditionFailure("a reader over memory does no I/O")
      }
    }
    return .success(records)
  }
}
