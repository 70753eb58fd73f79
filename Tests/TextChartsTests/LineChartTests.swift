import Testing
import TextCharts

@Suite struct LineChartTests {
  let years = (2017...2025).map(String.init)

  @Test func plotsSeriesWithAxesTicksAndLegend() throws {
    let chart = try LineChart(
      xLabels: years,
      series: [
        .init(name: "Up", values: [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        .init(name: "Flat", values: Array(repeating: 5, count: 9)),
      ])
    let lines = chart.lines(width: 40, height: 8).map(\.plainText)
    #expect(lines.count == 8 + 3)
    #expect(lines[0].hasPrefix("10.0 ┤"))
    #expect(lines[7].hasPrefix(" 0.0 ┤"))
    #expect(lines[8].hasPrefix("     └┬"))
    #expect(lines[9].contains("2017") && lines[9].contains("2025"))
    #expect(lines[10] == "● Up  ■ Flat")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
  }

  @Test(arguments: [12, 20, 40, 80])
  func xLabelsNeverCollide(width: Int) throws {
    let chart = try LineChart(
      xLabels: years, series: [.init(name: "s", values: years.map { _ in 1 })])
    let labels = try #require(chart.lines(width: width, height: 4).map(\.plainText).dropLast().last)
    // Every label shown stands alone, separated by at least one space.
    let words = labels.split(separator: " ")
    #expect(words.allSatisfy { $0.count == 4 })
    #expect(!words.isEmpty || width < 12)
    #expect(DisplayWidth.of(labels) <= width)
  }

  @Test func missingPointBreaksTheLine() throws {
    let chart = try LineChart(
      xLabels: ["a", "b", "c", "d", "e"],
      series: [.init(name: "s", values: [0, 0, nil, 0, 0])])
    let rows = chart.lines(width: 23, height: 2, style: .init(isASCII: true)).map(\.plainText)
    // ASCII: one character a cell; the middle of the bottom row stays blank around "c".
    let plot = try #require(rows.first { $0.contains("*") })
    let cells = Array(
      plot.dropFirst(
        plot.firstIndex(of: "*").map { plot.distance(from: plot.startIndex, to: $0) } ?? 0))
    #expect(cells.contains(" "))
  }

  @Test func emptyChartSaysSo() throws {
    let chart = try LineChart(xLabels: [], series: [])
    #expect(chart.lines(width: 30).map(\.plainText) == ["(no values to plot)"])
  }

  @Test func refusesMismatchedLengthsAndNonFiniteValues() {
    #expect(throws: ChartError.lengthMismatch(series: "s", expected: 2, actual: 1)) {
      try LineChart(xLabels: ["a", "b"], series: [.init(name: "s", values: [1])])
    }
    #expect(throws: ChartError.nonFiniteValue(series: "s", index: 0)) {
      try LineChart(xLabels: ["a"], series: [.init(name: "s", values: [.infinity])])
    }
  }

  @Test(arguments: [1, 5, 40, 200])
  func asciiAndColourStayWithinWidth(width: Int) throws {
    let chart = try LineChart(
      xLabels: years,
      series: (0..<8).map { index in
        .init(name: "Series \(index)", values: years.indices.map { Double($0 * index) })
      })
    for style in [RenderStyle(isColored: true), RenderStyle(isASCII: true)] {
      for line in chart.lines(width: width, style: style) {
        #expect(line.width <= width)
        if style.isASCII { #expect(line.plainText.unicodeScalars.allSatisfy { $0.isASCII }) }
      }
    }
  }

  @Test func hugeAndTinyValuesPlot() throws {
    for values in [[1e15, 3e15], [1e-9, 4e-9]] {
      let chart = try LineChart(
        xLabels: ["a", "b"], series: [.init(name: "s", values: values.map { $0 })])
      let lines = chart.lines(width: 30, height: 4).map(\.plainText)
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
      #expect(lines[0].contains("e"))
    }
  }
}
