import TrustMetricsCore

/// The published amounts behind the Finance sheet's rows for single authorities (the members of
/// a joint row each on their own): section 251 lines, ONS children, RO3 totals and agency
/// memoranda, with their markers.
///
/// The finance statistics compute every measure from the same records; this index lets the
/// sheet show a joint row's two authorities and the memorandum as published.
struct FinanceSourceValues {
  /// Section 251 values by line, year and DfE code.
  private var section251: [Section251Line: [Int: [String: OfficialValue]]] = [:]
  /// ONS children aged 0–17 by year and DfE code.
  private var children: [Int: [String: OfficialValue]] = [:]
  /// ONS codes by year and DfE code.
  private var onsCodes: [Int: [String: String]] = [:]
  /// RO3 TOTAL CHILDREN SOCIAL CARE values in £ thousand by column, year and ONS code.
  private var revenueOutturn: [RevenueOutturnRecord.Column: [Int: [String: OfficialValue]]] = [:]
  /// Authority names by DfE code (the latest ONS name).
  private(set) var names: [String: String] = [:]

  /// Indexes the values of the given authorities.
  ///
  /// - Parameters:
  ///   - finance: The finance statistics.
  ///   - codes: Single DfE codes (the members of joint rows, not `940 / 941`).
  init(finance: FinanceStatistics, codes: Set<String>) {
    var wantedONS = Set<String>()
    for record in finance.population where record.level == .localAuthority {
      guard codes.contains(record.laCode) else { continue }
      children[record.year, default: [:]][record.laCode] = record.children
      onsCodes[record.year, default: [:]][record.laCode] = record.onsCode
      wantedONS.insert(record.onsCode)
      names[record.laCode] = record.name
    }
    for record in finance.section251 where record.isAuthority && codes.contains(record.laCode) {
      section251[record.line, default: [:]][record.year, default: [:]][record.laCode] =
        record.value
      if names[record.laCode] == nil { names[record.laCode] = record.area }
    }
    for record in finance.revenueOutturn
    where record.serviceLine == RevenueOutturnRecord.totalServiceLine
      && wantedONS.contains(record.onsCode)
    {
      revenueOutturn[record.column, default: [:]][record.year, default: [:]][record.onsCode] =
        record.thousands
    }
  }

  /// One authority's published amount of a part in a year, in the part's unit (£, children),
  /// or the marker in its place; `nil` when the data hold no such record (an agency memorandum
  /// is returned as published, even at 0 or below).
  ///
  /// - Parameters:
  ///   - part: The amount; ``FinancePart/agencyFTE`` has no single-authority value here.
  ///   - code: A single DfE code.
  ///   - year: The year the financial year starts.
  /// - Returns: The value, or `nil`.
  func value(of part: FinancePart, code: String, year: Int) -> OfficialValue? {
    switch part {
    case .children:
      return children[year]?[code]
    case .section251(let line):
      return section251[line]?[year]?[code]
    case .careTotal, .agencyCost:
      let column: RevenueOutturnRecord.Column =
        part == .careTotal ? .totalExpenditure : .agencyStaffCost
      guard let ons = onsCodes[year]?[code], !ons.isEmpty,
        let value = revenueOutturn[column]?[year]?[ons]
      else { return nil }
      return value.number.map { .number($0 * 1000) } ?? value
    case .agencyFTE:
      return nil
    }
  }
}
