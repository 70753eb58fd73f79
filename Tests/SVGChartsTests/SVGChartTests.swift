import Foundation
import SVGCharts
import Testing
import TextCharts

/// The pictures' geometry, worked by hand from the layout rules in the renderers' docs (text
/// advances 0.64 em at 13 units; see each test's arithmetic).
@Suite struct SVGChartTests {
  static let label = SVGLabel(id: "c1", title: "Agency <rate>", description: "A & B, by year.")

  /// Every `<svg …>` opening in a text.
  static func openings(_ svg: String) -> [Substring] {
    svg.split(separator: "<svg", omittingEmptySubsequences: true).dropFirst(
      svg.hasPrefix("<svg") ? 0 : 1
    ).map { $0.prefix { $0 != ">" } }
  }

  @Test func lineChartPlacesPointsGapsDashesAndMarkersByTheRules() throws {
    let chart = try LineChart(
      xLabels: ["2019", "2020", "2021"],
      series: [
        .init(name: "Alpha", values: [10, nil, 20]),
        .init(name: "England", values: [15, 15, 15], color: .gray, isDashed: true),
      ],
      markers: [.init(position: 0.5, label: "Trust from 2019-04")])
    let svg = chart.svg(
      label: Self.label, width: 400, plotHeight: 200, axis: AxisFormat(suffix: "%"))
    // Ticks 10–20 by 2.5 (NiceScale, 5 at most); widest label "12.5%": 5 × 0.64 × 13 = 41.6, so
    // the plot starts at 10 + 41.6 + 8 = 59.6 and ends at 400 − 14 = 386 (326.4 wide); inset 12.
    // x(i) = 71.6 + i × (326.4 − 24) ÷ 2 = 71.6, 222.8, 374; with a marker the plot starts at
    // 30, so y(v) = 30 + (20 − v) ÷ 10 × 200: y(10) = 230, y(15) = 130, y(20) = 30.
    #expect(svg.contains(##"<path d="M71.6 230 M374 30" fill="none" stroke="#1f57a4""##))
    #expect(
      svg.contains(
        ##"<path d="M71.6 130 L222.8 130 L374 130" fill="none" stroke="#595959" stroke-width="2.25" stroke-linejoin="round" stroke-dasharray="7 4"/>"##
      ))
    // The marker at 0.5: x = 71.6 + 0.5 × 151.2 = 147.2, from 6 above the plot to its foot.
    #expect(svg.contains(#"<line x1="147.2" y1="24" x2="147.2" y2="230""#))
    #expect(svg.contains(">Trust from 2019-04</text>"))
    for tick in ["10.0%", "12.5%", "15.0%", "17.5%", "20.0%"] {
      #expect(svg.contains(">\(tick)</text>"), "\(tick)")
    }
    #expect(svg.contains(">Alpha</text>") && svg.contains(">England</text>"))
    #expect(
      svg.hasPrefix(
        #"<svg xmlns="http://www.w3.org/2000/svg" class="chart line-chart" viewBox="0 0 400 "#))
    #expect(
      svg.contains(
        #"role="img" aria-labelledby="c1-title c1-desc"><title id="c1-title">Agency &lt;rate&gt;</title><desc id="c1-desc">A &amp; B, by year.</desc>"#
      ))
    #expect(svg.hasSuffix("</g></svg>"))
    #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"))
  }

  @Test func aMarkerOutsideTheYearsIsLeftOut() throws {
    let chart = try LineChart(
      xLabels: ["2019", "2020"], series: [.init(name: "A", values: [1, 2])],
      markers: [.init(position: -0.25, label: "Trust from 2018-07")])
    #expect(!chart.svg(label: Self.label).contains("Trust from"))
  }

  @Test func aNonFiniteMarkerIsRefused() {
    #expect(throws: ChartError.nonFiniteValue(series: "m", index: 0)) {
      try LineChart(
        xLabels: ["a"], series: [], markers: [.init(position: .nan, label: "m")])
    }
  }

  @Test func aChartWithNoValuesSaysSoAndKeepsItsTitle() throws {
    let svg = try LineChart(xLabels: ["2019"], series: [.init(name: "A", values: [nil])])
      .svg(label: Self.label)
    #expect(svg.contains(">No values to plot</text>"))
    #expect(svg.contains("<title id=\"c1-title\">"))
  }

  @Test func barsRunFromZeroInProportionWithTheReferenceDashed() throws {
    let chart = try BarChart(
      bars: [
        .init(label: "A", value: 10, valueText: "10.0%", color: .green),
        .init(label: "B", value: 20, valueText: "20.0%"),
        .init(label: "C", value: nil, valueText: "x"),
      ],
      reference: .init(label: "England 15.0%", value: 15))
    let svg = chart.svg(label: Self.label, width: 400)
    // Labels 1 × 8.32 + 10 = 18.32 wide, values 5 × 8.32 + 10 = 51.6: the plot runs from
    // 28.32 to 400 − 10 − 51.6 = 338.4 (310.08 wide) over ticks 0–20 by 5, so 10 reaches half
    // way (155.04) and 20 the end; rows 24 apart from 8, bars 15 high around each row's middle.
    #expect(svg.contains(##"<rect x="28.3" y="12.5" width="155" height="15" fill="#2b6e2f"/>"##))
    #expect(svg.contains(##"<rect x="28.3" y="36.5" width="310.1" height="15" fill="#4b6a88"/>"##))
    #expect(svg.components(separatedBy: "<rect").count == 3, "no bar for the missing value")
    #expect(svg.contains(">x</text>"))
    // England at 15: 28.32 + 15 ÷ 20 × 310.08 = 260.88, dashed, across every row.
    #expect(
      svg.contains(
        ##"<line x1="260.9" y1="4" x2="260.9" y2="84" stroke="#1b1b1b" stroke-width="2" stroke-dasharray="5 3"/>"##
      ))
    #expect(svg.contains(">England 15.0%</text>"))
    for tick in ["0", "5", "10", "15", "20"] { #expect(svg.contains(">\(tick)</text>")) }
  }

  @Test func negativeBarsEndAtTheZeroLine() throws {
    let chart = try BarChart(bars: [
      .init(label: "Down", value: -10, valueText: "-10"),
      .init(label: "Up", value: 10, valueText: "+10"),
    ])
    let svg = chart.svg(label: Self.label, width: 400)
    // Labels "Down" 4 × 8.32 + 10 = 43.28, values "-10" 3 × 8.32 + 10 = 34.96: plot 53.28 to
    // 355.04 (301.76) over −10…10, zero at 53.28 + 150.88 = 204.16; each bar 150.88 long.
    #expect(svg.contains(#"<rect x="53.3" y="12.5" width="150.9" height="15""#))
    #expect(svg.contains(#"<rect x="204.2" y="36.5" width="150.9" height="15""#))
    #expect(svg.contains(#"<line x1="204.2" y1="8" x2="204.2" y2="56""#))
  }

  @Test func sparklinesScaleOverTheirOwnRangeAndBreakAtGaps() throws {
    let svg = try Sparkline([1, nil, 3, 2]).svg(label: Self.label)
    // x(i) = 2 + i × 80 ÷ 3 = 2, 28.7, 55.3, 82; y(v) = 2 + (3 − v) ÷ 2 × 16 = 18, 2, 10.
    #expect(svg.contains(#"<path d="M2 18 M55.3 2 L82 10""#))
    // Dots on the point standing alone and on the last value.
    #expect(svg.contains(#"<circle cx="2" cy="18" r="2""#))
    #expect(svg.contains(#"<circle cx="82" cy="10" r="2""#))
    #expect(svg.components(separatedBy: "<circle").count == 3)
    #expect(svg.contains(#"class="sparkline" width="84" height="20" viewBox="0 0 84 20""#))
  }

  @Test func aSparklineOverAGivenRangeAndAFlatOneSitMidway() throws {
    // One value: x = 84 ÷ 2 = 42; over 0…10, y(5) = 2 + 5 ÷ 10 × 16 = 10.
    #expect(
      try Sparkline([5], range: 0...10).svg(label: Self.label).contains(
        #"<circle cx="42" cy="10" r="2""#))
    #expect(
      try Sparkline([4, 4]).svg(label: Self.label).contains(#"<path d="M2 10 L82 10""#))
  }

  /// WCAG 2 relative luminance and contrast ratio, written out here as the oracle.
  static func contrast(_ first: String, _ second: String) -> Double {
    func luminance(_ hex: String) -> Double {
      let digits = Array(hex.dropFirst())
      let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
        let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  @Test func everyColourTextMayBeWrittenInHasContrastOfAtLeast4Point5() {
    #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 1e-9)
    #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
    for color in TextColor.allCases {
      #expect(Self.contrast(SVGPalette.hex(color), SVGPalette.background) >= 4.5, "\(color)")
    }
    #expect(Self.contrast(SVGPalette.text, SVGPalette.background) >= 4.5)
    #expect(Self.contrast(SVGPalette.axis, SVGPalette.background) >= 4.5)
    #expect(Self.contrast(SVGPalette.bar, SVGPalette.background) >= 3)
  }
}
