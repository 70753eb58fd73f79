import Foundation
import TextCharts
import TrustMetricsCore

extension TrendReport {
  /// The report in a format, ending with a newline.
  ///
  /// Text: a section per authority (heading with its trusts and their dates; a table of the
  /// workforce measures with latest value, changes with ▲▼ arrows coloured by polarity,
  /// sparkline, rank, band, England / region / neighbour median; reported figures beside the
  /// official values; the finance block, the same table for the finance measures by financial
  /// year with uncoloured arrows and bands, and its notes; the change since each trust took
  /// over), then a bar chart per measure for its latest year with England as a marker, a line
  /// chart of the first workforce and of the first finance measure with England, and the legend
  /// and the attribution (DfE, and MHCLG and ONS when finance is shown; Open Government
  /// Licence).
  ///
  /// HTML: the same sections as one self-contained page (``ReportFormat/html``), each
  /// authority's tables with SVG sparklines, a line chart per measure over the years with England
  /// dashed and the trust's start marked, the news figures with their links, the bars and line
  /// charts of all authorities as SVG with their data tables, the notes, the attribution, and
  /// the stamp under the title.
  ///
  /// - Parameters:
  ///   - format: Text, Markdown, JSON or HTML.
  ///   - display: The width and style (text; Markdown draws its charts at the width, plain).
  ///   - stamp: For HTML, when the report was made and the datasets' content hash; `nil` leaves
  ///     them out.
  /// - Returns: The report.
  public func rendered(
    as format: ReportFormat, display: ReportDisplay, stamp: ReportStamp? = nil
  ) -> String {
    switch format {
    case .text: document(style: display.style).text(display: display)
    case .markdown:
      document(style: RenderStyle(isColored: false, isASCII: display.style.isASCII))
        .markdown(chartWidth: display.width, style: display.style)
    case .json: json()
    case .html: document(style: .plain).html(stamp: stamp)
    }
  }

  /// The span of financial years shown, `FY2016-17 to FY2024-25`.
  var financeSpan: String? {
    FinancialYear.span(ofStartYears: financeYears)
  }

  func document(style: RenderStyle) -> ReportDocument {
    var document = ReportDocument()
    let count =
      "\(authorities.count) " + (authorities.count == 1 ? "authority" : "authorities")
    let census =
      years.first.map { first in
        first == years.last ? "\(first)" : "\(first)–\(years.last ?? first)"
      } ?? "no years"
    let finance = financeSpan ?? "none in the years chosen"
    let title =
      switch (workforceMeasures.isEmpty, financeMeasures.isEmpty) {
      case (false, true): "Children's social work workforce: \(count), DfE statistics \(census)"
      case (true, false): "Children's services finance: \(count), \(finance)"
      default:
        "Children's services workforce and finance: \(count), DfE workforce statistics "
          + "\(census), finance \(finance)"
      }
    document.append(.title(title))
    document.append(.blank)
    for authority in authorities {
      section(of: authority, style: style, into: &document)
    }
    if !authorities.isEmpty, !measures.isEmpty {
      document.append(.heading("All authorities in scope", section: .comparison))
      document.append(.blank)
      for measure in measures {
        guard let latest = years(of: measure).last else { continue }
        let chart = latestBars(measure, year: latest, style: style)
        document.append(
          .chart(
            title: "\(measure.displayName), \(measure.periodText(latest)) "
              + "(\(measure.unitLabel)):",
            draw: { width, style in
              ReportText.drawn(chart.map { $0.lines(width: width, style: style) })
            },
            picture: barsPicture(measure, year: latest, chart: chart)))
        document.append(.blank)
      }
      for measure in [workforceMeasures.first, financeMeasures.first].compactMap({ $0 }) {
        guard !years(of: measure).isEmpty else { continue }
        let chart = lineChart(measure)
        document.append(
          .chart(
            title: "\(measure.displayName) over the "
              + (measure.isFinance ? "financial years" : "years") + " (\(measure.unitLabel)):",
            draw: { width, style in
              ReportText.drawn(chart.map { $0.lines(width: width, height: 12, style: style) })
            },
            picture: linePicture(measure, chart: chart)))
        document.append(.blank)
      }
    }
    document.append(.onlyInHTML(.heading("Notes and sources", section: .notes)))
    for block in ReportText.notes(legend(style: style), finance: !financeMeasures.isEmpty) {
      document.append(block)
    }
    return document
  }

  private func section(
    of authority: Authority, style: RenderStyle, into document: inout ReportDocument
  ) {
    document.append(.heading("\(authority.name) (\(authority.laCode), \(authority.regionName))"))
    let workforce = authority.trends.filter { !$0.measure.isFinance }
    let finance = authority.trends.filter(\.measure.isFinance)
    var about: [String] = []
    for spell in authority.spells {
      let from = spell.from?.description ?? "start not stated"
      let to = spell.to.map { "to \($0)" } ?? (spell.from == nil ? "" : "to date")
      about.append("\(spell.trust): \(from) \(to)".trimmingSuffixSpaces)
    }
    if about.isEmpty { about.append("No children's trust recorded") }
    if !workforce.isEmpty {
      let present = workforce.flatMap { trend in trend.cells.keys }
      about.append(
        present.min().map { first in "DfE data \(first)–\(present.max() ?? first)" }
          ?? "no DfE rows in these years")
    }
    document.append(.paragraph(about.joined(separator: " · ") + "."))
    document.append(.blank)
    if !workforce.isEmpty {
      let censusYears = Set(workforce.flatMap(\.years)).sorted()
      let span =
        censusYears.first.map { first in
          first == censusYears.last ? "\(first)" : "\(first)–\(censusYears.last ?? first)"
        } ?? "no census years"
      document.append(
        .onlyInHTML(.subheading("Workforce by census year (30 September), \(span)")))
      let (table, sparklines) = measureTable(workforce, style: style)
      document.append(tableBlock(table, sparklines: sparklines))
      for trend in workforce {
        document.append(.picture(authorityPicture(trend, of: authority)))
      }
    }

    let reported = authority.trends.flatMap(\.reported)
    if !reported.isEmpty {
      document.append(.blank)
      let mark = style.glyph("◆", ascii: "*")
      document.append(
        .subheading("Reported in the news (\(mark)), beside DfE's value for that census:"))
      for item in reported {
        document.append(.reference(reportedLine(item), url: item.citation.url, mark: mark))
      }
    }

    if !finance.isEmpty {
      financeBlock(
        finance, of: authority, hasWorkforce: !workforce.isEmpty, style: style, into: &document)
    }

    if !authority.spellChanges.isEmpty || !authority.unmeasuredSpells.isEmpty {
      document.append(.blank)
    }
    let bySpell = Dictionary(grouping: authority.spellChanges) { $0.spell.trust }
    for spell in authority.spells {
      guard let changes = bySpell[spell.trust] else { continue }
      for group in [changes.filter { !$0.measure.isFinance }, changes.filter(\.measure.isFinance)] {
        guard let first = group.first else { continue }
        let measure = first.measure
        let kind = measure.isFinance ? "financial year" : "census"
        let baseline =
          first.baselineIsFirstAvailable
          ? "\(measure.periodText(first.baselineYear)), the first year available"
          : "\(measure.periodText(first.baselineYear)), the last \(kind) before"
        document.append(
          .subheading(
            "Since \(spell.trust) took over (\(baseline) \(style.glyph("→", ascii: "to")) "
              + "\(measure.periodText(first.endYear))), "
              + "change beside the comparators' change over the same years"
              + (measure.isFinance ? " (cash terms):" : ":")))
        document.append(tableBlock(spellTable(group, style: style)))
        if !measure.isFinance, changes.contains(where: \.measure.isFinance) {
          document.append(.blank)
        }
      }
    }
    for (spell, reason) in authority.unmeasuredSpells {
      document.append(.paragraph("Not measured: \(spell.trust): \(reason)."))
    }
    document.append(.blank)
  }
  /// The finance block of an authority: what it is, the table by financial year, its notes.
  private func financeBlock(
    _ trends: [MeasureTrend], of authority: Authority, hasWorkforce: Bool, style: RenderStyle,
    into document: inout ReportDocument
  ) {
    if hasWorkforce { document.append(.blank) }
    let shown = Set(trends.flatMap(\.years)).sorted()
    guard !shown.isEmpty else {
      document.append(.paragraph("Finance: no financial year in the years chosen."))
      return
    }
    let span =
      FinancialYear.span(ofStartYears: shown) ?? "no financial years in the years chosen"
    document.append(
      .subheading("Finance by financial year (April to March, cash terms), \(span):"))
    let (table, sparklines) = measureTable(trends, style: style)
    document.append(tableBlock(table, sparklines: sparklines))
    var notes: [String] = []
    for trend in trends {
      let measure = trend.measure
      if let first = trend.years.first, let last = trend.years.last {
        if first != shown.first || last != shown.last {
          let span =
            first == last
            ? measure.periodText(first)
            : "\(measure.periodText(first)) to \(measure.periodText(last))"
          notes.append("\(measure.displayName): \(span) only, the years its data cover.")
        }
      } else {
        notes.append("\(measure.displayName): no value in the years chosen.")
      }
      notes += trend.notes
    }
    var seen = Set<String>()
    for note in notes where seen.insert(note).inserted {
      document.append(.paragraph("Note: " + note, indent: "  "))
    }
    for trend in trends where !trend.years.isEmpty {
      document.append(.picture(authorityPicture(trend, of: authority)))
    }
  }

  /// A table as a block, or a line saying why it could not be laid out.
  private func tableBlock(
    _ table: Result<TextTable, ChartError>, sparklines: SparklineColumn? = nil
  ) -> ReportDocument.Block {
    switch table {
    case .success(let table): .table(table, sparklines: sparklines)
    case .failure(let error): .paragraph("(table not drawn: \(error))")
    }
  }

  /// The table of one kind of measure (workforce by census year, or finance by financial year)
  /// and the sparklines HTML draws in its trend column.
  private func measureTable(_ trends: [MeasureTrend], style: RenderStyle) -> (
    Result<TextTable, ChartError>, SparklineColumn
  ) {
    let isFinance = trends.first?.measure.isFinance ?? false
    func common<T: Hashable>(_ values: [T?]) -> T? {
      let distinct = Set(values)
      return distinct.count == 1 ? distinct.first.flatMap { $0 } : nil
    }
    let columns: [TextTable.Column]
    if isFinance {
      let period = trends.first?.measure ?? .spendPerChild
      let latest = common(trends.map(\.years.last))
      let first = common(
        trends.map { $0.changeFromFirst == nil ? nil : $0.series.firstPresent?.year })
      columns = [
        .init("Measure", minimumWidth: 7),
        .init(latest.map(period.periodText) ?? "Latest", alignment: .right),
        .init(
          latest.map { "vs " + period.periodText($0 - 1) } ?? "vs prev", alignment: .right,
          priority: 60),
        .init(
          first.map { "vs " + period.periodText($0) } ?? "vs first", alignment: .right,
          priority: 40),
        .init("Trend", priority: 70),
        .init("Rank", alignment: .right, priority: 30), .init("Band", priority: 80),
        .init("England", alignment: .right, priority: 66),
        .init("Region", alignment: .right, priority: 20),
        .init("SN med", alignment: .right, priority: 64),
      ]
    } else {
      let latest = latestYear.map(String.init) ?? "Latest"
      let previous = latestYear.map { "vs \($0 - 1)" } ?? "vs prev"
      let firstYears = Set(trends.map { $0.series.firstPresent?.year })
      let first =
        firstYears.count == 1
        ? firstYears.first.flatMap { $0 }.map { "vs \($0)" } ?? "vs first"
        : "vs first"
      let trendTitle =
        years.first.map { first in "\(first)–\((years.last ?? first) % 100)" } ?? "Trend"
      columns = [
        .init("Measure", minimumWidth: 7), .init(latest, alignment: .right),
        .init(previous, alignment: .right, priority: 60),
        .init(first, alignment: .right, priority: 40), .init(trendTitle, priority: 70),
        .init("Rank", alignment: .right, priority: 30), .init("Band", priority: 80),
        .init("England", alignment: .right, priority: 50),
        .init("Region", alignment: .right, priority: 20),
        .init("SN med", alignment: .right, priority: 10),
      ]
    }
    let rows: [[StyledText]] = trends.map { trend in
      let measure = trend.measure
      let comparison = trend.comparison
      let name =
        measure.displayName + (trend.reported.isEmpty ? "" : " " + style.glyph("◆", ascii: "*"))
      let sparkline: StyledText
      switch Result(catching: { () throws(ChartError) in
        try Sparkline(trend.series.points.map(\.value))
      }) {
      case .success(let line): sparkline = StyledText(line.rendered(style: style), color: .cyan)
      case .failure: sparkline = StyledText("")
      }
      return [
        StyledText(name),
        StyledText(ReportText.value(comparison?.authority, measure: measure)),
        ReportText.change(trend.changeFromPrevious?.difference, measure: measure, style: style),
        ReportText.change(trend.changeFromFirst?.difference, measure: measure, style: style),
        sparkline,
        StyledText(comparison.flatMap { c in c.rank.map { "\($0)/\(c.rankedCount)" } } ?? ""),
        comparison?.band.map { ReportText.band($0, measure: measure) } ?? StyledText(""),
        StyledText(ReportText.value(comparison?.england, measure: measure)),
        StyledText(ReportText.value(comparison?.region, measure: measure)),
        StyledText(ReportText.value(comparison?.neighbourMedian, measure: measure)),
      ]
    }
    return (
      Result { () throws(ChartError) in try TextTable(columns: columns, rows: rows) },
      SparklineColumn(column: 4, cells: trends.map(Self.sparklineCell))
    )
  }

  private func spellTable(_ changes: [TrustSpellChange], style: RenderStyle) -> Result<
    TextTable, ChartError
  > {
    let columns: [TextTable.Column] = [
      .init("Measure", minimumWidth: 7), .init("Change", alignment: .right),
      .init("England", alignment: .right, priority: 50),
      .init("Region", alignment: .right, priority: 20),
      .init("SN med", alignment: .right, priority: 10),
      .init("vs Eng", alignment: .right, priority: 60),
      .init("vs region", alignment: .right, priority: 30),
      .init("vs SN", alignment: .right, priority: 40),
    ]
    let rows: [[StyledText]] = changes.map { change in
      let measure = change.measure
      return [
        StyledText(measure.displayName),
        ReportText.change(change.authority.change, measure: measure, style: style),
        StyledText(ReportText.signed(change.england.change, measure: measure)),
        StyledText(ReportText.signed(change.region.change, measure: measure)),
        StyledText(ReportText.signed(change.neighbourMedian.change, measure: measure)),
        ReportText.change(change.differenceFromEngland, measure: measure, style: style),
        ReportText.change(change.differenceFromRegion, measure: measure, style: style),
        ReportText.change(change.differenceFromNeighbours, measure: measure, style: style),
      ]
    }
    return Result { () throws(ChartError) in try TextTable(columns: columns, rows: rows) }
  }

  private func reportedLine(_ item: ReportedFigure) -> String {
    let measure = OfficialMeasure(item.figure.measure)
    let unit = measure?.unitLabel == "%" ? "%" : ""
    var text =
      "\(measure?.displayName ?? item.figure.measure.rawValue) \(item.figure.value)\(unit)"
      + " for \(item.figure.period)"
    if item.figure.period != .year(item.censusYear) { text += " (census \(item.censusYear))" }
    switch item.official {
    case .number(let number)?:
      text += "; DfE \(Cell.fixed(number, places: 1))\(unit)"
      if let difference = item.differenceFromOfficial {
        let signed = ReportText.signed(difference)
        text += signed == "0.0" ? ", the same" : " (reported \(signed))"
      }
    case .suppressed(let marker)?: text += "; DfE \(marker.rawValue)"
    case nil: text += "; no DfE value that year"
    }
    let citation = item.citation
    text += ". " + (citation.publisher ?? "publisher not stated")
    if let date = citation.date { text += ", \(date)" }
    if let title = citation.title { text += ", “\(title)”" }
    text += " [\(item.figure.id)]"
    return text
  }

  /// Bars of every authority's value in a year, England as the marker; finance bars are not
  /// coloured by band.
  private func latestBars(_ measure: OfficialMeasure, year: Int, style: RenderStyle)
    -> Result<BarChart, ChartError>
  {
    let bars = authorities.map { authority in
      let comparison = authority.trends.first { $0.measure == measure }?.comparison
      let band = comparison?.band.map { " " + $0.rawValue } ?? "  "
      return BarChart.Bar(
        label: authority.name, value: comparison?.authority.number,
        valueText: ReportText.ascii(
          ReportText.value(comparison?.authority, measure: measure) + band, style: style),
        color: comparison?.band.flatMap { ReportText.color(of: $0, measure: measure) })
    }
    let england = england[measure]?.value(in: year)
    return Result { () throws(ChartError) in
      try BarChart(
        bars: bars,
        reference: england.map {
          BarChart.Reference(
            label: ReportText.ascii(
              "England \(ReportText.value($0, measure: measure))", style: style),
            value: $0)
        })
    }
  }

  private func lineChart(_ measure: OfficialMeasure) -> Result<LineChart, ChartError> {
    let shown = years(of: measure)
    var series = authorities.map { authority in
      LineChart.Series(
        name: authority.name,
        values: authority.trends.first { $0.measure == measure }?.series.points.map(\.value)
          ?? shown.map { _ in nil })
    }
    if let englandSeries = england[measure] {
      series.append(
        LineChart.Series(
          name: "England", values: englandSeries.points.map(\.value), color: .gray,
          isDashed: true))
    }
    return Result { () throws(ChartError) in
      try LineChart(xLabels: shown.map(measure.periodText), series: series)
    }
  }

  private func legend(style: RenderStyle) -> [String] {
    let up = style.glyph("▲", ascii: "^")
    let down = style.glyph("▼", ascii: "v")
    let atMost = style.glyph("≤", ascii: "<=")
    let hasWorkforce = !workforceMeasures.isEmpty
    let finance = financeMeasures
    var notes: [String] = []
    if hasWorkforce {
      notes += [
        "Values are DfE's published rates (FTE basis): agency, vacancy and turnover in %, caseload "
          + "in cases per case holder. Changes are in percentage points (caseload: cases). "
          + "\(up)\(down) show the direction; lower is better for all four, so a fall is good "
          + "(green when coloured) and a rise is bad (red).",
        "Rank 1 = best (lowest) of the authorities with a published value in the latest year. "
          + "Band: LAIT quartile band, A best quarter (\(atMost) Q1) to D "
          + "worst (> Q3), printed as a letter. "
          + "SN med: median of the ten statistical neighbours (DfE 2025 model) with a value. "
          + "Trend: a sparkline of the years shown, a gap where no value is published; "
          + "vs first: the change since the first year with a published value.",
        "\(style.glyph("◆", ascii: "*")) marks a figure reported in the news sources; a month maps to the nearest 30 September "
          + "census (April–September to that year's, October–March to the previous one).",
      ]
    }
    if !finance.isEmpty {
      let example = financeYears.last.map { year in
        "; \(FinancialYear(startYear: year)) = April \(year) to March \(year + 1)"
      }
      notes.append(
        "Finance values by financial year (April to March\(example ?? "")), in cash terms: "
          + finance.map { "\($0.displayName) = \($0.definition)" }.joined(separator: "; ")
          + ". Changes are in the measure's unit (£; percentage points for a share).")
      notes.append(
        "Finance has no better direction: \(up)\(down) show the direction only and are never "
          + "coloured. Rank 1 = the lowest value of the authorities with a value that year. "
          + "Band: quartile band of all authorities that year, A = the lowest quarter (for "
          + "spend, the lowest-spending quarter, \(atMost) Q1) to D = the highest (> Q3), "
          + "printed as a letter, neither good nor bad."
          + (hasWorkforce
            ? ""
            : " SN med: median of the ten statistical neighbours (DfE 2025 model) with a "
              + "value. Trend: a sparkline of the years shown, a gap where there is no value; "
              + "vs first: the change since the first year with a value."))
    }
    notes.append(TrustSpellChange.descriptiveLabel)
    notes += OfficialCell.legend(for: markersShown)
    notes += ReportText.attributionLines(finance: !finance.isEmpty)
    return notes
  }
}

extension String {
  fileprivate var trimmingSuffixSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
