import Foundation
import PropertyBased
import Testing
import TrustMetricsCore

/// Properties of `YearSeries` over random runs of yearly values, with and without gaps.
@Suite struct YearSeriesPropertyTests {
  /// Values a workforce measure takes, to a tenth: −10,000 to 10,000.
  static let value = Gen.int(in: -100_000...100_000).map { Double($0) / 10 }
  /// A first reporting year.
  static let firstYear = Gen.int(in: 1990...2080)

  @Test func theChangeFromTheFirstYearIsTheSumOfTheYearlyChanges() async {
    await propertyCheck(count: 500, input: Self.firstYear, Self.value.array(of: 1...20)) {
      first, values in
      let series = YearSeries(
        values: Dictionary(uniqueKeysWithValues: values.enumerated().map { (first + $0, $1) }))
      #expect(series.points.count == values.count)
      var sum = 0.0
      for (index, point) in series.points.enumerated() {
        if index > 0 { sum += try #require(point.changeFromPrevious).difference }
        let fromFirst = try #require(point.changeFromFirst)
        #expect(abs(fromFirst.difference - sum) <= 1e-9 * Double(values.count) * 10_000)
        #expect(fromFirst.to == values[index])
      }
    }
  }

  @Test func aGapBreaksTheYearlyChangeButNotTheChangeFromTheFirstYear() async {
    await propertyCheck(
      count: 500, input: Self.firstYear, Self.value.optional(valueRate: 0.7).array(of: 1...20)
    ) { first, values in
      var byYear: [Int: Double] = [:]
      for (offset, value) in values.enumerated() { byYear[first + offset] = value }
      let span = first...(first + values.count - 1)
      let series = YearSeries(values: byYear, years: span)
      #expect(series.points.map(\.year) == Array(span))
      let firstValue = values.compactMap { $0 }.first
      for (index, point) in series.points.enumerated() {
        #expect(point.value == values[index])
        let hasBoth = index > 0 && values[index - 1] != nil && values[index] != nil
        #expect((point.changeFromPrevious != nil) == hasBoth)
        #expect((point.changeFromFirst != nil) == (values[index] != nil))
        if let change = point.changeFromFirst, let firstValue {
          #expect(change.from == firstValue)
        }
      }
    }
  }

  @Test func theCompoundAnnualRateCarriesTheFirstValueToTheLast() async {
    let positive = Gen.int(in: 1...100_000).map { Double($0) / 10 }
    await propertyCheck(count: 500, input: Self.firstYear, positive.array(of: 2...20)) {
      first, values in
      let series = YearSeries(
        values: Dictionary(uniqueKeysWithValues: values.enumerated().map { (first + $0, $1) }))
      let rate = try #require(series.compoundAnnualRate)
      let years = Double(values.count - 1)
      let carried = values[0] * pow(1 + rate / 100, years)
      #expect(abs(carried - values[values.count - 1]) <= 1e-9 * max(carried, 1))
    }
  }
}
