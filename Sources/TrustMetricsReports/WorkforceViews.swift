public import TrustMetricsCore

/// Builds the comparison and before-and-after views from a loaded dataset.
public enum WorkforceViews {
  /// Comparisons of authorities for measures and years; years default to the latest.
  ///
  /// - Parameters:
  ///   - codes: The authorities' `old_la_code`s.
  ///   - measures: The measures to compare.
  ///   - years: The reporting years; empty means the latest in the statistics.
  ///   - dataset: The loaded dataset.
  /// - Returns: The listing with schema `trustmetrics.compare/1`.
  public static func comparisons(
    codes: [String], measures: [WorkforceMeasure], years: [Int], in dataset: Dataset
  ) -> Listing {
    let chosenYears = years.isEmpty ? dataset.workforce.years.suffix(1) : years[...]
    var rows: [WorkforceComparison] = []
    for code in codes {
      for year in chosenYears {
        for measure in measures {
          if let row = WorkforceComparison.compare(
            measure, authority: code, year: year, statistics: dataset.workforce,
            neighbours: dataset.neighbours)
          {
            rows.append(row)
          }
        }
      }
    }
    return ComparisonListing.listing(of: rows)
  }

  /// The before-and-after-the-trust view for trusts (all when `trusts` is empty).
  public static func beforeAfter(
    trusts: Set<String>, measures: [WorkforceMeasure], in dataset: Dataset
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
      guard TrustSpellChange.years(of: spell, statistics: dataset.workforce) != nil else {
        skipped.append((spell, "no two census years inside the official statistics"))
        continue
      }
      changes += measures.compactMap {
        TrustSpellChange.measure(
          $0, over: spell, statistics: dataset.workforce, neighbours: dataset.neighbours)
      }
    }
    return BeforeAfterListing.listing(of: changes, authorityNames: names, skipped: skipped)
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
