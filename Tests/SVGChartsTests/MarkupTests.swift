import SVGCharts
import Testing

@Suite struct MarkupTests {
  @Test func escapesEveryCharacterThatCouldOpenMarkup() {
    #expect(
      Markup.escaped(#"<a href="x">Tom & Jerry's</a>"#)
        == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
  }
}
