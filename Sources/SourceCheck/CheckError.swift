/// Why the checks could not run: the inputs do not fit together.
public enum CheckError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A claim names a figure that is not in the dataset.
  case unknownFigure(claim: String, figure: String)
  /// A figure or claim cites a source whose text was not loaded.
  case unknownSource(subject: String, source: String)

  /// One actionable sentence.
  public var description: String {
    switch self {
    case .unknownFigure(let claim, let figure):
      "claim \(claim) names figure \(figure), which is not in figures.csv; add it or fix the id"
    case .unknownSource(let subject, let source):
      "\(subject) cites \(source), which is not in the seeds directory; add the file or fix the name"
    }
  }
}
