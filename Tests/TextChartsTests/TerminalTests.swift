import Testing
import TextCharts

@Suite struct TerminalTests {
  @Test(arguments: [
    (ColorMode.auto, true, [String: String](), true),
    (.auto, false, [:], false),
    (.auto, true, ["NO_COLOR": "1"], false),
    (.auto, true, ["NO_COLOR": ""], true),
    (.auto, true, ["TERM": "dumb"], false),
    (.always, false, ["NO_COLOR": "1"], true),
    (.never, true, [:], false),
  ])
  func colourFollowsTheConventions(
    mode: ColorMode, isTerminal: Bool, environment: [String: String], expected: Bool
  ) {
    #expect(mode.isColored(isTerminal: isTerminal, environment: environment) == expected)
  }

  @Test func widthPrefersFlagThenColumnsThenTerminalThenEighty() {
    #expect(TerminalWidth.resolved(explicit: 50, environment: ["COLUMNS": "70"]) { 90 } == 50)
    #expect(TerminalWidth.resolved(explicit: nil, environment: ["COLUMNS": "70"]) { 90 } == 70)
    #expect(TerminalWidth.resolved(explicit: nil, environment: ["COLUMNS": "x"]) { 90 } == 90)
    #expect(TerminalWidth.resolved(explicit: nil, environment: [:]) { nil } == 80)
  }

  @Test func styledTextMeasuresWithoutEscapesAndTruncates() {
    let text = StyledText("▲ +1.2", color: .red) + StyledText(" pp")
    #expect(text.width == 9)
    #expect(text.rendered(colored: true) == "\u{1B}[31m▲ +1.2\u{1B}[0m pp")
    #expect(text.truncated(to: 5).plainText == "▲ +1…")
    #expect(text.truncated(to: 0).plainText == "")
  }

  @Test func wordWrapKeepsWordsAndIndents() {
    let lines = WordWrap.lines("one two three four", width: 9, indent: "  ").map(\.plainText)
    #expect(lines == ["one two", "  three", "  four"])
    let broken = WordWrap.lines("abcdefghij", width: 4).map(\.plainText)
    #expect(broken == ["abcd", "efgh", "ij"])
  }
}
