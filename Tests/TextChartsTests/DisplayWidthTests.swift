import Testing
import TextCharts

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("£7.6m", 5), ("極速", 4), ("e\u{301}", 1), ("", 0), ("▁▂▃", 3),
  ])
  func widthCountsTerminalColumns(text: String, expected: Int) {
    // Wide CJK characters take two columns; a combining acute accent takes none.
    #expect(DisplayWidth.of(text) == expected)
  }

  @Test func paddingUsesDisplayWidth() {
    #expect(DisplayWidth.padded("極", to: 4) == "極  ")
    #expect(DisplayWidth.padded("5", to: 3, alignRight: true) == "  5")
  }
}
