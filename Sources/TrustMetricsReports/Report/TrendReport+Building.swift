public import TrustMetricsCore

extension TrendReport {
  /// The authorities whose trusts or councils have figures in the datasets, by their resolved
  /// `old_la_code`, in `entities.csv` order, once each.
  ///
  /// - Parameter dataset: The loaded dataset.
  /// - Returns: The codes as the statistics write them.
  public static func authoritiesWithFigures(in dataset: Dataset) -> [String] {
    let named = Set(dataset.figures.map(\.entity))
    let codesWithFigures = Set(
      dataset.entities.filter { named.contains($0.name) }.compactMap { entity in
        entity.laCode.flatMap { dataset.workforce.resolvedCode($0) }
      })
    var seen = Set<String>()
    return dataset.entities.compactMap { entity in
      guard let code = entity.laCode.flatMap({ dataset.workforce.resolvedCode($0) }),
        codesWithFigures.contains(code), seen.insert(code).inserted
      else { return nil }
      return code
    }
  }

  /// Builds the report.
  ///
  /// For each authority and measure: the series over the measure's years from `since` (default
  /// its first year) to its latest, census years for the workforce rates and financial years for
  /// the finance measures; the latest year compared by
  /// ``OfficialComparison/compare(_:authority:year:statistics:neighbours:)``; figures of the
  /// same workforce measure about any entity with the authority's code, each beside the official
  /// value of its census year (``Period/censusYear``); for a finance measure, the notes of its
  /// latest comparison and the possible reclassifications in the years shown
  /// (``FinanceStatistics/breaks(affecting:code:years:)``); and each trust spell measured by
  /// ``TrustSpellChange/measure(_:over:statistics:neighbours:)``.
  ///
  /// - Parameters:
  ///   - codes: The authorities' codes, alone or merged, in the order wanted.
  ///   - measures: The measures, in the order wanted.
  ///   - since: The first year shown: a census year, and for finance measures the year the first
  ///     financial year starts (2019: census 2019 and FY2019-20 on); `nil` for all.
  ///   - dataset: The loaded dataset.
  /// - Returns: The report.
  public static func build(
    codes: [String], measures: [OfficialMeasure], since: Int? = nil, in dataset: Dataset
  ) -> TrendReport {
    let statistics = dataset.workforce
    let official = dataset.official
    var yearsByMeasure: [OfficialMeasure: [Int]] = [:]
    for measure in measures {
      yearsByMeasure[measure] = official.years(of: measure).filter { $0 >= (since ?? Int.min) }
    }
    let censusYears = statistics.years.filter { $0 >= (since ?? Int.min) }
    let spells = TrustSpell.consolidated(dataset.trusts)

    func series(_ measure: OfficialMeasure, _ row: (Int) -> AreaValue?)
      -> (YearSeries, [Int: OfficialValue])
    {
      let years = yearsByMeasure[measure] ?? []
      var cells: [Int: OfficialValue] = [:]
      var values: [Int: Double] = [:]
      for year in years {
        guard let area = row(year) else { continue }
        cells[year] = area.value
        values[year] = area.value.number
      }
      let span = years.first.flatMap { first in years.last.map { first...$0 } }
      return (YearSeries(values: values, years: span), cells)
    }

    // Figures by entity, once: filtering every figure for each authority and measure copied
    // each figure hundreds of times.
    var figuresByEntity: [String: [Figure]] = [:]
    for figure in dataset.figures { figuresByEntity[figure.entity, default: []].append(figure) }
    var authorities: [Authority] = []
    for code in codes {
      let resolved = statistics.resolvedCode(code) ?? code
      let latestRecord = censusYears.reversed().lazy.compactMap {
        statistics.authority(code: resolved, year: $0)
      }.first
      let entityNames = Set(
        dataset.entities.filter { entity in
          entity.laCode.map { (statistics.resolvedCode($0) ?? $0) == resolved } ?? false
        }.map(\.name))
      let ownSpells = spells.filter {
        (statistics.resolvedCode($0.laCode) ?? $0.laCode) == resolved
      }
      let trends = measures.map { measure in
        let years = yearsByMeasure[measure] ?? []
        let (yearSeries, cells) = series(measure) {
          official.authority(measure, code: resolved, year: $0)
        }
        let comparison = years.last.flatMap {
          OfficialComparison.compare(
            measure, authority: resolved, year: $0, statistics: official,
            neighbours: dataset.neighbours)
        }
        let matching = entityNames.flatMap { figuresByEntity[$0] ?? [] }.filter { figure in
          OfficialMeasure(figure.measure) == measure
            && figure.period.censusYear >= (since ?? Int.min)
        }
        let reported = zip(matching, dataset.citations(for: matching)).map { figure, citation in
          let year = figure.period.censusYear
          return ReportedFigure(
            figure: figure, censusYear: year,
            official: statistics.authority(code: resolved, year: year).map {
              WorkforceRates.publishedValue(of: measure, in: $0)
            },
            citation: citation)
        }.sorted { ($0.figure.period, $0.figure.id) < ($1.figure.period, $1.figure.id) }
        var trend = MeasureTrend(
          measure: measure, years: years, series: yearSeries, cells: cells,
          comparison: comparison, reported: reported)
        if measure.isFinance {
          // The comparison's notes, then every possible reclassification in the years shown
          // (the comparison names only those touching the latest year), oldest first.
          let breaks =
            both(years.first, years.last).map { first, last in
              dataset.finance.breaks(
                affecting: measure, code: comparison?.laCode ?? resolved, years: first...last
              ).map(\.note)
            } ?? []
          var notes = (comparison?.notes ?? []).filter { !breaks.contains($0) }
          if measure == .agencyCostPerAgencyFTE, !notes.contains(FinanceNotes.indicatorLabel) {
            notes.insert(FinanceNotes.indicatorLabel, at: 0)
          }
          var seen = Set<String>()
          trend.notes = (notes + breaks).filter { seen.insert($0).inserted }
        }
        return trend
      }
      var changes: [TrustSpellChange] = []
      var unmeasured: [(spell: TrustSpell, reason: String)] = []
      for spell in ownSpells {
        guard spell.from != nil else {
          unmeasured.append((spell, "no source states when it took over"))
          continue
        }
        let measured = measures.compactMap {
          TrustSpellChange.measure(
            $0, over: spell, statistics: official, neighbours: dataset.neighbours)
        }
        if measured.isEmpty {
          let years = measures.allSatisfy { !$0.isFinance } ? "census years" : "years"
          unmeasured.append((spell, "no two \(years) inside the official statistics"))
        }
        changes += measured
      }
      let financeRegion = trends.lazy.compactMap { $0.comparison?.regionName }.first
      authorities.append(
        Authority(
          laCode: resolved, name: latestRecord?.name ?? statistics.name(ofCode: resolved) ?? code,
          regionName: latestRecord.map { WorkforceStatistics.comparatorRegion(of: $0.regionName) }
            ?? financeRegion ?? "",
          spells: ownSpells, trends: trends, spellChanges: changes, unmeasuredSpells: unmeasured))
    }
    var england: [OfficialMeasure: YearSeries] = [:]
    for measure in measures {
      england[measure] = series(measure) { official.england(measure, year: $0) }.0
    }
    return TrendReport(
      years: measures.contains { !$0.isFinance } ? censusYears : [],
      yearsByMeasure: yearsByMeasure, measures: measures, authorities: authorities,
      england: england)
  }
}

private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
