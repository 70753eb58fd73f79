public import TextCharts

extension LineChart {
  /// The chart as one SVG picture: the y-axis with 3–5 round ticks and light grid lines, the
  /// periods along the x-axis (thinned from the latest back until none collide), one line per
  /// series in its colour with its point shape (dashed where the series asks), a gap where a
  /// value is missing, each marker as a dotted vertical line with its label, and a legend.
  ///
  /// A value v is drawn at `y = top + (upper − v) ÷ (upper − lower) × plotHeight`, where `lower`
  /// and `upper` are the outer ticks (``NiceScale``); period i of n at
  /// `x = left + inset + i × (plotWidth − 2 × inset) ÷ (n − 1)`, a marker at its fractional
  /// position by the same rule. The picture is `width` user units wide and scales to its
  /// container.
  ///
  /// - Parameters:
  ///   - label: The picture's title and description.
  ///   - width: The width in user units (default 640).
  ///   - plotHeight: The height of the plotting area in user units (default 220).
  ///   - axis: How the y-axis ticks are written.
  /// - Returns: The `<svg>` element.
  public func svg(
    label: SVGLabel, width: Double = 640, plotHeight: Double = 220, axis: AxisFormat = .plain
  ) -> String {
    let font = 13.0
    let width = max(160, width)
    let plotHeight = max(60, plotHeight)
    let present = series.flatMap { $0.values.compactMap { $0 } }
    guard let low = present.min(), let high = present.max(), !xLabels.isEmpty else {
      let height = 60.0
      return label.opening(width: width, height: height, className: "chart line-chart")
        + "<text x=\"\(Markup.number(width / 2))\" y=\"34\" text-anchor=\"middle\" "
        + "font-size=\"\(Markup.number(font))\" fill=\"\(SVGPalette.text)\">No values to plot"
        + "</text></svg>"
    }
    let scale = NiceScale(covering: low, high, maximumTicks: 5)
    let tickLabels = scale.ticks.map { axis.label(scale.label($0)) }
    let left = 10 + (tickLabels.map { TextExtent.width($0, fontSize: font) }.max() ?? 0) + 8
    let lastLabelHalf = TextExtent.width(xLabels[xLabels.count - 1], fontSize: font) / 2
    let right = max(14, lastLabelHalf - 8)
    let top = markers.isEmpty ? 12.0 : 30.0
    let plotLeft = left
    let plotRight = width - right
    let plotWidth = max(20, plotRight - plotLeft)
    let inset = min(12, plotWidth / 8)
    let plotTop = top
    let plotBottom = top + plotHeight
    let span = scale.upper - scale.lower

    func x(_ position: Double) -> Double {
      guard xLabels.count > 1 else { return plotLeft + plotWidth / 2 }
      return plotLeft + inset + position * (plotWidth - 2 * inset) / Double(xLabels.count - 1)
    }
    func y(_ value: Double) -> Double {
      let fraction = span > 0 ? (scale.upper - value) / span : 0.5
      return plotTop + fraction * plotHeight
    }
    func n(_ value: Double) -> String { Markup.number(value) }

    // Legend entries laid out in rows below the x labels.
    let sampleWidth = 30.0
    var legendRows: [[(index: Int, x: Double)]] = [[]]
    var cursor = 10.0
    let names = series.map {
      TextExtent.fitted($0.name, width: width - 20 - sampleWidth - 6, fontSize: font)
    }
    for (index, name) in names.enumerated() {
      let entry = sampleWidth + 6 + TextExtent.width(name, fontSize: font) + 18
      if cursor + entry > width - 10, !(legendRows.last ?? []).isEmpty {
        legendRows.append([])
        cursor = 10
      }
      legendRows[legendRows.count - 1].append((index, cursor))
      cursor += entry
    }
    let labelBaseline = plotBottom + 8 + font
    let legendTop = labelBaseline + 12
    let height = legendTop + Double(legendRows.count) * 20 + 4

    var svg = label.opening(width: width, height: height, className: "chart line-chart")
    svg += "<g font-size=\"\(n(font))\" fill=\"\(SVGPalette.text)\">"
    // Grid and y ticks.
    for (tick, text) in zip(scale.ticks, tickLabels) {
      let ty = y(tick)
      svg +=
        "<line x1=\"\(n(plotLeft))\" y1=\"\(n(ty))\" x2=\"\(n(plotRight))\" y2=\"\(n(ty))\" "
        + "stroke=\"\(SVGPalette.grid)\" stroke-width=\"1\"/>"
      svg +=
        "<text x=\"\(n(plotLeft - 6))\" y=\"\(n(ty))\" dy=\"0.35em\" text-anchor=\"end\">"
        + "\(Markup.escaped(text))</text>"
    }
    // Axes.
    svg +=
      "<line x1=\"\(n(plotLeft))\" y1=\"\(n(plotTop))\" x2=\"\(n(plotLeft))\" "
      + "y2=\"\(n(plotBottom))\" stroke=\"\(SVGPalette.axis)\" stroke-width=\"1\"/>"
    svg +=
      "<line x1=\"\(n(plotLeft))\" y1=\"\(n(plotBottom))\" x2=\"\(n(plotRight))\" "
      + "y2=\"\(n(plotBottom))\" stroke=\"\(SVGPalette.axis)\" stroke-width=\"1\"/>"
    // Period ticks, and labels thinned from the latest back so none collide.
    let widest = xLabels.map { TextExtent.width($0, fontSize: font) }.max() ?? 0
    let spacing = xLabels.count > 1 ? (plotWidth - 2 * inset) / Double(xLabels.count - 1) : widest
    let step = spacing > 0 ? max(1, Int((widest + 8) / spacing) + 1) : xLabels.count
    let labelled = Set(stride(from: xLabels.count - 1, through: 0, by: -max(1, step)))
    for index in xLabels.indices {
      let tx = x(Double(index))
      svg +=
        "<line x1=\"\(n(tx))\" y1=\"\(n(plotBottom))\" x2=\"\(n(tx))\" "
        + "y2=\"\(n(plotBottom + 4))\" stroke=\"\(SVGPalette.axis)\" stroke-width=\"1\"/>"
      if labelled.contains(index) {
        svg +=
          "<text x=\"\(n(tx))\" y=\"\(n(labelBaseline))\" text-anchor=\"middle\">"
          + "\(Markup.escaped(xLabels[index]))</text>"
      }
    }
    // Markers behind the lines.
    for marker in markers {
      guard marker.position >= 0, marker.position <= Double(xLabels.count - 1) else { continue }
      let mx = x(marker.position)
      svg +=
        "<line x1=\"\(n(mx))\" y1=\"\(n(plotTop - 6))\" x2=\"\(n(mx))\" "
        + "y2=\"\(n(plotBottom))\" stroke=\"\(SVGPalette.text)\" stroke-width=\"1.5\" "
        + "stroke-dasharray=\"2 3\"/>"
      let onLeft = mx < plotLeft + plotWidth / 2
      let room = onLeft ? width - mx - 8 : mx - 8
      svg +=
        "<text x=\"\(n(onLeft ? mx + 4 : mx - 4))\" y=\"\(n(plotTop - 10))\" "
        + "text-anchor=\"\(onLeft ? "start" : "end")\">"
        + "\(Markup.escaped(TextExtent.fitted(marker.label, width: room, fontSize: font)))</text>"
    }
    // Lines, then points on top.
    for (index, member) in series.enumerated() {
      let color = SVGPalette.hex(self.color(ofSeries: index))
      var path = ""
      var isDrawing = false
      for (position, value) in member.values.enumerated() {
        guard let value else {
          isDrawing = false
          continue
        }
        path += (isDrawing ? " L" : " M") + "\(n(x(Double(position)))) \(n(y(value)))"
        isDrawing = true
      }
      if !path.isEmpty {
        svg +=
          "<path d=\"\(path.dropFirst())\" fill=\"none\" stroke=\"\(color)\" "
          + "stroke-width=\"2.25\" stroke-linejoin=\"round\""
          + (member.isDashed ? " stroke-dasharray=\"7 4\"" : "") + "/>"
      }
      for (position, value) in member.values.enumerated() {
        guard let value else { continue }
        svg += PointShape.drawn(
          index: index, x: x(Double(position)), y: y(value), size: 7, color: color)
      }
    }
    // Legend.
    for (row, entries) in legendRows.enumerated() {
      let ly = legendTop + Double(row) * 20 + 8
      for (index, lx) in entries {
        let member = series[index]
        let color = SVGPalette.hex(self.color(ofSeries: index))
        svg +=
          "<line x1=\"\(n(lx))\" y1=\"\(n(ly))\" x2=\"\(n(lx + sampleWidth))\" "
          + "y2=\"\(n(ly))\" stroke=\"\(color)\" stroke-width=\"2.25\""
          + (member.isDashed ? " stroke-dasharray=\"7 4\"" : "") + "/>"
        svg += PointShape.drawn(
          index: index, x: lx + sampleWidth / 2, y: ly, size: 7, color: color)
        svg +=
          "<text x=\"\(n(lx + sampleWidth + 6))\" y=\"\(n(ly))\" dy=\"0.35em\">"
          + "\(Markup.escaped(names[index]))</text>"
      }
    }
    return svg + "</g></svg>"
  }
}
