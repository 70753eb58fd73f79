/// One record of a CSV file: its fields and the 1-based line it starts on.
public struct CSVRecord: Equatable, Sendable {
  /// The 1-based line number where the record starts.
  public var line: Int
  /// The fields, unquoted.
  public var fields: [String]

  /// Creates a record.
  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }
}
