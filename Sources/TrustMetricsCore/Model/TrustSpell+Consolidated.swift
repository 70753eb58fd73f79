extension TrustSpell {
  /// One spell per trust and authority from rows several sources give: the most precise start
  /// date wins (a day beats a month beats a year; on a tie the first row), and likewise the end.
  ///
  /// - Parameter spells: Rows as listed in `trusts.csv`.
  /// - Returns: One spell per trust and code, in order of first appearance, carrying the
  ///   provenance of the row whose start date was kept.
  public static func consolidated(_ spells: [TrustSpell]) -> [TrustSpell] {
    func precision(_ date: PartialDate?) -> Int {
      guard let date else { return 0 }
      return date.day != nil ? 3 : (date.month != nil ? 2 : 1)
    }
    var order: [String] = []
    var chosen: [String: TrustSpell] = [:]
    for spell in spells {
      let key = spell.trust + "|" + spell.laCode
      guard var current = chosen[key] else {
        order.append(key)
        chosen[key] = spell
        continue
      }
      if precision(spell.from) > precision(current.from) {
        current.from = spell.from
        current.provenance = spell.provenance
      }
      if precision(spell.to) > precision(current.to) { current.to = spell.to }
      chosen[key] = current
    }
    return order.compactMap { chosen[$0] }
  }
}
