import Testing
import TextCharts

@Suite struct TextTableTests {
  func table() throws -> TextTable {
    try TextTable(
      columns: [
        .init("Name", minimumWidth: 4), .init("Value", alignment: .right),
        .init("Note", priority: 1),
      ],
      rows: [
        ["極速", "1.5", "wide"], ["e\u{301}clair", "12.25", "combining"],
      ])
  }

  @Test func alignsByDisplayWidth() throws {
    let lines = try table().lines(width: nil).map(\.plainText)
    #expect(
      lines == [
        "Name    Value  Note",
        "──────  ─────  ─────────",
        "極速      1.5  wide",
        "éclair  12.25  combining",
      ])
  }

  @Test func dropsLowPriorityColumnsThenTruncates() throws {
    let narrow = try table().lines(width: 15).map(\.plainText)
    #expect(narrow[0] == "Name    Value")
    let narrower = try table().lines(width: 11).map(\.plainText)
    #expect(narrower[3] == "écl…  12.25")
    #expect(narrower.allSatisfy { DisplayWidth.of($0) <= 11 })
  }

  @Test(arguments: [1, 3, 8])
  func veryNarrowWidthsAreHonoured(width: Int) throws {
    #expect(try table().lines(width: width).allSatisfy { $0.width <= width })
  }

  @Test func markdownEscapesPipesAndAlignsNumbersRight() throws {
    let table = try TextTable(
      columns: [.init("A|B"), .init("N", alignment: .right)], rows: [["x|y", "1"]])
    #expect(table.markdown() == ["| A\\|B | N |", "| --- | ---: |", "| x\\|y | 1 |"])
  }

  @Test func refusesRaggedRows() {
    #expect(throws: ChartError.rowLengthMismatch(row: 0, expected: 2, actual: 1)) {
      try TextTable(columns: [.init("a"), .init("b")], rows: [["only"]])
    }
  }
}
