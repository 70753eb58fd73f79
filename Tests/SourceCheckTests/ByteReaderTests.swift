import Foundation
import Testing
import TrustMetricsCore

@testable import SourceCheck

/// The byte-level reader on hand-worked texts where bytes and scalars differ: multi-byte spaces,
/// dashes and letters before a number, the words table, and the values' `Decimal` form.
@Suite struct ByteReaderTests {
  func first(_ text: String) throws -> WrittenNumber {
    try #require(NumberReader().numbers(in: text).first)
  }

  @Test func offsetsAreBytesAfterMultiByteCharacters() throws {
    // "Café’s " is 10 bytes: é and ’ take 2 and 3.
    let number = try first("Café’s £7.6m budget")
    #expect(number.utf8Offsets == 10..<16)
    #expect(number.text == "£7.6m")
    #expect(number.value == 7_600_000)
  }

  @Test func noBreakSpacesCountAsSpaces() throws {
    let percent = try first("60\u{00A0}per\u{202F}cent of staff")
    #expect(percent.kind == .percent)
    #expect(percent.text == "60\u{00A0}per\u{202F}cent")
    #expect(percent.utf8Offsets == 0..<14)
    let hedged = try first("just\u{00A0}under\u{202F}19%")
    #expect(hedged.hedge == .justUnder)
    #expect(hedged.text == "19%")
    let space = try first("52\u{00A0}%")
    #expect(space.kind == .percent && space.text == "52\u{00A0}%")
  }

  @Test func everyDashMakesARange() throws {
    for dash in ["-", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"] {
      let range = try first("£200,000 \(dash) £300,000 a year")
      #expect(range.value == 200_000 && range.upperValue == 300_000, "\(dash)")
      #expect(range.unitWord == "year")
    }
    #expect(try first("2022\u{2013}23").upperValue == 2023)
    // A hyphen that is not a dash does not.
    #expect(try first("£200,000 \u{2010} £300,000").upperValue == nil)
  }

  @Test func lettersOutsideASCIIJoinWords() throws {
    // "éseven" is one word, not "seven"; "seven" after a curly apostrophe is.
    #expect(NumberReader().numbers(in: "éseven days").isEmpty)
    #expect(try first("it’s seven days").value == 7)
    #expect(NumberReader().numbers(in: "ΩΩ2 and x2").isEmpty)
  }

  @Test func valuesKeepTheirWrittenForm() throws {
    #expect(try first("25.30%").value.description == "25.3")
    #expect(try first("£0.50m").value.description == "500000")
    #expect(try first("1,000.0").value.description == "1000")
    #expect(try first("0.05").value.exponent == -2)
  }

  @Test func everyNumberWordIsInTheTable() throws {
    let lists: [(NumberWord.Role, [(String, Int)])] = [
      (.unit, NumberWord.units), (.ten, NumberWord.tens), (.scale, NumberWord.scales),
      (.denominator, NumberWord.denominators), (.multiple, NumberWord.multiples),
    ]
    for (role, words) in lists {
      for (word, value) in words {
        for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
          let bytes = Array(written.utf8)
          let entry = WordKey(bytes, 0..<bytes.count).flatMap(NumberWord.lookup)
          #expect(entry?.role == role && entry?.value == value, "\(written)")
        }
        #expect(word.utf8.count <= NumberWord.longest)
        let first = UInt32(word.utf8.first ?? 0) - 0x61
        #expect(NumberWord.firstLetters & (1 << first) != 0, "\(word)")
      }
    }
    for other in ["tens", "on", "seventeens", "dozens", "thirdly", "the", "a", "x"] {
      let bytes = Array(other.utf8)
      let entry = WordKey(bytes, 0..<bytes.count).flatMap(NumberWord.lookup)
      #expect(entry == nil, "\(other)")
    }
  }

  @Test func everyHedgeIsFoundByItsLastLetter() throws {
    for (words, qualifier) in NumberReader.hedges {
      let text = "\(words)12 staff"
      #expect(try first(text).hedge == qualifier, "\(text)")
    }
  }
}
