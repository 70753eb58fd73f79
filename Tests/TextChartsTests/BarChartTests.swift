import Testing
import TextCharts

@Suite struct BarChartTests {
  @Test func barsUseEighthBlocksAndAlignLabelsAndValues() throws {
    let chart = try BarChart(bars: [
      .init(label: "A", value: 10, valueText: "10.0"),
      .init(label: "Bee", value: 5.625, valueText: "5.6"),
    ])
    // Width 18: label 3 + space + plot 10 + space + value 4 → 1 cell = 1 unit.
    let lines = chart.lines(width: 19).map(\.plainText)
    #expect(lines == ["A   ██████████ 10.0", "Bee █████▋      5.6"])
  }

  @Test func referenceIsMarkedAndNamedInALegend() throws {
    let chart = try BarChart(
      bars: [.init(label: "A", value: 10, valueText: "10")],
      reference: .init(label: "England 4", value: 4))
    let lines = chart.lines(width: 15).map(\.plainText)
    #expect(lines == ["A ████│█████ 10", "│ England 4"])
  }

  @Test func negativeValuesDrawLeftOfAZeroAxis() throws {
    let chart = try BarChart(bars: [
      .init(label: "up", value: 4, valueText: "+4"),
      .init(label: "down", value: -3.5, valueText: "-3.5"),
    ])
    let lines = chart.lines(width: 23).map(\.plainText)
    // Plot 12 cells over −3.5…4 with an axis: 7.5 units → 1.6 cells per unit, rounded halves.
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("up   ") && lines[0].contains("│██████"))
    #expect(lines[1].contains("▐█████│"))
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 23 })
  }

  @Test func allZeroAndSingleBarWork() throws {
    let zero = try BarChart(bars: [.init(label: "z", value: 0, valueText: "0")])
    #expect(zero.lines(width: 10).map(\.plainText) == ["z        0"])
    let one = try BarChart(bars: [.init(label: "one", value: 3, valueText: "3")])
    #expect(one.lines(width: 10).map(\.plainText) == ["one ████ 3"])
  }

  @Test func missingValueDrawsNoBar() throws {
    let chart = try BarChart(bars: [
      .init(label: "a", value: 2, valueText: "2"), .init(label: "b", value: nil, valueText: "x"),
    ])
    #expect(chart.lines(width: 8).map(\.plainText) == ["a ████ 2", "b      x"])
  }

  @Test(arguments: [1, 2, 5, 13])
  func noLineIsWiderThanTheWidth(width: Int) throws {
    let chart = try BarChart(
      bars: [.init(label: "A long label", value: 1e12, valueText: "1,000,000,000,000")],
      reference: .init(label: "reference value", value: 5e11))
    for line in chart.lines(width: width, style: .init(isColored: true)) {
      #expect(line.width <= width)
    }
  }

  @Test func nonFiniteValuesAreRefused() {
    #expect(throws: ChartError.nonFiniteValue(series: "b", index: 1)) {
      try BarChart(bars: [
        .init(label: "a", value: 1, valueText: ""), .init(label: "b", value: .nan, valueText: ""),
      ])
    }
  }

  @Test func asciiAndColourBars() throws {
    let chart = try BarChart(
      bars: [.init(label: "A", value: 2.5, valueText: "2.5", color: .green)],
      reference: .init(label: "ref", value: 1))
    let ascii = chart.lines(width: 10, style: .init(isASCII: true)).map(\.plainText)
    #expect(ascii == ["A #|## 2.5", "| ref"])
    let coloured = chart.lines(width: 10, style: .init(isColored: true))[0]
    #expect(coloured.rendered(colored: true).contains("\u{1B}[32m█"))
    #expect(!coloured.rendered(colored: false).contains("\u{1B}"))
  }
}

extension BarChartTests {
  @Test func asciiShowsPartCellsAsEqualsOrDash() throws {
    let chart = try BarChart(bars: [
      .init(label: "a", value: 4, valueText: "4"), .init(label: "b", value: 2.5, valueText: "2.5"),
      .init(label: "c", value: 1.25, valueText: "1.3"),
    ])
    let lines = chart.lines(width: 10, style: .init(isASCII: true)).map(\.plainText)
    #expect(lines == ["a ####   4", "b ##=  2.5", "c #-   1.3"])
  }
}
