/// A CSV file read against the header a loader expects; rows keyed by column name.
struct CSVTable {
  /// The file name used in messages, such as `datasets/figures.csv`.
  let file: String
  /// Column index by header name.
  let columns: [String: Int]
  /// Data rows (the header excluded).
  let rows: [CSVRecord]

  /// Parses bytes and checks the header is exactly `expectedHeader` (order included).
  static func parse(
    bytes: some Collection<UInt8>, file: String, expectedHeader: [String], allowEmpty: Bool = true
  ) throws(DatasetError) -> CSVTable {
    let records = try parseRecords(bytes: bytes, file: file)
    guard let header = records.first else {
      throw .empty(file: file, expected: "a header line: \(expectedHeader.joined(separator: ","))")
    }
    guard header.fields == expectedHeader else {
      throw .unexpectedHeader(
        file: file, found: header.fields.joined(separator: ","),
        expected: expectedHeader.joined(separator: ","))
    }
    let rows = Array(records.dropFirst())
    if !allowEmpty, rows.isEmpty {
      throw .empty(file: file, expected: "at least one row after the header")
    }
    let columns = Dictionary(
      expectedHeader.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return CSVTable(file: file, columns: columns, rows: rows)
  }

  /// Parses bytes into records, turning CSV errors into dataset errors for `file`.
  static func parseRecords(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [CSVRecord]
  {
    do {
      return try CSVParser.parse(bytes: bytes)
    } catch {
      throw .malformedCSV(file: file, line: error.line, problem: error.description)
    }
  }

  /// Checks a row has one field per column; loaders call it first for each row, in order, so the
  /// first bad row is the one reported.
  func requireFieldCount(_ row: CSVRecord) throws(DatasetError) {
    guard row.fields.count != columns.count else { return }
    throw .wrongFieldCount(
      file: file, line: row.line, found: row.fields.count, expected: columns.count)
  }

  /// A row's field by column name (the column must be in the expected header).
  func field(_ name: String, of row: CSVRecord) -> String {
    guard let index = columns[name], index < row.fields.count else { return "" }
    return row.fields[index]
  }

  /// An error for a bad field of a row.
  func invalid(_ name: String, of row: CSVRecord, expected: String) -> DatasetError {
    .invalidField(
      file: file, line: row.line, field: name, value: field(name, of: row), expected: expected)
  }
}
