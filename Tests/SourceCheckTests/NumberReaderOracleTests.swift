import Foundation
import SeededRandom
import SourceCheck
import Testing
import TrustMetricsCore

/// The byte-level reader against the scalar reader it replaced (``LegacyNumberReader``): the
/// same numbers, field for field, with the same `Decimal` representation, on the bundled seeds,
/// the held-out article, the fuzzing corpus and generated texts full of edge cases.
@Suite struct NumberReaderOracleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The texts of every file directly in a directory of the repository (none when it is absent).
  static func texts(in directory: String) -> [String] {
    let url = root.appendingPathComponent(directory)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().compactMap { name in
      guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path)
      else { return nil }
      return String(decoding: data, as: UTF8.self)
    }
  }

  /// The bytes of a `Decimal`, so that equal values written differently (25.3 as 253 × 10⁻¹ or
  /// 2530 × 10⁻²) count as different.
  static func representation(_ value: Decimal?) -> [UInt8]? {
    guard var value else { return nil }
    return withUnsafeBytes(of: &value) { Array($0) }
  }

  /// Records every difference between the two readers on one text.
  static func compare(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let new = NumberReader().numbers(in: text)
    let old = LegacyNumberReader.numbers(in: text)
    #expect(new == old, "\(text.debugDescription)", sourceLocation: sourceLocation)
    guard new == old else { return }
    for (mine, theirs) in zip(new, old) {
      #expect(
        representation(mine.value) == representation(theirs.value)
          && representation(mine.upperValue) == representation(theirs.upperValue)
          && mine.value.description == theirs.value.description,
        "\(text.debugDescription): \(mine.text)", sourceLocation: sourceLocation)
    }
  }

  @Test func agreesOnTheBundledSeedsLineByLine() {
    let texts = Self.texts(in: "seeds") + Self.texts(in: "Tests/SourceCheckTests/HeldOut")
    #expect(!texts.isEmpty)
    for text in texts {
      Self.compare(text)
      for line in text.split(separator: "\n") { Self.compare(String(line)) }
    }
  }

  /// The reader takes U+2000–U+203F (E2 80 xx: spaces, dashes, curly quotes) for non-letters
  /// without looking their property up.
  @Test func generalPunctuationHasNoLetters() {
    for value in UInt32(0x2000)...0x203F {
      #expect(Unicode.Scalar(value)?.properties.isAlphabetic == false, "U+\(value)")
    }
  }

  @Test func agreesOnTheFuzzingCorpus() {
    for text in Self.texts(in: "Fuzz/Corpus/FuzzNumberReader") { Self.compare(text) }
  }

  @Test func agreesOnTheHandCheckedForms() {
    for form in NumberReaderTests.forms {
      Self.compare(form.text)
      Self.compare("In 2021, " + form.text + ", the review found.")
    }
  }

  /// Pieces that exercise every rule and every byte width: separators, decimals, multipliers,
  /// every dash and space, ranges, ordinals, number words in any case, fractions, hedges, unit
  /// words, non-ASCII letters, combining marks, curly quotes and four-byte scalars.
  static let pieces = [
    "0", "1", "7", "12", "100", "250", "1900", "2022", "2099", "2100", "0999", "1,234", "12,345",
    "1,234,567", "1234,567", ",000", "3.5", "31.5", "0.05", "1.", ".5", "123456789012345678",
    "1234567890123456789", "99999999999999999", "£", "£ ", "£\u{00A0}", "%", " %", "\u{00A0}%",
    "per cent", "per\u{00A0}cent", "percent", "pc", "m", "bn", "k", "million", "billion", "mn",
    "st", "nd", "rd", "th", "-", "–", "—", "‒", "−", "‐", " ", "  ", "\u{00A0}", "\u{202F}",
    "\u{2009}", ".", ",", ")", ";", ":", "/", " / ", " per ", " a ", "year", "week", "month",
    "day", "annum", "hour", "a", "A", "an", "one", "One", "two", "three", "nine", "ten", "twelve",
    "dozen", "twenty", "Forty", "forty-eight", "ninety nine", "hundred", "thousand", "half",
    "Half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "tenth", "tenths", "of",
    "out of ", "in ", "twice", "double", "treble", "triple", "about ", "About ", "nearly ",
    "just under ", "just\u{00A0}under ", "under ", "over ", "more than ", "less than ",
    "an estimated ", "estimated ", "approximately ", "around ", "roughly ", "some ", "almost ",
    "just over ", "just below ", "children’s", "’", "“", "”", "é", "café", "naïve", "Ωmega",
    "\u{212A}", "e\u{0301}", "\u{0301}", "ª", "µ", "ﬁ", "😀", "𝟙", "٣", "x", "Q", "the", "council",
    "\n", "\t", "\r\n", "\u{0000}",
  ]

  @Test(arguments: 0..<8) func agreesOnGeneratedTexts(batch: Int) {
    var generator = SplitMix(seed: UInt64(batch + 1) &* 7919)
    for _ in 0..<4_000 {
      var text = ""
      for _ in 0..<(1 + generator.below(12)) {
        text += Self.pieces[generator.below(Self.pieces.count)]
        if generator.below(3) == 0 { text += " " }
      }
      Self.compare(text)
    }
  }

  @Test func agreesOnNumbersOfEveryLength() {
    var generator = SplitMix(seed: 42)
    for length in 1...20 {
      for _ in 0..<200 {
        var digits = ""
        for _ in 0..<length { digits += String(generator.below(10)) }
        let split = generator.below(length + 1)
        let decimal =
          split == length ? digits : digits.prefix(split) + "." + digits.dropFirst(split)
        for text in [
          digits, String(decimal), "£" + digits + "m", "£" + decimal + "bn", decimal + "%",
          decimal + " per cent", digits + "-" + digits, "£" + decimal + " million", decimal + "k",
          digits + " out of " + decimal, digits + " in " + digits,
        ] {
          Self.compare(text)
        }
      }
    }
  }
}
