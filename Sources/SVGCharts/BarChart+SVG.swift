public import TextCharts

extension BarChart {
  /// The chart as one SVG picture: a row per bar with its label on the left (cut with `…` when
  /// longer than about two fifths of the width) and its value text on the right, bars from a
  /// zero line in their colours, an axis below with 3–5 round ticks, and the reference as a
  /// dashed vertical line across every bar, named in a legend.
  ///
  /// The axis runs over ``NiceScale`` ticks covering 0, every value and the reference; a value
  /// v reaches `x = plotLeft + (v − lower) ÷ (upper − lower) × plotWidth`. A missing value has
  /// its label and value text but no bar.
  ///
  /// - Parameters:
  ///   - label: The picture's title and description.
  ///   - width: The width in user units (default 640).
  ///   - axis: How the axis ticks are written.
  /// - Returns: The `<svg>` element.
  public func svg(label: SVGLabel, width: Double = 640, axis: AxisFormat = .plain) -> String {
    let font = 13.0
    let width = max(200, width)
    let rowHeight = 24.0
    let barHeight = 15.0
    let pad = 10.0
    func n(_ value: Double) -> String { Markup.number(value) }

    let labels = bars.map { TextExtent.fitted($0.label, width: width * 0.38, fontSize: font) }
    let labelWidth = (labels.map { TextExtent.width($0, fontSize: font) }.max() ?? 0) + 10
    let valueWidth = (bars.map { TextExtent.width($0.valueText, fontSize: font) }.max() ?? 0) + 10
    let values = bars.compactMap(\.value) + (reference.map { [$0.value] } ?? [])
    let scale = NiceScale(covering: min(0, values.min() ?? 0), max(0, values.max() ?? 0))
    let plotLeft = pad + labelWidth
    let plotRight = max(plotLeft + 40, width - pad - valueWidth)
    let plotWidth = plotRight - plotLeft
    let span = scale.upper - scale.lower
    func x(_ value: Double) -> Double {
      span > 0 ? plotLeft + (value - scale.lower) / span * plotWidth : plotLeft
    }
    let top = 8.0
    let barsBottom = top + Double(bars.count) * rowHeight
    let axisBaseline = barsBottom + 8 + font
    let legendY = axisBaseline + 18
    let height = (reference == nil ? axisBaseline : legendY + 10) + 6

    var svg = label.opening(width: width, height: height, className: "chart bar-chart")
    svg += "<g font-size=\"\(n(font))\" fill=\"\(SVGPalette.text)\">"
    let ticks = scale.ticks
    for tick in ticks {
      let tx = x(tick)
      svg +=
        "<line x1=\"\(n(tx))\" y1=\"\(n(top))\" x2=\"\(n(tx))\" y2=\"\(n(barsBottom))\" "
        + "stroke=\"\(SVGPalette.grid)\" stroke-width=\"1\"/>"
      svg +=
        "<text x=\"\(n(tx))\" y=\"\(n(axisBaseline))\" text-anchor=\"middle\">"
        + "\(Markup.escaped(axis.label(scale.label(tick))))</text>"
    }
    svg +=
      "<line x1=\"\(n(plotLeft))\" y1=\"\(n(barsBottom))\" x2=\"\(n(plotRight))\" "
      + "y2=\"\(n(barsBottom))\" stroke=\"\(SVGPalette.axis)\" stroke-width=\"1\"/>"
    let zero = x(0)
    for (index, bar) in bars.enumerated() {
      let rowTop = top + Double(index) * rowHeight
      let middle = rowTop + rowHeight / 2
      svg +=
        "<text x=\"\(n(plotLeft - 8))\" y=\"\(n(middle))\" dy=\"0.35em\" "
        + "text-anchor=\"end\">\(Markup.escaped(labels[index]))</text>"
      if let value = bar.value, value != 0 {
        let end = x(value)
        let color = bar.color.map(SVGPalette.hex) ?? SVGPalette.bar
        svg +=
          "<rect x=\"\(n(min(zero, end)))\" y=\"\(n(middle - barHeight / 2))\" "
          + "width=\"\(n(abs(end - zero)))\" height=\"\(n(barHeight))\" fill=\"\(color)\"/>"
      }
      svg +=
        "<text x=\"\(n(plotRight + 8))\" y=\"\(n(middle))\" dy=\"0.35em\">"
        + "\(Markup.escaped(bar.valueText))</text>"
    }
    svg +=
      "<line x1=\"\(n(zero))\" y1=\"\(n(top))\" x2=\"\(n(zero))\" y2=\"\(n(barsBottom))\" "
      + "stroke=\"\(SVGPalette.axis)\" stroke-width=\"1\"/>"
    if let reference {
      let rx = x(reference.value)
      svg +=
        "<line x1=\"\(n(rx))\" y1=\"\(n(top - 4))\" x2=\"\(n(rx))\" "
        + "y2=\"\(n(barsBottom + 4))\" stroke=\"\(SVGPalette.text)\" stroke-width=\"2\" "
        + "stroke-dasharray=\"5 3\"/>"
      svg +=
        "<line x1=\"\(n(pad))\" y1=\"\(n(legendY))\" x2=\"\(n(pad + 26))\" "
        + "y2=\"\(n(legendY))\" stroke=\"\(SVGPalette.text)\" stroke-width=\"2\" "
        + "stroke-dasharray=\"5 3\"/>"
      svg +=
        "<text x=\"\(n(pad + 32))\" y=\"\(n(legendY))\" dy=\"0.35em\">"
        + "\(Markup.escaped(reference.label))</text>"
    }
    return svg + "</g></svg>"
  }
}
