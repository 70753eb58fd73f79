import Foundation
import Testing

/// End-to-end runs of `trustmetrics fact-check` on the fixtures in `Tests/Fixtures/fact-check/`:
/// the Sandwell article (seed 003, lines 586–673, dated 2022-07-06), the same with one planted
/// wrong rate, and a text quoting a value DfE revised since.
@Suite struct FactCheckCommandTests {
  static func fixture(_ name: String) -> String {
    ToolRunner.packageRoot.appendingPathComponent("Tests/Fixtures/fact-check/\(name)").path
  }

  static func rows(_ arguments: [String]) throws -> (object: [String: Any], rows: [[String: Any]]) {
    let result = try ToolRunner.run(["fact-check"] + arguments + ["--format", "json"])
    try #require(result.status == 0, "\(result.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    return (object, try #require(object["rows"] as? [[String: Any]]))
  }

  static func summary(_ row: [String: Any]) -> String {
    [row["number"], row["entity"], row["measure"], row["period"], row["verdict"]]
      .map { ($0 as? String) ?? "-" }.joined(separator: " ")
  }

  @Test func theSandwellArticleAgreesWithDfE() throws {
    let (object, rows) = try Self.rows([Self.fixture("sandwell-2022-07-06.txt")])
    #expect(object["schema"] as? String == "trustmetrics.fact-check/1")
    #expect(object["date"] as? String == "2022-07-06")
    #expect(object["date_source"] as? String == "line 1 of the text")
    #expect(
      rows.map(Self.summary) == [
        "31.5% Sandwell agency_rate 2021-09 agrees",
        "16.1% West Midlands agency_rate 2021-09 agrees",
        "27.7% Sandwell vacancy_rate 2021-09 agrees",
        "18.2% West Midlands vacancy_rate 2021-09 agrees",
        "25.7% Sandwell turnover_rate 2021-09 agrees",
        "14.9% Sandwell turnover_rate 2020-09 agrees",
      ])
    // Each cites its counterpart: DfE's value, area, census, release and file.
    let vacancy = rows[2]
    #expect(vacancy["official"] as? Double == 27.7)
    #expect(vacancy["area"] as? String == "Sandwell (333)")
    #expect(vacancy["official_period"] as? String == "census 2021")
    #expect(vacancy["indicator"] as? String == "vacancy_rate_fte")
    #expect(vacancy["release"] as? String == "reporting-year-2025 release")
    #expect(vacancy["file"] as? String == "official/csww_indicators_2017_to_2025.csv")
    #expect(vacancy["line"] as? Int == 35)
  }

  @Test func onePlantedWrongRateIsTheOnlyDisagreement() throws {
    let (_, rows) = try Self.rows([Self.fixture("sandwell-planted-wrong-vacancy.txt")])
    let disagreeing = rows.filter { $0["verdict"] as? String == "disagrees" }
    #expect(disagreeing.map(Self.summary) == ["24.7% Sandwell vacancy_rate 2021-09 disagrees"])
    #expect(disagreeing.first?["official"] as? Double == 27.7)
    // 27.7 − 24.7.
    #expect(abs((disagreeing.first?["difference"] as? Double ?? 0) - 3) < 1e-9)
    #expect(rows.filter { $0["verdict"] as? String == "agrees" }.count == 5)
  }

  @Test func aRevisedValueAgreesWithTheEarlierRelease() throws {
    let (_, rows) = try Self.rows([Self.fixture("sandwell-revised-turnover.txt")])
    let row = try #require(rows.first)
    #expect(rows.count == 1)
    #expect(
      Self.summary(row)
        == "24.3% Sandwell Children's Trust turnover_rate 2019 agrees_with_earlier_release")
    #expect(row["release"] as? String == "reporting-year-2022 release")
    #expect(row["file"] as? String == "official/csww_headline_measures_2017_to_2022.csv")
    #expect(row["revised_value"] as? Double == 22.4)
    #expect(row["revised_in"] as? String == "reporting-year-2025 release")
    #expect(
      (row["timing"] as? String)?.hasPrefix(
        "the text (2023-05-10) could have seen the reporting-year-2022 release") == true)
  }

  @Test func theDateOptionPlacesTheTextAmongTheReleases() throws {
    let (object, rows) = try Self.rows([
      Self.fixture("sandwell-revised-turnover.txt"), "--date", "2021-06-01",
    ])
    #expect(object["date_source"] as? String == "--date")
    #expect(
      (rows.first?["timing"] as? String)?.contains("predates the reporting-year-2022") == true)
  }

  @Test func textNamesTheReleaseAndTheLicence() throws {
    let result = try ToolRunner.run(["fact-check", Self.fixture("sandwell-revised-turnover.txt")])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.contains(
        "AGREES WITH EARLIER RELEASE: agrees with the reporting-year-2022 release"))
    #expect(result.standardOutput.contains("1 number — agrees: 0"))
    #expect(result.standardOutput.contains("Open Government Licence v3.0"))
  }

  @Test func csvHasAHeaderOfTheJSONKeys() throws {
    let result = try ToolRunner.run([
      "fact-check", Self.fixture("sandwell-2022-07-06.txt"), "--format", "csv",
    ])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("line,number,value,unit,entity,measure,period,"))
    // A header and six rows, CRLF-terminated.
    #expect(result.standardOutput.split(whereSeparator: \.isNewline).count == 7)
  }

  @Test func exitCodes() throws {
    #expect(try ToolRunner.run(["fact-check", "/nonexistent/article.txt"]).status == 66)
    let notText = try ToolRunner.run(["fact-check", Self.fixture("not-utf8.txt")])
    #expect(notText.status == 65)
    #expect(notText.standardError.contains("not valid UTF-8 text"))
    let badDate = try ToolRunner.run([
      "fact-check", Self.fixture("sandwell-2022-07-06.txt"), "--date", "2022-07",
    ])
    #expect(badDate.status == 64)
    #expect(badDate.standardError.contains("expected YYYY-MM-DD"))
  }
}
