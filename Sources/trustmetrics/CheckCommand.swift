public import ArgumentParser
import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsData
import TrustMetricsReports

extension CheckScope: ExpressibleByArgument {}

/// `trustmetrics check`: proves every figure against its source and the official statistics.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check every figure's quote, value and derived claim against the sources and DfE.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics check [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--only <only>] [--strict]
      """,
    discussion: """
      quotes: each quote is in its source byte-exact (line and column shown; when missing, the \
      closest passage after normalising typography). values: the number the quote states, read \
      as written, is the figure's value, and the one the quote attaches to the figure's period \
      and body (verified unbound when the quote states several and which one cannot be read). \
      claims: datasets/claims.csv recomputed, each with the rule its word sets. official: \
      workforce figures reconciled with every release of DfE's statistics loaded.

      Exit codes: 0 every quote, value and claim holds; 1 one does not (or, with --strict, a \
      figure disagrees with DfE or a value is unbound); 65 malformed data; 66 missing input.

      Formats: text (default), csv, json.

      Examples:
        trustmetrics check
        trustmetrics check --only claims
        trustmetrics check --strict --format json
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOption

  @Option(help: "Run one family of checks: quotes, values, claims or official.")
  var only: CheckScope?

  @Flag(
    help: "Also fail (exit 1) when a figure disagrees with DfE or a value is verified unbound.")
  var strict = false

  func run() throws {
    let dataset = try data.load(.alwaysRead)
    let scopes = only.map { Set([$0]) } ?? Set(CheckScope.allCases)
    let claims =
      scopes.contains(.claims)
      ? try CommandErrors.run { () throws(DatasetError) in
        try ClaimParser(
          figureIDs: Set(dataset.figures.map(\.id)), sourceNames: Set(dataset.sourceTexts.keys)
        ).load(datasetsDirectory: data.datasets)
      } : []
    let report: CheckReport
    do {
      report = try SourceChecker(dataset: dataset, claims: claims).check(scopes)
    } catch {
      CommandErrors.printError(error.description)
      throw ExitCode(CommandErrors.Code.badData)
    }
    let tally = CheckTally(report)
    try StandardOutput.write {
      CheckListing.write(report, strict: strict, tally: tally, as: output.format, to: $0)
    }
    if tally.fails(strict: strict) { throw ExitCode(CommandErrors.Code.problemsFound) }
  }
}
