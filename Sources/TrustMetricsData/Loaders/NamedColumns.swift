import TrustMetricsCore

/// A CSV file whose columns are found by header name, in any order.
///
/// Every expected column must be present, and none other. The file is read one row at a time
/// (``CSVReader``), with no table of strings for the whole file: a loader reads numbers, codes,
/// years and markers from a field's bytes and makes a string only of the text a record keeps
/// (once per distinct text, when it is interned).
///
/// What is reported is what a whole-file parse followed by a row-by-row check reports: a
/// malformed CSV anywhere in the file comes first; otherwise an empty file, then a wrong header,
/// then a header with no rows, then the first bad row. So after a wrong header or the first bad
/// row the rest of the file is still read, for CSV problems only.
struct NamedColumns: ~Copyable {
  /// A column a loader expects: its header name, for messages, and where it is in the list of
  /// expected columns (so that reading a field hashes nothing).
  struct Column {
    /// The header name.
    let name: String
    /// The position in the expected columns; -1 for a name not expected (its fields read as
    /// empty).
    let expectedIndex: Int

    /// The column of this name among `columns`.
    init(_ name: String, in columns: [String]) {
      self.name = name
      expectedIndex = columns.firstIndex(of: name) ?? -1
    }
  }

  /// The file name used in messages.
  let file: String
  private var reader: CSVReader
  /// The position in each row of each expected column, in the order of the expected columns.
  private var positions: [Int] = []
  /// The number of columns in the header.
  private var width = 0

  private init(file: String, reader: consuming CSVReader) {
    self.file = file
    self.reader = reader
  }

  /// Reads a file, calling `row` for each data row in order until one throws.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - file: The path shown in messages.
  ///   - columns: The columns expected, each exactly once.
  ///   - what: What the file is, for messages (`DfE's section 251 outturn`).
  ///   - columnsLabel: How a wrong header's message introduces the expected columns; default
  ///     `what` + `'s columns`.
  ///   - row: Reads the current row (whose field count is checked first).
  /// - Throws: `DatasetError` for malformed CSV, an empty file, a header with an unexpected,
  ///   repeated or missing column, no row after the header, a row with the wrong number of
  ///   fields, or the first error `row` throws.
  static func read(
    bytes: some Collection<UInt8>, file: String, columns: [String], what: String,
    columnsLabel: String? = nil, row: (inout NamedColumns) throws(DatasetError) -> Void
  ) throws(DatasetError) {
    let outcome = CSVReader.reading(bytes) { reader in
      var table = NamedColumns(file: file, reader: reader)
      return Result { () throws(DatasetError) in
        try table.readAll(
          columns: columns, what: what, columnsLabel: columnsLabel ?? "\(what)'s columns",
          row: row)
      }
    }
    try outcome.get()
  }

  private mutating func readAll(
    columns: [String], what: String, columnsLabel: String,
    row: (inout NamedColumns) throws(DatasetError) -> Void
  ) throws(DatasetError) {
    guard try next() else { throw .empty(file: file, expected: "\(what) with a header line") }
    var problem = header(columns: columns, label: columnsLabel)
    var rows = 0
    while try next() {
      rows += 1
      guard problem == nil else { continue }
      do throws(DatasetError) {
        guard reader.fieldCount == width else {
          throw .wrongFieldCount(
            file: file, line: reader.recordLine, found: reader.fieldCount, expected: width)
        }
        try row(&self)
      } catch {
        problem = error
      }
    }
    if let problem { throw problem }
    guard rows > 0 else { throw .empty(file: file, expected: "at least one row of data") }
  }

  /// Finds each expected column in the current record, the header; the problem with it, if any.
  private mutating func header(columns: [String], label: String) -> DatasetError? {
    let expectedText = "\(label): " + columns.joined(separator: ",")
    var index: [String: Int] = [:]
    width = reader.fieldCount
    for position in 0..<width {
      let name = reader.string(ofField: position)
      guard columns.contains(name), index[name] == nil else {
        return .unexpectedColumn(
          file: file, position: position + 1, name: name, expected: expectedText)
      }
      index[name] = position
    }
    if let absent = columns.first(where: { index[$0] == nil }) {
      return .missingColumn(file: file, column: absent, expected: expectedText)
    }
    positions = columns.map { index[$0] ?? -1 }
    return nil
  }

  /// Moves to the next record; a CSV problem becomes a dataset error for the file.
  private mutating func next() throws(DatasetError) -> Bool {
    try reader.next(in: file)
  }

  // MARK: - The current row

  /// The 1-based line the current row starts on.
  var line: Int { reader.recordLine }

  /// The position of a column's field in the current row, or `nil` for a column not expected.
  private func position(_ column: Column) -> Int? {
    guard column.expectedIndex >= 0, column.expectedIndex < positions.count else { return nil }
    return positions[column.expectedIndex]
  }

  /// Calls `body` with the bytes of a field of the current row (doubled quotes made one).
  mutating func withBytes<Result>(_ column: Column, _ body: (Span<UInt8>) -> Result) -> Result {
    guard let position = position(column) else {
      let empty: [UInt8] = []
      return body(empty.span)
    }
    return reader.withBytes(ofField: position, body)
  }

  /// A field of the current row as text.
  mutating func string(_ column: Column) -> String {
    guard let position = position(column) else { return "" }
    return reader.string(ofField: position)
  }

  /// Whether a field of the current row is empty.
  mutating func isEmpty(_ column: Column) -> Bool {
    withBytes(column) { $0.isEmpty }
  }

  /// A field's value from `table` by its bytes, or made from its text by `make` (and kept) the
  /// first time those bytes are seen; `nil` when `make` gives none.
  mutating func interned<Value>(
    _ column: Column, in table: inout ByteInterner<Value>, _ make: (String) -> Value?
  ) -> Value? {
    let hash: UInt64
    switch withBytes(column, { table.lookUp($0) }) {
    case .found(let value): return value
    case .missing(let missing): hash = missing
    }
    guard let value = make(string(column)) else { return nil }
    withBytes(column) { table.insert(value, for: $0, hash: hash) }
    return value
  }

  /// A field's text, one string shared by every row with the same bytes.
  mutating func internedString(_ column: Column, in table: inout ByteInterner<String>) -> String {
    interned(column, in: &table) { $0 } ?? ""
  }

  /// An error for a bad field of the current row.
  mutating func invalid(_ column: Column, expected: String) -> DatasetError {
    .invalidField(
      file: file, line: line, field: column.name, value: string(column), expected: expected)
  }

  /// A finance cell: a plain number, or a marker (`-`, `x`, `[x]`, `[n]`, `[note 4]`, empty).
  mutating func financeValue(_ column: Column) throws(DatasetError) -> OfficialValue {
    switch withBytes(column, Self.plainNumber) {
    case .value(let number): return .number(number)
    case .needsFullRead:
      if let number = Double(string(column)), number.isFinite { return .number(number) }
    case .none:
      if let marker = withBytes(column, Self.financeMarker) { return .suppressed(marker) }
    }
    throw invalid(column, expected: "a number or a marker (-, x, [x], [n], [note 4] or empty)")
  }

  /// A published workforce cell: a plain number as ``NumberField/double(_:)`` reads it, or one
  /// of DfE's markers (`x`, `z`, `u`, `c`, `low`, `:`); `nil` for anything else.
  mutating func workforceValue(_ column: Column) -> OfficialValue? {
    switch withBytes(column, Self.plainNumber) {
    case .value(let number): return .number(number)
    case .needsFullRead: return NumberField.double(string(column)).map(OfficialValue.number)
    case .none:
      guard let marker = SuppressionMarker(rawValue: string(column)),
        SuppressionMarker.workforceMarkers.contains(marker)
      else { return nil }
      return .suppressed(marker)
    }
  }

  /// A financial year written `2024-25`, as its start year.
  mutating func financialYear(_ column: Column) throws(DatasetError) -> Int {
    guard let year = withBytes(column, Self.startYear(ofPublished:)) else {
      throw invalid(column, expected: "a financial year such as 2024-25")
    }
    return year
  }

  // MARK: - Reading bytes

  /// What the quick reading of a plain decimal found.
  enum PlainNumber {
    /// The value, as `strtod` reads it.
    case value(Double)
    /// A plain decimal, but one whose value needs `Double(text)`.
    case needsFullRead
    /// Not a plain decimal.
    case none
  }

  /// A plain decimal as ``NumberField/double(_:)`` reads it (an optional minus sign, digits, at
  /// most one point with digits after it, at most 18 significant digits), as a `Double`, read in
  /// one pass over the bytes without a `Decimal` on the way: every finance row has one.
  ///
  /// When the significant digits fit a double exactly (below 2⁵³) and the power of ten does too
  /// (10²² at most), digits ÷ 10^fraction is one correctly rounded division, the value `strtod`
  /// gives; otherwise `Double(text)` reads it.
  static func number(_ text: String) -> Double? {
    switch plainNumber(text.utf8.span) {
    case .value(let number): return number
    case .none: return nil
    case .needsFullRead:
      guard let value = Double(text), value.isFinite else { return nil }
      return value
    }
  }

  /// The quick reading of ``number(_:)`` over a field's bytes.
  static func plainNumber(_ bytes: Span<UInt8>) -> PlainNumber {
    var isNegative = false
    var significand: UInt64 = 0
    var significantDigits = 0
    var fractionDigits = 0
    var digitsBeforePoint = 0
    var digitsAfterPoint = 0
    var seenPoint = false
    for position in bytes.indices {
      let byte = bytes[position]
      if byte == UInt8(ascii: "-"), position == 0 {
        isNegative = true
      } else if byte == UInt8(ascii: ".") {
        guard !seenPoint else { return .none }
        seenPoint = true
      } else if byte >= 48, byte <= 57 {
        if seenPoint { digitsAfterPoint += 1 } else { digitsBeforePoint += 1 }
        // Zeros before the first significant digit of the whole part do not count.
        if significand != 0 || byte != 48 || seenPoint {
          significantDigits += 1
          guard significantDigits <= 18 else { return .none }
          significand = significand * 10 + UInt64(byte - 48)
          if seenPoint { fractionDigits += 1 }
        }
      } else {
        return .none
      }
    }
    guard digitsBeforePoint > 0, !seenPoint || digitsAfterPoint > 0 else { return .none }
    guard significand < 1 << 53, fractionDigits <= 22 else { return .needsFullRead }
    let magnitude = Double(significand) / powerOfTen(fractionDigits)
    return .value(isNegative ? -magnitude : magnitude)
  }

  /// 10^exponent for 0 ≤ exponent ≤ 22, each exact in a `Double`.
  private static func powerOfTen(_ exponent: Int) -> Double {
    var power = 1.0
    for _ in 0..<exponent { power *= 10 }
    return power
  }

  /// A finance file's marker from a cell's bytes, as `SuppressionMarker.finance(_:)` reads its
  /// text: `-`, `x`, `[x]`, `[n]`, `[note 4]` or an empty cell.
  static func financeMarker(_ bytes: Span<UInt8>) -> SuppressionMarker? {
    let open = UInt8(ascii: "[")
    let close = UInt8(ascii: "]")
    switch bytes.count {
    case 0: return .blank
    case 1:
      if bytes[0] == UInt8(ascii: "-") { return .noValue }
      return bytes[0] == UInt8(ascii: "x") ? .notAvailable : nil
    case 3:
      guard bytes[0] == open, bytes[2] == close else { return nil }
      if bytes[1] == UInt8(ascii: "x") { return .notReceived }
      return bytes[1] == UInt8(ascii: "n") ? .notApplicableToReturn : nil
    case 8:
      let note: [UInt8] = Array("[note 4]".utf8)
      for index in 0..<8 where bytes[index] != note[index] { return nil }
      return .noteFour
    default: return nil
    }
  }

  /// The start year of a financial year in the files' one form, `2024-25`: four digits, a
  /// hyphen and the next year's last two digits, 1900-01 to 2098-99 (the `2024-25` forms
  /// `FinancialYear(parsing:)` accepts), read byte by byte because every row has one.
  static func startYear(ofPublished text: String) -> Int? {
    startYear(ofPublished: text.utf8.span)
  }

  /// The start year of a financial year written `2024-25`, from a field's bytes (as the text
  /// form above).
  static func startYear(ofPublished bytes: Span<UInt8>) -> Int? {
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
    var start = 0
    for index in 0..<4 {
      guard let digit = digitValue(bytes[index]) else { return nil }
      start = start * 10 + digit
    }
    guard let tens = digitValue(bytes[5]), let units = digitValue(bytes[6]),
      (1900...2098).contains(start), tens * 10 + units == (start + 1) % 100
    else { return nil }
    return start
  }

  /// The value of an ASCII digit, or `nil` for any other byte.
  private static func digitValue(_ byte: UInt8) -> Int? {
    byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
  }
}
