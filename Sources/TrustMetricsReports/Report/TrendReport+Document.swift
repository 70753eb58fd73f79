import Foundation
import TextCharts
import TrustMetricsCore

extension TrendReport {
  /// The report in a format, ending with a newline.
  ///
  /// Text: a section per authority (heading with its trusts and their dates, a table of the
  /// measures with latest value, changes with ▲▼ arrows coloured by polarity, sparkline, rank,
  /// band, England / region / neighbour median; reported figures beside the official values; the
  /// change since each trust took over), then a bar chart per measure for the latest year with
  /// England as a marker, a line chart of the first measure over the years with England, and the
  /// legend and the Open Government Licence attribution.
  ///
  /// - Parameters:
  ///   - format: Text, Markdown or JSON.
  ///   - display: The width and style (text; Markdown draws its charts at the width, plain).
  /// - Returns: The report.
  public func rendered(as format: ReportFormat, display: ReportDisplay) -> String {
    switch format {
    case .text: document(style: display.style).text(display: display)
    case .markdown:
      document(style: RenderStyle(isColored: false, isASCII: display.style.isASCII))
        .markdown(chartWidth: display.width, style: display.style)
    case .json: json()
    }
  }

  func document(style: RenderStyle) -> ReportDocument {
    var document = ReportDocument()
    let span = years.first.map { first in "\(first)–\(years.last ?? first)" } ?? "no years"
    document.append(
      .title(
        "Children's social work workforce: \(authorities.count) "
          + (authorities.count == 1 ? "authority" : "authorities") + ", DfE statistics \(span)"))
    document.append(.blank)
    for authority in authorities {
      section(of: authority, style: style, into: &document)
    }
    if authorities.count > 0, let latest = latestYear {
      document.append(.heading("All authorities in scope"))
      document.append(.blank)
      for measure in measures {
        let chart = latestBars(measure, year: latest)
        document.append(
          .chart(
            title: "\(measure.displayName), \(latest) (\(measure.unitLabel)):",
            draw: { width, style in (try? chart?.get())?.lines(width: width, style: style) ?? [] }))
        document.append(.blank)
      }
      if let measure = measures.first {
        let chart = lineChart(measure)
        document.append(
          .chart(
            title: "\(measure.displayName) over the years (\(measure.unitLabel)):",
            draw: { width, style in
              (try? chart.get())?.lines(width: width, height: 12, style: style) ?? []
            }))
        document.append(.blank)
      }
    }
    for note in legend(style: style) {
      document.append(.paragraph(note, style: TextStyle(color: .gray)))
    }
    return document
  }

  private func section(
    of authority: Authority, style: RenderStyle, into document: inout ReportDocument
  ) {
    document.append(.heading("\(authority.name) (\(authority.laCode), \(authority.regionName))"))
    let present = authority.trends.flatMap { trend in trend.cells.keys }
    let dataSpan =
      present.min().map { first in "DfE data \(first)–\(present.max() ?? first)" }
      ?? "no DfE rows in these years"
    var about: [String] = []
    for spell in authority.spells {
      let from = spell.from?.description ?? "start not stated"
      let to = spell.to.map { "to \($0)" } ?? (spell.from == nil ? "" : "to date")
      about.append("\(spell.trust): \(from) \(to)".trimmingSuffixSpaces)
    }
    if about.isEmpty { about.append("No children's trust recorded") }
    document.append(.paragraph((about + [dataSpan]).joined(separator: " · ") + "."))
    document.append(.blank)
    if let table = try? measureTable(authority, style: style) { document.append(.table(table)) }

    let reported = authority.trends.flatMap(\.reported)
    if !reported.isEmpty {
      document.append(.blank)
      let mark = style.glyph("◆", ascii: "*")
      document.append(
        .paragraph("Reported in the news (\(mark)), beside DfE's value for that census:"))
      for item in reported {
        document.append(.paragraph("  \(mark) " + reportedLine(item), indent: "    "))
      }
    }

    if !authority.spellChanges.isEmpty || !authority.unmeasuredSpells.isEmpty {
      document.append(.blank)
    }
    let bySpell = Dictionary(grouping: authority.spellChanges) { $0.spell.trust }
    for spell in authority.spells {
      guard let changes = bySpell[spell.trust], let first = changes.first else { continue }
      let baseline =
        first.baselineIsFirstAvailable
        ? "\(first.baselineYear), the first year available"
        : "\(first.baselineYear), the last census before"
      document.append(
        .paragraph(
          "Since \(spell.trust) took over (\(baseline) \(style.glyph("→", ascii: "to")) "
            + "\(first.endYear)), "
            + "change beside the comparators' change over the same years:"
        ))
      if let table = try? spellTable(changes, style: style) { document.append(.table(table)) }
    }
    for (spell, reason) in authority.unmeasuredSpells {
      document.append(.paragraph("Not measured: \(spell.trust): \(reason)."))
    }
    document.append(.blank)
  }

  private func measureTable(_ authority: Authority, style: RenderStyle) throws(ChartError)
    -> TextTable
  {
    let latest = latestYear.map(String.init) ?? "Latest"
    let previous = latestYear.map { "vs \($0 - 1)" } ?? "vs prev"
    let firstYears = Set(authority.trends.map { $0.series.firstPresent?.year })
    let first =
      firstYears.count == 1
      ? firstYears.first.flatMap { $0 }.map { "vs \($0)" } ?? "vs first"
      : "vs first"
    let trendTitle =
      years.first.map { first in "\(first)–\((years.last ?? first) % 100)" } ?? "Trend"
    let columns: [TextTable.Column] = [
      .init("Measure", minimumWidth: 7), .init(latest, alignment: .right),
      .init(previous, alignment: .right, priority: 60),
      .init(first, alignment: .right, priority: 40), .init(trendTitle, priority: 70),
      .init("Rank", alignment: .right, priority: 30), .init("Band", priority: 80),
      .init("England", alignment: .right, priority: 50),
      .init("Region", alignment: .right, priority: 20),
      .init("SN med", alignment: .right, priority: 10),
    ]
    let rows: [[StyledText]] = authority.trends.map { trend in
      let measure = trend.measure
      let comparison = trend.comparison
      let name =
        measure.displayName + (trend.reported.isEmpty ? "" : " " + style.glyph("◆", ascii: "*"))
      let sparkline =
        (try? Sparkline(trend.series.points.map(\.value)))?.rendered(style: style) ?? ""
      return [
        StyledText(name),
        StyledText(ReportText.value(comparison?.authority, measure: measure)),
        ReportText.change(trend.changeFromPrevious, polarity: measure.polarity, style: style),
        ReportText.change(trend.changeFromFirst, polarity: measure.polarity, style: style),
        StyledText(sparkline, color: .cyan),
        StyledText(comparison.flatMap { c in c.rank.map { "\($0)/\(c.rankedCount)" } } ?? ""),
        comparison?.band.map { ReportText.band($0) } ?? StyledText(""),
        StyledText(ReportText.value(comparison?.england, measure: measure)),
        StyledText(ReportText.value(comparison?.region, measure: measure)),
        StyledText(ReportText.value(comparison?.neighbourMedian, measure: measure)),
      ]
    }
    return try TextTable(columns: columns, rows: rows)
  }

  private func spellTable(_ changes: [TrustSpellChange], style: RenderStyle) throws(ChartError)
    -> TextTable
  {
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
      let polarity = change.measure.polarity
      return [
        StyledText(change.measure.displayName),
        ReportText.change(change.authority.change, polarity: polarity, style: style),
        StyledText(ReportText.signed(change.england.change)),
        StyledText(ReportText.signed(change.region.change)),
        StyledText(ReportText.signed(change.neighbourMedian.change)),
        ReportText.change(change.differenceFromEngland, polarity: polarity, style: style),
        ReportText.change(change.differenceFromRegion, polarity: polarity, style: style),
        ReportText.change(change.differenceFromNeighbours, polarity: polarity, style: style),
      ]
    }
    return try TextTable(columns: columns, rows: rows)
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

  private func latestBars(_ measure: OfficialMeasure, year: Int) -> Result<BarChart, ChartError>? {
    let bars = authorities.map { authority in
      let comparison = authority.trends.first { $0.measure == measure }?.comparison
      let band = comparison?.band.map { " " + $0.rawValue } ?? "  "
      return BarChart.Bar(
        label: authority.name, value: comparison?.authority.number,
        valueText: ReportText.value(comparison?.authority, measure: measure) + band,
        color: comparison?.band.map(ReportText.color(of:)))
    }
    let england = england[measure]?.value(in: year)
    return Result { () throws(ChartError) in
      try BarChart(
        bars: bars,
        reference: england.map {
          BarChart.Reference(
            label: "England \(ReportText.value(.number($0), measure: measure))", value: $0)
        })
    }
  }

  private func lineChart(_ measure: OfficialMeasure) -> Result<LineChart, ChartError> {
    var series = authorities.map { authority in
      LineChart.Series(
        name: authority.name,
        values: authority.trends.first { $0.measure == measure }?.series.points.map(\.value)
          ?? years.map { _ in nil })
    }
    if let englandSeries = england[measure] {
      series.append(
        LineChart.Series(name: "England", values: englandSeries.points.map(\.value), color: .gray))
    }
    return Result { () throws(ChartError) in
      try LineChart(xLabels: years.map(String.init), series: series)
    }
  }

  private func legend(style: RenderStyle) -> [String] {
    let up = style.glyph("▲", ascii: "^")
    let down = style.glyph("▼", ascii: "v")
    var notes = [
      "Values are DfE's published rates (FTE basis): agency, vacancy and turnover in %, caseload "
        + "in cases per case holder. Changes are in percentage points (caseload: cases). "
        + "\(up)\(down) show the direction; lower is better for all four, so a fall is good "
        + "(green when coloured) and a rise is bad (red).",
      "Rank 1 = best (lowest) of the authorities with a published value in the latest year. "
        + "Band: LAIT quartile band, A best quarter (\(style.glyph("≤", ascii: "<=")) Q1) to D "
        + "worst (> Q3), printed as a letter. "
        + "SN med: median of the ten statistical neighbours (DfE 2025 model) with a value. "
        + "Trend: a sparkline of the years shown, a gap where no value is published; "
        + "vs first: the change since the first year with a published value.",
      "\(style.glyph("◆", ascii: "*")) marks a figure reported in the news sources; a month maps to the nearest 30 September "
        + "census (April–September to that year's, October–March to the previous one).",
      TrustSpellChange.descriptiveLabel,
    ]
    notes += OfficialCell.legend(for: markersShown)
    notes.append(WorkforceStatistics.attribution)
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
