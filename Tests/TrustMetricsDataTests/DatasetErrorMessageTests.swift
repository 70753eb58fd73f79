import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// Every loader message is one line a terminal shows as written: regressions found by fuzzing.
@Suite struct DatasetErrorMessageTests {
  static let file = "datasets/figures.csv"
  static let parser = FigureParser(entityNames: ["Reading"], sourceNames: ["news.txt"])

  /// Found by FuzzFiguresCSV: a quoted header field holding CRLF.
  ///
  /// Swift reads "\r\n" as one `Character`, which the old per-character escaping let through
  /// raw, so the message spanned two lines.
  @Test func aHeaderFieldWithCRLFStaysOnOneLine() throws {
    let bytes = "14ktxt,\"_ave2age\nt.1\n\r\nlAA\"\n".bytes
    let error = try #require(throws: DatasetError.self) {
      try Self.parser.parse(bytes: bytes, file: Self.file)
    }
    #expect(
      error.description
        == "datasets/figures.csv:1: unexpected header (\"14ktxt,_ave2age\\nt.1\\n\\r\\nlAA\"), expected \(FigureParser.header.joined(separator: ","))"
    )
  }

  @Test(arguments: ["a\r\nb", "a\rb", "a\nb", "a\u{1B}[2Jb", "a\u{85}b", "a\u{7F}b"])
  func aValueWithAControlCharacterIsEscaped(value: String) {
    let error = DatasetError.invalidField(
      file: Self.file, line: 3, field: "quote", value: value, expected: "text")
    let message = error.description
    #expect(
      message.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
    #expect(message.hasPrefix("datasets/figures.csv:3: invalid quote (\"a\\"))
  }

  @Test func anEscapeSequenceIsWrittenAsItsCode() {
    let error = DatasetError.invalidField(
      file: Self.file, line: 2, field: "id", value: "x\u{1B}[31m", expected: "a slug")
    #expect(
      error.description == "datasets/figures.csv:2: invalid id (\"x\\u{1B}[31m\"), expected a slug")
  }

  @Test func aPathWithALineBreakStaysOnOneLine() {
    let error = DatasetError.unreadable(path: "seeds/a\nb.txt", reason: "not valid UTF-8 text")
    #expect(error.description == "seeds/a\\nb.txt: cannot be read: not valid UTF-8 text")
  }

  @Test func aTabIsKept() {
    let error = DatasetError.invalidField(
      file: Self.file, line: 2, field: "id", value: "a\tb", expected: "a slug")
    #expect(error.description == "datasets/figures.csv:2: invalid id (\"a\tb\"), expected a slug")
  }
}
