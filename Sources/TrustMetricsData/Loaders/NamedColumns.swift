import TrustMetricsCore

/// A CSV file whose columns are found by header name, in any order; every expected column must
/// be present, and none other.
struct NamedColumns {
  /// The file name used in messages.
  let file: String
  /// Column index by header name.
  private let index: [String: Int]
  /// The number of columns in the header.
  let width: Int
  /// Data rows (the header excluded), in file order.
  let rows: ArraySlice<CSVRecord>

  /// Parses bytes and finds each expected column.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - file: The path shown in messages.
  ///   - columns: The columns expected, each exactly once.
  ///   - what: What the file is, for messages (`DfE's section 251 outturn`).
  /// - Throws: `DatasetError` for malformed CSV, an empty file, or a header with an unexpected,
  ///   repeated or missing column.
  init(bytes: some Collection<UInt8>, file: String, columns: [String], what: String)
    throws(DatasetError)
  {
    let records = try CSVTable.parseRecords(bytes: bytes, file: file)
    guard let header = records.first else {
      throw .empty(file: file, expected: "\(what) with a header line")
    }
    let expectedText = "\(what)'s columns: " + columns.joined(separator: ",")
    var index: [String: Int] = [:]
    for (position, name) in header.fields.enumerated() {
      guard columns.contains(name), index[name] == nil else {
        throw .unexpectedHeader(
          file: file, found: "column \(position + 1) is \"\(name)\"", expected: expectedText)
      }
      index[name] = position
    }
    if let absent = columns.first(where: { index[$0] == nil }) {
      throw .unexpectedHeader(file: file, found: "no column \"\(absent)\"", expected: expectedText)
    }
    guard records.count > 1 else { throw .empty(file: file, expected: "at least one row of data") }
    self.file = file
    self.index = index
    width = header.fields.count
    rows = records.dropFirst()
  }

  /// Checks a row has one field per column.
  func requireFieldCount(_ row: CSVRecord) throws(DatasetError) {
    guard row.fields.count != width else { return }
    throw .wrongFieldCount(file: file, line: row.line, found: row.fields.count, expected: width)
  }

  /// A row's field by column name (the column must be one of those expected).
  func field(_ name: String, of row: CSVRecord) -> String {
    guard let position = index[name], position < row.fields.count else { return "" }
    return row.fields[position]
  }

  /// An error for a bad field of a row.
  func invalid(_ name: String, of row: CSVRecord, expected: String) -> DatasetError {
    .invalidField(
      file: file, line: row.line, field: name, value: field(name, of: row), expected: expected)
  }

  /// A finance cell: a plain number, or a marker (`-`, `x`, `[x]`, `[n]`, `[note 4]`, empty).
  func financeValue(_ name: String, of row: CSVRecord) throws(DatasetError) -> OfficialValue {
    let text = field(name, of: row)
    if let number = NumberField.double(text) { return .number(number) }
    if let marker = SuppressionMarker.finance(text) { return .suppressed(marker) }
    throw invalid(
      name, of: row, expected: "a number or a marker (-, x, [x], [n], [note 4] or empty)")
  }

  /// A financial year written `2024-25`, as its start year.
  func financialYear(_ name: String, of row: CSVRecord) throws(DatasetError) -> Int {
    let text = field(name, of: row)
    guard !text.hasPrefix("FY"), text.count == 7, let year = FinancialYear(parsing: text) else {
      throw invalid(name, of: row, expected: "a financial year such as 2024-25")
    }
    return year.startYear
  }
}
