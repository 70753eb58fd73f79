import Testing
import TextCharts

@Suite struct NiceScaleTests {
  @Test(arguments: [
    (3.2, 27.9, [0.0, 10, 20, 30]),
    (12.1, 15.8, [12.0, 13, 14, 15, 16]),
    (0.0, 100.0, [0.0, 25, 50, 75, 100]),
    (-4.0, 6.0, [-5.0, 0, 5, 10]),
  ])
  func ticksAreRoundAndCoverTheRange(low: Double, high: Double, expected: [Double]) {
    let scale = NiceScale(covering: low, high)
    #expect(scale.ticks == expected)
    #expect((3...5).contains(scale.ticks.count))
  }

  @Test func flatRangeIsWidened() {
    let scale = NiceScale(covering: 7, 7)
    #expect(scale.lower < 7 && scale.upper > 7)
    #expect((3...5).contains(scale.ticks.count))
  }

  @Test func hugeAndTinyRangesGetCompactLabels() {
    let huge = NiceScale(covering: 0, 3e15)
    #expect(huge.ticks.allSatisfy { $0.isFinite })
    #expect(huge.label(huge.upper).count <= 8)
    let tiny = NiceScale(covering: 1e-9, 5e-9)
    #expect((3...5).contains(tiny.ticks.count))
    #expect(tiny.label(tiny.upper).contains("e-"))
  }

  @Test func labelsUseTheStepsDecimals() {
    let scale = NiceScale(covering: 0, 1)
    #expect(scale.ticks.map { scale.label($0) } == ["0.00", "0.25", "0.50", "0.75", "1.00"])
  }
}
