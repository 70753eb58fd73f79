import ArgumentParser
import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsData
import TrustMetricsReports

/// `trustmetrics fact-check`: compares the numbers of any text with the official statistics.
struct FactCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fact-check",
    abstract: "Compare the numbers of an article, minutes or report with DfE's statistics.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics fact-check [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] <file> [--date <date>]
      """,
    discussion: """
      Every number proposed from the file (as extract proposes them) is read for its body, \
      measure and period from its sentence's structure, then compared with its official \
      counterpart: workforce rates and caseloads by census year, in every release of DfE's \
      statistics loaded (the current one and the reporting-year-2022 release). Verdicts: \
      agrees, agrees within rounding, agrees on other basis, agrees with earlier release (DfE \
      revised the value since), disagrees (both values and the difference), no counterpart \
      (why). The text's date (--date, else the first full date written in it) shows which \
      releases it could have seen.

      Exit codes: 0 it ran (a disagreement is a finding, not a failure); 64 a bad --date; 65 \
      the file is not UTF-8 text, or a dataset is malformed; 66 the file or a dataset is \
      missing or unreadable.

      Formats: text (default), csv, json.

      Examples:
        trustmetrics fact-check article.txt
        trustmetrics fact-check minutes.txt --date 2022-07-06 --format json
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOption

  @Argument(help: "The text file to read (UTF-8).")
  var file: String

  @Option(help: "When the text was written, YYYY-MM-DD (default: the first full date in it).")
  var date: String?

  func run() throws {
    let written = try date.map { text -> PartialDate in
      guard let parsed = PartialDate(parsing: text), parsed.day != nil else {
        throw CommandErrors.usage("--date \"\(text)\" is not a date; expected YYYY-MM-DD")
      }
      return parsed
    }
    let text = try TextInput.read(file)
    let dataset = try data.load(.all)
    let report = FactChecker(
      dataset: dataset,
      financeFiles: [
        .section251: DatasetLoader.section251File,
        .revenueOutturn: DatasetLoader.revenueOutturnFile,
      ]
    ).check(text, date: written)
    try StandardOutput.write { FactCheckListing.write(report, as: output.format, to: $0) }
  }
}
