import SVGCharts
import TextCharts
import TrustMetricsCore

extension TrendReport {
  /// How a measure's axis ticks are written: `£1,500` for money, `20%` for a rate, plain
  /// numbers for a caseload.
  static func axisFormat(_ measure: OfficialMeasure) -> AxisFormat {
    if measure.unit.isMoneyRate { return AxisFormat(prefix: "£", groupsThousands: true) }
    return measure.unitLabel == "%" ? AxisFormat(suffix: "%") : .plain
  }

  /// Where a date stands on an axis of census years or financial years, in axis positions.
  ///
  /// Census years are counted on 30 September and financial years drawn at their middle (1
  /// October), so position = months after 1 October of `firstYear` ÷ 12. A date without a month
  /// counts from January, without a day from the first.
  static func axisPosition(of date: PartialDate, firstYear: Int) -> Double {
    let months = Double(date.year * 12 + (date.month ?? 1) - 1) + Double((date.day ?? 1) - 1) / 31
    return (months - Double(firstYear * 12 + 9)) / 12
  }

  /// A value as the tables write it, or a dash when there is none.
  private static func written(_ value: OfficialValue?, measure: OfficialMeasure) -> String {
    let text = ReportText.value(value, measure: measure)
    return text.isEmpty ? "–" : text
  }

  /// One authority's measure over its years, England dashed, each trust's start (and end) marked
  /// where it falls inside the years shown.
  func authorityPicture(_ trend: MeasureTrend, of authority: Authority) -> ChartPicture {
    let measure = trend.measure
    let years = trend.series.points.map(\.year)
    let englandSeries = england[measure]
    let englandValues = years.map { englandSeries?.value(in: $0) }
    var markers: [LineChart.Marker] = []
    var dated: [String] = []
    for spell in authority.spells {
      for (date, word, verb) in [(spell.from, "from", "took over"), (spell.to, "to", "ended")] {
        guard let date, let first = years.first, let last = years.last else { continue }
        let position = Self.axisPosition(of: date, firstYear: first)
        let inside = position >= 0 && position <= Double(last - first)
        if inside { markers.append(.init(position: position, label: "Trust \(word) \(date)")) }
        dated.append(
          "\(spell.trust) \(verb) in \(date)" + (inside ? "" : ", outside the years shown"))
      }
    }
    let model = Result { () throws(ChartError) in
      try LineChart(
        xLabels: years.map(measure.periodText),
        series: [
          LineChart.Series(name: authority.name, values: trend.series.points.map(\.value)),
          LineChart.Series(
            name: WorkforceStatistics.englandName, values: englandValues, color: .gray,
            isDashed: true),
        ],
        markers: markers)
    }.map(ChartPicture.Model.line)
    let span = years.first.map { first in
      let last = years.last ?? first
      return first == last
        ? measure.periodText(first) : "\(measure.periodText(first)) to \(measure.periodText(last))"
    }
    let title = "\(measure.displayName) (\(measure.unitLabel))"
    var sentences = [
      "\(authority.name): \(measure.displayName.lowercased()) by "
        + (measure.isFinance ? "financial year" : "census year") + ", "
        + (span ?? "no years") + ", beside England (dashed line)."
    ]
    sentences.append(Self.firstAndLast(authority.name, trend.series, measure: measure))
    if let englandSeries {
      sentences.append(Self.firstAndLast("England", englandSeries, measure: measure))
    }
    if !dated.isEmpty { sentences.append(dated.joined(separator: "; ") + ".") }
    let rows = years.map { year in
      [
        measure.periodText(year), Self.written(trend.cells[year], measure: measure),
        ReportText.value(englandSeries?.value(in: year), measure: measure),
      ].map { $0.isEmpty ? "–" : $0 }
    }
    return ChartPicture(
      model: model, title: title,
      description: sentences.filter { !$0.isEmpty }.joined(
        separator: " "),
      axis: Self.axisFormat(measure),
      data: DataTable(
        headings: [
          measure.isFinance ? "Financial year" : "Census year", authority.name, "England",
        ],
        rows: rows),
      isSmall: true)
  }

  /// `Name: 31.9% in 2017, 20.0% in 2025.` over a series' first and last published values;
  /// empty when it has none.
  private static func firstAndLast(_ name: String, _ series: YearSeries, measure: OfficialMeasure)
    -> String
  {
    guard let first = series.firstPresent, let last = series.lastPresent,
      let firstValue = first.value, let lastValue = last.value
    else { return "\(name): no published value." }
    if first.year == last.year {
      return "\(name): \(ReportText.value(firstValue, measure: measure)) in "
        + "\(measure.periodText(first.year))."
    }
    return "\(name): \(ReportText.value(firstValue, measure: measure)) in "
      + "\(measure.periodText(first.year)), \(ReportText.value(lastValue, measure: measure)) in "
      + "\(measure.periodText(last.year))."
  }

  /// Every authority's value in a year as bars, England marked, with its data table.
  func barsPicture(_ measure: OfficialMeasure, year: Int, chart: Result<BarChart, ChartError>)
    -> ChartPicture
  {
    let comparisons = authorities.map { authority in
      (authority.name, authority.trends.first { $0.measure == measure }?.comparison)
    }
    let englandValue = england[measure]?.value(in: year)
    let ranked = comparisons.compactMap { name, comparison in
      comparison?.authority.number.map { (name, $0) }
    }.sorted { $0.1 > $1.1 }
    var sentences = [
      "\(measure.displayName) in \(measure.periodText(year)) for \(authorities.count) "
        + (authorities.count == 1 ? "authority" : "authorities")
        + (englandValue.map {
          ", England (\(ReportText.value($0, measure: measure))) marked by a dashed line"
        } ?? "") + "."
    ]
    if let highest = ranked.first, let lowest = ranked.last, ranked.count > 1 {
      sentences.append(
        "Highest: \(highest.0), \(ReportText.value(highest.1, measure: measure)); lowest: "
          + "\(lowest.0), \(ReportText.value(lowest.1, measure: measure)).")
    }
    sentences.append("Each bar's quartile band is written as a letter after its value.")
    var rows = comparisons.map { name, comparison in
      [
        name, Self.written(comparison?.authority, measure: measure),
        comparison?.band?.rawValue ?? "–",
        comparison.flatMap { c in c.rank.map { "\($0) of \(c.rankedCount)" } } ?? "–",
      ]
    }
    if let englandValue {
      rows.append(["England", ReportText.value(englandValue, measure: measure), "–", "–"])
    }
    return ChartPicture(
      model: chart.map(ChartPicture.Model.bars),
      title: "\(measure.displayName), \(measure.periodText(year)) (\(measure.unitLabel))",
      description: sentences.joined(separator: " "), axis: Self.axisFormat(measure),
      data: DataTable(headings: ["Authority", "Value", "Band", "Rank"], rows: rows))
  }

  /// Every authority's measure over the years with England dashed, with its data table.
  func linePicture(_ measure: OfficialMeasure, chart: Result<LineChart, ChartError>)
    -> ChartPicture
  {
    let shown = years(of: measure)
    let englandSeries = england[measure]
    let span = shown.first.map { first in
      let last = shown.last ?? first
      return first == last
        ? measure.periodText(first) : "\(measure.periodText(first)) to \(measure.periodText(last))"
    }
    var sentences = [
      "\(measure.displayName) of \(authorities.count) "
        + (authorities.count == 1 ? "authority" : "authorities") + " by "
        + (measure.isFinance ? "financial year" : "census year") + ", \(span ?? "no years"), "
        + "with England as a dashed line. Latest published values:"
    ]
    let latest = authorities.map { authority -> String in
      let series = authority.trends.first { $0.measure == measure }?.series
      guard let point = series?.lastPresent, let value = point.value else {
        return "\(authority.name) none"
      }
      return "\(authority.name) \(ReportText.value(value, measure: measure)) "
        + "(\(measure.periodText(point.year)))"
    }
    sentences.append(latest.joined(separator: "; ") + ".")
    if let englandPoint = englandSeries?.lastPresent, let value = englandPoint.value {
      sentences.append(
        "England \(ReportText.value(value, measure: measure)) "
          + "(\(measure.periodText(englandPoint.year))).")
    }
    let rows = shown.map { year in
      [measure.periodText(year)]
        + authorities.map { authority in
          Self.written(
            authority.trends.first { $0.measure == measure }?.cells[year], measure: measure)
        }
        + [Self.written(englandSeries?.value(in: year).map(OfficialValue.number), measure: measure)]
    }
    return ChartPicture(
      model: chart.map(ChartPicture.Model.line),
      title: "\(measure.displayName) over the "
        + (measure.isFinance ? "financial years" : "years") + " (\(measure.unitLabel))",
      description: sentences.joined(separator: " "), axis: Self.axisFormat(measure),
      data: DataTable(
        headings: [measure.isFinance ? "Financial year" : "Census year"]
          + authorities.map(\.name) + ["England"],
        rows: rows))
  }

  /// A trend's sparkline for an HTML table cell, its title and its values in words.
  static func sparklineCell(_ trend: MeasureTrend) -> (
    sparkline: Sparkline, title: String, description: String
  )? {
    let measure = trend.measure
    let points = trend.series.points
    let drawn = Result { () throws(ChartError) in try Sparkline(points.map(\.value)) }
    // A sparkline that cannot be drawn keeps the cell's text (empty, as in the text table).
    guard let first = points.first, let last = points.last, case .success(let sparkline) = drawn
    else { return nil }
    let values = points.map { point in
      "\(measure.periodText(point.year)) "
        + written(trend.cells[point.year], measure: measure)
    }
    return (
      sparkline,
      "\(measure.displayName), \(measure.periodText(first.year)) to \(measure.periodText(last.year))",
      "Trend of \(measure.displayName.lowercased()): " + values.joined(separator: ", ") + "."
    )
  }
}
