public import TrustMetricsCore

/// Reads `claims.csv` into validated claims; every row is checked before any is returned.
public struct ClaimParser: Sendable {
  /// The header the file must have, in this order.
  public static let header = [
    "id", "kind", "figures", "expected", "tolerance_rule", "source", "quote",
  ]

  /// The file's name in the datasets directory.
  public static let fileName = "claims.csv"

  /// Figure ids a claim may name.
  public var figureIDs: Set<String>
  /// Seed file names a claim may cite.
  public var sourceNames: Set<String>

  /// Creates a parser that accepts the given figures and sources.
  public init(figureIDs: Set<String>, sourceNames: Set<String>) {
    self.figureIDs = figureIDs
    self.sourceNames = sourceNames
  }

  /// Reads `claims.csv` from a datasets directory.
  ///
  /// - Parameter datasetsDirectory: The directory holding `claims.csv`.
  /// - Returns: The claims in file order.
  /// - Throws: `DatasetError`: the file is missing or unreadable, or the first bad row.
  public func load(datasetsDirectory: String) throws(DatasetError) -> [Claim] {
    let path = FileReader.join(datasetsDirectory, Self.fileName)
    return try parse(bytes: try FileReader.bytes(atPath: path), file: path)
  }

  /// Parses and validates the file's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The path used in messages, such as `datasets/claims.csv`.
  /// - Returns: The claims in file order.
  /// - Throws: `DatasetError` for the first bad row, naming its line and field.
  public func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError) -> [Claim] {
    let table = try CSVTable.parse(bytes: bytes, file: file, expectedHeader: Self.header)
    var claims: [Claim] = []
    var firstLineOfID: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      let claim = try claim(from: row, in: table)
      if let first = firstLineOfID[claim.id] {
        throw .duplicate(file: file, line: row.line, field: "id", value: claim.id, firstLine: first)
      }
      firstLineOfID[claim.id] = row.line
      claims.append(claim)
    }
    return claims
  }

  private func claim(from row: CSVRecord, in table: CSVTable) throws(DatasetError) -> Claim {
    let fields = row.fields
    guard FigureParser.isSlug(fields[0]) else {
      throw table.invalid("id", of: row, expected: "a slug of a-z, 0-9 and single hyphens")
    }
    guard let kind = ClaimKind(rawValue: fields[1]) else {
      throw table.invalid(
        "kind", of: row, expected: ClaimKind.allCases.map(\.rawValue).joined(separator: "|"))
    }
    let ids = fields[2].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    guard ids.allSatisfy({ figureIDs.contains($0) }) else {
      throw table.invalid(
        "figures", of: row, expected: ";-separated ids of figures in figures.csv")
    }
    guard kind.figureCount.contains(ids.count) else {
      let count =
        kind.figureCount.upperBound == Int.max
        ? "at least \(kind.figureCount.lowerBound)" : "\(kind.figureCount.lowerBound)"
      throw table.invalid(
        "figures", of: row, expected: "\(count) figure ids for a \(kind.rawValue) claim")
    }
    guard let expected = Claim.Expectation(parsing: fields[3]), fits(expected, kind) else {
      throw table.invalid("expected", of: row, expected: expectedForm(of: kind))
    }
    guard let rule = ToleranceRule(rawValue: fields[4]), rule.kinds.contains(kind) else {
      let rules = ToleranceRule.allCases.filter { $0.kinds.contains(kind) }.map(\.rawValue)
      throw table.invalid(
        "tolerance_rule", of: row,
        expected: "one of \(rules.joined(separator: "|")) for a \(kind.rawValue) claim")
    }
    guard sourceNames.contains(fields[5]) else {
      throw table.invalid("source", of: row, expected: "a file name in seeds/")
    }
    guard !fields[6].isEmpty else {
      throw table.invalid("quote", of: row, expected: "the exact words of the source that claim it")
    }
    return Claim(
      id: fields[0], kind: kind, figureIDs: ids, expected: expected, rule: rule,
      provenance: Provenance(source: fields[5], quote: fields[6]))
  }

  private func fits(_ expected: Claim.Expectation, _ kind: ClaimKind) -> Bool {
    switch (expected, kind) {
    case (.value, .ratio), (.value, .share), (.value, .change), (.value, .partOfWhole),
      (.value, .partition), (.direction, .change), (.below, .comparison), (.above, .comparison):
      true
    default: false
    }
  }

  private func expectedForm(of kind: ClaimKind) -> String {
    switch kind {
    case .change: "up, down or the change as a plain number (-1)"
    case .comparison: "below or above"
    default: "a plain number such as 2 or 7"
    }
  }
}
