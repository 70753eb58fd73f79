import Foundation
import SeededRandom
import SourceCheck
import Testing
import TrustMetricsCore

/// `QuoteLocator.offsets(of:in:)` (windows looked up every eighth byte for long quotes) against
/// a byte-by-byte search: every occurrence, overlapping ones included, ascending, for quotes of
/// every length around the window and stride sizes, repeated and overlapping text, duplicate
/// quotes and multi-byte characters.
@Suite struct QuoteLocatorOracleTests {
  /// Every offset at which `needle` stands in `text`, by comparing at every byte.
  static func naive(_ needle: [UInt8], in text: [UInt8]) -> [Int] {
    guard !needle.isEmpty, needle.count <= text.count else { return [] }
    return (0...(text.count - needle.count)).filter { start in
      text[start..<start + needle.count].elementsEqual(needle)
    }
  }

  static func check(
    _ quotes: [String], in text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let bytes = Array(text.utf8)
    let found = QuoteLocator.offsets(of: quotes, in: bytes)
    #expect(found.count == quotes.count, sourceLocation: sourceLocation)
    for (quote, offsets) in zip(quotes, found) {
      #expect(
        offsets == naive(Array(quote.utf8), in: bytes), "\(quote.debugDescription)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func findsEveryOccurrenceOfQuotesOfEveryLength() {
    var generator = SplitMix(seed: 99)
    let alphabets = ["ab", "abc ", "aab", "the cat sat on the mat, ", "x£–é’ y"]
    for round in 0..<300 {
      let letters = Array(alphabets[round % alphabets.count])
      var text = ""
      for _ in 0..<(1 + generator.below(400)) {
        text.append(letters[generator.below(letters.count)])
      }
      let scalars = Array(text.unicodeScalars)
      var quotes: [String] = []
      for _ in 0..<(1 + generator.below(40)) {
        let length = 1 + generator.below(min(40, scalars.count))
        let start = generator.below(scalars.count - length + 1)
        var quote = ""
        quote.unicodeScalars.append(contentsOf: scalars[start..<start + length])
        quotes.append(quote)
        // Near misses and duplicates.
        if generator.below(4) == 0 { quotes.append(quote + "q") }
        if generator.below(4) == 0 { quotes.append(quote) }
      }
      quotes.append("")
      quotes.append(text)
      quotes.append(text + "z")
      Self.check(quotes, in: text)
    }
  }

  @Test func findsQuotesAtTheEdgesOfTheText() {
    let text = "0123456789abcdefghijklmnopqrstuvwxyz"
    var quotes: [String] = []
    for length in 1...text.count {
      quotes.append(String(text.prefix(length)))
      quotes.append(String(text.suffix(length)))
    }
    Self.check(quotes, in: text)
    Self.check(
      ["aaaaaaaa", "aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
      in: String(repeating: "a", count: 100))
    Self.check(["short", "0123456"], in: "tiny")
  }
}
