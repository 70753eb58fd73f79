import ArgumentParser
import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsData
import TrustMetricsReports
import XlsxWriter

/// `trustmetrics workbook`: the finance and workforce comparison workbook (.xlsx).
struct WorkbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbook",
    abstract: "Write the finance and workforce comparison workbook (.xlsx).",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics workbook [--datasets <datasets>] [--seeds <seeds>]
      --output <file> [--force] [--entity <name> ...]
      [--discount-rate <discount-rate>] [--years <years>] [--constant-memory]
      """,
    discussion: """
      Sheets: About, Summary, Workforce, Finance, Insourcing, Figures, Sources. Formulas are \
      live and carry their computed values; the Insourcing sheet's NPVs and paybacks refer to \
      the named cells DiscountRate and Horizon (change them in Excel or LibreOffice and \
      everything recalculates). Native charts carry titles, axis titles and alt text.

      The file is written beside its destination under a temporary name and renamed into \
      place: an existing file is kept unless --force, which replaces it atomically. Exit 73 \
      when the output cannot be created (missing or read-only directory, or an existing file \
      without --force), 74 when writing fails part-way; nothing is left behind either way.

      Examples:
        trustmetrics workbook --output out/trustmetrics.xlsx
        trustmetrics workbook --output sandwell.xlsx \\
          --entity Sandwell --entity Birmingham
        trustmetrics workbook --output out/trustmetrics.xlsx --force \\
          --discount-rate 3 --years 10
      """
  )

  @OptionGroup var data: DataOptions

  @Option(help: ArgumentHelp("The .xlsx file to write.", valueName: "file"))
  var output: String

  @Flag(help: "Replace the output file if it exists (atomically).")
  var force = false

  @Option(
    help: ArgumentHelp(
      "An authority in scope: a council or trust (repeatable). Default: every authority with a figure in the datasets.",
      valueName: "name"))
  var entity: [String] = []

  @Option(help: "The starting discount rate in percent (the DiscountRate cell), e.g. 3.5 or 3.5%.")
  var discountRate: String = "3.5"

  @Option(help: "The starting horizon in years (the Horizon cell), 1–100.")
  var years: Int = 5

  @Flag(
    help:
      "Write rows in order with constant memory (autofilters instead of tables); automatic past 100,000 figures."
  )
  var constantMemory = false

  func run() throws {
    guard output.lowercased().hasSuffix(".xlsx"), output.count > 5 else {
      throw CommandErrors.usage("--output \"\(output)\" must name a file ending in .xlsx")
    }
    let rate = try DiscountRateOption.fraction(discountRate)
    guard (1...100).contains(years) else {
      throw CommandErrors.usage("--years \(years) is out of range; give 1 to 100")
    }
    let dataset = try data.load(.all)
    var codes: [String]?
    if !entity.isEmpty {
      codes = try entity.map { try EntitySelection.authorityCode($0, in: dataset) }
    }
    var options = WorkbookOptions(
      authorityCodes: codes, discountRate: rate, horizonYears: years,
      constantMemory: constantMemory, datasetsDirectory: data.datasets,
      seedsDirectory: data.seeds)
    do {
      // Checking no family validates the inputs, so the check itself cannot fail: it runs on a
      // second thread while the other sheets are written.
      _ = try SourceChecker(dataset: dataset, claims: []).check([])
    } catch {
      CommandErrors.printError(error.description)
      throw ExitCode(CommandErrors.Code.badData)
    }
    options.checkStatusesInBackground = {
      Result { () throws(CheckError) in
        try SourceChecker(dataset: dataset, claims: []).figureStatusLabels()
      }.mapError { $0 }
    }
    let receipt = try CommandErrors.writingFile { () throws(XlsxError) in
      try ComparisonWorkbook.write(
        dataset, options: options, to: output, replacingExisting: force)
    }
    for warning in receipt.warnings { CommandErrors.printError("warning: \(warning)") }
    if let failure = receipt.checkFailure {
      // Not hidden: the workbook was written, but its Figures sheet says "not checked".
      CommandErrors.printError("the figures could not be checked: \(failure)")
      throw ExitCode(CommandErrors.Code.badData)
    }
    print(
      "Wrote \(receipt.path): \(receipt.sheetNames.count) sheets (\(receipt.sheetNames.joined(separator: ", "))), "
        + "\(receipt.formulaCount) formulas with cached values, \(receipt.insourcingCaseCount) insourcing cases, "
        + "\(receipt.authorities.count) authorities\(receipt.usedConstantMemory ? ", constant-memory mode" : "")."
    )
  }
}
