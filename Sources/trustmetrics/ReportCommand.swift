public import ArgumentParser
import Foundation
public import TextCharts
import TrustMetricsCore
public import TrustMetricsReports

/// `trustmetrics report`: one screen per authority of where the workforce and the money are
/// going.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Terminal trend report: each authority's workforce and finance measures with charts.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics report [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--width <width>] [--color <color>] [--ascii]
      [--output <file>] [--force]
      [--entity <entity> ...] [--measure <measure> ...] [--since <since>]
      """,
    discussion: """
      With no flags: every authority that has figures in the datasets, all four workforce \
      measures and spend per child. Per authority: its trusts and their dates; per workforce \
      measure the latest value, the change from the year before and from the first year (▲▼, \
      green when good), a sparkline, rank and quartile band, England, region and \
      statistical-neighbour median; figures reported in the news beside DfE's value for the \
      same census; then the finance block, the same by financial year (FY2016-17 to \
      FY2024-25, cash terms) with no colour for good or bad (band A = the lowest-spending \
      quarter) and notes on joint rows and possible reclassifications; the change since each \
      trust took over. Then bars for the latest year with England marked and line charts over \
      the years.

      --measure picks the measures shown: workforce rates, finance measures or both. --since \
      takes a year (2019: census 2019 and FY2019-20 on) or, for finance, a financial year \
      (FY2019-20).

      Width: --width, else $COLUMNS, else the terminal's width, else 80. Colour: only on a \
      terminal, when NO_COLOR is unset or empty and TERM is not dumb (--color overrides). \
      Formats: text (default), markdown (for papers), json (the numbers), html (one \
      self-contained page for committee papers: SVG charts with their data tables, a line \
      chart per measure for each authority with England dashed and the trust's start marked, \
      citations with links, prints on A4; its stamp takes the date from SOURCE_DATE_EPOCH when \
      set). --output writes a file instead of standard output, as the workbook does: \
      atomically, an existing file kept unless --force; exit 73 when it cannot be created, 74 \
      when writing fails part-way.

      Examples:
        trustmetrics report
        trustmetrics report --entity Sandwell --entity Slough --measure agency \\
          --since 2019
        trustmetrics report --entity Sandwell --measure spend_per_child \\
          --measure looked_after_spend_per_child --since FY2018-19
        trustmetrics report --width 100 --color never --ascii
        trustmetrics report --format markdown > report.md
        trustmetrics report --format html --output out/report.html --force
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var display: DisplayOptions
  @OptionGroup var output: OutputOptions

  @Option(
    help: "An authority, by its council's or trust's name (repeatable); default all with figures.")
  var entity: [String] = []

  @Option(help: MeasureOption.help)
  var measure: [String] = []

  @Option(help: SinceOption.help)
  var since: String?

  func run() throws {
    let measures =
      measure.isEmpty ? TrendReport.defaultMeasures : try MeasureOption.measures(measure)
    let layout = try display.resolved()
    let dataset = try data.load(
      DataOptions.parts(showing: measures, hashed: display.format == .html))
    let since = try SinceOption.year(since, measures: measures, in: dataset.official)
    var codes = TrendReport.authoritiesWithFigures(in: dataset)
    if !entity.isEmpty {
      codes = try entity.map { try EntitySelection.authorityCode($0, in: dataset) }
      var seen = Set<String>()
      codes = codes.filter { seen.insert($0).inserted }
    }
    let report = TrendReport.build(codes: codes, measures: measures, since: since, in: dataset)
    let stamp = try OutputOptions.stamp(for: display.format, dataset: dataset)
    let count = report.authorities.count
    try output.write(
      report.rendered(as: display.format, display: layout, stamp: stamp),
      summary: "\(display.format.rawValue) report, \(count) "
        + (count == 1 ? "authority" : "authorities"))
  }
}

extension ReportFormat: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}

/// The display flags `report` and `chart` share: format, width, colour and ASCII.
struct DisplayOptions: ParsableArguments {
  @Option(help: "Output format: text (terminal), markdown, json or html (one page to print).")
  var format: ReportFormat = .text

  @Option(help: "Line width in columns (at least 20); default $COLUMNS, the terminal, or 80.")
  var width: Int?

  @Option(help: "Colour: auto (a terminal, NO_COLOR unset, TERM not dumb), always or never.")
  var color: ColorMode = .auto

  @Flag(help: "Only printable ASCII, for logs and old terminals.")
  var ascii = false

  /// The width and style to lay out to.
  ///
  /// - Throws: A usage error when `--width` is below 20.
  func resolved() throws -> ReportDisplay {
    if let width, width < 20 {
      throw CommandErrors.usage("--width \(width) is too narrow; expected at least 20 columns")
    }
    let environment = ProcessInfo.processInfo.environment
    let colored =
      format == .text
      && color.isColored(
        isTerminal: TerminalWidth.isStandardOutputTerminal, environment: environment)
    return ReportDisplay(
      width: TerminalWidth.resolved(explicit: width, environment: environment),
      style: RenderStyle(isColored: colored, isASCII: ascii))
  }

}

/// Parses `--since` for `report` and `chart`: a year (`2019`: census 2019 on, and for finance
/// measures FY2019-20 on, the financial year the 30 September 2019 census falls in) or a
/// financial year (`FY2019-20`, `2019-20`) when a finance measure is shown.
enum SinceOption {
  static let help = ArgumentHelp(
    "The first year shown: a year such as 2019 (census 2019, and FY2019-20 for finance "
      + "measures) or, with finance measures, a financial year such as FY2019-20.")

  /// The first year to show, as an integer (a financial year as the year it starts).
  ///
  /// - Parameters:
  ///   - text: The flag's value, or `nil` when not given.
  ///   - measures: The measures shown.
  ///   - statistics: The official statistics.
  /// - Returns: The year, or `nil` when the flag was not given.
  /// - Throws: A usage error when the text is not a year, is a financial year while only
  ///   workforce measures are shown, or leaves every measure without a year.
  static func year(
    _ text: String?, measures: [OfficialMeasure], in statistics: OfficialStatistics
  ) throws -> Int? {
    guard let text else { return nil }
    let year: Int
    if let plain = Int(text) {
      year = plain
    } else if let financial = FinancialYear(parsing: text) {
      if let workforce = measures.first, measures.allSatisfy({ !$0.isFinance }) {
        throw CommandErrors.usage(
          "--since \(text) is a financial year, but \(workforce.rawValue) is counted at the 30 September census; give a year such as \(financial.startYear)"
        )
      }
      year = financial.startYear
    } else {
      throw CommandErrors.usage(
        "--since \"\(text)\" is not a year; expected a year such as 2019 or a financial year such as FY2019-20"
      )
    }
    let available = measures.map { statistics.years(of: $0) }
    let all = available.flatMap { $0 }
    guard let first = all.min(), let last = all.max(), (first...last).contains(year) else {
      var ranges: [String] = []
      let census = measures.filter { !$0.isFinance }.flatMap { statistics.years(of: $0) }
      if let low = census.min(), let high = census.max() {
        ranges.append("\(low)–\(high) (census years)")
      }
      let finance = measures.filter(\.isFinance).flatMap { statistics.years(of: $0) }
      if let low = finance.min(), let high = finance.max() {
        ranges.append(
          "\(FinancialYear(startYear: low)) to \(FinancialYear(startYear: high)) (financial years)"
        )
      }
      throw CommandErrors.usage(
        "--since \(text) is not in the statistics; expected "
          + (ranges.isEmpty ? "a year with data" : ranges.joined(separator: " or ")))
    }
    return year
  }
}
