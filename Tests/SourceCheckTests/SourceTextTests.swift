import SourceCheck
import Testing

@Suite struct SourceTextTests {
  let text = SourceText(text: "First line\nthe “quoted” words – here\nand the “quoted” words again")

  @Test func findsEveryByteExactOccurrence() {
    let offsets = text.offsets(of: "“quoted” words")
    #expect(offsets.count == 2)
    #expect(text.position(ofOffset: offsets[0]) == TextPosition(line: 2, column: 5))
    #expect(text.position(ofOffset: offsets[1]) == TextPosition(line: 3, column: 9))
  }

  @Test func shortQuotesAreFoundToo() {
    #expect(text.offsets(of: "and").count == 1)
    #expect(text.offsets(of: "zzz").isEmpty)
  }

  @Test func straightQuotesAndHyphensDoNotMatchButFindTheirPassage() throws {
    #expect(text.offsets(of: "\"quoted\" words - here").isEmpty)
    let closest = try #require(text.closestPassage(to: "\"quoted\" words - here"))
    #expect(closest.isNormalisedMatch)
    #expect(closest.text == "“quoted” words – here")
    #expect(closest.position == TextPosition(line: 2, column: 5))
  }

  @Test func nothingInCommonGivesNoPassage() {
    #expect(text.closestPassage(to: "entirely different text here") == nil)
  }

  /// A quote in another normalisation form than its source (NFD against NFC) is not found
  /// byte-exact; its closest passage is still given, inside the source, without a crash.
  @Test(arguments: ["cafe\u{301} society", "cafe\u{301}", "the cafe\u{301} society grew"])
  func aQuoteInAnotherNormalisationFormGetsAPassage(quote: String) throws {
    let source = SourceText(text: "Notes\nthe café society grew\n")
    #expect(source.offsets(of: quote).isEmpty)
    let closest = try #require(source.closestPassage(to: quote))
    #expect(closest.position.line == 2)
    #expect("the café society grew".contains(closest.text))
  }
}
