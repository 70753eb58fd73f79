import Foundation
import Testing
import TrustMetricsCore

@testable import SourceCheck

/// The two promises of `PlainScalars`, checked against the standard library's Unicode data.
@Suite struct PlainScalarsTests {
  static let plain: [Unicode.Scalar] = (UInt32(0)...0x20C0).compactMap { value in
    PlainScalars.contains(value) ? Unicode.Scalar(value) : nil
  }

  /// In NFC, combining class 0, and never after the first place of a canonical decomposition:
  /// no text of plain scalars changes under NFC, so two byte-distinct ones are unequal.
  @Test func plainScalarsAreInNFCWhateverSurroundsThem() {
    let values = Set(Self.plain.map(\.value))
    for scalar in Self.plain {
      #expect(
        String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
          == [scalar.value])
      #expect(scalar.properties.canonicalCombiningClass.rawValue == 0)
    }
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned
      else { continue }
      let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
      #expect(!parts.dropFirst().contains { values.contains($0.value) }, "U+\(value)")
    }
  }

  /// No two plain scalars (line feeds aside) make one character.
  @Test func plainScalarsAreCharactersOnTheirOwn() {
    let scalars = Self.plain.filter { $0 != "\n" && $0 != "\r" }
    var joined = 0
    for first in scalars {
      for second in scalars {
        var text = ""
        text.unicodeScalars.append(first)
        text.unicodeScalars.append(second)
        if text.count != 2 { joined += 1 }
      }
    }
    #expect(joined == 0)
  }

  @Test func charactersAreCountedAsStringCountsThem() {
    for text in [
      "", "plain ASCII", "children’s – “quoted” £7.6m é", "café\u{0301} combining",
      "emoji 👍🏽 and flags 🇬🇧", "Hangul 한국어", "a\rb", "x\u{200D}y",
    ] {
      let bytes = Array(text.utf8)
      #expect(PlainScalars.characterCount(bytes[...]) == text.count)
    }
  }

  /// A quote written in two normalisation forms is one quote to `String`, and so to the quote
  /// check: the second form takes the first one's search (as a `Set<String>` of quotes did).
  @Test func quotesInAnotherNormalisationFormShareTheirSearch() throws {
    let composed = "Café résumé"
    let decomposed = "Cafe\u{0301} re\u{0301}sume\u{0301}"
    #expect(composed == decomposed)
    let decomposedIsPlain = PlainScalars.containsAll(decomposed.utf8.span)
    #expect(!decomposedIsPlain)
    let composedIsPlain = PlainScalars.containsAll(composed.utf8.span)
    #expect(composedIsPlain)
    let figures = [
      CheckFixtures.figure("composed", .overspend, "2021", 1, composed),
      CheckFixtures.figure("decomposed", .overspend, "2021", 1, decomposed),
    ]
    let report = try SourceChecker(
      dataset: CheckFixtures.dataset(figures: figures, text: "Menu\nThe Café résumé\n"), claims: []
    ).check([.quotes])
    #expect(report.results.map(\.status) == [.verified, .verified])
    #expect(
      report.results.map(\.position) == [
        TextPosition(line: 2, column: 5), TextPosition(line: 2, column: 5),
      ])
  }
}
