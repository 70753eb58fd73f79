import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsReports

@Suite struct ListingTests {
  let listing = Listing(
    schema: "trustmetrics.test/1",
    columns: [.init("name", "Name"), .init("value", "Value"), .init("england", "England")],
    rows: [
      [.text("=HYPERLINK(\"x\")"), .number(31.456, places: 1), .suppressed(.belowPublishable)],
      [.text("Sandwell, West Midlands"), .suppressed(.notAvailable), .decimal(15.5)],
    ],
    notes: ["note"], metadata: [(key: "licence", value: "OGL")])

  @Test func csvDefusesFormulaTextButNeverNumbers() {
    let csv = listing.csv()
    // "=..." text gains a leading ', the embedded quotes are doubled, and the field is quoted
    // because it contains quotes; 31.456 rounds to one place; the comma field is quoted.
    #expect(
      csv == "name,value,england\r\n"
        + "\"'=HYPERLINK(\"\"x\"\")\",31.5,low\r\n"
        + "\"Sandwell, West Midlands\",x,15.5\r\n")
  }

  @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
  func everyFormulaPrefixIsDefused(text: String) {
    #expect(Listing.defused(text) == "'" + text)
  }

  @Test func negativeNumbersStayNumbersInCSV() {
    let negative = Listing(
      schema: "s", columns: [.init("v", "v")], rows: [[.number(-2.5, places: 1)]])
    #expect(negative.csv() == "v\r\n-2.5\r\n")
  }

  @Test func jsonGivesSuppressedValuesAsNullWithTheirMarker() throws {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(listing.json().utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "trustmetrics.test/1")
    #expect(object["licence"] as? String == "OGL")
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 2)
    #expect(rows[0]["england"] is NSNull)
    #expect(rows[0]["england_marker"] as? String == "low")
    #expect(rows[1]["value"] is NSNull)
    #expect(rows[1]["marker"] as? String == "x")
    #expect((rows[0]["value"] as? NSNumber)?.doubleValue == 31.5)
  }

  @Test func textTableAlignsNumbersRightAndPrintsNotes() {
    let table = Listing(
      schema: "s", columns: [.init("n", "Name"), .init("v", "Rate")],
      rows: [
        [.text("Slough"), .number(5, places: 1)], [.text("Sandwell"), .number(31.5, places: 1)],
      ],
      notes: ["Source: DfE"]
    ).textTable()
    #expect(
      table == """
        Name      Rate
        --------  ----
        Slough     5.0
        Sandwell  31.5

        Source: DfE

        """)
  }

  @Test(arguments: [
    (2.675, 2, "2.68"), (-0.004, 2, "0.00"), (1e6, 0, "1000000"), (0.1 + 0.2, 2, "0.30"),
    (-12.25, 1, "-12.3"),
  ])
  func fixedFormattingHasNoBinaryNoise(value: Double, places: Int, expected: String) {
    #expect(Cell.fixed(value, places: places) == expected)
  }

  @Test func nonFiniteNumbersAreNeverWritten() {
    #expect(Cell.fixed(.nan, places: 1) == "")
    #expect(Cell.fixed(.infinity, places: 1) == "")
  }
}
