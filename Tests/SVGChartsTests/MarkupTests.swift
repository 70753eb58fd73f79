import SVGCharts
import Testing

@Suite struct MarkupTests {
  @Test func escapesEveryCharacterThatCouldOpenMarkup() {
    #expect(
      Markup.escaped(#"<a href="x">Tom & Jerry's</a>"#)
        == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    #expect(Markup.escaped("Children’s £1,203 – ◆") == "Children’s £1,203 – ◆")
  }

  @Test func dropsControlCharactersHTMLForbids() {
    #expect(Markup.escaped("a\u{0}b\u{7}c\u{1B}[31md\u{85}e\u{FFFE}f\tg\nh") == "abc[31mdef\tg\nh")
  }

  @Test(arguments: [
    ("https://www.example.org/a?b=1&c=2", "https://www.example.org/a?b=1&amp;c=2"),
    ("http://example.org", "http://example.org"),
    ("  HTTPS://example.org/x  ", "HTTPS://example.org/x"),
  ])
  func linksOnlyAbsoluteWebAddresses(address: String, expected: String) {
    #expect(Markup.linkAddress(address) == expected)
  }

  @Test(arguments: [
    "javascript:alert(1)", "data:text/html,<b>x</b>", "/relative/path", "example.org",
    "http://", "https://exa mple.org", "ftp://example.org/file", "file:///etc/passwd",
    "https://example.org/\"onmouseover=x", "",
  ])
  func refusesEveryOtherAddress(address: String) {
    #expect(Markup.linkAddress(address) == nil)
  }

  @Test(arguments: [
    (12.04, "12"), (12.06, "12.1"), (0, "0"), (-0.04, "0"), (-1.5, "-1.5"), (-0.5, "-0.5"),
    (230, "230"), (310.08, "310.1"), (Double.nan, "0"), (Double.infinity, "0"), (1e15, "0"),
  ])
  func coordinatesHaveOneDecimalPlaceAtMost(value: Double, expected: String) {
    #expect(Markup.number(value) == expected)
  }

  @Test func axisLabelsTakeTheirUnitAndGroupThousands() {
    let money = AxisFormat(prefix: "£", groupsThousands: true)
    #expect(money.label("1500") == "£1,500")
    #expect(money.label("-2500.5") == "-£2,500.5")
    #expect(money.label("0") == "£0")
    #expect(money.label("1e+15") == "£1e+15")
    #expect(AxisFormat(suffix: "%").label("12.5") == "12.5%")
    #expect(AxisFormat.plain.label("1234") == "1234")
  }
}
