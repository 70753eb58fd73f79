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
  /// For each authority and measure: the published series over the years from `since` (default
  /// the first year of the statistics) to the latest; the latest year compared by
  /// ``OfficialComparison/compare(_:authority:year:statistics:neighbours:)``; figures of the
  /// same measure about any entity with the authority's code, each beside the official value of
  /// its census year (``Period/censusYear``); and each trust spell measured by
  /// ``TrustSpellChange/measure(_:over:statistics:neighbours:)``.
  ///
  /// - Parameters:
  ///   - codes: The authorities' codes, alone or merged, in the order wanted.
  ///   - measures: The measures, in the order wanted.
  ///   - since: The first reporting year shown; `nil` for all.
  ///   - dataset: The loaded dataset.
  /// - Returns: The report.
  public static func build(
    codes: [String], measures: [OfficialMeasure], since: Int? = nil, in dataset: Dataset
  ) -> TrendReport {
    let statistics = dataset.workforce
    let years = statistics.years.filter { $0 >= (since ?? Int.min) }
    let span = years.first.flatMap { first in years.last.map { first...$0 } }
    let spells = TrustSpell.consolidated(dataset.trusts)

    func series(_ row: (Int) -> WorkforceRecord?, _ measure: OfficialMeasure)
      -> (YearSeries, [Int: OfficialValue])
    {
      var cells: [Int: OfficialValue] = [:]
      var values: [Int: Double] = [:]
      for year in years {
        guard let record = row(year) else { continue }
        let cell = WorkforceRates.publishedValue(of: measure, in: record)
        cells[year] = cell
        values[year] = cell.number
      }
      return (YearSeries(values: values, years: span), cells)
    }

    // Figures by entity, once: filtering every figure for each authority and measure copied
    // each figure hundreds of times.
    var figuresByEntity: [String: [Figure]] = [:]
    for figure in dataset.figures { figuresByEntity[figure.entity, default: []].append(figure) }
    var authorities: [Authority] = []
    for code in codes {
      let resolved = statistics.resolvedCode(code) ?? code
      let latestRecord = years.reversed().lazy.compactMap {
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
        let (yearSeries, cells) = series(
          { statistics.authority(code: resolved, year: $0) }, measure)
        let comparison = years.last.flatMap {
          OfficialComparison.compare(
            measure, authority: resolved, year: $0, statistics: dataset.official,
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
        return MeasureTrend(
          measure: measure, series: yearSeries, cells: cells, comparison: comparison,
          reported: reported)
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
            $0, over: spell, statistics: dataset.official, neighbours: dataset.neighbours)
        }
        if measured.isEmpty {
          unmeasured.append((spell, "no two census years inside the official statistics"))
        }
        changes += measured
      }
      authorities.append(
        Authority(
          laCode: resolved, name: latestRecord?.name ?? statistics.name(ofCode: resolved) ?? code,
          regionName: WorkforceStatistics.comparatorRegion(of: latestRecord?.regionName ?? ""),
          spells: ownSpells, trends: trends, spellChanges: changes, unmeasuredSpells: unmeasured))
    }
    var england: [OfficialMeasure: YearSeries] = [:]
    for measure in measures {
      england[measure] = series({ statistics.england(year: $0) }, measure).0
    }
    return TrendReport(
      years: years, measures: measures, authorities: authorities, england: england)
  }
}
