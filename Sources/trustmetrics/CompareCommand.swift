import ArgumentParser
import TrustMetricsCore
import TrustMetricsReports

/// `trustmetrics compare`: an authority against England, its region and its neighbours.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare an authority with England, its region and its statistical neighbours.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics compare [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--entity <entity>] [--all-trusts]
      [--measure <measure> ...] [--year <year> ...]
      """,
    discussion: """
      Uses DfE's published rates (FTE basis). For each measure and year: the authority's value, \
      England, the region (London boroughs compare with London), the mean and median of its ten \
      statistical neighbours, its rank among all authorities (1 = best) and its LAIT quartile \
      band. Suppressed values are left out and counted. Formats: text (default), csv, json.

      Examples:
        trustmetrics compare --entity Sandwell
        trustmetrics compare --entity "Brighter Futures for Children" \\
          --measure agency --year 2019 --year 2025
        trustmetrics compare --entity Slough --format csv
        trustmetrics compare --all-trusts
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOption

  @Option(help: "A trust or council (a trust means the authority it serves).")
  var entity: String?

  @Flag(help: "Compare the authority of every trust in datasets/trusts.csv.")
  var allTrusts = false

  @Option(help: WorkforceMeasureOption.help)
  var measure: [String] = []

  @Option(help: "A DfE reporting year (repeatable); default the latest.")
  var year: [Int] = []

  func run() throws {
    let measures = try WorkforceMeasureOption.measures(measure)
    guard (entity != nil) != allTrusts else {
      throw CommandErrors.usage("give either --entity NAME or --all-trusts")
    }
    let dataset = try data.load()
    var codes = WorkforceViews.trustAuthorityCodes(in: dataset)
    if let entity { codes = [try EntitySelection.authorityCode(entity, in: dataset)] }
    let years = dataset.workforce.years
    if let missing = year.first(where: { !years.contains($0) }) {
      throw CommandErrors.usage(
        "--year \(missing) is not in the statistics; expected \(years.first ?? 0)–\(years.last ?? 0)"
      )
    }
    let listing = WorkforceViews.comparisons(
      codes: codes, measures: measures, years: year, in: dataset)
    try StandardOutput.write { listing.write(as: output.format, to: $0) }
  }
}
