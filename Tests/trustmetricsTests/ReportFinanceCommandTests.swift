import Foundation
import Testing

/// End-to-end runs of `report` and `chart` with finance measures over the bundled official data.
///
/// Expected values are worked out by hand from the rows of `datasets/official/`:
///
/// - s251 `C&YPExpenditure,...,2024-25,333,Sandwell,West Midlands,106554313` and ONS mid-2024
///   Sandwell 88,593 children: 106,554,313 ÷ 88,593 = £1,202.74 → `£1,203`.
/// - `...,2023-24,333,Sandwell,...,96206675` ÷ mid-2023 87,056 = £1,105.11: change +£97.63 →
///   `+£98`.
/// - `...,2016-17,333,Sandwell,...,63409096` ÷ mid-2016 81,769 = £775.47: +£427.27 → `+£427`.
/// - `...,2024-25,970,England,,16012355892` ÷ mid-2024 12,183,016 = £1,314.32 → `£1,314`.
/// - `...,2024-25,871,Slough,South East,46083852` ÷ mid-2024 46,686 = £987.10 → `£987`.
@Suite struct ReportFinanceCommandTests {
  func widest(_ text: String) -> Int {
    text.split(separator: "\n").map { line in
      line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        .count
    }.max() ?? 0
  }

  @Test func reportAddsTheFinanceBlockToTheWorkforceSections() throws {
    let result = try ToolRunner.run(["report", "--entity", "Sandwell", "--width", "120"])
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(text.contains("Agency rate ◆"))
    #expect(
      text.contains(
        "Finance by financial year (April to March, cash terms), FY2016-17 to FY2024-25:"))
    let row = try #require(
      text.split(separator: "\n").first {
        $0.hasPrefix("Spend per child ") && $0.contains("£1,203")
      })
    // Latest, vs FY2023-24, vs FY2016-17, then England.
    #expect(row.contains("▲ +£98"))
    #expect(row.contains("▲ +£427"))
    #expect(row.contains("£1,314"))
    #expect(text.contains("Sources: DfE (workforce census, section 251 outturn"))
    #expect(text.contains("lowest-spending quarter"))
  }

  @Test func chartDrawsTwoAuthoritiesOverFinancialYears() throws {
    let result = try ToolRunner.run([
      "chart", "--entity", "Sandwell", "--entity", "Slough", "--measure", "spend_per_child",
      "--width", "100",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(text.hasPrefix("Spend per child (£ per child), FY2016-17 to FY2024-25:"))
    #expect(text.contains("FY2016-17") && text.contains("FY2024-25"))
    #expect(text.contains("● Sandwell  ■ Slough  ▲ England"))
    #expect(widest(text) <= 100)
  }

  @Test func chartBarsTakeARegionAsAnEntity() throws {
    let result = try ToolRunner.run([
      "chart", "--entity", "Slough", "--entity", "South East", "--measure", "spend_per_child",
      "--kind", "bars", "--width", "80",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("Spend per child (£ per child), FY2024-25:"))
    #expect(result.standardOutput.contains("£987"))
    #expect(result.standardOutput.contains("South East "))
    #expect(result.standardOutput.contains("England £1,314"))
  }

  @Test func jsonRowsKeepTheIntegerYearAndAddTheFinancialYear() throws {
    let result = try ToolRunner.run([
      "chart", "--entity", "Sandwell", "--measure", "spend_per_child", "--format", "json",
    ])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "trustmetrics.chart/1")
    let series = try #require(object["series"] as? [[String: Any]])
    let last = try #require((series.first?["values"] as? [[String: Any]])?.last)
    #expect(last["year"] as? Int == 2024)
    #expect(last["financial_year"] as? String == "FY2024-25")
    #expect(last["value"] as? Int == 1203)

    let report = try ToolRunner.run(["report", "--entity", "Sandwell", "--format", "json"])
    let reportObject = try #require(
      try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
    let authorities = try #require(reportObject["authorities"] as? [[String: Any]])
    let measures = try #require(authorities.first?["measures"] as? [[String: Any]])
    let spend = try #require(measures.first { $0["measure"] as? String == "spend_per_child" })
    #expect(spend["year"] as? Int == 2024)
    #expect(spend["financial_year"] as? String == "FY2024-25")
    #expect(spend["value"] as? Int == 1203)
    #expect(spend["england"] as? Int == 1314)
  }

  @Test(arguments: [["--since", "2019"], ["--since", "FY2019-20"], ["--since", "2019-20"]])
  func sinceTakesAYearOrAFinancialYear(arguments: [String]) throws {
    let result = try ToolRunner.run(
      ["report", "--entity", "Sandwell", "--width", "120"] + arguments)
    #expect(result.status == 0, "\(result.standardError)")
    let title = result.standardOutput.split(separator: "═").first ?? ""
    #expect(
      title.replacingOccurrences(of: "\n", with: " ").contains(
        "DfE workforce statistics 2019–2025, finance FY2019-20 to FY2024-25"))
  }

  @Test func workforceSinceStillWorksAlone() throws {
    let result = try ToolRunner.run([
      "report", "--entity", "Sandwell", "--measure", "agency", "--since", "2019",
    ])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.hasPrefix(
        "Children's social work workforce: 1 authority, DfE statistics 2019–2025"))
    #expect(!result.standardOutput.contains("Finance"))
  }

  @Test func financeOnlyReportShowsTheChosenMeasuresAndTheIndicatorLabel() throws {
    let result = try ToolRunner.run([
      "report", "--entity", "Slough", "--measure", "spend_per_child", "--measure",
      "agency_cost_per_agency_fte", "--width", "100",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(text.hasPrefix("Children's services finance: 1 authority"))
    #expect(!text.contains("Agency rate "))
    #expect(text.contains("Agency cost per agency FTE (indicator)"))
    #expect(text.contains("Agency cost per agency FTE is an indicator"))
    // RO3 starts in FY2022-23; the section 251 block runs from FY2016-17.
    #expect(
      text.replacingOccurrences(of: "\n  ", with: " ").contains(
        "Agency cost per agency FTE (indicator): FY2022-23 to FY2024-25 only"))
  }

  @Test func jointRowsAreNoted() throws {
    let result = try ToolRunner.run([
      "chart", "--entity", "Northamptonshire Children's Trust", "--measure", "spend_per_child",
      "--width", "100",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput.replacingOccurrences(of: "\n", with: " ").contains(
        "DfE's workforce statistics publish these authorities as one row, so their spend and children are added up"
      ))
  }

  @Test(arguments: [40, 60, 80])
  func financeOutputFitsTheWidthInASCII(width: Int) throws {
    for arguments in [
      [
        "report", "--entity", "Sandwell", "--measure", "spend_per_child", "--measure",
        "safeguarding_spend_per_child",
      ],
      ["chart", "--entity", "Sandwell", "--entity", "Slough", "--measure", "spend_per_child"],
    ] {
      let result = try ToolRunner.run(arguments + ["--width", String(width), "--ascii"])
      #expect(result.status == 0, "\(result.standardError)")
      #expect(widest(result.standardOutput) <= width)
      #expect(result.standardOutput.unicodeScalars.allSatisfy { $0.isASCII })
      #expect(result.standardOutput.contains("GBP"))
    }
  }

  @Test(arguments: [
    ["report", "--since", "FY1999-00"],
    ["report", "--since", "20x9"],
    ["report", "--measure", "agency", "--since", "FY2019-20"],
    ["report", "--measure", "spend_per_child", "--since", "2025"],
    ["chart", "--entity", "Sandwell", "--measure", "spend_per_child", "--since", "2016-18"],
    ["chart", "--entity", "Sandwell", "--measure", "spend_per_kid"],
  ])
  func badFinanceFlagsAreUsageErrors(arguments: [String]) throws {
    let result = try ToolRunner.run(arguments)
    #expect(result.status == 64)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("--since") || result.standardError.contains("--measure"))
  }
}
