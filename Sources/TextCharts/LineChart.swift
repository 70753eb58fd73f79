/// A line chart of one or more series over labelled periods, drawn in braille (2 × 4 dots per
/// cell) or, in ASCII, one character per cell.
///
/// The y-axis has 3–5 ticks at round numbers; x-axis labels are spaced evenly and never collide.
/// Each series has its own colour and point glyph, named in a legend; a missing point breaks the
/// line. A series may ask to be dashed and the chart may carry vertical markers (a date that
/// matters); a picture renderer draws both, the text chart draws every line solid and leaves the
/// markers to the text around it.
public struct LineChart: Sendable {
  /// One line of the chart.
  public struct Series: Sendable {
    /// The name in the legend.
    public var name: String
    /// One value per x-axis label, `nil` where missing.
    public var values: [Double?]
    /// The colour, or `nil` to take the next from ``TextColor/seriesPalette``.
    public var color: TextColor?
    /// Whether the line is drawn dashed where the medium can (a comparator such as England);
    /// text draws it solid.
    public var isDashed: Bool

    /// Creates a series.
    ///
    /// - Parameters:
    ///   - name: The name in the legend.
    ///   - values: One value per x-axis label, `nil` where missing.
    ///   - color: The colour, or `nil` for the palette's next.
    ///   - isDashed: Whether the line is dashed where the medium can.
    public init(name: String, values: [Double?], color: TextColor? = nil, isDashed: Bool = false) {
      self.name = name
      self.values = values
      self.color = color
      self.isDashed = isDashed
    }
  }

  /// A vertical marker at a position on the x-axis, such as the date a service changed hands.
  public struct Marker: Sendable {
    /// Where it stands in x-axis positions: 0 at the first label, 1 at the second, 1.5 halfway
    /// between the second and the third.
    public var position: Double
    /// What it marks, written beside it.
    public var label: String

    /// Creates a marker.
    ///
    /// - Parameters:
    ///   - position: Where it stands in x-axis positions (0 = the first label).
    ///   - label: What it marks.
    public init(position: Double, label: String) {
      self.position = position
      self.label = label
    }
  }

  /// Point glyphs for successive series.
  public static let pointGlyphs: [Character] = ["●", "■", "▲", "◆", "○", "□", "△", "◇"]
  /// ASCII glyphs for successive series (lines and points).
  public static let asciiGlyphs: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]

  /// The x-axis labels, one per period.
  public let xLabels: [String]
  /// The series.
  public let series: [Series]
  /// Vertical markers, drawn by picture renderers (the text chart leaves them out).
  public let markers: [Marker]

  /// Creates a line chart.
  ///
  /// - Parameters:
  ///   - xLabels: The x-axis labels, one per period.
  ///   - series: The series, each with one value per label.
  ///   - markers: Vertical markers, each at a finite position.
  /// - Throws: ``ChartError/lengthMismatch(series:expected:actual:)`` or
  ///   ``ChartError/nonFiniteValue(series:index:)``.
  public init(xLabels: [String], series: [Series], markers: [Marker] = []) throws(ChartError) {
    for line in series {
      guard line.values.count == xLabels.count else {
        throw .lengthMismatch(
          series: line.name, expected: xLabels.count, actual: line.values.count)
      }
      try ChartError.check(line.values, series: line.name)
    }
    if let index = markers.firstIndex(where: { !$0.position.isFinite }) {
      throw .nonFiniteValue(series: markers[index].label, index: index)
    }
    self.xLabels = xLabels
    self.series = series
    self.markers = markers
  }

  /// The colour series `index` is drawn in.
  public func color(ofSeries index: Int) -> TextColor {
    series[index].color ?? TextColor.seriesPalette[index % TextColor.seriesPalette.count]
  }

  /// The chart as lines no wider than `width`: plot rows with the y-axis, the x-axis, its labels
  /// and a legend.
  ///
  /// A value v is plotted at dot row `round((upper − v) ÷ (upper − lower) × (rows × 4 − 1))`
  /// (rows × 1 in ASCII), where `lower` and `upper` are the outer ticks; period i of n at dot
  /// column `round(i × (columns × 2 − 1) ÷ (n − 1))`.
  ///
  /// - Parameters:
  ///   - width: The largest line width.
  ///   - height: Plot rows, at least 2 (default 10).
  ///   - style: Colour and ASCII.
  /// - Returns: The lines; a single note when there is nothing to plot.
  public func lines(width: Int, height: Int = 10, style: RenderStyle = .plain) -> [StyledText] {
    let width = max(1, width)
    let height = max(2, height)
    let present = series.flatMap { $0.values.compactMap { $0 } }
    guard let low = present.min(), let high = present.max(), !xLabels.isEmpty else {
      return [StyledText("(no values to plot)").truncated(to: width, ellipsis: "")]
    }
    let scale = NiceScale(covering: low, high, maximumTicks: height >= 8 ? 5 : 3)
    let tickLabels = scale.ticks.map { scale.label($0) }
    let labelWidth = tickLabels.map { DisplayWidth.of($0) }.max() ?? 0
    let plotColumns = max(1, width - labelWidth - 2)
    let dotsAcross = style.isASCII ? 1 : 2
    let dotsDown = style.isASCII ? 1 : 4
    var canvas = Canvas(
      columns: plotColumns, rows: height, dotsAcross: dotsAcross, dotsDown: dotsDown)
    let span = scale.upper - scale.lower

    func dotRow(_ value: Double) -> Int {
      let fraction = span > 0 ? (scale.upper - value) / span : 0.5
      return Int((fraction * Double(height * dotsDown - 1)).rounded())
    }
    func dotColumn(_ index: Int) -> Int {
      guard xLabels.count > 1 else { return plotColumns * dotsAcross / 2 }
      return Int(
        (Double(index) * Double(plotColumns * dotsAcross - 1) / Double(xLabels.count - 1))
          .rounded())
    }
    let glyphs = style.isASCII ? LineChart.asciiGlyphs : LineChart.pointGlyphs
    for (seriesIndex, line) in series.enumerated() {
      var previous: (Int, Int)?
      var points: [(Int, Int)] = []
      for (index, value) in line.values.enumerated() {
        guard let value else {
          previous = nil
          continue
        }
        let point = (dotColumn(index), dotRow(value))
        if let previous {
          canvas.drawLine(from: previous, to: point, series: seriesIndex)
        } else {
          canvas.drawLine(from: point, to: point, series: seriesIndex)
        }
        points.append(point)
        previous = point
      }
      let glyph = glyphs[seriesIndex % glyphs.count]
      for point in points {
        canvas.mark(
          cellColumn: point.0 / dotsAcross, row: point.1 / dotsDown, glyph: glyph,
          series: seriesIndex)
      }
    }

    var tickAtRow: [Int: String] = [:]
    for (tick, label) in zip(scale.ticks, tickLabels) {
      tickAtRow[dotRow(tick) / dotsDown] = label
    }
    var output: [StyledText] = []
    for row in 0..<height {
      var line = StyledText(
        DisplayWidth.padded(tickAtRow[row] ?? "", to: labelWidth, alignRight: true))
      line.append(
        StyledText(
          tickAtRow[row] == nil ? style.glyph(" │", ascii: " |") : style.glyph(" ┤", ascii: " +")))
      for column in 0..<plotColumns {
        let cell = canvas.cell(column: column, row: row, ascii: style.isASCII)
        line.append(
          StyledText(String(cell.character), color: cell.series.map { color(ofSeries: $0) }))
      }
      output.append(line.trimmingTrailingSpaces)
    }
    output.append(
      xAxis(
        labelWidth: labelWidth, plotColumns: plotColumns, dotColumn: dotColumn,
        dotsAcross: dotsAcross, style: style))
    output.append(
      xLabelLine(
        labelWidth: labelWidth, plotColumns: plotColumns, dotColumn: dotColumn,
        dotsAcross: dotsAcross))
    output += legend(width: width, style: style)
    return output.map { $0.truncated(to: width, ellipsis: "") }
  }

  private func xAxis(
    labelWidth: Int, plotColumns: Int, dotColumn: (Int) -> Int, dotsAcross: Int, style: RenderStyle
  ) -> StyledText {
    var cells = [Character](repeating: style.isASCII ? "-" : "─", count: plotColumns)
    for index in xLabels.indices {
      let column = min(plotColumns - 1, dotColumn(index) / dotsAcross)
      cells[column] = style.isASCII ? "+" : "┬"
    }
    return StyledText(
      String(repeating: " ", count: labelWidth) + style.glyph(" └", ascii: " +") + String(cells))
  }

  /// Period labels centred under their points, evenly thinned until none collide.
  private func xLabelLine(
    labelWidth: Int, plotColumns: Int, dotColumn: (Int) -> Int, dotsAcross: Int
  ) -> StyledText {
    let start = labelWidth + 2
    func placement(every step: Int) -> [(Int, String)]? {
      var placed: [(Int, String)] = []
      var nextFree = 0
      let indices = Array(stride(from: 0, to: xLabels.count, by: step))
      for index in indices {
        let label = xLabels[index]
        let labelWidth = DisplayWidth.of(label)
        guard labelWidth <= plotColumns else { return nil }
        let centre = min(plotColumns - 1, dotColumn(index) / dotsAcross)
        let left = min(max(0, centre - labelWidth / 2), plotColumns - labelWidth)
        guard left >= nextFree else { return nil }
        placed.append((left, label))
        nextFree = left + labelWidth + 1
      }
      return placed
    }
    var placed: [(Int, String)] = []
    for step in 1...max(1, xLabels.count) {
      if let found = placement(every: step) {
        placed = found
        break
      }
    }
    var text = String(repeating: " ", count: start)
    var column = 0
    for (left, label) in placed {
      text += String(repeating: " ", count: left - column) + label
      column = left + DisplayWidth.of(label)
    }
    return StyledText(text).trimmingTrailingSpaces
  }

  private func legend(width: Int, style: RenderStyle) -> [StyledText] {
    let glyphs = style.isASCII ? LineChart.asciiGlyphs : LineChart.pointGlyphs
    var lines: [StyledText] = []
    var line = StyledText("")
    for (index, member) in series.enumerated() {
      let entry =
        StyledText(String(glyphs[index % glyphs.count]), color: color(ofSeries: index))
        + StyledText(" " + member.name)
      if !line.isEmpty, line.width + 2 + entry.width > width {
        lines.append(line)
        line = StyledText("")
      }
      if !line.isEmpty { line.append("  ") }
      line.append(entry)
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
