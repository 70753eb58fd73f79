public import TrustMetricsCore

/// Reads MHCLG's revenue outturn for children's social care (RO3) by header name.
public enum RevenueOutturnParser {
  /// The columns of the file.
  public static let columns = [
    "financial_year", "e_code", "ons_code", "la_name", "class", "certified", "service_line",
    "column", "value_thousands",
  ]

  /// Each RO3 column by its heading: one hash, where the enum's own `init(rawValue:)` compares
  /// the text with each heading in turn.
  private static let columnsByHeading = Dictionary(
    uniqueKeysWithValues: RevenueOutturnRecord.Column.allCases.map { ($0.rawValue, $0) })

  /// What makes a row unique: one value per service line (numbered as first seen), column, year
  /// and authority.
  private struct Key: Hashable {
    var serviceLine: Int
    var column: RevenueOutturnRecord.Column
    var year: Int
    /// The ONS code's eight digits as a number (hashed faster than its text).
    var onsCode: Int
  }

  /// The eight digits of an ONS code (`E` and eight digits, such as `E06000039`) as a number,
  /// or `nil` when the text is not such a code.
  static func digits(ofONSCode code: String) -> Int? {
    var number = 0
    var count = 0
    for byte in code.utf8 {
      if count == 0 {
        guard byte == UInt8(ascii: "E") else { return nil }
      } else {
        guard byte >= 48, byte <= 57 else { return nil }
        number = number * 10 + Int(byte - 48)
      }
      count += 1
    }
    return count == 9 ? number : nil
  }

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
    let financialYear = table.column("financial_year")
    let ons = table.column("ons_code")
    let laName = table.column("la_name")
    let certifiedColumn = table.column("certified")
    let serviceLineColumn = table.column("service_line")
    let columnColumn = table.column("column")
    let value = table.column("value_thousands")
    var records: [RevenueOutturnRecord] = []
    records.reserveCapacity(table.rows.count)
    var firstLine: [Key: Int] = [:]
    firstLine.reserveCapacity(table.rows.count)
    // The file runs in blocks of one service line and column, so the last of each read is kept
    // at hand and its text hashed only when it changes.
    var lastHeading = ""
    var lastColumn = RevenueOutturnRecord.Column.totalExpenditure
    var serviceLineNumbers: [String: Int] = [:]
    var lastServiceLine = ""
    var lastServiceLineNumber = -1
    for row in table.rows {
      try table.requireFieldCount(row)
      let year = try table.financialYear(financialYear, of: row)
      let onsCode = table.field(ons, of: row)
      guard let onsNumber = Self.digits(ofONSCode: onsCode) else {
        throw table.invalid(ons, of: row, expected: "an ONS code such as E06000039")
      }
      let heading = table.field(columnColumn, of: row)
      if heading != lastHeading {
        guard let column = columnsByHeading[heading] else {
          throw table.invalid(
            columnColumn, of: row,
            expected: "one of "
              + RevenueOutturnRecord.Column.allCases.map(\.rawValue).joined(separator: "; "))
        }
        lastHeading = heading
        lastColumn = column
      }
      let column = lastColumn
      let certified: Bool?
      switch table.field(certifiedColumn, of: row) {
      case "Y": certified = true
      case "N": certified = false
      case "[x]": certified = nil
      default: throw table.invalid(certifiedColumn, of: row, expected: "Y, N or [x]")
      }
      let serviceLine = table.field(serviceLineColumn, of: row)
      guard !serviceLine.isEmpty else {
        throw table.invalid(serviceLineColumn, of: row, expected: "an RO3 service line")
      }
      let thousands = try table.financeValue(value, of: row)
      if serviceLine != lastServiceLine {
        if let number = serviceLineNumbers[serviceLine] {
          lastServiceLineNumber = number
        } else {
          lastServiceLineNumber = serviceLineNumbers.count
          serviceLineNumbers[serviceLine] = lastServiceLineNumber
        }
        lastServiceLine = serviceLine
      }
      let key = Key(
        serviceLine: lastServiceLineNumber, column: column, year: year, onsCode: onsNumber)
      if let first = firstLine.updateValue(row.line, forKey: key) {
        throw .duplicate(
          file: file, line: row.line, field: "service line, column, year and authority",
          value: "\(onsCode) \(FinancialYear(startYear: year).publishedForm) \(column.rawValue)",
          firstLine: first)
      }
      records.append(
        RevenueOutturnRecord(
          year: year, onsCode: onsCode, name: table.field(laName, of: row),
          serviceLine: serviceLine, column: column, isCertified: certified, thousands: thousands,
          fileLine: row.line))
    }
    return records
  }
}
