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
  ///   - columnsLabel: What introduces the list of columns in messages; by default
  ///     `<what>'s columns`.
  /// - Throws: `DatasetError` for malformed CSV, an empty file, or a header with an unexpected,
  ///   repeated or missing column.
  init(
    bytes: some Collection<UInt8>, file: String, columns: [String], what: String,
    columnsLabel: String? = nil
  ) throws(DatasetError) {
    let records = try CSVTable.parseRecords(bytes: bytes, file: file)
    guard let header = records.first else {
      throw .empty(file: file, expected: "\(what) with a header line")
    }
    let expectedText = (columnsLabel ?? "\(what)'s columns") + ": " + columns.joined(separator: ",")
    var index: [String: Int] = [:]
    for (position, name) in header.fields.enumerated() {
      guard columns.contains(name), index[name] == nil else {
        throw .unexpectedColumn(
          file: file, position: position + 1, name: name, expected: expectedText)
      }
      index[name] = position
    }
    if let absent = columns.first(where: { index[$0] == nil }) {
      throw .missingColumn(file: file, column: absent, expected: expectedText)
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

  /// A column found in the header: its name, for messages, and its position in each row, found
  /// once so that reading a field hashes nothing.
  struct Column {
    /// The header name.
    let name: String
    /// The position in each row; -1 for a name not expected (its fields read as empty).
    let position: Int
  }

  /// The column with this header name (one of those expected).
  func column(_ name: String) -> Column { Column(name: name, position: index[name] ?? -1) }

  /// A row's field in a column.
  func field(_ column: Column, of row: CSVRecord) -> String {
    guard column.position >= 0, column.position < row.fields.count else { return "" }
    return row.fields[column.position]
  }

  /// An error for a bad field of a row.
  func invalid(_ column: Column, of row: CSVRecord, expected: String) -> DatasetError {
    .invalidField(
      file: file, line: row.line, field: column.name, value: field(column, of: row),
      expected: expected)
  }

  /// A finance cell: a plain number, or a marker (`-`, `x`, `[x]`, `[n]`, `[note 4]`, empty).
  func financeValue(_ column: Column, of row: CSVRecord) throws(DatasetError) -> OfficialValue {
    let text = field(column, of: row)
    if let number = Self.number(text) { return .number(number) }
    if let marker = SuppressionMarker.finance(text) { return .suppressed(marker) }
    throw invalid(
      column, of: row, expected: "a number or a marker (-, x, [x], [n], [note 4] or empty)")
  }

  /// A financial year written `2024-25`, as its start year.
  func financialYear(_ column: Column, of row: CSVRecord) throws(DatasetError) -> Int {
    guard let year = Self.startYear(ofPublished: field(column, of: row)) else {
      throw invalid(column, of: row, expected: "a financial year such as 2024-25")
    }
    return year
  }

  /// A plain decimal as ``NumberField/double(_:)`` reads it (an optional minus sign, digits, at
  /// most one point with digits after it, at most 18 significant digits), as a `Double`, read in
  /// one pass over the bytes without a `Decimal` on the way: every finance row has one.
  ///
  /// When the significant digits fit a double exactly (below 2⁵³) and the power of ten does too
  /// (10²² at most), digits ÷ 10^fraction is one correctly rounded division, the value `strtod`
  /// gives; otherwise `Double(text)` reads it.
  static func number(_ text: String) -> Double? {
    var isNegative = false
    var significand: UInt64 = 0
    var significantDigits = 0
    var fractionDigits = 0
    var digitsBeforePoint = 0
    var digitsAfterPoint = 0
    var seenPoint = false
    var position = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "-"), position == 0 {
        isNegative = true
      } else if byte == UInt8(ascii: ".") {
        guard !seenPoint else { return nil }
        seenPoint = true
      } else if byte >= 48, byte <= 57 {
        if seenPoint { digitsAfterPoint += 1 } else { digitsBeforePoint += 1 }
        // Zeros before the first significant digit of the whole part do not count.
        if significand != 0 || byte != 48 || seenPoint {
          significantDigits += 1
          guard significantDigits <= 18 else { return nil }
          significand = significand * 10 + UInt64(byte - 48)
          if seenPoint { fractionDigits += 1 }
        }
      } else {
        return nil
      }
      position += 1
    }
    guard digitsBeforePoint > 0, !seenPoint || digitsAfterPoint > 0 else { return nil }
    if significand < 1 << 53, fractionDigits < powersOfTen.count {
      let magnitude = Double(significand) / powersOfTen[fractionDigits]
      return isNegative ? -magnitude : magnitude
    }
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  /// 10⁰ to 10²², each exact in a `Double`.
  private static let powersOfTen: [Double] = (0...22).map { exponent in
    var power = 1.0
    for _ in 0..<exponent { power *= 10 }
    return power
  }

  /// The start year of a financial year in the files' one form, `2024-25`: four digits, a
  /// hyphen and the next year's last two digits, 1900-01 to 2098-99 (the `2024-25` forms
  /// `FinancialYear(parsing:)` accepts), read byte by byte because every row has one.
  static func startYear(ofPublished text: String) -> Int? {
    var start = 0
    var end = 0
    var count = 0
    for byte in text.utf8 {
      let digit = Int(byte) - 48
      switch count {
      case 0...3:
        guard (0...9).contains(digit) else { return nil }
        start = start * 10 + digit
      case 4:
        guard byte == UInt8(ascii: "-") else { return nil }
      case 5, 6:
        guard (0...9).contains(digit) else { return nil }
        end = end * 10 + digit
      default: return nil
      }
      count += 1
    }
    guard count == 7, (1900...2098).contains(start), end == (start + 1) % 100 else { return nil }
    return start
  }
}
