public import TrustMetricsCore

/// Reads MHCLG's revenue outturn for children's social care (RO3) by header name.
public enum RevenueOutturnParser {
  /// The columns of the file.
  public static let columns = [
    "financial_year", "e_code", "ons_code", "la_name", "class", "certified", "service_line",
    "column", "value_thousands",
  ]

  /// Parses the file.
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an unknown RO3 column, a value
  ///   that is neither a number nor a known marker, or a (service line, column, year, authority)
  ///   given twice.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [RevenueOutturnRecord]
  {
    let table = try NamedColumns(
      bytes: bytes, file: file, columns: columns, what: "MHCLG's RO3 return")
    var records: [RevenueOutturnRecord] = []
    records.reserveCapacity(table.rows.count)
    var firstLine: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      let year = try table.financialYear("financial_year", of: row)
      let onsCode = table.field("ons_code", of: row)
      guard onsCode.count == 9, onsCode.hasPrefix("E") else {
        throw table.invalid("ons_code", of: row, expected: "an ONS code such as E06000039")
      }
      guard let column = RevenueOutturnRecord.Column(rawValue: table.field("column", of: row))
      else {
        throw table.invalid(
          "column", of: row,
          expected: "one of "
            + RevenueOutturnRecord.Column.allCases.map(\.rawValue).joined(separator: "; "))
      }
      let certified: Bool?
      switch table.field("certified", of: row) {
      case "Y": certified = true
      case "N": certified = false
      case "[x]": certified = nil
      default: throw table.invalid("certified", of: row, expected: "Y, N or [x]")
      }
      let serviceLine = table.field("service_line", of: row)
      guard !serviceLine.isEmpty else {
        throw table.invalid("service_line", of: row, expected: "an RO3 service line")
      }
      let value = try table.financeValue("value_thousands", of: row)
      let key = "\(serviceLine)|\(column.rawValue)|\(year)|\(onsCode)"
      if let first = firstLine[key] {
        throw .duplicate(
          file: file, line: row.line, field: "service line, column, year and authority",
          value: "\(onsCode) \(FinancialYear(startYear: year).publishedForm) \(column.rawValue)",
          firstLine: first)
      }
      firstLine[key] = row.line
      records.append(
        RevenueOutturnRecord(
          year: year, onsCode: onsCode, name: table.field("la_name", of: row),
          serviceLine: serviceLine, column: column, isCertified: certified, thousands: value,
          fileLine: row.line))
    }
    return records
  }
}
