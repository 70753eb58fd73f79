import ArgumentParser
import TrustMetricsCore
import TrustMetricsReports

/// `trustmetrics before-after`: workforce change over each trust's spell, beside comparators.
struct BeforeAfterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "before-after",
    abstract: "Workforce change since a trust took over, beside England, region and neighbours.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics before-after [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--trust <trust>] [--measure <measure> ...]
      """,
    discussion: """
      For each trust in datasets/trusts.csv: the change in each workforce measure from the last \
      census before it took over (or the first year available, said so) to the latest (or the \
      last before services returned), beside the same change for England, the region and the \
      statistical-neighbour median. A descriptive difference-in-differences, not a causal \
      estimate. Formats: text (default), csv, json.

      Examples:
        trustmetrics before-after
        trustmetrics before-after --trust "Sandwell Children's Trust" \\
          --measure agency
        trustmetrics before-after --format json
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOption

  @Option(help: "Only this trust (name or alias, e.g. BFfC).")
  var trust: String?

  @Option(help: MeasureOption.help)
  var measure: [String] = []

  func run() throws {
    let measures = try MeasureOption.measures(measure)
    let dataset = try data.load(DataOptions.parts(showing: measures))
    var trusts = Set<String>()
    if let trust {
      let entity = try EntitySelection.resolve(trust, in: dataset)
      guard entity.kind == .trust else {
        throw CommandErrors.usage(
          "--trust \"\(entity.name)\" is a \(entity.kind.rawValue), not a trust")
      }
      trusts.insert(entity.name)
    }
    let listing = WorkforceViews.beforeAfter(trusts: trusts, measures: measures, in: dataset)
    try StandardOutput.write { listing.write(as: output.format, to: $0) }
  }
}
