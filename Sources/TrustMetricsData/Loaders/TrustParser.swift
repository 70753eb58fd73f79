public import TrustMetricsCore

/// Reads `trusts.csv` (`trust,la_code,from,to,source,quote`).
public enum TrustParser {
  /// The header the file must have.
  public static let header = ["trust", "la_code", "from", "to", "source", "quote"]

  /// Parses and validates the file's bytes against known trusts and sources.
  public static func parse(
    bytes: some Collection<UInt8>, file: String, trustNames: Set<String>, sourceNames: Set<String>
  ) throws(DatasetError) -> [TrustSpell] {
    let table = try CSVTable.parse(bytes: bytes, file: file, expectedHeader: header)
    var spells: [TrustSpell] = []
    for row in table.rows {
      try table.requireFieldCount(row)
      let trust = table.field("trust", of: row)
      guard trustNames.contains(trust) else {
        throw table.invalid("trust", of: row, expected: "a trust listed in entities.csv")
      }
      let code = table.field("la_code", of: row)
      guard !code.isEmpty else {
        throw table.invalid("la_code", of: row, expected: "DfE's old_la_code of the authority")
      }
      let from = try optionalDate("from", of: row, in: table)
      let to = try optionalDate("to", of: row, in: table)
      if let from, let to, to < from {
        throw table.invalid("to", of: row, expected: "a date after from (\(from))")
      }
      guard sourceNames.contains(table.field("source", of: row)) else {
        throw table.invalid("source", of: row, expected: "a file name in seeds/")
      }
      guard !table.field("quote", of: row).isEmpty else {
        throw table.invalid(
          "quote", of: row, expected: "the words of the source that state the dates")
      }
      spells.append(
        TrustSpell(
          trust: trust, laCode: code, from: from, to: to,
          provenance: Provenance(
            source: table.field("source", of: row), quote: table.field("quote", of: row))))
    }
    return spells
  }

  static func optionalDate(_ name: String, of row: CSVRecord, in table: CSVTable)
    throws(DatasetError) -> PartialDate?
  {
    let text = table.field(name, of: row)
    if text.isEmpty { return nil }
    guard let date = PartialDate(parsing: text) else {
      throw table.invalid(name, of: row, expected: "YYYY, YYYY-MM or YYYY-MM-DD, or empty")
    }
    return date
  }
}
