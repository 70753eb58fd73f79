public import ArgumentParser
import Foundation
public import TextCharts
import TrustMetricsCore
public import TrustMetricsReports

/// `trustmetrics report`: one screen per authority of where the workforce is going.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Terminal trend report: each authority's workforce measures with charts.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics report [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--width <width>] [--color <color>] [--ascii]
      [--entity <entity> ...] [--measure <measure> ...] [--since <since>]
      """,
    discussion: """
      With no flags: every authority that has figures in the datasets, all four workforce \
      measures. Per authority: its trusts and their dates; per measure the latest value, the \
      change from the year before and from the first year (▲▼, green when good), a sparkline, \
      rank and quartile band, England, region and statistical-neighbour median; figures \
      reported in the news beside DfE's value for the same census; the change since each trust \
      took over. Then bars for the latest year with England marked and a line chart over the \
      years.

      Width: --width, else $COLUMNS, else the terminal's width, else 80. Colour: only on a \
      terminal, when NO_COLOR is unset or empty and TERM is not dumb (--color overrides). \
      Formats: text (default), markdown (for papers), json (the numbers).

      Examples:
        trustmetrics report
        trustmetrics report --entity Sandwell --entity Slough --measure agency \\
          --since 2019
        trustmetrics report --width 100 --color never --ascii
        trustmetrics report --format markdown > report.md
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var display: DisplayOptions

  @Option(
    help: "An authority, by its council's or trust's name (repeatable); default all with figures.")
  var entity: [String] = []

  @Option(help: MeasureOption.help)
  var measure: [String] = []

  @Option(help: "The first DfE reporting year shown.")
  var since: Int?

  func run() throws {
    let measures = try MeasureOption.measures(measure)
    let layout = try display.resolved()
    let dataset = try data.load()
    try DisplayOptions.validate(since: since, in: dataset)
    var codes = TrendReport.authoritiesWithFigures(in: dataset)
    if !entity.isEmpty {
      codes = try entity.map { try EntitySelection.authorityCode($0, in: dataset) }
      var seen = Set<String>()
      codes = codes.filter { seen.insert($0).inserted }
    }
    let report = TrendReport.build(codes: codes, measures: measures, since: since, in: dataset)
    try StandardOutput.write(report.rendered(as: display.format, display: layout))
  }
}

extension ReportFormat: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}

/// The display flags `report` and `chart` share: format, width, colour and ASCII.
struct DisplayOptions: ParsableArguments {
  @Option(help: "Output format: text (terminal), markdown or json.")
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

  /// Checks `--since` against the statistics' years.
  static func validate(since: Int?, in dataset: Dataset) throws {
    let years = dataset.workforce.years
    if let since, !years.contains(since) {
      throw CommandErrors.usage(
        "--since \(since) is not in the statistics; expected \(years.first ?? 0)–\(years.last ?? 0)"
      )
    }
  }
}
