public import TrustMetricsCore

/// Reads DfE's section 251 outturn (LAIT's long layout) by header name.
public enum Section251Parser {
  /// The columns of the file.
  public static let columns = [
    "measure", "description", "financial_year", "la_code", "area", "region", "value",
  ]

  /// Parses the file.
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an unknown measure, a value
  ///   that is neither a number nor a known marker, or a (measure, year, area) given twice.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [Section251Record]
  {
    let table = try NamedColumns(
      bytes: bytes, file: file, columns: columns, what: "DfE's section 251 outturn")
    var records: [Section251Record] = []
    records.reserveCapacity(table.rows.count)
    var firstLine: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      guard let line = Section251Line(rawValue: table.field("measure", of: row)) else {
        throw table.invalid(
          "measure", of: row,
          expected: "one of " + Section251Line.allCases.map(\.rawValue).joined(separator: ", "))
      }
      let year = try table.financialYear("financial_year", of: row)
      let code = table.field("la_code", of: row)
      guard !code.isEmpty, code.utf8.allSatisfy({ (48...57).contains($0) }) else {
        throw table.invalid("la_code", of: row, expected: "DfE's three-digit code such as 871")
      }
      let area = table.field("area", of: row)
      guard !area.isEmpty else {
        throw table.invalid("area", of: row, expected: "the area's name")
      }
      let value = try table.financeValue("value", of: row)
      let key = "\(line.rawValue)|\(year)|\(code)"
      if let first = firstLine[key] {
        throw .duplicate(
          file: file, line: row.line, field: "measure, year and area",
          value: "\(line.rawValue) \(FinancialYear(startYear: year).publishedForm) \(code)",
          firstLine: first)
      }
      firstLine[key] = row.line
      records.append(
        Section251Record(
          line: line, year: year, laCode: code, area: area,
          regionName: table.field("region", of: row), value: value, fileLine: row.line))
    }
    return records
  }
}
