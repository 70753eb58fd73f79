import Foundation
import Testing
import TextCharts
import TrustMetricsCore

@testable import TrustMetricsReports

/// The HTML page of the report and of a chart, checked against hand-worked figures of
/// ``ReportFixture`` and against the rules a committee paper needs: self-contained, escaped,
/// accessible, printable.
@Suite struct ReportHTMLTests {
  /// 1,700,000,000 s after 1970-01-01 = 19,675 days (2023-11-14) and 80,000 s (22:13:20).
  static let stamp = ReportStamp(
    dataset: ReportFixture.dataset, generated: Date(timeIntervalSince1970: 1_700_000_000))
  static let html = ReportGoldenTests.report.rendered(
    as: .html, display: ReportDisplay(width: 80), stamp: stamp)

  /// The texts of every match of a pattern's first group.
  static func matches(_ pattern: String, in text: String) throws -> [String] {
    let expression = try NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  @Test func isOneHTML5PageInBritishEnglishThatRequestsNothing() throws {
    let html = Self.html
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
    #expect(html.contains("default-src 'none'; style-src 'unsafe-inline'"))
    for loader in [
      "<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "url(", "@import",
    ] {
      #expect(!html.contains(loader), "\(loader)")
    }
    #expect(try Self.matches(#"\b((?i:nan|inf|infinity))\b"#, in: html).isEmpty)
  }

  @Test func theStampIsUnderTheTitleWithTheWorkbooksContentHash() throws {
    #expect(Self.html.contains("Generated 2023-11-14 22:13 UTC by TrustMetrics."))
    let hash = AboutSheet.contentHash(of: ReportFixture.dataset)
    #expect(Self.stamp.contentHash == hash)
    #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
    #expect(Self.html.contains("(SHA-256): <code>\(hash)</code>"))
    var changed = ReportFixture.dataset
    changed.figures[0].value = 25
    #expect(ReportStamp(dataset: changed, generated: Date()).contentHash != hash)
  }

  @Test(arguments: [
    ("1700000000", 1_700_000_000.0), ("0", 0), ("253402300799", 253_402_300_799),
  ])
  func sourceDateEpochGivesTheMoment(text: String, seconds: Double) {
    #expect(
      ReportStamp.generationDate(sourceDateEpoch: text, now: Date())
        == Date(timeIntervalSince1970: seconds))
  }

  @Test(arguments: ["", "abc", "-1", "1.5", " 1", "253402300800", "99999999999999999999"])
  func aMalformedSourceDateEpochIsRefused(text: String) {
    #expect(ReportStamp.generationDate(sourceDateEpoch: text, now: Date()) == nil)
  }

  @Test func withoutSourceDateEpochTheMomentIsNow() {
    let now = Date(timeIntervalSince1970: 1_234_567_890)
    #expect(ReportStamp.generationDate(sourceDateEpoch: nil, now: now) == now)
    #expect(
      ReportStamp(generated: now, contentHash: "").generatedText == "2009-02-13 23:31 UTC")
  }

  @Test func eachAuthorityIsASectionThatStartsAPrintedPage() throws {
    let sections = try Self.matches(#"<section id="s-\d+" class="(\w+)""#, in: Self.html)
    #expect(sections == ["authority", "authority", "comparison", "notes"])
    #expect(Self.html.contains(#"<h2 id="s-1-h">Alpha (100, North)</h2>"#))
    #expect(Self.html.contains(#"<h2 id="s-2-h">Beta Borough (200, London)</h2>"#))
    #expect(Self.html.contains("section.authority, section.comparison { break-before: page; }"))
    #expect(
      Self.html.contains("figure.chart, svg, .chart-grid figure.chart { break-inside: avoid; }"))
    #expect(Self.html.contains("@page { size: A4;"))
    // The contents list every section, each link to an id on the page.
    for index in 1...4 { #expect(Self.html.contains("<li><a href=\"#s-\(index)\">")) }
  }

  @Test func headingsComeInOrder() throws {
    let levels = try Self.matches("<h([1-6])[ >]", in: Self.html).compactMap { Int($0) }
    #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
    for (previous, next) in zip(levels, levels.dropFirst()) {
      #expect(next <= previous + 1, "h\(previous) then h\(next)")
    }
    #expect(Self.html.contains("<h3>Workforce by census year (30 September), 2019–2023</h3>"))
    #expect(
      Self.html.contains(
        "<h3>Finance by financial year (April to March, cash terms), FY2018-19 to FY2020-21</h3>"))
  }

  @Test func everyPictureHasATitleADescriptionAndChartsADataTable() {
    let html = Self.html
    let pictures = html.components(separatedBy: "<svg ").count - 1
    // Per authority 4 workforce and 1 finance line chart and 5 sparklines; then 5 bars and 2
    // line charts of both authorities.
    #expect(pictures == 2 * 5 + 2 * 5 + 5 + 2)
    #expect(html.components(separatedBy: "</title><desc id=").count - 1 == pictures)
    let figures = html.components(separatedBy: "<figure class=\"chart").count - 1
    #expect(figures == 2 * 5 + 5 + 2)
    #expect(html.components(separatedBy: "<details>\n<summary>Data table: ").count - 1 == figures)
  }

  @Test func anAuthoritysLineChartIsDrawnWithEnglandDashedAndTheTrustsStartMarked() {
    let html = Self.html
    // Alpha, agency: DfE 30.0, 31.5, 27.0, 22.5, 18.0; England 15.5 falling 0.5 a year.
    #expect(
      html.contains(
        "<desc id=\"fig-1-desc\">Alpha: agency rate by census year, 2019 to 2023, beside England "
          + "(dashed line). Alpha: 30.0% in 2019, 18.0% in 2023. England: 15.5% in 2019, 13.5% in "
          + "2023. Alpha Children&#39;s Trust took over in 2020-11.</desc>"))
    for (year, alpha, england) in [
      (2019, "30.0%", "15.5%"), (2020, "31.5%", "15.0%"), (2021, "27.0%", "14.5%"),
      (2022, "22.5%", "14.0%"), (2023, "18.0%", "13.5%"),
    ] {
      #expect(
        html.contains(
          "<tr><th scope=\"row\">\(year)</th><td class=\"num\">\(alpha)</td>"
            + "<td class=\"num\">\(england)</td></tr>"))
    }
    // November 2020 lies inside the census years, 13 months after the first census: marked.
    #expect(html.contains(">Trust from 2020-11</text>"))
    #expect(html.contains("stroke-dasharray=\"7 4\""))
    // The finance years (FY2018-19 to FY2020-21, drawn at their middles, October 2018 to
    // October 2020) end before November 2020: not marked, said so.
    #expect(
      html.contains(
        "Alpha: £1,000 in FY2018-19, £1,200 in FY2020-21. England: £1,000 in FY2018-19, "
          + "£1,100 in FY2020-21. Alpha Children&#39;s Trust took over in 2020-11, outside the "
          + "years shown.</desc>"))
    // Beta Borough's suppressed 2021 agency rate is its marker in the data table; no 2019 row.
    #expect(html.contains("<tr><th scope=\"row\">2021</th><td class=\"num\">c</td>"))
    #expect(html.contains("<tr><th scope=\"row\">2019</th><td class=\"num\">–</td>"))
  }

  @Test(arguments: [
    (OfficialMeasure.agency, 2023, 0.0), (.agency, 2023, 1.0), (.spendPerChild, 2018, 2.0),
  ])
  func aDateStandsAtItsMonthsAfterTheFirstOctober(
    measure: OfficialMeasure, firstYear: Int, expected: Double
  ) {
    // 1 October 2023 is the 2023 census point; 1 October 2024 one year on; 1 October 2020
    // the middle of FY2020-21, two financial years after FY2018-19's.
    let date =
      expected == 1.0
      ? PartialDate(year: 2024, month: 10, day: 1)
      : expected == 2.0
        ? PartialDate(year: 2020, month: 10, day: 1) : PartialDate(year: 2023, month: 10, day: 1)
    #expect(abs(TrendReport.axisPosition(of: date, firstYear: firstYear) - expected) < 1e-9)
    // November 2020 from 2019: 13 months on.
    #expect(
      abs(
        TrendReport.axisPosition(of: PartialDate(year: 2020, month: 11), firstYear: 2019)
          - 13.0 / 12) < 1e-9)
    // A year alone counts from January: 2018 from 2017 is 3 months on.
    #expect(
      abs(TrendReport.axisPosition(of: PartialDate(year: 2018), firstYear: 2017) - 0.25) < 1e-9)
  }

  @Test func sparklinesSayTheirValuesAndTheBarsTheirRange() {
    let html = Self.html
    #expect(
      html.contains(
        "<desc id=\"spark-1-desc\">Trend of agency rate: 2019 30.0%, 2020 31.5%, 2021 27.0%, "
          + "2022 22.5%, 2023 18.0%.</desc>"))
    // 2023 agency: Alpha 18.0%, Beta Borough 7.25 (7.3%, published to one place), England 13.5%.
    #expect(
      html.contains(
        "Agency rate in 2023 for 2 authorities, England (13.5%) marked by a dashed line. Highest: "
          + "Alpha, 18.0%; lowest: Beta Borough, 7.3%. Each bar&#39;s quartile band is written "
          + "as a letter after its value.</desc>"))
    // The band is a letter in the table, bold, never colour alone.
    #expect(html.contains("<td><strong><span class=\"c-cyan\">B</span></strong></td>"))
  }

  @Test func newsFiguresCarryTheirCitation() {
    #expect(
      Self.html.contains(
        "<li><span class=\"mark\" aria-hidden=\"true\">◆</span> Agency rate 24.5% for 2021-09 "
          + "(census 2021); DfE 27.0% (reported -2.5). Fixture Weekly, 2022-01-05, “Alpha&#39;s "
          + "trust two years on” [alpha-agency-rate-2021-09]</li>"))
  }

  @Test func namesQuotesAndLinksAreEscapedAndOnlyWebLinksKept() throws {
    var dataset = ReportFixture.dataset
    dataset.workforce = WorkforceStatistics(
      records: dataset.workforce.records.map { record in
        var record = record
        if record.laCode == "100" { record.name = "Alpha <b>&amp;</b> \"Co\"" }
        return record
      })
    dataset.sources[0].url = "javascript:alert('x')"
    dataset.sources[0].title = "Headline </li><script>alert(1)</script>"
    let unsafe = TrendReport.build(
      codes: ["100"], measures: [.agency], in: dataset
    ).rendered(as: .html, display: ReportDisplay(width: 80))
    #expect(unsafe.contains("Alpha &lt;b&gt;&amp;amp;&lt;/b&gt; &quot;Co&quot; (100, North)"))
    #expect(unsafe.contains("Headline &lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!unsafe.contains("<script") && !unsafe.contains("javascript:"))
    #expect(!unsafe.contains("<b>"))

    dataset.sources[0].url = "https://example.org/news?id=1&page=2"
    let linked = TrendReport.build(codes: ["100"], measures: [.agency], in: dataset)
      .rendered(as: .html, display: ReportDisplay(width: 80))
    #expect(
      linked.contains(
        "<a href=\"https://example.org/news?id=1&amp;page=2\">"
          + "https://example.org/news?id=1&amp;page=2</a></li>"))
  }

  /// WCAG 2 contrast ratio, written out here as the oracle.
  static func contrast(_ first: String, _ second: String) -> Double {
    func luminance(_ hex: String) -> Double {
      let digits = Array(hex.dropFirst())
      let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
        let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  @Test func everyTextColourHasContrastOfAtLeast4Point5OnItsBackgrounds() throws {
    let style = try #require(
      Self.html.components(separatedBy: "<style>").last?
        .components(separatedBy: "</style>").first)
    let colors = Set(try Self.matches(#"(?:^|[\s;{])color: (#[0-9a-f]{6})"#, in: style))
    // Body, notes, links and the six colours arrows and bands use, and grey.
    #expect(colors.count >= 9)
    let backgrounds = Set(try Self.matches(#"background: (#[0-9a-f]{6})"#, in: style))
    #expect(backgrounds == ["#ffffff", "#f0f0f0"])
    for color in colors {
      for background in backgrounds {
        #expect(Self.contrast(color, background) >= 4.5, "\(color) on \(background)")
      }
    }
    // Text drawn in the pictures.
    for fill in Set(try Self.matches(#"<g font-size="13" fill="(#[0-9a-f]{6})""#, in: Self.html)) {
      #expect(Self.contrast(fill, "#ffffff") >= 4.5, "\(fill)")
    }
  }

  @Test func aChartPageHasItsPictureDataTableNotesAndStamp() throws {
    let chart = ReportGoldenTests.chart(.line, measure: .spendPerChild)
    let html = chart.rendered(as: .html, display: ReportDisplay(width: 80), stamp: Self.stamp)
    #expect(html.contains("<h1>Spend per child (£ per child), FY2018-19 to FY2020-21</h1>"))
    #expect(html.components(separatedBy: "<svg ").count == 2)
    #expect(html.contains("<title id=\"fig-1-title\">Spend per child (£ per child), FY2018-19"))
    // Alpha £1,000 / £1,100 / £1,200; England £1,000 / £1,050 / £1,100.
    #expect(
      html.contains(
        "<tr><th scope=\"row\">FY2019-20</th><td class=\"num\">£1,100</td>"))
    #expect(html.contains("<h2 id=\"s-1-h\">Notes and sources</h2>"))
    #expect(html.contains(WorkforceStatistics.attribution))
    #expect(html.contains("Generated 2023-11-14 22:13 UTC"))
    let bars = ReportGoldenTests.chart(.bars).rendered(
      as: .html, display: ReportDisplay(width: 80), stamp: Self.stamp)
    #expect(bars.contains("class=\"chart bar-chart\""))
    // Workforce alone: the page names DfE before the licence (the terminal keeps the licence).
    #expect(
      bars.contains(
        "<p class=\"note\">Sources: DfE (children&#39;s social work workforce census, statistical "
          + "neighbours).</p>\n<p class=\"note\">\(WorkforceStatistics.attribution)</p>"))
    #expect(
      !ReportGoldenTests.chart(.bars).rendered(as: .text, display: ReportDisplay(width: 80))
        .contains("Sources: DfE"))
    #expect(bars.contains("stroke-dasharray=\"5 3\""))
  }

  @Test func textAndMarkdownLeaveThePicturesOut() {
    let text = ReportGoldenTests.report.rendered(as: .text, display: ReportDisplay(width: 80))
    let markdown = ReportGoldenTests.report.rendered(
      as: .markdown, display: ReportDisplay(width: 80))
    for output in [text, markdown] {
      #expect(!output.contains("<svg") && !output.contains("Trust from 2020-11"))
      #expect(!output.contains("Notes and sources"))
      #expect(!output.contains("Workforce by census year"))
    }
  }
}
