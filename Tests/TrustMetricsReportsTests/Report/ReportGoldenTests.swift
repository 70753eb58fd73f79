import Foundation
import Testing
import TextCharts
import TrustMetricsCore
import TrustMetricsReports

/// Golden-file (snapshot) tests of the trend report and the charts, over the hand-made
/// ``ReportFixture`` (workforce) and ``ReportFinanceFixture`` (finance).
///
/// Each rendering is compared with `Tests/TrustMetricsReportsTests/Golden/<name>.txt`, plain
/// text committed and reviewed by eye; colour escapes are written `\e[...m` so they can be read.
/// To re-record after a deliberate change, run
/// `RECORD_GOLDEN=1 swift test --filter ReportGoldenTests` and review `git diff`.
@Suite struct ReportGoldenTests {
  static let goldenDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

  /// The default report: the four workforce rates and the finance block (spend per child).
  static let report = TrendReport.build(
    codes: TrendReport.authoritiesWithFigures(in: ReportFixture.dataset) + ["200"],
    measures: TrendReport.defaultMeasures, in: ReportFixture.dataset)

  /// A finance-only report: spend per child and safeguarding spend per child (whose series
  /// breaks for Alpha).
  static let financeReport = TrendReport.build(
    codes: ["100", "200"], measures: [.spendPerChild, .safeguardingSpendPerChild],
    in: ReportFixture.dataset)

  static func chart(_ kind: TrendChart.Kind, measure: OfficialMeasure = .agency) -> TrendChart {
    let dataset = ReportFixture.dataset
    let entities = ["Alpha", "Beta Borough", "North"].compactMap { dataset.entity(named: $0) }
    return TrendChart.build(entities: entities, measure: measure, kind: kind, in: dataset)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var width: Int
    var style: RenderStyle
    var format: ReportFormat
    var subject: String

    var testDescription: String { name }

    func rendered() -> String {
      let display = ReportDisplay(width: width, style: style)
      switch subject {
      case "report": return ReportGoldenTests.report.rendered(as: format, display: display)
      case "finance-report":
        return ReportGoldenTests.financeReport.rendered(as: format, display: display)
      case "bars": return ReportGoldenTests.chart(.bars).rendered(as: format, display: display)
      case "finance-line":
        return ReportGoldenTests.chart(.line, measure: .spendPerChild)
          .rendered(as: format, display: display)
      case "finance-bars":
        return ReportGoldenTests.chart(.bars, measure: .safeguardingSpendPerChild)
          .rendered(as: format, display: display)
      default: return ReportGoldenTests.chart(.line).rendered(as: format, display: display)
      }
    }
  }

  static let cases: [Case] =
    ["report", "line", "bars"].flatMap { subject in
      [60, 80, 120].flatMap { width in
        [
          Case(
            name: "\(subject)-\(width)", width: width, style: .plain, format: .text,
            subject: subject),
          Case(
            name: "\(subject)-\(width)-color", width: width, style: .init(isColored: true),
            format: .text, subject: subject),
          Case(
            name: "\(subject)-\(width)-ascii", width: width, style: .init(isASCII: true),
            format: .text, subject: subject),
        ]
      }
        + [
          Case(
            name: "\(subject)-markdown", width: 80, style: .plain, format: .markdown,
            subject: subject),
          Case(name: "\(subject)-json", width: 80, style: .plain, format: .json, subject: subject),
        ]
    }
    + ["finance-report", "finance-line", "finance-bars"].flatMap { subject in
      [
        Case(name: "\(subject)-80", width: 80, style: .plain, format: .text, subject: subject),
        Case(
          name: "\(subject)-60-ascii", width: 60, style: .init(isASCII: true), format: .text,
          subject: subject),
        Case(
          name: "\(subject)-120-color", width: 120, style: .init(isColored: true),
          format: .text, subject: subject),
        Case(
          name: "\(subject)-markdown", width: 80, style: .plain, format: .markdown,
          subject: subject),
        Case(name: "\(subject)-json", width: 80, style: .plain, format: .json, subject: subject),
      ]
    }

  @Test(arguments: cases)
  func renderingMatchesItsGoldenFile(_ golden: Case) throws {
    let output = golden.rendered()
    let visible = output.replacingOccurrences(of: "\u{1B}", with: "\\e")
    let file = Self.goldenDirectory.appendingPathComponent(golden.name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        at: Self.goldenDirectory, withIntermediateDirectories: true)
      try visible.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(visible == expected, "re-record with RECORD_GOLDEN=1 if the change is deliberate")
  }

  /// The HTML pages: the report, the finance report and the four charts, stamped with the
  /// moment `SOURCE_DATE_EPOCH=1700000000` gives and the fixture's content hash.
  static let htmlCases: [Case] = [
    "report", "finance-report", "line", "bars", "finance-line", "finance-bars",
  ].map { Case(name: $0, width: 80, style: .plain, format: .html, subject: $0) }

  @Test(arguments: htmlCases)
  func htmlMatchesItsGoldenFile(_ golden: Case) throws {
    let stamp = ReportStamp(
      dataset: ReportFixture.dataset, generated: Date(timeIntervalSince1970: 1_700_000_000))
    let display = ReportDisplay(width: golden.width)
    let output: String
    switch golden.subject {
    case "report": output = Self.report.rendered(as: .html, display: display, stamp: stamp)
    case "finance-report":
      output = Self.financeReport.rendered(as: .html, display: display, stamp: stamp)
    case "bars": output = Self.chart(.bars).rendered(as: .html, display: display, stamp: stamp)
    case "finance-line":
      output = Self.chart(.line, measure: .spendPerChild)
        .rendered(as: .html, display: display, stamp: stamp)
    case "finance-bars":
      output = Self.chart(.bars, measure: .safeguardingSpendPerChild)
        .rendered(as: .html, display: display, stamp: stamp)
    default: output = Self.chart(.line).rendered(as: .html, display: display, stamp: stamp)
    }
    let file = Self.goldenDirectory.appendingPathComponent(golden.name + ".html")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try output.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(output == expected, "re-record with RECORD_GOLDEN=1 if the change is deliberate")
  }

  @Test(arguments: cases.filter { $0.format == .text })
  func noLineIsWiderThanTheWidth(_ golden: Case) {
    for line in golden.rendered().split(separator: "\n") {
      let plain = line.replacingOccurrences(
        of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
      #expect(DisplayWidth.of(plain) <= golden.width, "\(line)")
    }
  }

  @Test(arguments: cases.filter { !$0.style.isColored })
  func plainRenderingsCarryNoEscapes(_ golden: Case) {
    #expect(!golden.rendered().contains("\u{1B}"))
  }

  @Test(arguments: cases.filter { $0.style.isASCII })
  func asciiRenderingsArePrintableASCII(_ golden: Case) {
    #expect(golden.rendered().unicodeScalars.allSatisfy { $0.isASCII })
  }
}
