/// An Excel table: a named range of records with a header row, filter buttons and banded rows.
public struct Table: Hashable, Sendable {
  /// The table's name, such as `Figures` (the rules of a defined name).
  public var name: String
  /// The header row and the records below it.
  public var range: CellRange
  /// One header per column, unique ignoring case.
  public var headers: [String]
  /// The style of the header cells.
  public var headerStyle: CellStyle?

  /// Creates a table description.
  ///
  /// - Parameters:
  ///   - name: The table's name.
  ///   - range: The header row and the records.
  ///   - headers: One header per column.
  ///   - headerStyle: The style of the header cells.
  public init(name: String, range: CellRange, headers: [String], headerStyle: CellStyle? = nil) {
    self.name = name
    self.range = range
    self.headers = headers
    self.headerStyle = headerStyle
  }
}
