/// A number in a seed that is deliberately not a figure, with the reason (`excluded.csv`).
public struct Exclusion: Hashable, Sendable {
  /// The seed file name.
  public var source: String
  /// The 1-based line the text stands on.
  public var line: Int
  /// A byte-exact passage of that line holding the number.
  public var text: String
  /// Why it is not a figure ("a date", "page furniture", "ordinal").
  public var reason: String
}

/// Reads `excluded.csv` (`source,line,text,reason`).
public enum ExclusionParser {
  /// The header the file must have.
  public static let header = ["source", "line", "text", "reason"]

  /// Parses the file's bytes.
  public static func parse(bytes: some Collection<UInt8>, file: String, sourceNames: Set<String>)
    throws(DatasetError) -> [Exclusion]
  {
    let table = try CSVTable.parse(bytes: bytes, file: file, expectedHeader: header)
    var exclusions: [Exclusion] = []
    for row in table.rows {
      try table.requireFieldCount(row)
      guard sourceNames.contains(table.field("source", of: row)) else {
        throw table.invalid("source", of: row, expected: "a file name in seeds/")
      }
      guard let line = Int(table.field("line", of: row)), line >= 1 else {
        throw table.invalid("line", of: row, expected: "a line number of 1 or more")
      }
      guard !table.field("text", of: row).isEmpty else {
        throw table.invalid("text", of: row, expected: "the passage of the line holding the number")
      }
      guard !table.field("reason", of: row).isEmpty else {
        throw table.invalid("reason", of: row, expected: "why the number is not a figure")
      }
      exclusions.append(
        Exclusion(
          source: table.field("source", of: row), line: line, text: table.field("text", of: row),
          reason: table.field("reason", of: row)))
    }
    return exclusions
  }
}
