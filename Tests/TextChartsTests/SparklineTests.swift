import Testing
import TextCharts

@Suite struct SparklineTests {
  @Test func scalesFromMinimumToMaximum() throws {
    let line = try Sparkline([0, 1, 2, 3, 4, 5, 6, 7])
    #expect(line.rendered() == "▁▂▃▄▅▆▇█")
  }

  @Test func missingValueIsAGapNotTheBottomGlyph() throws {
    let line = try Sparkline([1, nil, 3])
    #expect(line.rendered() == "▁ █")
    #expect(line.levelIndices == [0, nil, 7])
  }

  @Test(arguments: [[5.0, 5, 5], [42.0]])
  func flatSeriesAndSinglePointDrawAtMidHeight(values: [Double]) throws {
    let line = try Sparkline(values)
    #expect(line.rendered() == String(repeating: "▄", count: values.count))
  }

  @Test func emptySeriesAndAllMissingDrawNothingVisible() throws {
    #expect(try Sparkline([]).rendered() == "")
    #expect(try Sparkline([nil, nil]).rendered() == "  ")
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteValuesAreRefused(bad: Double) {
    #expect(throws: ChartError.nonFiniteValue(series: "sparkline", index: 1)) {
      try Sparkline([1, bad, 2])
    }
  }

  @Test func sharedRangeScalesSeveralSeriesAlike() throws {
    // Over 0...70, 35 is exactly half way: round(0.5 × 7) = 4 (▅).
    #expect(try Sparkline([35], range: 0...70).rendered() == "▅")
  }

  @Test func hugeAndTinyValuesStayInRange() throws {
    #expect(try Sparkline([1e300, -1e300, 0]).rendered() == "█▁▅")
    #expect(try Sparkline([1e-300, 2e-300]).rendered() == "▁█")
  }

  @Test func asciiUsesPrintableCharacters() throws {
    let text = try Sparkline([0, nil, 7, 3.5], range: 0...7).rendered(style: .init(isASCII: true))
    #expect(text == "_ #=")
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
  }
}
