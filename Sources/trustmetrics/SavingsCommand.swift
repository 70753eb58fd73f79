import ArgumentParser
import TrustMetricsCore
import TrustMetricsReports

/// `trustmetrics savings`: payback and net present value of bringing services in-house.
struct SavingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "savings",
    abstract: "Appraise insourcing: payback, discounted payback, NPV and break-even saving.",
    discussion: """
      Low / central (mean) / high for a saving range. Cost at year 0, savings at the end of each
      year, discounted at --discount-rate (default 3.5%, HM Treasury Green Book). Money is in
      cash terms. Formats: text (default), csv, json.

      Examples:
        trustmetrics savings --one-off-cost 600000 --annual-saving 200000 --annual-saving-high 300000
        trustmetrics savings --one-off-cost 600000 --annual-saving 250000 --years 10 --discount-rate 3.5%
      """
  )

  @OptionGroup var output: FormatOption

  @Option(help: "The one-off cost in pounds, e.g. 600000.")
  var oneOffCost: Double

  @Option(help: "The annual saving in pounds (the low end of a range).")
  var annualSaving: Double

  @Option(help: "The high end of the annual saving range, in pounds.")
  var annualSavingHigh: Double?

  @Option(help: "Years of savings counted (1–100).")
  var years: Int = 5

  @Option(help: "Annual discount rate in percent, e.g. 3.5 or 3.5%.")
  var discountRate: String = "3.5"

  func run() throws {
    let rateText = discountRate.hasSuffix("%") ? String(discountRate.dropLast()) : discountRate
    guard let percent = Double(rateText), percent.isFinite else {
      throw CommandErrors.usage(
        "--discount-rate \"\(discountRate)\" is not a percentage such as 3.5 or 3.5%")
    }
    do {
      let appraisal = try InsourcingAppraisal(
        cost: oneOffCost, lowSaving: annualSaving, highSaving: annualSavingHigh ?? annualSaving,
        horizonYears: years, discountRate: percent / 100)
      print(AppraisalListing.listing(of: appraisal).rendered(as: output.format), terminator: "")
    } catch {
      throw CommandErrors.usage(error.description)
    }
  }
}
