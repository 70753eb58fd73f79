import TextCharts
public import TrustMetricsCore

/// One official measure for chosen authorities, regions or England, drawn as a line chart over
/// the years (census years, or financial years for a finance measure) or as bars for the latest
/// year, with England alongside.
public struct TrendChart: Sendable {
  /// How the chart is drawn.
  public enum Kind: String, CaseIterable, Sendable {
    /// A line per subject over the years, England included.
    case line
    /// A bar per subject for the latest year, England as a marker.
    case bars
  }

  /// One line or bar: a name and its published values by year.
  public struct Subject: Sendable {
    /// The name shown.
    public var name: String
    /// The published cell in each year, number or marker (absent: no row).
    public var cells: [Int: OfficialValue]
  }

  /// The measure drawn.
  public var measure: OfficialMeasure
  /// The years drawn, ascending: census years, or the years financial years start.
  public var years: [Int]
  /// The subjects, in the order given.
  public var subjects: [Subject]
  /// England, unless it is one of the subjects.
  public var england: Subject?
  /// How the chart is drawn.
  public var kind: Kind
  /// What a reader must know about finance values drawn: the indicator label, joint rows,
  /// England and regions totalled from authorities, possible reclassifications; empty for a
  /// workforce measure.
  public var notes: [String] = []

  /// Builds a chart of a measure for entities.
  ///
  /// A trust or council reads its authority's values (by `la_code`; a joint row such as
  /// `940 / 941` for either member), a region its regional values, England the national ones;
  /// a finance measure reads ``OfficialStatistics`` by financial year.
  ///
  /// - Parameters:
  ///   - entities: What to draw, in order.
  ///   - measure: The measure.
  ///   - kind: Line or bars.
  ///   - since: The first year drawn (for a finance measure, the year the first financial year
  ///     starts); `nil` for all.
  ///   - dataset: The loaded dataset.
  /// - Returns: The chart.
  public static func build(
    entities: [Entity], measure: OfficialMeasure, kind: Kind, since: Int? = nil,
    in dataset: Dataset
  ) -> TrendChart {
    let statistics = dataset.official
    let years = statistics.years(of: measure).filter { $0 >= (since ?? Int.min) }
    var areas: [AreaValue] = []
    func subject(_ name: String, _ row: (Int) -> AreaValue?) -> Subject {
      var cells: [Int: OfficialValue] = [:]
      for year in years {
        if let area = row(year) {
          cells[year] = area.value
          if year == years.last { areas.append(area) }
        }
      }
      return Subject(name: name, cells: cells)
    }
    var includesEngland = false
    var codes: [String] = []
    let subjects = entities.map { entity -> Subject in
      if let code = entity.laCode {
        let resolved = statistics.resolvedCode(code) ?? code
        codes.append(resolved)
        return subject(statistics.workforce.name(ofCode: resolved) ?? entity.name) {
          statistics.authority(measure, code: resolved, year: $0)
        }
      }
      if entity.kind == .country {
        includesEngland = true
        return subject(WorkforceStatistics.englandName) { statistics.england(measure, year: $0) }
      }
      let region = entity.region ?? entity.name
      return subject(region) { statistics.region(measure, named: region, year: $0) }
    }
    let england =
      includesEngland
      ? nil
      : subject(WorkforceStatistics.englandName) { statistics.england(measure, year: $0) }
    var chart = TrendChart(
      measure: measure, years: years, subjects: subjects, england: england, kind: kind)
    if measure.isFinance {
      var notes: [String] = []
      if measure == .agencyCostPerAgencyFTE { notes.append(FinanceNotes.indicatorLabel) }
      for area in areas {
        if area.isJointRow {
          notes.append(FinanceNotes.jointRowNote(measure, name: area.name))
        } else if area.code.isEmpty, measure.origin == .revenueOutturn {
          notes.append(FinanceNotes.totalNote(measure, total: area))
        }
      }
      if let first = years.first, let last = years.last {
        let shown = kind == .line ? first...last : max(first, last - 1)...last
        for code in codes {
          notes += dataset.finance.breaks(affecting: measure, code: code, years: shown).map(\.note)
        }
      }
      var seen = Set<String>()
      chart.notes = notes.filter { seen.insert($0).inserted }
    }
    return chart
  }

  /// The chart in a format: text (title, chart, notes), Markdown (the chart in a fenced block),
  /// JSON (`trustmetrics.chart/1`, the values drawn) or HTML (one page: the chart as SVG with
  /// England dashed or marked, its data table, the notes and the stamp).
  ///
  /// - Parameters:
  ///   - format: Text, Markdown, JSON or HTML.
  ///   - display: The width and style.
  ///   - stamp: For HTML, when the chart was made and the datasets' content hash; `nil` leaves
  ///     them out.
  /// - Returns: The chart, ending with a newline.
  public func rendered(
    as format: ReportFormat, display: ReportDisplay, stamp: ReportStamp? = nil
  ) -> String {
    var document = ReportDocument()
    let latest = years.last
    let first = years.first
    let period =
      switch (kind, first, latest) {
      case (_, nil, _), (_, _, nil): "no years"
      case (.line, let first?, let latest?) where first != latest:
        measure.isFinance
          ? "\(measure.periodText(first)) to \(measure.periodText(latest))"
          : "\(first)–\(latest)"
      case (_, _, let latest?): measure.periodText(latest)
      }
    let title = "\(measure.displayName) (\(measure.unitLabel)), \(period)"
    let chart = self
    document.append(.onlyInHTML(.title(title)))
    document.append(
      .chart(
        title: title + ":", draw: { width, style in chart.lines(width: width, style: style) },
        picture: picture(title: title)))
    document.append(.blank)
    var markers = Set<SuppressionMarker>()
    for subject in subjects + (england.map { [$0] } ?? []) {
      let shown =
        kind == .line
        ? Array(subject.cells.values) : latest.flatMap { subject.cells[$0] }.map { [$0] } ?? []
      for cell in shown { if let marker = cell.marker { markers.insert(marker) } }
    }
    var legend: [String] = []
    if measure.isFinance {
      legend.append(
        "\(measure.displayName) = \(measure.definition). By financial year (April to March), in "
          + "cash terms; no value is better or worse.")
      legend += notes.map { "Note: " + $0 }
    }
    legend += OfficialCell.legend(for: markers)
    legend += ReportText.attributionLines(finance: measure.isFinance)
    document.append(.onlyInHTML(.heading("Notes and sources", section: .notes)))
    for block in ReportText.notes(legend, finance: measure.isFinance) { document.append(block) }
    switch format {
    case .text: return document.text(display: display)
    case .markdown:
      return document.markdown(
        chartWidth: display.width,
        style: RenderStyle(isColored: false, isASCII: display.style.isASCII))
    case .json: return json()
    case .html: return document.html(stamp: stamp)
    }
  }

  /// The line chart's model: a line per subject, England grey and dashed.
  private func lineModel() -> Result<LineChart, ChartError> {
    let series =
      subjects.map { subject in
        LineChart.Series(name: subject.name, values: years.map { subject.cells[$0]?.number })
      }
      + (england.map { england in
        [
          LineChart.Series(
            name: england.name, values: years.map { england.cells[$0]?.number }, color: .gray,
            isDashed: true)
        ]
      } ?? [])
    let labels = years.map(measure.periodText)
    return Result { () throws(ChartError) in try LineChart(xLabels: labels, series: series) }
  }

  /// The bar chart's model for the latest year, England as the reference; `nil` without years.
  private func barModel(style: RenderStyle) -> Result<BarChart, ChartError>? {
    guard let latest = years.last else { return nil }
    let bars = subjects.map { subject in
      BarChart.Bar(
        label: subject.name, value: subject.cells[latest]?.number,
        valueText: ReportText.ascii(
          ReportText.value(subject.cells[latest], measure: measure), style: style))
    }
    let reference = england?.cells[latest]?.number.map {
      BarChart.Reference(
        label: ReportText.ascii(
          "England \(ReportText.value($0, measure: measure))", style: style),
        value: $0)
    }
    return Result { () throws(ChartError) in try BarChart(bars: bars, reference: reference) }
  }

  func lines(width: Int, style: RenderStyle) -> [StyledText] {
    switch kind {
    case .line:
      return ReportText.drawn(
        lineModel().map { $0.lines(width: width, height: 12, style: style) })
    case .bars:
      guard let model = barModel(style: style) else { return [StyledText("(no years)")] }
      return ReportText.drawn(model.map { $0.lines(width: width, style: style) })
    }
  }

  /// The chart as HTML draws it: the same model, its description and its data table; `nil`
  /// when there is nothing to draw (no years), which the page then says in words.
  private func picture(title: String) -> ChartPicture? {
    let all = subjects + (england.map { [$0] } ?? [])
    let names = subjects.map(\.name).joined(separator: ", ")
    func written(_ cell: OfficialValue?) -> String {
      let text = ReportText.value(cell, measure: measure)
      return text.isEmpty ? "–" : text
    }
    switch kind {
    case .line:
      guard let first = years.first, let last = years.last else { return nil }
      var sentences = [
        "\(measure.displayName) by " + (measure.isFinance ? "financial year" : "census year")
          + ", \(measure.periodText(first)) to \(measure.periodText(last)), for \(names)"
          + (england == nil ? "." : ", with England as a dashed line.")
      ]
      let latest = all.compactMap { subject -> String? in
        guard let year = years.last(where: { subject.cells[$0]?.number != nil }) else {
          return nil
        }
        return "\(subject.name) \(written(subject.cells[year])) (\(measure.periodText(year)))"
      }
      if !latest.isEmpty {
        sentences.append("Latest published values: " + latest.joined(separator: "; ") + ".")
      }
      return ChartPicture(
        model: lineModel().map(ChartPicture.Model.line), title: title,
        description: sentences.joined(separator: " "), axis: TrendReport.axisFormat(measure),
        data: DataTable(
          headings: [measure.isFinance ? "Financial year" : "Census year"] + all.map(\.name),
          rows: years.map { year in
            [measure.periodText(year)] + all.map { written($0.cells[year]) }
          }))
    case .bars:
      guard let latest = years.last, let model = barModel(style: .plain) else { return nil }
      let valued = subjects.compactMap { subject in
        subject.cells[latest]?.number.map { (subject.name, $0) }
      }.sorted { $0.1 > $1.1 }
      var sentences = [
        "\(measure.displayName) in \(measure.periodText(latest)) for \(names)"
          + (england?.cells[latest]?.number.map {
            ", England (\(ReportText.value($0, measure: measure))) marked by a dashed line"
          } ?? "") + "."
      ]
      if let highest = valued.first, let lowest = valued.last, valued.count > 1 {
        sentences.append(
          "Highest: \(highest.0), \(ReportText.value(highest.1, measure: measure)); lowest: "
            + "\(lowest.0), \(ReportText.value(lowest.1, measure: measure)).")
      }
      return ChartPicture(
        model: model.map(ChartPicture.Model.bars), title: title,
        description: sentences.joined(separator: " "), axis: TrendReport.axisFormat(measure),
        data: DataTable(
          headings: ["Subject", measure.periodText(latest)],
          rows: all.map { [$0.name, written($0.cells[latest])] }))
    }
  }

  /// The values drawn as JSON: `{"schema": "trustmetrics.chart/1", "measure", "unit", "kind",
  /// "years", "series": [{"name", "values": [{"year", "value"}]}], "notes", "licence"}`; a
  /// finance chart adds `financial_years` and each value its `financial_year` (`FY2024-25`).
  public func json() -> String {
    let all = subjects + (england.map { [$0] } ?? [])
    var object: [String: JSONValue] = [
      "schema": .string("trustmetrics.chart/1"),
      "measure": .string(measure.rawValue),
      "unit": .string(measure.unit.rawValue),
      "kind": .string(kind.rawValue),
      "years": .array(years.map { .raw(String($0)) }),
      "notes": .array(notes.map(JSONValue.string)),
      "licence": .string(ComparisonListing.attribution(finance: measure.isFinance)),
      "series": .array(
        all.map { subject in
          .object([
            "name": .string(subject.name),
            "values": .array(
              years.map { year in
                var point: [String: JSONValue] = ["year": .raw(String(year))]
                if measure.isFinance { point["financial_year"] = .string(measure.periodText(year)) }
                switch subject.cells[year] {
                case .number(let number)?:
                  point["value"] = .raw(Cell.fixed(number, places: measure.decimalPlaces))
                case .suppressed(let marker)?:
                  point["value"] = .null
                  point["marker"] = .string(marker.rawValue)
                case nil: point["value"] = .null
                }
                return .object(point)
              }),
          ])
        }),
    ]
    if measure.isFinance {
      object["financial_years"] = .array(years.map { .string(measure.periodText($0)) })
    }
    return JSONValue.object(object).serialized(indent: 0) + "\n"
  }
}
