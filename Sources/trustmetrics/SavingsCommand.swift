import ArgumentParser
import Foundation
import TrustMetricsCore
import TrustMetricsData
import TrustMetricsReports

/// `trustmetrics savings`: payback and net present value of bringing services in-house.
struct SavingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "savings",
    abstract: "Appraise insourcing: payback, discounted payback, NPV and break-even saving.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics savings [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--entity <entity>] [--one-off-cost <one-off-cost>]
      [--annual-saving <annual-saving>]
      [--annual-saving-high <annual-saving-high>] [--years <years>]
      [--discount-rate <discount-rate>]
      """,
    discussion: """
      Low / central (mean) / high for a saving range. Cost at year 0, savings at the end of each \
      year, discounted at --discount-rate (default 3.5%, HM Treasury Green Book). Money is in \
      cash terms. With --entity, the cost and saving come from the datasets' figures for that \
      council (or trust), the latest-dated source winning; explicit amounts override them. \
      Formats: text (default), csv, json.

      Examples:
        trustmetrics savings --one-off-cost 600000 --annual-saving 200000 \\
          --annual-saving-high 300000
        trustmetrics savings --one-off-cost 600000 --annual-saving 250000 \\
          --years 10 --discount-rate 3.5%
        trustmetrics savings --entity Reading
        trustmetrics savings --entity Worcestershire --one-off-cost 83000 --years 10
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOption

  @Option(help: "Take the cost and saving from this council's (or trust's) figures.")
  var entity: String?

  @Option(help: "The one-off cost in pounds, such as 600000.")
  var oneOffCost: Double?

  @Option(help: "The annual saving in pounds (the low end of a range).")
  var annualSaving: Double?

  @Option(help: "The high end of the annual saving range, in pounds.")
  var annualSavingHigh: Double?

  @Option(help: "Years of savings counted (1–100).")
  var years: Int = 5

  @Option(help: ArgumentHelp(DiscountRateOption.help))
  var discountRate: String = "3.5"

  func run() throws {
    let rate = try DiscountRateOption.fraction(discountRate)
    var cost = oneOffCost
    var low = annualSaving
    var high = annualSavingHigh ?? annualSaving
    var sources: [String] = []
    if let entity {
      let dataset = try data.load(.alwaysRead)
      let names = EntitySelection.names(
        covering: try EntitySelection.resolve(entity, in: dataset), in: dataset)
      guard let found = SavingsView.insourcingCase(among: names, in: dataset) else {
        throw CommandErrors.usage(
          "--entity \"\(entity)\" has no insourcing cost or saving in the datasets; give --one-off-cost and --annual-saving"
        )
      }
      if cost == nil, let chosen = found.cost?.chosen.value {
        cost = NSDecimalNumber(decimal: chosen).doubleValue
      }
      if low == nil, let chosen = found.saving?.chosen.value {
        low = NSDecimalNumber(decimal: chosen.low).doubleValue
        high = annualSavingHigh ?? NSDecimalNumber(decimal: chosen.high).doubleValue
      }
      sources = SavingsView.sourceLines(
        for: found, usedCost: oneOffCost == nil, usedSaving: annualSaving == nil)
    }
    guard let cost else {
      throw CommandErrors.usage("give --one-off-cost (the datasets state no cost for this case)")
    }
    guard let low, let high else {
      throw CommandErrors.usage("give --annual-saving (the datasets state no saving for this case)")
    }
    let appraisal: InsourcingAppraisal
    do {
      appraisal = try InsourcingAppraisal(
        cost: cost, lowSaving: low, highSaving: high, horizonYears: years,
        discountRate: rate)
    } catch {
      throw CommandErrors.usage(error.description)
    }
    let listing = AppraisalListing.listing(of: appraisal, sources: sources)
    try StandardOutput.write { listing.write(as: output.format, to: $0) }
  }
}
