import Foundation
import Testing

/// End-to-end runs of `compare` and `before-after` with finance measures on the bundled data.
@Suite struct FinanceCommandTests {
  /// The JSON rows of a command.
  static func rows(_ arguments: [String]) throws -> [[String: Any]] {
    let result = try ToolRunner.run(arguments + ["--format", "json"])
    #expect(result.status == 0, "\(result.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    return try #require(object["rows"] as? [[String: Any]])
  }

  @Test func bradfordsSpendPerChildAgainstEngland() throws {
    // s251: C&YPExpenditure,...,2024-25,380,Bradford,Yorkshire and The Humber,253549261
    // ONS:  2024,...,380,E08000032,Bradford,Children aged 0 to 17 years,142483
    //       → 253,549,261 ÷ 142,483 = 1,779.52 £ per child.
    // s251: C&YPExpenditure,...,2024-25,970,England,,16012355892
    // ONS:  2024,Reporting year,National,...,12183016 → 16,012,355,892 ÷ 12,183,016 = 1,314.32.
    for year in ["FY2024-25", "2024"] {
      let rows = try Self.rows([
        "compare", "--entity", "Bradford", "--measure", "spend_per_child", "--year", year,
      ])
      let row = try #require(rows.first)
      #expect(rows.count == 1)
      #expect(row["year"] as? Int == 2024)
      #expect(row["financial_year"] as? String == "FY2024-25")
      #expect(row["value"] as? Int == 1780)
      #expect(row["england"] as? Int == 1314)
      #expect(row["unit"] as? String == "£ per child")
    }
  }

  @Test func textShowsTheFinancialYearAndNeutralWords() throws {
    let result = try ToolRunner.run([
      "compare", "--entity", "Bradford", "--measure", "spend_per_child",
    ])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("FY2024-25"))
    #expect(result.standardOutput.contains("lowest-spending quarter"))
    #expect(!result.standardOutput.contains("best"))
    #expect(result.standardOutput.contains("ONS"))
  }

  @Test func aFinancialYearForAWorkforceMeasureIsAUsageError() throws {
    let result = try ToolRunner.run([
      "compare", "--entity", "Bradford", "--measure", "agency", "--year", "FY2024-25",
    ])
    #expect(result.status == 64)
    #expect(result.standardError.contains("agency is counted at the 30 September census"))
  }

  @Test func aYearOutsideTheFinanceDataIsAUsageError() throws {
    // RO3 starts in 2022-23.
    let result = try ToolRunner.run([
      "compare", "--entity", "Bradford", "--measure", "csc_spend_per_child", "--year", "2019",
    ])
    #expect(result.status == 64)
    #expect(result.standardError.contains("expected FY2022-23–FY2024-25"))
  }

  @Test func aTrustsUnreportedAgencyCostNamesTheTrust() throws {
    // RO3: 2024-25,...,Sandwell,...,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum
    // item,0 → not reported, no value and no rank.
    let rows = try Self.rows([
      "compare", "--entity", "Sandwell", "--measure", "agency_cost_per_agency_fte",
    ])
    let row = try #require(rows.first)
    #expect(row["value"] is NSNull)
    #expect(row["marker"] as? String == "not_reported")
    #expect(row["rank"] is NSNull)
    let text = try ToolRunner.run([
      "compare", "--entity", "Sandwell", "--measure", "agency_cost_per_agency_fte",
    ]).standardOutput
    #expect(text.contains("the trust's agency spend is not in the council's return"))
    #expect(text.contains("is an indicator"))
  }

  @Test func jointRowsAddTheirAuthoritiesAndSaySo() throws {
    // s251 2024-25 C&YPExpenditure: 940 North Northamptonshire 95523723, 941 West
    // Northamptonshire 118755822; ONS 2024 children: 83113 and 96295.
    // (95,523,723 + 118,755,822) ÷ (83,113 + 96,295) = 214,279,545 ÷ 179,408 = 1,194.37.
    let rows = try Self.rows([
      "compare", "--entity", "Northamptonshire Children's Trust", "--measure", "spend_per_child",
      "--measure", "lac_weekly_unit_cost",
    ])
    #expect(rows.first?["la_code"] as? String == "940 / 941")
    #expect(rows.first?["value"] as? Int == 1194)
    #expect(rows.last?["marker"] as? String == "joint_row")
    let text = try ToolRunner.run([
      "compare", "--entity", "Northamptonshire Children's Trust", "--measure", "spend_per_child",
    ]).standardOutput
    #expect(text.contains("so their spend and children are added up"))
  }

  @Test func beforeAfterRunsFromTheLastFinancialYearBeforeTheTrust() throws {
    // Sandwell Children's Trust took over in April 2018: the last financial year that ended
    // before it is FY2017-18 (start 2017); the latest is FY2024-25.
    let rows = try Self.rows([
      "before-after", "--trust", "Sandwell Children's Trust", "--measure", "spend_per_child",
    ])
    let row = try #require(rows.first)
    #expect(row["baseline_year"] as? Int == 2017)
    #expect(row["baseline_financial_year"] as? String == "FY2017-18")
    #expect(row["end_financial_year"] as? String == "FY2024-25")
  }

  @Test func figuresPointsAFinanceMeasureToCompare() throws {
    let result = try ToolRunner.run(["figures", "--measure", "spend_per_child"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("try trustmetrics compare --measure spend_per_child"))
  }
}
