public import TextCharts

extension Sparkline {
  /// The sparkline as a small SVG picture for a table cell: a line through the values over the
  /// same range as the glyphs (``range``, else the series' minimum and maximum), broken where
  /// a value is missing, with a dot on each point that stands alone and on the last value.
  ///
  /// Value v of n at `x = 2 + i × (width − 4) ÷ (n − 1)`,
  /// `y = 2 + (high − v) ÷ (high − low) × (height − 4)`; a flat series at mid-height.
  ///
  /// - Parameters:
  ///   - label: The picture's title and description (say the values: a sparkline has no axis).
  ///   - width: The width in CSS pixels (default 84).
  ///   - height: The height in CSS pixels (default 20).
  ///   - color: The line's colour (default the text colour).
  /// - Returns: The `<svg>` element, `width` × `height` pixels.
  public func svg(
    label: SVGLabel, width: Double = 84, height: Double = 20, color: TextColor? = nil
  ) -> String {
    func n(_ value: Double) -> String { Markup.number(value) }
    let width = max(8, width)
    let height = max(6, height)
    let stroke = color.map(SVGPalette.hex) ?? SVGPalette.text
    let present = values.compactMap { $0 }
    let low = range?.lowerBound ?? present.min() ?? 0
    let high = range?.upperBound ?? present.max() ?? 0
    let span = high - low
    func x(_ index: Int) -> Double {
      values.count > 1 ? 2 + Double(index) * (width - 4) / Double(values.count - 1) : width / 2
    }
    func y(_ value: Double) -> Double {
      guard span > 0, span.isFinite else { return height / 2 }
      let clamped = min(high, max(low, value))
      return 2 + (high - clamped) / span * (height - 4)
    }
    var svg = label.opening(
      width: width, height: height, className: "sparkline", isFixedSize: true)
    var path = ""
    var isDrawing = false
    for (index, value) in values.enumerated() {
      guard let value else {
        isDrawing = false
        continue
      }
      path += (isDrawing ? " L" : " M") + "\(n(x(index))) \(n(y(value)))"
      isDrawing = true
    }
    if !path.isEmpty {
      svg +=
        "<path d=\"\(path.dropFirst())\" fill=\"none\" stroke=\"\(stroke)\" "
        + "stroke-width=\"1.5\" stroke-linejoin=\"round\"/>"
    }
    let lastIndex = values.lastIndex { $0 != nil }
    for (index, value) in values.enumerated() {
      guard let value else { continue }
      let alone =
        (index == 0 || values[index - 1] == nil)
        && (index == values.count - 1 || values[index + 1] == nil)
      if alone || index == lastIndex {
        svg += "<circle cx=\"\(n(x(index)))\" cy=\"\(n(y(value)))\" r=\"2\" fill=\"\(stroke)\"/>"
      }
    }
    return svg + "</svg>"
  }
}
