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
      Workforce measures use DfE's published rates (FTE basis); finance measures DfE's section \
      251 outturn, MHCLG's RO3 return and ONS's children aged 0-17, by financial year. For each \
      measure and year: the authority's value, England, the region (London boroughs compare \
      with London), the mean and median of its ten statistical neighbours, its rank among all \
      authorities (1 = the lowest value) and its LAIT quartile band (A = the lowest quarter; \
      for spend, neutral: no better or worse). Missing values are left out and counted. \
      Formats: text (default), csv, json.

      Examples:
        trustmetrics compare --entity Sandwell
        trustmetrics compare --entity "Brighter Futures for Children" \\
          --measure agency --year 2019 --year 2025
        trustmetrics compare --entity Slough --format csv
        trustmetrics compare --all-trusts
        trustmetrics compare --entity Bradford --measure spend_per_child \\
          --year FY2024-25
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOption

  @Option(help: "A trust or council (a trust means the authority it serves).")
  var entity: String?

  @Flag(help: "Compare the authority of every trust in datasets/trusts.csv.")
  var allTrusts = false

  @Option(help: MeasureOption.help)
  var measure: [String] = []

  @Option(help: YearOption.help)
  var year: [String] = []

  func run() throws {
    let measures = try MeasureOption.measures(measure)
    guard (entity != nil) != allTrusts else {
      throw CommandErrors.usage("give either --entity NAME or --all-trusts")
    }
    let dataset = try data.load(DataOptions.parts(showing: measures))
    var codes = WorkforceViews.trustAuthorityCodes(in: dataset)
    if let entity { codes = [try EntitySelection.authorityCode(entity, in: dataset)] }
    let years = try YearOption.years(year, measures: measures, in: dataset.official)
    let listing = WorkforceViews.comparisons(
      codes: codes, measures: measures, years: years, in: dataset)
    try StandardOutput.write { listing.write(as: output.format, to: $0) }
  }
}
