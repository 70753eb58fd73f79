import TextCharts
public import TrustMetricsCore

/// One workforce measure for chosen authorities, regions or England, drawn as a line chart over
/// the years or as bars for the latest year, with England alongside.
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
  /// The reporting years, ascending.
  public var years: [Int]
  /// The subjects, in the order given.
  public var subjects: [Subject]
  /// England, unless it is one of the subjects.
  public var england: Subject?
  /// How the chart is drawn.
  public var kind: Kind

  /// Builds a chart of a measure for entities.
  ///
  /// A trust or council reads its authority's rows (by `la_code`), a region its regional rows,
  /// England the national rows.
  ///
  /// - Parameters:
  ///   - entities: What to draw, in order.
  ///   - measure: The measure.
  ///   - kind: Line or bars.
  ///   - since: The first reporting year; `nil` for all.
  ///   - dataset: The loaded dataset.
  /// - Returns: The chart.
  public static func build(
    entities: [Entity], measure: OfficialMeasure, kind: Kind, since: Int? = nil,
    in dataset: Dataset
  ) -> TrendChart {
    let statistics = dataset.workforce
    let years = statistics.years.filter { $0 >= (since ?? Int.min) }
    func subject(_ name: String, _ row: (Int) -> WorkforceRecord?) -> Subject {
      var cells: [Int: OfficialValue] = [:]
      for year in years {
        if let record = row(year) {
          cells[year] = WorkforceRates.publishedValue(of: measure, in: record)
        }
      }
      return Subject(name: name, cells: cells)
    }
    var includesEngland = false
    let subjects = entities.map { entity -> Subject in
      if let code = entity.laCode {
        let resolved = statistics.resolvedCode(code) ?? code
        return subject(statistics.name(ofCode: resolved) ?? entity.name) {
          statistics.authority(code: resolved, year: $0)
        }
      }
      if entity.kind == .country {
        includesEngland = true
        return subject(WorkforceStatistics.englandName) { statistics.england(year: $0) }
      }
      let region = entity.region ?? entity.name
      return subject(region) { statistics.region(named: region, year: $0) }
    }
    let england =
      includesEngland
      ? nil : subject(WorkforceStatistics.englandName) { statistics.england(year: $0) }
    return TrendChart(
      measure: measure, years: years, subjects: subjects, england: england, kind: kind)
  }

  /// The chart in a format: text (title, chart, notes), Markdown (the chart in a fenced block)
  /// or JSON (`trustmetrics.chart/1`, the values drawn).
  ///
  /// - Parameters:
  ///   - format: Text, Markdown or JSON.
  ///   - display: The width and style.
  /// - Returns: The chart, ending with a newline.
  public func rendered(as format: ReportFormat, display: ReportDisplay) -> String {
    var document = ReportDocument()
    let latest = years.last
    let title =
      kind == .line
      ? "\(measure.displayName) (\(measure.unitLabel)), "
        + (years.first.map { "\($0)–\(latest ?? $0)" } ?? "no years")
      : "\(measure.displayName) (\(measure.unitLabel)), \(latest.map(String.init) ?? "no years")"
    let chart = self
    document.append(
      .chart(title: title + ":", draw: { width, style in chart.lines(width: width, style: style) }))
    document.append(.blank)
    var markers = Set<SuppressionMarker>()
    for subject in subjects + (england.map { [$0] } ?? []) {
      let shown =
        kind == .line
        ? Array(subject.cells.values) : latest.flatMap { subject.cells[$0] }.map { [$0] } ?? []
      for cell in shown { if let marker = cell.marker { markers.insert(marker) } }
    }
    for note in OfficialCell.legend(for: markers) + [WorkforceStatistics.attribution] {
      document.append(.paragraph(note, style: TextStyle(color: .gray)))
    }
    switch format {
    case .text: return document.text(display: display)
    case .markdown:
      return document.markdown(
        chartWidth: display.width,
        style: RenderStyle(isColored: false, isASCII: display.style.isASCII))
    case .json: return json()
    }
  }

  func lines(width: Int, style: RenderStyle) -> [StyledText] {
    switch kind {
    case .line:
      let series =
        subjects.map { subject in
          LineChart.Series(name: subject.name, values: years.map { subject.cells[$0]?.number })
        }
        + (england.map { england in
          [
            LineChart.Series(
              name: england.name, values: years.map { england.cells[$0]?.number }, color: .gray)
          ]
        } ?? [])
      let chart = try? LineChart(xLabels: years.map(String.init), series: series)
      return chart?.lines(width: width, height: 12, style: style) ?? []
    case .bars:
      guard let latest = years.last else { return [StyledText("(no years)")] }
      let bars = subjects.map { subject in
        BarChart.Bar(
          label: subject.name, value: subject.cells[latest]?.number,
          valueText: ReportText.value(subject.cells[latest], measure: measure))
      }
      let reference = england?.cells[latest]?.number.map {
        BarChart.Reference(
          label: "England \(ReportText.value($0, measure: measure))", value: $0)
      }
      let chart = try? BarChart(bars: bars, reference: reference)
      return chart?.lines(width: width, style: style) ?? []
    }
  }

  /// The values drawn as JSON: `{"schema": "trustmetrics.chart/1", "measure", "kind", "years",
  /// "series": [{"name", "values": [{"year", "value"}]}], "licence"}`.
  public func json() -> String {
    let all = subjects + (england.map { [$0] } ?? [])
    let object: [String: JSONValue] = [
      "schema": .string("trustmetrics.chart/1"),
      "measure": .string(measure.rawValue),
      "kind": .string(kind.rawValue),
      "years": .array(years.map { .raw(String($0)) }),
      "licence": .string(WorkforceStatistics.attribution),
      "series": .array(
        all.map { subject in
          .object([
            "name": .string(subject.name),
            "values": .array(
              years.map { year in
                var point: [String: JSONValue] = ["year": .raw(String(year))]
                switch subject.cells[year] {
                case .number(let number)?: point["value"] = .raw(Cell.fixed(number, places: 1))
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
    return JSONValue.object(object).serialized(indent: 0) + "\n"
  }
}
