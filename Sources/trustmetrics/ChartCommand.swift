public import ArgumentParser
import Foundation
import TrustMetricsCore
public import TrustMetricsReports

extension TrendChart.Kind: ExpressibleByArgument {}

/// `trustmetrics chart`: one measure for chosen authorities as a line chart or bars.
struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Chart one workforce or finance measure for authorities, regions or England.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics chart [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--width <width>] [--color <color>] [--ascii]
      [--output <file>] [--force]
      [--entity <entity> ...] --measure <measure> [--kind <kind>]
      [--since <since>]
      """,
    discussion: """
      A line chart over the years (--kind line, the default) or bars for the latest year \
      (--kind bars), with England alongside (a line, or a marker on the bars). An --entity may \
      be a council or trust (its authority), a region or England. A finance measure is drawn \
      by financial year (FY2016-17 on the axis), in cash terms and without good or bad colours. \
      Same display, format and output flags as report (--format html: one page with the \
      chart as SVG and its data table).

      Examples:
        trustmetrics chart --entity Sandwell --entity Slough --measure agency
        trustmetrics chart --entity Reading --entity "South East" --measure vacancy \\
          --kind bars
        trustmetrics chart --entity BFfC --measure turnover --since 2020 --ascii
        trustmetrics chart --entity Sandwell --entity Slough --measure spend_per_child
        trustmetrics chart --entity Reading --entity "South East" \\
          --measure spend_per_child --since FY2019-20
        trustmetrics chart --entity Sandwell --entity Slough --measure agency \\
          --format html --output agency.html
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var display: DisplayOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "A council, trust, region or England (repeatable, at least one).")
  var entity: [String] = []

  @Option(help: MeasureOption.help)
  var measure: String

  @Option(help: "line (over the years) or bars (the latest year).")
  var kind: TrendChart.Kind = .line

  @Option(help: SinceOption.help)
  var since: String?

  /// What a typed `--entity` draws: a trust, council or region of `entities.csv`, or else any
  /// region DfE publishes (`South East`, `Inner London`), matched ignoring case.
  ///
  /// - Throws: The usage error of `EntitySelection.resolve(_:in:)` when the name is neither.
  static func subject(_ name: String, in dataset: Dataset) throws -> Entity {
    if case .unknown = EntityDirectory(entities: dataset.entities).match(name) {
      let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
      if let region = dataset.workforce.records.first(where: {
        $0.level == .regional && $0.name.lowercased() == wanted
      })?.name {
        return Entity(name: region, kind: .region, region: region)
      }
    }
    return try EntitySelection.resolve(name, in: dataset)
  }

  func run() throws {
    guard !entity.isEmpty else { throw CommandErrors.usage("give at least one --entity NAME") }
    guard let chosen = try MeasureOption.measures([measure]).first else {
      throw CommandErrors.usage("give --measure, one of \(MeasureOption.names)")
    }
    let layout = try display.resolved()
    let dataset = try data.load(
      DataOptions.parts(showing: [chosen], hashed: display.format == .html))
    let since = try SinceOption.year(since, measures: [chosen], in: dataset.official)
    let entities = try entity.map { try Self.subject($0, in: dataset) }
    let chart = TrendChart.build(
      entities: entities, measure: chosen, kind: kind, since: since, in: dataset)
    let stamp = try OutputOptions.stamp(for: display.format, dataset: dataset)
    try output.write(
      chart.rendered(as: display.format, display: layout, stamp: stamp),
      summary: "\(display.format.rawValue) chart (\(kind.rawValue)) of \(chosen.rawValue)")
  }
}
