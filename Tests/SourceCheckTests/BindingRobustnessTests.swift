import Foundation
import SeededRandom
import Testing
import TrustMetricsCore

@testable import SourceCheck

/// The binder, the value check and the fact-check on generated texts made of the pieces their
/// rules look for, in any order: they finish, and every binding they give stays in the text.
@Suite struct BindingRobustnessTests {
  static let pieces = [
    "(", ")", ":", ",", ".", " ", " ", " ", "\u{A0}", "’s", "–", "—", "£", "%", "7.6m", "52%",
    "32", "2015", "2022-23", "2014-20", "1", "31", "September", "Sept.", "May", "Wed,", "21:17",
    "in", "as of", "the", "West Midlands", "Sandwell", "England", "national", "average", "of",
    "double", "up from", "the year before", "currently", "now", "respectively", "and", "or",
    "twice", "a third", "nine out of 10", "about", "just under", "agency", "vacancy", "turnover",
    "\n", "a", "year", "week", "é", "\u{1F600}",
  ]

  @Test(arguments: 0..<4) func generatedTextsAreReadWithoutFault(batch: Int) {
    var generator = SplitMix(seed: UInt64(batch + 1) &* 104_729)
    let binder = QuoteBinder(entities: QuoteBinderTests.entities)
    let checker = FactChecker(dataset: FactCheckerTests.dataset)
    for _ in 0..<150 {
      var text = ""
      for _ in 0..<(5 + generator.below(40)) {
        text += generator.pick(Self.pieces)
        if generator.below(3) == 0 { text += " " }
      }
      let numbers = NumberReader().numbers(in: text)
      let reading = binder.reading(of: numbers, in: text)
      #expect(reading.bindings.count == numbers.count)
      for binding in reading.bindings {
        if let other = binding.comparedWith { #expect(numbers.indices.contains(other)) }
      }
      for range in reading.comparatorRanges {
        #expect(range.lowerBound >= 0 && range.upperBound <= text.utf8.count, "\(text)")
      }
      let value = numbers.first?.value ?? 1
      let figure = Figure(
        id: "f", entity: "Sandwell", measure: .agencyRate, period: .year(2015), value: value,
        provenance: Provenance(source: "s", quote: text))
      let result = ValueChecker(binder: binder, sourceTexts: ["s": "Before. " + text])
        .result(for: figure)
      #expect(result.subject == "f")
      _ = checker.check(text)
    }
  }
}
