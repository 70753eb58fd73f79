public import TrustMetricsCore

/// Reads MHCLG's revenue outturn for children's social care (RO3) by header name.
public enum RevenueOutturnParser {
  /// The columns of the file.
  public static let columns = [
    "financial_year", "e_code", "ons_code", "la_name", "class", "certified", "service_line",
    "column", "value_thousands",
  ]

  /// Each RO3 column by its heading, with its place among the columns: one hash, where the
  /// enum's own `init(rawValue:)` compares the text with each heading in turn.
  private static let columnsByHeading = Dictionary(
    uniqueKeysWithValues: RevenueOutturnRecord.Column.allCases.enumerated().map {
      ($1.rawValue, Heading(column: $1, number: $0))
    })

  /// An RO3 column and its place among the columns.
  private struct Heading {
    var column: RevenueOutturnRecord.Column
    var number: Int
  }

  /// The eight digits of an ONS code (`E` and eight digits, such as `E06000039`) as a number,
  /// or `nil` when the text is not such a code.
  static func digits(ofONSCode code: String) -> Int? {
    digits(ofONSCode: code.utf8.span)
  }

  /// The eight digits of an ONS code as a number, from a field's bytes.
  static func digits(ofONSCode bytes: Span<UInt8>) -> Int? {
    guard bytes.count == 9, bytes[0] == UInt8(ascii: "E") else { return nil }
    var number = 0
    for index in 1..<9 {
      let byte = bytes[index]
      guard byte >= 48, byte <= 57 else { return nil }
      number = number * 10 + Int(byte - 48)
    }
    return number
  }

  /// Parses the file.
  ///
  /// Rows are read one at a time from the bytes; the code, name and service-line texts are made
  /// into strings once each.
  ///
  /// - Throws: `DatasetError` for a missing or unexpected column, an unknown RO3 column, a value
  ///   that is neither a number nor a known marker, or a (service line, column, year, authority)
  ///   given twice.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [RevenueOutturnRecord]
  {
    let financialYear = NamedColumns.Column("financial_year", in: columns)
    let ons = NamedColumns.Column("ons_code", in: columns)
    let laName = NamedColumns.Column("la_name", in: columns)
    let certifiedColumn = NamedColumns.Column("certified", in: columns)
    let serviceLineColumn = NamedColumns.Column("service_line", in: columns)
    let columnColumn = NamedColumns.Column("column", in: columns)
    let value = NamedColumns.Column("value_thousands", in: columns)
    var records: [RevenueOutturnRecord] = []
    // About 140 bytes a row.
    records.reserveCapacity(bytes.count / 120 + 16)
    // What makes a row unique: one value per service line (numbered as first seen), column,
    // year and authority (the ONS code's digits).
    var firstLine = FirstLines(capacity: bytes.count / 120 + 16)
    var onsCodes = ByteInterner<ONSCode>()
    var names = ByteInterner<String>()
    var headings = ByteInterner<Heading>()
    var certifiedFlags = ByteInterner<Bool?>()
    // Each service line is numbered as first seen: its text, kept once, and its number.
    var serviceLines = ByteInterner<ServiceLine>()
    var serviceLineNumbers: [String: Int] = [:]
    try NamedColumns.read(
      bytes: bytes, file: file, columns: columns, what: "MHCLG's RO3 return"
    ) { row throws(DatasetError) in
      let year = try row.financialYear(financialYear)
      guard let onsCode = row.interned(ons, in: &onsCodes, ONSCode.init(text:)) else {
        throw row.invalid(ons, expected: "an ONS code such as E06000039")
      }
      guard let heading = row.interned(columnColumn, in: &headings, { columnsByHeading[$0] })
      else {
        throw row.invalid(
          columnColumn,
          expected: "one of "
            + RevenueOutturnRecord.Column.allCases.map(\.rawValue).joined(separator: "; "))
      }
      guard
        let certified = row.interned(
          certifiedColumn, in: &certifiedFlags,
          { text -> Bool?? in
            switch text {
            case "Y": true
            case "N": false
            case "[x]": .some(nil)
            default: nil
            }
          })
      else { throw row.invalid(certifiedColumn, expected: "Y, N or [x]") }
      guard !row.isEmpty(serviceLineColumn) else {
        throw row.invalid(serviceLineColumn, expected: "an RO3 service line")
      }
      let thousands = try row.financeValue(value)
      let serviceLine =
        row.interned(serviceLineColumn, in: &serviceLines) { text in
          if let number = serviceLineNumbers[text] {
            return ServiceLine(text: text, number: number)
          }
          let number = serviceLineNumbers.count
          serviceLineNumbers[text] = number
          return ServiceLine(text: text, number: number)
        } ?? ServiceLine(text: "", number: -1)
      let column = heading.column
      // The year is at most 2098, the column one of four and the digits below 10⁸.
      let key = FirstLines.Key(
        high: UInt64(serviceLine.number),
        low: UInt64(heading.number) << 48 | UInt64(year) << 32 | UInt64(onsCode.number))
      if let first = firstLine.insert(key, line: row.line) {
        throw .duplicate(
          file: file, line: row.line, field: "service line, column, year and authority",
          value:
            "\(onsCode.text) \(FinancialYear(startYear: year).publishedForm) \(column.rawValue)",
          firstLine: first)
      }
      records.append(
        RevenueOutturnRecord(
          year: year, onsCode: onsCode.text, name: row.internedString(laName, in: &names),
          serviceLine: serviceLine.text, column: column, isCertified: certified,
          thousands: thousands, fileLine: row.line))
    }
    return records
  }

  /// An ONS code: its text and its eight digits as a number (hashed faster than the text).
  private struct ONSCode {
    var text: String
    var number: Int

    init?(text: String) {
      guard let number = RevenueOutturnParser.digits(ofONSCode: text) else { return nil }
      self.text = text
      self.number = number
    }
  }

  /// A service line: its text and its number in the order first seen.
  private struct ServiceLine {
    var text: String
    var number: Int
  }
}
