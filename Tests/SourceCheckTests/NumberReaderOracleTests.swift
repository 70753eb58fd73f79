import Foundation
import SeededRandom
import SourceCheck
import Testing
import TrustMetricsCore

/// Properties of the number reader on the bundled seeds, the held-out article, the fuzzing
/// corpus and generated texts full of edge cases (the cases once run against an older copy of
/// the reader, now checked for what must hold of any reading), and plain numbers of every
/// length read as Foundation's `Decimal(string:)` reads them.
@Suite struct NumberReaderOracleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The texts of every file directly in a directory of the repository (none when it is absent).
  static func texts(in directory: String) -> [String] {
    let url = root.appendingPathComponent(directory)
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: url.path)
    } catch {
      return []
    }
    return names.sorted().compactMap { name in
      guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path)
      else { return nil }
      return String(decoding: data, as: UTF8.self)
    }
  }

  /// What holds of every reading of a text: each number's text is the text at its offsets, the
  /// numbers stand in order without overlapping, a range's upper end is not below its lower
  /// end, and a number's own text read again gives its value (hedges and context aside).
  static func compare(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let numbers = NumberReader().numbers(in: text)
    let bytes = Array(text.utf8)
    var end = 0
    for number in numbers {
      let range = number.utf8Offsets
      #expect(
        range.lowerBound >= end && range.upperBound <= bytes.count,
        "\(text.debugDescription): \(number.text) out of order", sourceLocation: sourceLocation)
      guard range.lowerBound >= end, range.upperBound <= bytes.count else { return }
      end = range.upperBound
      #expect(
        String(decoding: bytes[range], as: UTF8.self) == number.text,
        "\(text.debugDescription): \(number.text)", sourceLocation: sourceLocation)
      if let upper = number.upperValue {
        #expect(
          upper >= number.value, "\(text.debugDescription): \(number.text)",
          sourceLocation: sourceLocation)
      }
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

  /// A plain number, alone or with a pound sign and a scale, reads as Foundation reads its
  /// digits times the scale: "£12.5m" is 12.5 × 10⁶, "3.25bn" 3.25 × 10⁹, "40k" 40 × 10³.
  @Test func plainNumbersReadAsFoundationReadsTheirDigits() throws {
    var generator = SplitMix(seed: 43)
    let scales: [(String, Decimal)] = [
      ("", 1), ("m", 1_000_000), ("bn", 1_000_000_000), ("k", 1_000),
    ]
    for length in 1...12 {
      for _ in 0..<100 {
        // No leading zero (a year-like "0999" is its own case), at most 12 digits.
        var digits = String(1 + generator.below(9))
        for _ in 1..<length { digits += String(generator.below(10)) }
        let split = 1 + generator.below(length)
        let decimal =
          split == length ? digits : digits.prefix(split) + "." + digits.dropFirst(split)
        for (suffix, scale) in scales {
          let text = "£" + decimal + suffix
          let numbers = NumberReader().numbers(in: text)
          let expected = try #require(Decimal(string: String(decimal))) * scale
          #expect(numbers.count == 1 && numbers.first?.value == expected, "\(text)")
        }
      }
    }
  }
}
