/// Horizontal bars with labels on the left and values on the right, drawn to an eighth of a
/// column (▏▎▍▌▋▊▉█), with an optional marker for a reference value.
///
/// Bars start at a zero axis. Negative values draw left of it, to half a column (▐); positive
/// values right of it. A missing value draws no bar.
public struct BarChart: Sendable {
  /// One bar.
  public struct Bar: Sendable {
    /// The label on the left.
    public var label: String
    /// The value, or `nil` when missing (no bar is drawn).
    public var value: Double?
    /// The text on the right, such as `18.2%` or a suppression marker.
    public var valueText: String
    /// The bar's colour.
    public var color: TextColor?

    /// Creates a bar.
    ///
    /// - Parameters:
    ///   - label: The label on the left.
    ///   - value: The value, or `nil` when missing.
    ///   - valueText: The text on the right.
    ///   - color: The bar's colour.
    public init(label: String, value: Double?, valueText: String, color: TextColor? = nil) {
      self.label = label
      self.value = value
      self.valueText = valueText
      self.color = color
    }
  }

  /// A reference value drawn as a marker across every bar.
  public struct Reference: Sendable {
    /// What the reference is, for the legend line (`England 13.0%`).
    public var label: String
    /// The value.
    public var value: Double

    /// Creates a reference.
    public init(label: String, value: Double) {
      self.label = label
      self.value = value
    }
  }

  /// Eighth blocks, one to eight eighths.
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  /// The bars, top to bottom.
  public let bars: [Bar]
  /// The reference value, if any.
  public let reference: Reference?

  /// Creates a bar chart.
  ///
  /// - Parameters:
  ///   - bars: The bars, top to bottom.
  ///   - reference: A value marked across every bar.
  /// - Throws: ``ChartError/nonFiniteValue(series:index:)`` for NaN or an infinity.
  public init(bars: [Bar], reference: Reference? = nil) throws(ChartError) {
    for (index, bar) in bars.enumerated() {
      if let value = bar.value, !value.isFinite {
        throw .nonFiniteValue(series: bar.label, index: index)
      }
    }
    if let reference, !reference.value.isFinite {
      throw .nonFiniteValue(series: reference.label, index: 0)
    }
    self.bars = bars
    self.reference = reference
  }

  /// The chart as lines no wider than `width`, with a legend line for the reference.
  ///
  /// Scale: `cells per unit = plot width ÷ (max(0, values, reference) − min(0, values,
  /// reference))`; a positive bar is `round(v × cells per unit × 8)` eighths long; a negative one
  /// `round(|v| × cells per unit × 2)` half cells. All zero values give an empty plot.
  ///
  /// - Parameters:
  ///   - width: The largest line width.
  ///   - style: Colour and ASCII; ASCII draws `#` bars, a `|` axis and a `|` marker.
  /// - Returns: One line per bar, then the legend when there is a reference.
  public func lines(width: Int, style: RenderStyle = .plain) -> [StyledText] {
    let width = max(1, width)
    let values = bars.compactMap(\.value) + (reference.map { [$0.value] } ?? [])
    let low = min(0, values.min() ?? 0)
    let high = max(0, values.max() ?? 0)
    let hasNegatives = low < 0
    let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, max(4, width / 3))
    let valueWidth = bars.map { DisplayWidth.of($0.valueText) }.max() ?? 0
    let axisWidth = hasNegatives ? 1 : 0
    let plotWidth = max(1, width - labelWidth - valueWidth - 2 - axisWidth)
    let span = high - low
    let cellsPerUnit = span > 0 && span.isFinite ? Double(plotWidth) / span : 0
    let negativeCells = hasNegatives ? Int((-low * cellsPerUnit).rounded()) : 0
    let positiveCells = plotWidth - negativeCells
    let ellipsis = style.glyph("…", ascii: ".")
    let markerGlyph = style.glyph("│", ascii: "|")
    let markerCell: Int? = reference.map { reference in
      let cells = reference.value * cellsPerUnit
      let offset = reference.value >= 0 ? Int(cells) : Int((cells).rounded(.down))
      let column = negativeCells + axisWidth + offset
      return min(max(0, column), negativeCells + axisWidth + positiveCells - 1)
    }

    var output: [StyledText] = bars.map { bar in
      var cells = [Character](repeating: " ", count: negativeCells + axisWidth + positiveCells)
      var filled = Set<Int>()
      if hasNegatives { cells[negativeCells] = style.isASCII ? "|" : "│" }
      if let value = bar.value, value > 0 {
        let eighthCount = min(positiveCells * 8, Int((value * cellsPerUnit * 8).rounded()))
        let start = negativeCells + axisWidth
        for cell in 0..<(eighthCount / 8) {
          cells[start + cell] = style.isASCII ? "#" : "█"
          filled.insert(start + cell)
        }
        let rest = eighthCount % 8
        if rest > 0 {
          cells[start + eighthCount / 8] =
            style.isASCII ? (rest >= 4 ? "=" : "-") : BarChart.eighths[rest - 1]
          filled.insert(start + eighthCount / 8)
        }
      } else if let value = bar.value, value < 0 {
        let halves = min(negativeCells * 2, Int((-value * cellsPerUnit * 2).rounded()))
        for cell in 0..<(halves / 2) {
          cells[negativeCells - 1 - cell] = style.isASCII ? "#" : "█"
          filled.insert(negativeCells - 1 - cell)
        }
        if halves % 2 == 1 {
          cells[negativeCells - 1 - halves / 2] = style.isASCII ? "=" : "▐"
          filled.insert(negativeCells - 1 - halves / 2)
        }
      }
      var line = StyledText(DisplayWidth.padded(bar.label, to: labelWidth))
        .truncated(to: labelWidth, ellipsis: ellipsis)
      line.append(" ")
      for (index, character) in cells.enumerated() {
        if index == markerCell {
          line.append(StyledText(markerGlyph, style: .bold))
        } else {
          line.append(
            StyledText(String(character), color: filled.contains(index) ? bar.color : nil))
        }
      }
      line.append(" ")
      line.append(StyledText(DisplayWidth.padded(bar.valueText, to: valueWidth, alignRight: true)))
      return line.trimmingTrailingSpaces.truncated(to: width, ellipsis: "")
    }
    if let reference {
      output.append(
        (StyledText(markerGlyph, style: .bold) + StyledText(" " + reference.label))
          .truncated(to: width, ellipsis: ellipsis))
    }
    return output
  }
}
