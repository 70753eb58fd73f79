import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// One test per bad row of `figures.csv`, each naming the file, line, field and value exactly.
@Suite struct FigureParserTests {
  static let file = "datasets/figures.csv"
  static let header = "id,entity,measure,period,value,unit,qualifier,source,quote"
  static let parser = FigureParser(
    entityNames: [
      "Worcestershire Children First", "Reading", "England", "Slough Children's Services Trust",
    ],
    sourceNames: ["news.txt"])

  /// The fields of a good row, in header order.
  static let goodFields = [
    "id": "wcf-overspend-fy2022-23", "entity": "Worcestershire Children First",
    "measure": "overspend", "period": "FY2022-23", "value": "7600000", "unit": "GBP",
    "qualifier": "", "source": "news.txt", "quote": "it overspent by £7.6m in 2022-23",
  ]

  /// A good row with some fields replaced; values are written as given (quote them yourself).
  static func row(_ replacements: [String: String] = [:]) -> String {
    FigureParser.header.map { replacements[$0] ?? goodFields[$0] ?? "" }.joined(separator: ",")
  }

  /// The header, a good row on line 2, then `line3` on line 3.
  static func parse(line3: String) throws(DatasetError) -> [Figure] {
    try parser.parse(
      bytes: (header + "\n" + row(["id": "good-row"]) + "\n" + line3 + "\n").bytes, file: file)
  }

  static func invalid(_ field: String, _ value: String, expected: String) -> DatasetError {
    .invalidField(file: file, line: 3, field: field, value: value, expected: expected)
  }

  // MARK: - Good files

  @Test func readsAGoodFileIntoExactFigures() throws {
    let figures = try Self.parser.parse(
      bytes: try TestFiles.fixture("figures.csv"), file: "Fixtures/figures.csv")
    #expect(figures.count == 4)
    let staff = Figure(
      id: "wcf-staff-fte-2023-09", entity: "Worcestershire Children First", measure: .staffFTE,
      period: .month(year: 2023, month: 9),
      value: Decimal(sign: .plus, exponent: -2, significand: 94_201),
      provenance: Provenance(
        source: "news.txt", quote: "WCF’s staff – numbering 942.01 as of September 2023"))
    #expect(figures.first == staff)
    #expect(figures.first?.value.description == "942.01")
    // Written range_low;approximate, stored in vocabulary order.
    #expect(figures[1].qualifiers == [.approximate, .rangeLow])
    #expect(figures[1].period == .financialYear(startYear: 2025))
    #expect(figures[1].value == 200_000)
    #expect(figures[1].provenance.quote == "annual savings of £200,000-£300,000")
    // A quote with doubled quotes and a line break, and a negative overspend.
    #expect(figures[2].value == -1200)
    #expect(figures[2].provenance.quote == "it said \"we underspent by £1,200\"\nlast year")
    #expect(figures[3].period == .span(from: 2014, to: 2020))
    #expect(figures[3].unit == .percent)
  }

  @Test func acceptsAByteOrderMarkAndCRLFLineEnds() throws {
    let figures = try Self.parser.parse(
      bytes: try TestFiles.fixture("figures-bom-crlf.csv"), file: "Fixtures/figures-bom-crlf.csv")
    #expect(
      figures.map(\.id) == ["slough-trust-agency-rate-2015", "slough-trust-agency-rate-2017"])
    #expect(figures.map(\.value) == [52, 32])
    #expect(
      figures.map(\.provenance.quote) == [
        "agency numbers falling from 52% in 2015", "to 32%, in 2017",
      ])
  }

  @Test func rejectsAHeaderWithNoRows() throws {
    // A figures file with no figures is a broken dataset, not an empty result.
    #expect(
      throws: DatasetError.empty(file: Self.file, expected: "at least one row after the header")
    ) {
      try Self.parser.parse(bytes: (Self.header + "\n").bytes, file: Self.file)
    }
  }

  @Test func acceptsANegativeOverspend() throws {
    let figures = try Self.parse(line3: Self.row(["value": "-1200"]))
    #expect(figures.last?.value == Decimal(-1200))
  }

  // MARK: - Bad rows

  @Test func rejectsAnUnquotedNumberWithCommasAsTheWrongFieldCount() {
    #expect(throws: DatasetError.wrongFieldCount(file: Self.file, line: 3, found: 11, expected: 9))
    {
      try Self.parse(line3: Self.row(["value": "1,234,567"]))
    }
  }

  @Test func rejectsAnUnterminatedQuote() {
    let problem = CSVError.unterminatedQuote(line: 3).description
    #expect(throws: DatasetError.malformedCSV(file: Self.file, line: 3, problem: problem)) {
      try Self.parse(line3: Self.row(["quote": "\"it overspent by £7.6m"]))
    }
  }

  @Test func rejectsANumberWrittenAsInTheSource() {
    #expect(
      throws: Self.invalid(
        "value", "£7.6m",
        expected: "a plain finite number such as 52 or 7600000 (no £, %, commas)")
    ) {
      try Self.parse(line3: Self.row(["value": "£7.6m"]))
    }
  }

  @Test func describesABadValueWithFileAndLine() throws {
    let error = try #require(throws: DatasetError.self) {
      try Self.parse(line3: Self.row(["value": "£7.6m"]))
    }
    #expect(
      error.description
        == "datasets/figures.csv:3: invalid value (\"£7.6m\"), expected a plain finite number such as 52 or 7600000 (no £, %, commas)"
    )
  }

  @Test(arguments: ["1e400", "inf", "-inf", "nan", "Infinity"])
  func rejectsANonFiniteValue(value: String) {
    #expect(
      throws: Self.invalid(
        "value", value, expected: "a plain finite number such as 52 or 7600000 (no £, %, commas)")
    ) {
      try Self.parse(line3: Self.row(["value": value]))
    }
  }

  @Test func rejectsAnUnknownMeasure() {
    #expect(
      throws: Self.invalid(
        "measure", "locum_rate", expected: "a measure of the README's vocabulary")
    ) {
      try Self.parse(line3: Self.row(["measure": "locum_rate"]))
    }
  }

  @Test func rejectsAnUnknownUnit() {
    #expect(
      throws: Self.invalid(
        "unit", "pounds",
        expected:
          "percent|GBP|count|FTE|cases_per_worker|years|GBP_per_child|GBP_per_week|GBP_per_FTE"
      )
    ) {
      try Self.parse(line3: Self.row(["unit": "pounds"]))
    }
  }

  @Test func rejectsAUnitThatDoesNotMatchTheMeasure() {
    #expect(throws: Self.invalid("unit", "percent", expected: "GBP for overspend")) {
      try Self.parse(line3: Self.row(["unit": "percent"]))
    }
  }

  @Test(arguments: ["roughly", "approximate;", "approximate;approximate", "Approximate"])
  func rejectsAnUnknownOrRepeatedQualifier(qualifier: String) {
    #expect(
      throws: Self.invalid(
        "qualifier", qualifier,
        expected:
          "empty or ;-separated approximate|just_under|nearly|over|forecast|target|range_low|range_high"
      )
    ) {
      try Self.parse(line3: Self.row(["qualifier": qualifier]))
    }
  }

  @Test func rejectsBothEndsOfARangeOnOneFigure() {
    #expect(
      throws: Self.invalid(
        "qualifier", "range_low;range_high", expected: "at most one of range_low and range_high")
    ) {
      try Self.parse(line3: Self.row(["qualifier": "range_low;range_high"]))
    }
  }

  @Test(arguments: [
    "2011-12", "2015/16/17", "FY2022-24", "2021-13", "2021-00", "FY22-23", "15", "",
  ])
  func rejectsABadPeriod(period: String) {
    #expect(
      throws: Self.invalid(
        "period", period, expected: "YYYY, FYYYYY-YY, YYYY-MM or YYYY..YYYY (e.g. FY2022-23)")
    ) {
      try Self.parse(line3: Self.row(["period": period]))
    }
  }

  @Test func rejectsAnEmptyQuote() {
    #expect(
      throws: Self.invalid(
        "quote", "", expected: "the exact words of the source that state the value")
    ) {
      try Self.parse(line3: Self.row(["quote": ""]))
    }
  }

  @Test func rejectsAnUnknownSourceFile() {
    #expect(throws: Self.invalid("source", "missing.txt", expected: "a file name in seeds/")) {
      try Self.parse(line3: Self.row(["source": "missing.txt"]))
    }
  }

  @Test func rejectsAnUnknownEntity() {
    // Names must be canonical: an alias or another spelling is not accepted here.
    #expect(
      throws: Self.invalid("entity", "WCF", expected: "a name listed in entities.csv")
    ) {
      try Self.parse(line3: Self.row(["entity": "WCF"]))
    }
  }

  @Test func rejectsADuplicateIDNamingTheFirstLine() {
    #expect(
      throws: DatasetError.duplicate(
        file: Self.file, line: 3, field: "id", value: "good-row", firstLine: 2)
    ) {
      try Self.parse(line3: Self.row(["id": "good-row", "value": "1"]))
    }
  }

  @Test func rejectsInvalidUTF8() {
    let bytes =
      (Self.header + "\n" + Self.row() + "\n").bytes + "x,".bytes + [0xFF] + "\n".bytes
    let problem = CSVError.invalidUTF8(line: 3).description
    #expect(throws: DatasetError.malformedCSV(file: Self.file, line: 3, problem: problem)) {
      try Self.parser.parse(bytes: bytes, file: Self.file)
    }
  }

  @Test(arguments: [
    ("agency_rate", "101"), ("agency_rate", "-1"), ("vacancy_rate", "100.1"),
    ("share_of_councils", "-0.5"), ("case_audit_rate", "250"),
  ])
  func rejectsAShareOutsideZeroToHundred(measure: String, value: String) {
    #expect(
      throws: Self.invalid("value", value, expected: "a share from 0 to 100 for \(measure)")
    ) {
      try Self.parse(line3: Self.row(["measure": measure, "unit": "percent", "value": value]))
    }
  }

  @Test(arguments: ["0", "100", "33.3"])
  func acceptsAShareAtOrInsideTheBounds(value: String) throws {
    let figures = try Self.parse(
      line3: Self.row(["measure": "agency_rate", "unit": "percent", "value": value]))
    #expect(figures.last?.value == NumberField.decimal(value))
  }

  @Test func acceptsATurnoverAboveHundred() throws {
    // Leavers can outnumber staff in post, so turnover has no upper bound.
    let figures = try Self.parse(
      line3: Self.row(["measure": "turnover_rate", "unit": "percent", "value": "120"]))
    #expect(figures.last?.value == 120)
  }

  @Test(arguments: [
    ("open_cases", "count", "-5"), ("insourcing_one_off_cost", "GBP", "-83000"),
    ("insourcing_annual_saving", "GBP", "-1"), ("turnover_rate", "percent", "-3"),
    ("staff_fte", "FTE", "-0.5"),
  ])
  func rejectsANegativeCountOrAmount(measure: String, unit: String, value: String) {
    #expect(
      throws: Self.invalid("value", value, expected: "a value of 0 or more for \(measure)")
    ) {
      try Self.parse(line3: Self.row(["measure": measure, "unit": unit, "value": value]))
    }
  }

  @Test(arguments: ["Bad ID", "a--b", "-a", "a-", "", "a_b", "Sandwell-2021", "a.b"])
  func rejectsAnIDThatIsNotASlug(id: String) {
    #expect(
      throws: Self.invalid("id", id, expected: "a slug of a-z, 0-9 and single hyphens")
    ) {
      try Self.parse(line3: Self.row(["id": id]))
    }
  }

  @Test(arguments: ["a", "wcf-overspend-fy2022-23", "2021", "x-1-y"])
  func acceptsASlug(id: String) {
    #expect(FigureParser.isSlug(id))
  }

  @Test func rejectsAWrongHeader() {
    let header = "id,entity,measure,period,value,unit,qualifiers,source,quote"
    #expect(
      throws: DatasetError.unexpectedHeader(
        file: Self.file, found: header, expected: Self.header)
    ) {
      try Self.parser.parse(bytes: (header + "\n" + Self.row() + "\n").bytes, file: Self.file)
    }
  }

  @Test func rejectsAHeaderInAnotherOrder() {
    let header = "entity,id,measure,period,value,unit,qualifier,source,quote"
    #expect(
      throws: DatasetError.unexpectedHeader(
        file: Self.file, found: header, expected: Self.header)
    ) {
      try Self.parser.parse(bytes: (header + "\n").bytes, file: Self.file)
    }
  }

  @Test func rejectsAnEmptyFile() {
    #expect(
      throws: DatasetError.empty(file: Self.file, expected: "a header line: \(Self.header)")
    ) {
      try Self.parser.parse(bytes: [UInt8](), file: Self.file)
    }
  }
}
