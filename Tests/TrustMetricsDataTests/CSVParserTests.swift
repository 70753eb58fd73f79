import Testing

@testable import TrustMetricsData

@Suite struct CSVParserTests {
  private func parse(_ text: String) throws(CSVError) -> [CSVRecord] {
    try CSVParser.parse(bytes: text.bytes)
  }

  private func record(_ line: Int, _ fields: String...) -> CSVRecord {
    CSVRecord(line: line, fields: fields)
  }

  // MARK: - Accepted

  @Test func readsPlainFieldsWithTheLineEachRecordStartsOn() throws {
    #expect(try parse("a,b,c\n1,2,3\n") == [record(1, "a", "b", "c"), record(2, "1", "2", "3")])
  }

  @Test func keepsCommasInsideQuotes() throws {
    #expect(try parse("\"1,234,567\",x\n") == [record(1, "1,234,567", "x")])
  }

  @Test func turnsDoubledQuotesIntoOne() throws {
    #expect(try parse("\"she said \"\"hi\"\"\",\"\"\"\"\n") == [record(1, "she said \"hi\"", "\"")])
  }

  @Test func keepsLineFeedInsideQuotesAndCountsItForTheNextRecord() throws {
    let records = try parse("id,quote\n1,\"first\nsecond\nthird\"\n2,after\n")
    #expect(
      records == [
        record(1, "id", "quote"), record(2, "1", "first\nsecond\nthird"), record(5, "2", "after"),
      ])
  }

  @Test func keepsCRLFInsideQuotesAndCountsItOnce() throws {
    let records = try parse("id,quote\r\n1,\"first\r\nsecond\"\r\n2,after\r\n")
    #expect(
      records == [
        record(1, "id", "quote"), record(2, "1", "first\r\nsecond"), record(4, "2", "after"),
      ])
  }

  @Test func countsALoneCRInsideQuotesInACRFile() throws {
    let records = try parse("id,quote\r1,\"first\rsecond\"\r2,after\r")
    #expect(
      records == [
        record(1, "id", "quote"), record(2, "1", "first\rsecond"), record(4, "2", "after"),
      ])
  }

  @Test func keepsEmptyFields() throws {
    #expect(
      try parse("a,,c\n,,\n\"\",b,\"\"\n") == [
        record(1, "a", "", "c"), record(2, "", "", ""), record(3, "", "b", ""),
      ])
  }

  @Test func readsATrailingCommaAsAnEmptyLastField() throws {
    #expect(try parse("a,b,\nc,d,") == [record(1, "a", "b", ""), record(2, "c", "d", "")])
    #expect(try parse("\"a\",\n") == [record(1, "a", "")])
    #expect(try parse("\"a\",") == [record(1, "a", "")])
  }

  @Test func skipsAByteOrderMark() throws {
    #expect(
      try CSVParser.parse(bytes: [0xEF, 0xBB, 0xBF] + "id,x\n1,2\n".bytes) == [
        record(1, "id", "x"), record(2, "1", "2"),
      ])
    #expect(
      try CSVParser.parse(bytes: [0xEF, 0xBB, 0xBF] + "\"id\",x\n".bytes) == [
        record(1, "id", "x")
      ])
  }

  @Test func acceptsCRLFLineEnds() throws {
    #expect(
      try parse("a,b\r\n\"c\",d\r\ne,\"f\"\r\n") == [
        record(1, "a", "b"), record(2, "c", "d"), record(3, "e", "f"),
      ])
  }

  @Test func acceptsLoneCRLineEnds() throws {
    #expect(
      try parse("a,b\r\"c\",d\re,f") == [
        record(1, "a", "b"), record(2, "c", "d"), record(3, "e", "f"),
      ])
  }

  @Test func skipsBlankLinesButCountsThem() throws {
    #expect(try parse("\na,b\n\n\r\n\rc,d\n\n") == [record(2, "a", "b"), record(6, "c", "d")])
  }

  @Test func readsTheLastRecordWithoutAFinalNewline() throws {
    #expect(try parse("a,b\nc,d") == [record(1, "a", "b"), record(2, "c", "d")])
    #expect(try parse("a,b\n\"c\nd\"") == [record(1, "a", "b"), record(2, "c\nd")])
  }

  @Test func readsNothingFromAnEmptyFile() throws {
    #expect(try parse("").isEmpty)
    #expect(try CSVParser.parse(bytes: [0xEF, 0xBB, 0xBF]).isEmpty)
    #expect(try parse("\n\n").isEmpty)
  }

  @Test func keepsNonASCIITextExact() throws {
    #expect(try parse("£7.6m,“curly” – dash\n") == [record(1, "£7.6m", "“curly” – dash")])
  }

  // MARK: - Rejected

  @Test func reportsAnUnterminatedQuoteOnTheLineItOpened() {
    #expect(throws: CSVError.unterminatedQuote(line: 3)) {
      try parse("a,b\nc,d\ne,\"never closed\nf,g\nh,i\n")
    }
  }

  @Test func rejectsTextAfterAClosingQuote() {
    #expect(throws: CSVError.textAfterClosingQuote(line: 2)) { try parse("a,b\n\"c\"x,d\n") }
    // The line is where the text stands, after a quoted line break.
    #expect(throws: CSVError.textAfterClosingQuote(line: 3)) { try parse("a,b\n\"c\nd\" ,e\n") }
  }

  @Test func rejectsAQuoteInsideAnUnquotedField() {
    #expect(throws: CSVError.quoteInUnquotedField(line: 2)) {
      try parse("a,b\nsaid \"hi\",d\n")
    }
    #expect(throws: CSVError.quoteInUnquotedField(line: 1)) { try parse(" \"a\",b\n") }
  }

  @Test func rejectsInvalidUTF8NamingItsLine() {
    let unquoted = "a,b\nc,d\ne,".bytes + [0xFF, 0x41] + "\n".bytes
    #expect(throws: CSVError.invalidUTF8(line: 3)) { try CSVParser.parse(bytes: unquoted) }
    let quoted = "a,b\nc,\"".bytes + [0xC3, 0x28] + "\"\n".bytes
    #expect(throws: CSVError.invalidUTF8(line: 2)) { try CSVParser.parse(bytes: quoted) }
  }

  @Test func describesEachProblemInOneSentence() {
    #expect(
      CSVError.unterminatedQuote(line: 4).description
        == "a quoted field is never closed (expected a closing \" before the end of the file)")
    #expect(CSVError.invalidUTF8(line: 2).line == 2)
  }
}
