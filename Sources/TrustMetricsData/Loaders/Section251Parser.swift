public import TrustMetricsCore

/// Reads DfE's section 251 outturn (LAIT's long layout) by header name.
public enum Section251Parser {
  /// The columns of the file.
  public static let columns = [
    "measure", "description", "financial_year", "la_code", "area", "region", "value",
  ]

  /// Each line by its code: one hash, where the enum's own `init(rawValue:)` compares the text
  /// with each of the 13 codes in turn.
  private static let linesByCode = Dictionary(
    uniqueKeysWithValues: Section251Line.allCases.map { ($0.rawValue, $0) })

  /// What makes a row unique: one value per line, year and area.
  private struct Key: Hashable {
    var line: Section251Line
    var year: Int
    /// The three-digit code as a number (hashed faster than its text).
    var code: Int
  }

  /// A three-digit code (`871`) as a number, or `nil` when the text is not three digits.
  static func number(ofCode code: String) -> Int? {
    var number = 0
    var count = 0
    for byte in code.utf8 {
      guard byte >= 48, byte <= 57 else { return nil }
      number = number * 10 + Int(byte - 48)
      count += 1
    }
    return count == 3 ? number : nil
  }

  /// Parses the file.
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an unknown measure, a value
  ///   that is neither a number nor a known marker, or a (measure, year, area) given twice.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [Section251Record]
  {
    let table = try NamedColumns(
      bytes: bytes, file: file, columns: columns, what: "DfE's section 251 outturn")
    let measure = table.column("measure")
    let financialYear = table.column("financial_year")
    let laCode = table.column("la_code")
    let area = table.column("area")
    let region = table.column("region")
    let value = table.column("value")
    var records: [Section251Record] = []
    records.reserveCapacity(table.rows.count)
    var firstLine: [Key: Int] = [:]
    firstLine.reserveCapacity(table.rows.count)
    // The file runs in blocks of one measure: the last code read is kept with its line.
    var lastCode = ""
    var lastLine = Section251Line.childrenAndYoungPeople
    for row in table.rows {
      try table.requireFieldCount(row)
      let lineCode = table.field(measure, of: row)
      if lineCode != lastCode {
        guard let line = linesByCode[lineCode] else {
          throw table.invalid(
            measure, of: row,
            expected: "one of " + Section251Line.allCases.map(\.rawValue).joined(separator: ", "))
        }
        lastCode = lineCode
        lastLine = line
      }
      let line = lastLine
      let year = try table.financialYear(financialYear, of: row)
      let code = table.field(laCode, of: row)
      guard let codeNumber = Self.number(ofCode: code) else {
        throw table.invalid(laCode, of: row, expected: "DfE's three-digit code such as 871")
      }
      let areaName = table.field(area, of: row)
      guard !areaName.isEmpty else {
        throw table.invalid(area, of: row, expected: "the area's name")
      }
      let cell = try table.financeValue(value, of: row)
      let key = Key(line: line, year: year, code: codeNumber)
      if let first = firstLine.updateValue(row.line, forKey: key) {
        throw .duplicate(
          file: file, line: row.line, field: "measure, year and area",
          value: "\(line.rawValue) \(FinancialYear(startYear: year).publishedForm) \(code)",
          firstLine: first)
      }
      records.append(
        Section251Record(
          line: line, year: year, laCode: code, area: areaName,
          regionName: table.field(region, of: row), value: cell, fileLine: row.line))
    }
    return records
  }
}
