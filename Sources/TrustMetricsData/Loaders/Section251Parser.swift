public import TrustMetricsCore

/// Reads DfE's section 251 outturn (LAIT's long layout) by header name.
public enum Section251Parser {
  /// The columns of the file.
  public static let columns = [
    "measure", "description", "financial_year", "la_code", "area", "region", "value",
  ]

  /// Each line by its code, with its place among the lines: one hash, where the enum's own
  /// `init(rawValue:)` compares the text with each of the 13 codes in turn.
  private static let linesByCode = Dictionary(
    uniqueKeysWithValues: Section251Line.allCases.enumerated().map {
      ($1.rawValue, Line(line: $1, number: $0))
    })

  /// A line and its place among the lines.
  private struct Line {
    var line: Section251Line
    var number: Int
  }

  /// A three-digit code (`871`) as a number, or `nil` when the text is not three digits.
  static func number(ofCode code: String) -> Int? {
    number(ofCode: code.utf8.span)
  }

  /// A three-digit code as a number, from a field's bytes.
  static func number(ofCode bytes: Span<UInt8>) -> Int? {
    guard bytes.count == 3 else { return nil }
    var number = 0
    for index in 0..<3 {
      let byte = bytes[index]
      guard byte >= 48, byte <= 57 else { return nil }
      number = number * 10 + Int(byte - 48)
    }
    return number
  }

  /// Parses the file.
  ///
  /// Rows are read one at a time from the bytes; the measure, code, area and region texts are
  /// made into strings once each (every row naming Bradford shares one `"Bradford"`).
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an unknown measure, a value
  ///   that is neither a number nor a known marker, or a (measure, year, area) given twice.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [Section251Record]
  {
    let measure = NamedColumns.Column("measure", in: columns)
    let financialYear = NamedColumns.Column("financial_year", in: columns)
    let laCode = NamedColumns.Column("la_code", in: columns)
    let area = NamedColumns.Column("area", in: columns)
    let region = NamedColumns.Column("region", in: columns)
    let value = NamedColumns.Column("value", in: columns)
    var records: [Section251Record] = []
    // About 100 bytes a row.
    records.reserveCapacity(bytes.count / 90 + 16)
    // What makes a row unique: one value per line, year and area (line, year and code packed).
    var firstLine = FirstLines(capacity: bytes.count / 90 + 16)
    var lines = ByteInterner<Line>()
    var codes = ByteInterner<Code>()
    var areas = ByteInterner<String>()
    var regions = ByteInterner<String>()
    try NamedColumns.read(
      bytes: bytes, file: file, columns: columns, what: "DfE's section 251 outturn"
    ) { row throws(DatasetError) in
      guard let measured = row.interned(measure, in: &lines, { linesByCode[$0] }) else {
        throw row.invalid(
          measure,
          expected: "one of " + Section251Line.allCases.map(\.rawValue).joined(separator: ", "))
      }
      let year = try row.financialYear(financialYear)
      guard let code = row.interned(laCode, in: &codes, Code.init(text:)) else {
        throw row.invalid(laCode, expected: "DfE's three-digit code such as 871")
      }
      guard !row.isEmpty(area) else { throw row.invalid(area, expected: "the area's name") }
      let areaName = row.internedString(area, in: &areas)
      let cell = try row.financeValue(value)
      let line = measured.line
      // The year is at most 2098 and the code at most 999: each fits its 16 bits.
      let key = FirstLines.Key(
        high: 0,
        low: UInt64(measured.number) << 32 | UInt64(year) << 16 | UInt64(code.number))
      if let first = firstLine.insert(key, line: row.line) {
        throw .duplicate(
          file: file, line: row.line, field: "measure, year and area",
          value: "\(line.rawValue) \(FinancialYear(startYear: year).publishedForm) \(code.text)",
          firstLine: first)
      }
      records.append(
        Section251Record(
          line: line, year: year, laCode: code.text, area: areaName,
          regionName: row.internedString(region, in: &regions), value: cell, fileLine: row.line))
    }
    return records
  }

  /// A three-digit code: its text and its number.
  private struct Code {
    var text: String
    var number: Int

    init?(text: String) {
      guard let number = Section251Parser.number(ofCode: text) else { return nil }
      self.text = text
      self.number = number
    }
  }
}
