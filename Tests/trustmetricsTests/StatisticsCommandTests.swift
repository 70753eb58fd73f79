import Foundation
import Testing

/// End-to-end runs of `compare`, `before-after` and `savings`.
@Suite struct StatisticsCommandTests {
  func jsonRows(_ arguments: [String]) throws -> (object: [String: Any], rows: [[String: Any]]) {
    let result = try ToolRunner.run(arguments)
    #expect(result.status == 0, "\(result.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    return (object, try #require(object["rows"] as? [[String: Any]]))
  }

  @Test func savingsReproducesTheAppraisalReference() throws {
    let (object, rows) = try jsonRows([
      "savings", "--one-off-cost", "600000", "--annual-saving", "200000",
      "--annual-saving-high", "300000", "--years", "5", "--discount-rate", "3.5%", "--format",
      "json",
    ])
    #expect(object["schema"] as? String == "trustmetrics.savings/1")
    #expect(
      object["money_terms"] as? String == "Money is in cash terms (no adjustment for inflation).")
    // Reference from the issue: 600,000 / 200,000 = 3.0, / 250,000 = 2.4, / 300,000 = 2.0;
    // NPV = s × (1 − 1.035⁻⁵) / 0.035 − 600,000 with s = 200,000, 250,000, 300,000.
    let expected: [(String, Double, Double, Double)] = [
      ("low", 3.0, 3.228, 303_010.48), ("central", 2.4, 2.555, 528_763.09),
      ("high", 2.0, 2.111, 754_515.71),
    ]
    #expect(rows.count == 3)
    for (row, (scenario, payback, discounted, npv)) in zip(rows, expected) {
      #expect(row["scenario"] as? String == scenario)
      #expect((row["simple_payback_years"] as? NSNumber)?.doubleValue == payback)
      #expect((row["discounted_payback_years"] as? NSNumber)?.doubleValue == discounted)
      #expect((row["net_present_value"] as? NSNumber)?.doubleValue == npv)
      #expect((row["break_even_saving"] as? NSNumber)?.doubleValue == 132_888.82)
    }
  }

  @Test func savingsTextShowsPoundsAndTheCashTermsNote() throws {
    let result = try ToolRunner.run([
      "savings", "--one-off-cost", "600000", "--annual-saving", "200000",
    ])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("£303,010.48"))
    #expect(result.standardOutput.contains("Money is in cash terms"))
  }

  @Test(arguments: [
    ["--one-off-cost", "-1", "--annual-saving", "200000"],
    ["--one-off-cost", "600000", "--annual-saving", "0"],
    ["--one-off-cost", "600000", "--annual-saving", "300000", "--annual-saving-high", "200000"],
    ["--one-off-cost", "600000", "--annual-saving", "200000", "--discount-rate", "abc"],
    ["--one-off-cost", "600000", "--annual-saving", "200000", "--years", "0"],
    ["--one-off-cost", "nan", "--annual-saving", "200000"],
  ])
  func savingsRejectsBadInputAsUsage(arguments: [String]) throws {
    let result = try ToolRunner.run(["savings"] + arguments)
    #expect(result.status == 64)
    #expect(!result.standardError.isEmpty)
    #expect(result.standardOutput.isEmpty)
  }

  @Test func compareSandwell2021AgencyMatchesThePublishedFigures() throws {
    let (object, rows) = try jsonRows([
      "compare", "--entity", "Sandwell", "--measure", "agency", "--year", "2021", "--format",
      "json",
    ])
    #expect(object["licence"] as? String != nil)
    let row = try #require(rows.first)
    // From datasets/official/csww_indicators_2017_to_2025.csv, 2021 agency_rate_fte:
    // Sandwell 31.5, England 15.5, West Midlands 16.1 (the figures Community Care quoted).
    #expect((row["value"] as? NSNumber)?.doubleValue == 31.5)
    #expect((row["england"] as? NSNumber)?.doubleValue == 15.5)
    #expect((row["region"] as? NSNumber)?.doubleValue == 16.1)
    #expect(row["region_name"] as? String == "West Midlands")
    #expect(row["band"] as? String == "D")
  }

  @Test func compareOfATrustUsesItsAuthority() throws {
    let (_, rows) = try jsonRows([
      "compare", "--entity", "BFfC", "--measure", "agency", "--format", "json",
    ])
    #expect(rows.first?["authority"] as? String == "Reading")
  }

  @Test func compareNeedsEntityOrAllTrusts() throws {
    let result = try ToolRunner.run(["compare"])
    #expect(result.status == 64)
  }

  @Test func compareRejectsAYearOutsideTheStatistics() throws {
    let result = try ToolRunner.run(["compare", "--entity", "Slough", "--year", "2010"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("2017–2025"))
  }

  @Test func beforeAfterLabelsItselfDescriptiveAndNamesUnmeasuredTrusts() throws {
    let result = try ToolRunner.run(["before-after"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("not a causal estimate"))
    #expect(result.standardOutput.contains("Not measured: Together for Children (394)"))
  }

  @Test func beforeAfterForSandwellStartsAtThe2017Census() throws {
    let (object, rows) = try jsonRows([
      "before-after", "--trust", "Sandwell Children's Trust", "--measure", "agency",
      "--format", "json",
    ])
    #expect(object["caveat"] as? String != nil)
    let row = try #require(rows.first)
    // The trust took over in April 2018, so the last census before it is September 2017.
    #expect((row["baseline_year"] as? NSNumber)?.intValue == 2017)
    #expect(row["baseline_is_first_available"] as? String == "no")
  }

  @Test func beforeAfterRejectsACouncilAsTrust() throws {
    let result = try ToolRunner.run(["before-after", "--trust", "Slough"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("not a trust"))
  }

  @Test func savingsForAnEntityTakesTheLatestDatedFiguresAndListsTheOthers() throws {
    let result = try ToolRunner.run(["savings", "--entity", "Reading"])
    #expect(result.status == 0, "\(result.standardError)")
    // Reading: "cost about £600,000" and "annual savings of £200,000-£300,000" (2025-01-29)
    // give the reference appraisal; the CIPFA range is listed as also stated.
    #expect(result.standardOutput.contains("£303,010.48"))
    #expect(result.standardOutput.contains("figure reading-insourcing-cost-2025-01, 2025-01-29"))
    #expect(result.standardOutput.contains("also stated: £200,000 – £300,000"))
  }

  @Test func savingsForAnEntityWithoutACaseIsAUsageError() throws {
    let result = try ToolRunner.run(["savings", "--entity", "Sandwell"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("no insourcing cost or saving"))
  }

  @Test func savingsWithoutAmountsOrEntityIsAUsageError() throws {
    let result = try ToolRunner.run(["savings"])
    #expect(result.status == 64)
  }
}
