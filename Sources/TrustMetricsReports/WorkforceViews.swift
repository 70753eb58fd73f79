public import TrustMetricsCore

/// Builds the comparison and before-and-after views from a loaded dataset.
public enum WorkforceViews {
  /// Comparisons of authorities for measures and years; years default to each measure's latest.
  ///
  /// - Parameters:
  ///   - codes: The authorities' `old_la_code`s.
  ///   - measures: The measures to compare.
  ///   - years: The reporting years (for finance, the years financial years start); empty means
  ///     each measure's latest.
  ///   - dataset: The loaded dataset.
  /// - Returns: The listing with schema `trustmetrics.compare/1`.
  public static func comparisons(
    codes: [String], measures: [OfficialMeasure], years: [Int], in dataset: Dataset
  ) -> Listing {
    let official = dataset.official
    let pairs: [(year: Int, measure: OfficialMeasure)] =
      years.isEmpty
      ? measures.compactMap { measure in official.years(of: measure).last.map { ($0, measure) } }
      : years.flatMap { year in measures.map { (year, $0) } }
    var rows: [OfficialComparison] = []
    for code in codes {
      for (year, measure) in pairs {
        guard
          var row = OfficialComparison.compare(
            measure, authority: code, year: year, statistics: official,
            neighbours: dataset.neighbours)
        else { continue }
        if row.authority.marker == .notReported,
          let spell = runningSpell(code: code, financialYear: year, in: dataset)
        {
          row.notes.append(
            "\(row.authorityName) \(measure.periodText(year)): \(spell.trust) ran the service; the trust's agency spend is not in the council's return."
          )
        }
        rows.append(row)
      }
    }
    return ComparisonListing.listing(of: rows)
  }

  /// The before-and-after-the-trust view for trusts (all when `trusts` is empty).
  public static func beforeAfter(
    trusts: Set<String>, measures: [OfficialMeasure], in dataset: Dataset
  ) -> Listing {
    let spells = TrustSpell.consolidated(dataset.trusts).filter {
      trusts.isEmpty || trusts.contains($0.trust)
    }
    var changes: [TrustSpellChange] = []
    var skipped: [(spell: TrustSpell, reason: String)] = []
    var names: [String: String] = [:]
    for spell in spells {
      names[spell.laCode] = dataset.workforce.name(ofCode: spell.laCode)
      guard spell.from != nil else {
        skipped.append((spell, "no source states when it took over"))
        continue
      }
      let measured = measures.compactMap {
        TrustSpellChange.measure(
          $0, over: spell, statistics: dataset.official, neighbours: dataset.neighbours)
      }
      guard !measured.isEmpty else {
        let kinds = Set(measures.map(\.isFinance))
        let years =
          kinds == [true] ? "financial years" : kinds == [false] ? "census years" : "years"
        skipped.append((spell, "no two \(years) inside the official statistics"))
        continue
      }
      changes += measured
    }
    return BeforeAfterListing.listing(of: changes, authorityNames: names, skipped: skipped)
  }

  /// The trust that ran an authority's services during a financial year, if `trusts.csv` says one
  /// did (a spell overlapping April of `financialYear` to March of the next, or a spell whose
  /// dates no source states).
  static func runningSpell(code: String, financialYear: Int, in dataset: Dataset) -> TrustSpell? {
    let resolved = dataset.workforce.resolvedCode(code) ?? code
    return TrustSpell.consolidated(dataset.trusts).first { spell in
      guard (dataset.workforce.resolvedCode(spell.laCode) ?? spell.laCode) == resolved else {
        return false
      }
      guard let from = spell.from else { return spell.to == nil }
      let startsBy = from < PartialDate(year: financialYear + 1, month: 4)
      let endsAfter = spell.to.map { $0 >= PartialDate(year: financialYear, month: 4) } ?? true
      return startsBy && endsAfter
    }
  }

  /// The authority codes of every trust in `trusts.csv`, in order, once each.
  public static func trustAuthorityCodes(in dataset: Dataset) -> [String] {
    var seen = Set<String>()
    return dataset.trusts.compactMap { spell in
      let code = dataset.workforce.resolvedCode(spell.laCode) ?? spell.laCode
      return seen.insert(code).inserted ? code : nil
    }
  }
}
