public import TrustMetricsCore

/// Reads `sources.csv` (`source,title,publisher,date,url`) and `articles.csv`.
public enum SourceParser {
  /// The header of `sources.csv`.
  public static let header = ["source", "title", "publisher", "date", "url"]
  /// The header of `articles.csv`.
  public static let articleHeader = ["source", "first_line", "last_line", "title", "date", "url"]

  /// Parses `sources.csv`; each source must be a seed file, listed once.
  public static func parseSources(
    bytes: some Collection<UInt8>, file: String, sourceNames: Set<String>
  ) throws(DatasetError) -> [SourceDocument] {
    let table = try CSVTable.parse(bytes: bytes, file: file, expectedHeader: header)
    var documents: [SourceDocument] = []
    var firstLine: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      let source = table.field("source", of: row)
      guard sourceNames.contains(source) else {
        throw table.invalid("source", of: row, expected: "a file name in seeds/")
      }
      if let first = firstLine[source] {
        throw .duplicate(
          file: file, line: row.line, field: "source", value: source, firstLine: first)
      }
      firstLine[source] = row.line
      documents.append(
        SourceDocument(
          source: source, title: nonEmpty(table.field("title", of: row)),
          publisher: nonEmpty(table.field("publisher", of: row)),
          date: try TrustParser.optionalDate("date", of: row, in: table),
          url: nonEmpty(table.field("url", of: row))))
    }
    return documents
  }

  /// Parses `articles.csv`; line ranges must be positive and ordered.
  public static func parseArticles(
    bytes: some Collection<UInt8>, file: String, sourceNames: Set<String>
  ) throws(DatasetError) -> [Article] {
    let table = try CSVTable.parse(bytes: bytes, file: file, expectedHeader: articleHeader)
    var articles: [Article] = []
    for row in table.rows {
      try table.requireFieldCount(row)
      let source = table.field("source", of: row)
      guard sourceNames.contains(source) else {
        throw table.invalid("source", of: row, expected: "a file name in seeds/")
      }
      guard let first = Int(table.field("first_line", of: row)), first >= 1 else {
        throw table.invalid("first_line", of: row, expected: "a line number of 1 or more")
      }
      guard let last = Int(table.field("last_line", of: row)), last >= first else {
        throw table.invalid("last_line", of: row, expected: "a line number of first_line or more")
      }
      articles.append(
        Article(
          source: source, firstLine: first, lastLine: last,
          title: nonEmpty(table.field("title", of: row)),
          date: try TrustParser.optionalDate("date", of: row, in: table),
          url: nonEmpty(table.field("url", of: row))))
    }
    return articles
  }

  static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
