import Foundation
public import TrustMetricsCore

/// Reads `figures.csv` into validated figures; every row is checked before any is returned.
public struct FigureParser: Sendable {
  /// The header the file must have, in this order.
  public static let header = [
    "id", "entity", "measure", "period", "value", "unit", "qualifier", "source", "quote",
  ]

  /// Canonical entity names a figure may name.
  public var entityNames: Set<String>
  /// Seed file names a figure may cite.
  public var sourceNames: Set<String>

  /// Creates a parser that accepts the given entities and sources.
  public init(entityNames: Set<String>, sourceNames: Set<String>) {
    self.entityNames = entityNames
    self.sourceNames = sourceNames
  }

  /// Parses and validates the file's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The path used in messages, such as `datasets/figures.csv`.
  /// - Returns: The figures in file order.
  /// - Throws: `DatasetError` for the first bad row, naming its line and field.
  public func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError) -> [Figure] {
    let table = try CSVTable.parse(
      bytes: bytes, file: file, expectedHeader: Self.header, allowEmpty: false)
    var figures: [Figure] = []
    figures.reserveCapacity(table.rows.count)
    var firstLineOfID: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      let figure = try figure(from: row, in: table)
      if let first = firstLineOfID[figure.id] {
        throw .duplicate(
          file: file, line: row.line, field: "id", value: figure.id, firstLine: first)
      }
      firstLineOfID[figure.id] = row.line
      figures.append(figure)
    }
    return figures
  }

  private func figure(from row: CSVRecord, in table: CSVTable) throws(DatasetError) -> Figure {
    let fields = row.fields
    let id = fields[0]
    guard Self.isSlug(id) else {
      throw table.invalid("id", of: row, expected: "a slug of a-z, 0-9 and single hyphens")
    }
    let entity = fields[1]
    guard entityNames.contains(entity) else {
      throw table.invalid("entity", of: row, expected: "a name listed in entities.csv")
    }
    guard let measure = Measure(rawValue: fields[2]) else {
      throw table.invalid("measure", of: row, expected: "a measure of the README's vocabulary")
    }
    guard let period = Period(parsing: fields[3]) else {
      throw table.invalid(
        "period", of: row, expected: "YYYY, FYYYYY-YY, YYYY-MM or YYYY..YYYY (e.g. FY2022-23)")
    }
    guard let value = NumberField.decimal(fields[4]) else {
      throw table.invalid(
        "value", of: row, expected: "a plain finite number such as 52 or 7600000 (no £, %, commas)")
    }
    guard let unit = FigureUnit(rawValue: fields[5]) else {
      throw table.invalid(
        "unit", of: row, expected: FigureUnit.allCases.map(\.rawValue).joined(separator: "|"))
    }
    guard unit == measure.unit else {
      throw table.invalid(
        "unit", of: row, expected: "\(measure.unit.rawValue) for \(measure.rawValue)")
    }
    let qualifiers = try qualifiers(from: row, in: table)
    guard sourceNames.contains(fields[7]) else {
      throw table.invalid("source", of: row, expected: "a file name in seeds/")
    }
    guard !fields[8].isEmpty else {
      throw table.invalid(
        "quote", of: row, expected: "the exact words of the source that state the value")
    }
    try checkRange(value, of: measure, row: row, in: table)
    return Figure(
      id: id, entity: entity, measure: measure, period: period, value: value,
      qualifiers: qualifiers, provenance: Provenance(source: fields[7], quote: fields[8]))
  }

  private func qualifiers(from row: CSVRecord, in table: CSVTable) throws(DatasetError)
    -> [Qualifier]
  {
    let text = row.fields[6]
    guard !text.isEmpty else { return [] }
    var result: [Qualifier] = []
    for part in text.split(separator: ";", omittingEmptySubsequences: false) {
      guard let qualifier = Qualifier(rawValue: String(part)), !result.contains(qualifier) else {
        throw table.invalid(
          "qualifier", of: row,
          expected: "empty or ;-separated "
            + Qualifier.allCases.map(\.rawValue).joined(separator: "|"))
      }
      result.append(qualifier)
    }
    if result.contains(.rangeLow), result.contains(.rangeHigh) {
      throw table.invalid("qualifier", of: row, expected: "at most one of range_low and range_high")
    }
    return result.sorted()
  }

  private func checkRange(_ value: Decimal, of measure: Measure, row: CSVRecord, in table: CSVTable)
    throws(DatasetError)
  {
    if measure.isBoundedShare, value < 0 || value > 100 {
      throw table.invalid(
        "value", of: row, expected: "a share from 0 to 100 for \(measure.rawValue)")
    }
    if !measure.allowsNegative, value < 0 {
      throw table.invalid(
        "value", of: row, expected: "a value of 0 or more for \(measure.rawValue)")
    }
  }

  /// Whether text is a slug: lowercase letters and digits in groups joined by single hyphens.
  static func isSlug(_ text: String) -> Bool {
    var previousWasHyphen = true
    for byte in text.utf8 {
      let isWordByte = (97...122).contains(byte) || (48...57).contains(byte)
      if byte == UInt8(ascii: "-") {
        if previousWasHyphen { return false }
        previousWasHyphen = true
      } else if isWordByte {
        previousWasHyphen = false
      } else {
        return false
      }
    }
    return !text.isEmpty && !previousWasHyphen
  }
}
