import Foundation
import SeededRandom
import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// The three finance loaders on small fixtures (`Fixtures/finance/`, rows copied from the bundled
/// files), and the markers of the bundled files counted.
@Suite struct FinanceLoaderTests {
  static let markerText = "a number or a marker (-, x, [x], [n], [note 4] or empty)"

  static func section251(_ name: String) throws -> [Section251Record] {
    try Section251Parser.parse(bytes: try TestFiles.fixture("finance/" + name), file: name)
  }

  static func revenueOutturn(_ name: String) throws -> [RevenueOutturnRecord] {
    try RevenueOutturnParser.parse(bytes: try TestFiles.fixture("finance/" + name), file: name)
  }

  static func population(_ name: String) throws -> [PopulationRecord] {
    try PopulationParser.parse(bytes: try TestFiles.fixture("finance/" + name), file: name)
  }

  // MARK: - Section 251

  @Test func readsSection251RowsOfEveryKind() throws {
    let records = try Self.section251("s251.csv")
    #expect(records.count == 7)
    // C&YPExpenditure,...,2024-25,970,England,,16012355892
    let england = records[0]
    #expect(england.line == .childrenAndYoungPeople)
    #expect(england.year == 2024)
    #expect(england.laCode == "970")
    #expect(england.area == "England")
    #expect(!england.isAuthority)
    #expect(england.value == .number(16_012_355_892))
    #expect(england.fileLine == 2)
    // C&YPExpenditure,...,2024-25,982,Yorkshire and the Humber,,1628694479
    #expect(Section251Record.standardAreaName(records[1].area) == "Yorkshire and The Humber")
    // C&YPExpenditure,...,2024-25,380,Bradford,Yorkshire and The Humber,253549261
    #expect(records[2].isAuthority)
    #expect(records[2].regionName == "Yorkshire and The Humber")
    #expect(records[2].value == .number(253_549_261))
    // C&YPExpenditure,...,2016-17,801,"Bristol, City of",South West,82129805
    #expect(records[4].area == "Bristol, City of")
    #expect(records[4].year == 2016)
    // LACFinance,Looked after Children Finance,2024-25,333,Sandwell,West Midlands,1360
    #expect(records[6].line == .lookedAfterUnitCost)
    #expect(records[6].value == .number(1360))
  }

  // C&YPExpenditure,...,2024-25,806,Middlesbrough,North East,-
  @Test func readsSection251sDashAsNoValueNeverZero() throws {
    let middlesbrough = try Self.section251("s251.csv")[3]
    #expect(middlesbrough.value == .suppressed(.noValue))
    #expect(middlesbrough.value.number == nil)
  }

  // OtherChildren&FamilyFinance,...,2018-19,333,Sandwell,West Midlands,0
  @Test func keepsAPublishedZeroAsANumber() throws {
    #expect(try Self.section251("s251.csv")[5].value == .number(0))
  }

  @Test func readsSection251ColumnsInAnyOrder() throws {
    #expect(try Self.section251("s251-reordered.csv") == Self.section251("s251.csv"))
  }

  @Test func rejectsASection251FileWithoutARegionColumn() {
    #expect(
      throws: DatasetError.missingColumn(
        file: "s251-missing-column.csv", column: "region",
        expected: "DfE's section 251 outturn's columns: "
          + "measure,description,financial_year,la_code,area,region,value")
    ) { try Self.section251("s251-missing-column.csv") }
  }

  // Line 3: C&YPExpenditure,...,2024-25,381,Calderdale,Yorkshire and The Humber,n/a
  @Test func rejectsASection251ValueThatIsNeitherNumberNorMarker() {
    #expect(
      throws: DatasetError.invalidField(
        file: "s251-bad-value.csv", line: 3, field: "value", value: "n/a",
        expected: Self.markerText)
    ) { try Self.section251("s251-bad-value.csv") }
  }

  // Lines 2 and 4 are both Bradford's C&YPExpenditure for 2024-25 (line 3 is another measure).
  @Test func rejectsARepeatedSection251MeasureYearAndArea() {
    #expect(
      throws: DatasetError.duplicate(
        file: "s251-duplicate.csv", line: 4, field: "measure, year and area",
        value: "C&YPExpenditure 2024-25 380", firstLine: 2)
    ) { try Self.section251("s251-duplicate.csv") }
  }

  @Test func rejectsAnUnknownSection251Measure() {
    #expect(
      throws: DatasetError.invalidField(
        file: "s251-unknown-measure.csv", line: 2, field: "measure", value: "CSCExpenditure",
        expected: "one of " + Section251Line.allCases.map(\.rawValue).joined(separator: ", "))
    ) { try Self.section251("s251-unknown-measure.csv") }
  }

  @Test func rejectsASection251YearWrittenWithASlash() {
    #expect(
      throws: DatasetError.invalidField(
        file: "s251-bad-year.csv", line: 2, field: "financial_year", value: "2024/25",
        expected: "a financial year such as 2024-25")
    ) { try Self.section251("s251-bad-year.csv") }
  }

  @Test(arguments: ["87", "0871", "87a", ""])
  func rejectsASection251CodeThatIsNotThreeDigits(code: String) {
    let text = """
      measure,description,financial_year,la_code,area,region,value
      C&YPExpenditure,Gross,2024-25,\(code),Slough,South East,46083852

      """
    #expect(
      throws: DatasetError.invalidField(
        file: "s", line: 2, field: "la_code", value: code,
        expected: "DfE's three-digit code such as 871")
    ) { try Section251Parser.parse(bytes: text.bytes, file: "s") }
  }

  // MARK: - RO3

  @Test func readsRevenueOutturnRows() throws {
    let records = try Self.revenueOutturn("ro3.csv")
    #expect(records.count == 8)
    // 2024-25,E4701,E08000032,Bradford,MD,Y,TOTAL CHILDREN SOCIAL CARE,
    //   Total Expenditure (C3 = C1 + C2),262209
    let bradford = records[0]
    #expect(bradford.year == 2024)
    #expect(bradford.onsCode == "E08000032")
    #expect(bradford.name == "Bradford")
    #expect(bradford.serviceLine == RevenueOutturnRecord.totalServiceLine)
    #expect(bradford.column == .totalExpenditure)
    #expect(bradford.isCertified == true)
    #expect(bradford.thousands == .number(262_209))
    #expect(records[1].column == .agencyStaffCost)
    // 2023-24,E5047,E09000027,Richmond upon Thames,LB,N,...,agency staff cost memorandum item,-3102
    #expect(records[4].thousands == .number(-3102))
    #expect(records[4].isCertified == false)
    #expect(records[4].year == 2023)
    // 2024-25,E1204,E06000058,"Bournemouth, Christchurch and Poole UA",...,63617
    #expect(records[5].name == "Bournemouth, Christchurch and Poole UA")
    // 2024-25,E5043,E09000021,Kingston Upon Thames,...,43342.07 and the memorandum 0
    #expect(records[6].thousands == .number(43_342.07))
    #expect(records[7].thousands == .number(0))
  }

  // 2024-25,E4601,E08000025,Birmingham,MD,[x],...,[x]
  // 2024-25,E4501,E08000037,Gateshead,MD,Y,...of which residential care,...,[note 4]
  @Test func readsRevenueOutturnMarkersNeverAsZero() throws {
    let records = try Self.revenueOutturn("ro3.csv")
    #expect(records[2].thousands == .suppressed(.notReceived))
    #expect(records[2].isCertified == nil)
    #expect(records[3].thousands == .suppressed(.noteFour))
    #expect(records[2].thousands.number == nil && records[3].thousands.number == nil)
  }

  @Test func rejectsAnRO3FileWithoutItsColumnColumn() {
    #expect(
      throws: DatasetError.missingColumn(
        file: "ro3-missing-column.csv", column: "column",
        expected: "MHCLG's RO3 return's columns: "
          + RevenueOutturnParser.columns.joined(separator: ","))
    ) { try Self.revenueOutturn("ro3-missing-column.csv") }
  }

  @Test func rejectsAnRO3ValueThatIsNeitherNumberNorMarker() {
    #expect(
      throws: DatasetError.invalidField(
        file: "ro3-bad-value.csv", line: 3, field: "value_thousands", value: "19.6m",
        expected: Self.markerText)
    ) { try Self.revenueOutturn("ro3-bad-value.csv") }
  }

  @Test func rejectsARepeatedRO3LineColumnYearAndAuthority() {
    #expect(
      throws: DatasetError.duplicate(
        file: "ro3-duplicate.csv", line: 4, field: "service line, column, year and authority",
        value: "E08000032 2024-25 Total Expenditure (C3 = C1 + C2)", firstLine: 2)
    ) { try Self.revenueOutturn("ro3-duplicate.csv") }
  }

  @Test func rejectsAnUnknownRO3Column() {
    #expect(
      throws: DatasetError.invalidField(
        file: "ro3-unknown-column-value.csv", line: 2, field: "column",
        value: "Gross Expenditure",
        expected: "one of "
          + RevenueOutturnRecord.Column.allCases.map(\.rawValue).joined(separator: "; "))
    ) { try Self.revenueOutturn("ro3-unknown-column-value.csv") }
  }

  @Test func rejectsAnRO3CertifiedFlagOtherThanYNOrX() {
    #expect(
      throws: DatasetError.invalidField(
        file: "ro3-bad-certified.csv", line: 2, field: "certified", value: "yes",
        expected: "Y, N or [x]")
    ) { try Self.revenueOutturn("ro3-bad-certified.csv") }
  }

  @Test(arguments: ["E0600003", "E060000399", "X06000039", "E0600003a", "E+6000039"])
  func rejectsAnONSCodeThatIsNotEAndEightDigits(code: String) {
    let text = """
      \(RevenueOutturnParser.columns.joined(separator: ","))
      2024-25,E0304,\(code),Slough UA,UA,Y,TOTAL CHILDREN SOCIAL CARE,\
      Total Expenditure (C3 = C1 + C2),53754

      """
    #expect(
      throws: DatasetError.invalidField(
        file: "r", line: 2, field: "ons_code", value: code,
        expected: "an ONS code such as E06000039")
    ) { try RevenueOutturnParser.parse(bytes: text.bytes, file: "r") }
  }

  @Test func rejectsAnRO3RowWithADfECodeForItsONSCode() {
    #expect(
      throws: DatasetError.invalidField(
        file: "ro3-bad-ons-code.csv", line: 2, field: "ons_code", value: "380",
        expected: "an ONS code such as E06000039")
    ) { try Self.revenueOutturn("ro3-bad-ons-code.csv") }
  }

  // MARK: - Population

  @Test func readsPopulationRowsOfEveryLevel() throws {
    let records = try Self.population("population.csv")
    #expect(records.count == 4)
    // 2024,Reporting year,National,E92000001,England,,,,,,Children aged 0 to 17 years,12183016
    #expect(records[0].level == .national)
    #expect(records[0].name == "England")
    #expect(records[0].children == .number(12_183_016))
    // 2024,...,Regional,E92000001,England,E13000001,Inner London,,,,...,639273
    #expect(records[1].level == .regional)
    #expect(records[1].name == "Inner London")
    #expect(records[1].children == .number(639_273))
    // 2024,...,Local authority,...,810,E06000010,"Kingston upon Hull, City of",...,62379
    #expect(records[2].laCode == "810")
    #expect(records[2].onsCode == "E06000010")
    #expect(records[2].name == "Kingston upon Hull, City of")
    #expect(records[2].regionName == "Yorkshire and The Humber")
    #expect(records[2].fileLine == 4)
  }

  // 2018,...,South West,837,E06000028,Bournemouth,Children aged 0 to 17 years,x
  @Test func readsONSsXAsNotAvailableNeverZero() throws {
    let bournemouth = try Self.population("population.csv")[3]
    #expect(bournemouth.children == .suppressed(.notAvailable))
    #expect(bournemouth.children.number == nil)
  }

  @Test func rejectsAPopulationFileWithoutAnAgeGroupColumn() {
    #expect(
      throws: DatasetError.missingColumn(
        file: "population-missing-column.csv", column: "age_group",
        expected: "ONS's mid-year population's columns: "
          + PopulationParser.columns.joined(separator: ","))
    ) { try Self.population("population-missing-column.csv") }
  }

  @Test func rejectsANegativeNumberOfChildren() {
    #expect(
      throws: DatasetError.invalidField(
        file: "population-negative.csv", line: 3, field: "population_estimate", value: "-45130",
        expected: "a number of children, 0 or more")
    ) { try Self.population("population-negative.csv") }
  }

  @Test func rejectsAnEstimateThatIsNeitherNumberNorMarker() {
    #expect(
      throws: DatasetError.invalidField(
        file: "population-bad-value.csv", line: 3, field: "population_estimate",
        value: "about 45000", expected: Self.markerText)
    ) { try Self.population("population-bad-value.csv") }
  }

  @Test func rejectsAnAuthorityGivenTwiceInOneYear() {
    #expect(
      throws: DatasetError.duplicate(
        file: "population-duplicate.csv", line: 3, field: "area and year",
        value: "Bradford 2024", firstLine: 2)
    ) { try Self.population("population-duplicate.csv") }
  }

  @Test func rejectsAnUnknownGeographicLevel() {
    #expect(
      throws: DatasetError.invalidField(
        file: "population-unknown-level.csv", line: 2, field: "geographic_level",
        value: "Ward", expected: "National, Regional or Local authority")
    ) { try Self.population("population-unknown-level.csv") }
  }

  // MARK: - What is reported first

  /// One file of each kind: its header, then `rows`.
  static func parsers(_ rows: [String]) -> [(String, () throws -> Void)] {
    func text(_ columns: [String]) -> [UInt8] {
      ([columns.joined(separator: ",")] + rows).joined(separator: "\n").bytes
    }
    let section251 = text(Section251Parser.columns)
    let revenueOutturn = text(RevenueOutturnParser.columns)
    let population = text(PopulationParser.columns)
    return [
      ("s251", { _ = try Section251Parser.parse(bytes: section251, file: "f") }),
      ("ro3", { _ = try RevenueOutturnParser.parse(bytes: revenueOutturn, file: "f") }),
      ("ons", { _ = try PopulationParser.parse(bytes: population, file: "f") }),
    ]
  }

  // Rows are read one at a time, yet a malformed CSV after a bad row is still what is reported,
  // as when the whole file was parsed before any row was checked.
  @Test func reportsAMalformedCSVAfterABadRowFirst() {
    for (name, parse) in Self.parsers(["a,b", "c,d", "\"unterminated"]) {
      #expect(
        throws: DatasetError.malformedCSV(
          file: "f", line: 4, problem: CSVError.unterminatedQuote(line: 4).description),
        "\(name)"
      ) { try parse() }
    }
  }

  @Test func reportsTheFirstBadRowWhenTheCSVIsWellFormed() {
    let widths = [7, 9, 12]
    for ((name, parse), width) in zip(Self.parsers(["a,b", "c,d"]), widths) {
      #expect(
        throws: DatasetError.wrongFieldCount(file: "f", line: 2, found: 2, expected: width),
        "\(name)"
      ) { try parse() }
    }
  }

  @Test func reportsAHeaderOnlyFileAsEmpty() {
    for (name, parse) in Self.parsers([]) {
      #expect(
        throws: DatasetError.empty(file: "f", expected: "at least one row of data"), "\(name)"
      ) { try parse() }
    }
  }

  // Every text field of the bundled finance files is kept as written: the loaders' records
  // beside a plain reader's rows (no row spans lines, so row i is on line i + 2).
  @Test func keepsEveryBundledTextAsWritten() throws {
    let finance = try BundledDataset.dataset().finance
    let section251 = try RawOfficialTables.table("s251_outturn_2016-17_to_2024-25.csv")
    #expect(section251.count == finance.section251.count)
    for (row, record) in zip(section251, finance.section251) {
      #expect(
        [row["measure"], row["la_code"], row["area"], row["region"]]
          == [record.line.rawValue, record.laCode, record.area, record.regionName],
        "s251 line \(record.fileLine)")
    }
    let revenueOutturn = try RawOfficialTables.table(
      "ro3_childrens_social_care_2022-23_to_2024-25.csv")
    #expect(revenueOutturn.count == finance.revenueOutturn.count)
    for (row, record) in zip(revenueOutturn, finance.revenueOutturn) {
      let certified = record.isCertified.map { $0 ? "Y" : "N" } ?? "[x]"
      #expect(
        [row["ons_code"], row["la_name"], row["service_line"], row["column"], row["certified"]]
          == [record.onsCode, record.name, record.serviceLine, record.column.rawValue, certified],
        "ro3 line \(record.fileLine)")
    }
    let population = try RawOfficialTables.table("ons_mid_year_population_2012_to_2024.csv")
    #expect(population.count == finance.population.count)
    for (row, record) in zip(population, finance.population) {
      #expect(
        [row["region_name"], row["old_la_code"], row["new_la_code"]]
          == [record.regionName, record.laCode, record.onsCode],
        "ons line \(record.fileLine)")
    }
  }

  // MARK: - Every marker in every file

  static let markers: [(String, SuppressionMarker)] = [
    ("-", .noValue), ("x", .notAvailable), ("[x]", .notReceived),
    ("[n]", .notApplicableToReturn), ("[note 4]", .noteFour), ("", .blank),
  ]

  /// One row of each file with `cell` as its value.
  static func oneRowFiles(_ cell: String) -> [(String, () throws -> OfficialValue?)] {
    let section251 = """
      measure,description,financial_year,la_code,area,region,value
      C&YPExpenditure,Gross,2024-25,380,Bradford,Yorkshire and The Humber,\(cell)

      """
    let revenueOutturn = """
      \(RevenueOutturnParser.columns.joined(separator: ","))
      2024-25,E4701,E08000032,Bradford,MD,Y,TOTAL CHILDREN SOCIAL CARE,\
      Total Expenditure (C3 = C1 + C2),\(cell)

      """
    let population = """
      \(PopulationParser.columns.joined(separator: ","))
      2024,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,\
      380,E08000032,Bradford,Children aged 0 to 17 years,\(cell)

      """
    return [
      ("s251", { try Section251Parser.parse(bytes: section251.bytes, file: "s").first?.value }),
      (
        "ro3",
        {
          try RevenueOutturnParser.parse(bytes: revenueOutturn.bytes, file: "r").first?.thousands
        }
      ),
      ("ons", { try PopulationParser.parse(bytes: population.bytes, file: "p").first?.children }),
    ]
  }

  @Test(arguments: 0..<markers.count)
  func everyMarkerInEveryFileIsATypedMissingValueNeverZero(index: Int) throws {
    let (text, marker) = Self.markers[index]
    for (file, parse) in Self.oneRowFiles(text) {
      let value = try #require(try parse(), "\(file)")
      #expect(value == .suppressed(marker), "\(file) \"\(text)\"")
      #expect(value.number == nil, "\(file) \"\(text)\"")
    }
  }

  @Test(arguments: ["nan", "inf", "1e3", "1,234", "£5", " 12", "12 ", "--5", "NA"])
  func rejectsTextThatIsNoPlainNumberInEveryFile(text: String) {
    for (file, parse) in Self.oneRowFiles(text) {
      #expect(throws: DatasetError.self, "\(file) \"\(text)\"") { try parse() }
    }
  }

  // MARK: - Numbers read exactly

  @Test(arguments: [
    "0", "-0", "12", "-3102", "43342.07", "0.05", "124556.32", "16012355892", "7790.21",
    "0.1", "9007199254740993", "123456789012345678", "00012.500",
  ])
  func readsANumberAsStrtodDoes(text: String) throws {
    let expected = try #require(Double(text))
    let read = try #require(NamedColumns.number(text))
    #expect(read == expected)
    #expect(read.sign == expected.sign)
  }

  @Test(arguments: [
    "", "-", ".5", "5.", "1e3", "inf", "nan", "0x10", "1,000", "+1", "1234567890123456789",
    "1.0000000000000000001",
  ])
  func readsNoNumberWhereNumberFieldReadsNone(text: String) {
    #expect(NamedColumns.number(text) == nil)
    #expect(NumberField.double(text) == nil)
  }

  // 20,000 strings drawn from digits, points, signs, exponents and spaces: the finance reader
  // accepts exactly what NumberField accepts, as the same Double.
  @Test func readsExactlyWhatNumberFieldReads() {
    var random = SplitMix(seed: 14)
    let alphabet = Array("000000123456789.-eE+ x")
    var numbers = 0
    for _ in 0..<20_000 {
      let text = String((0..<random.below(24)).map { _ in random.pick(alphabet) })
      let read = NamedColumns.number(text)
      let expected = NumberField.double(text)
      #expect(read == expected, "\"\(text)\"")
      #expect(read?.sign == expected?.sign, "\"\(text)\"")
      if read != nil { numbers += 1 }
    }
    // Enough of them are numbers for the comparison to mean something.
    #expect(numbers > 2000, "\(numbers) numbers")
  }

  // Every numeric cell of the bundled finance files, read by the loader, is the Double that
  // Swift's own `Double(String)` (strtod) reads from the raw text: exactly, not within a tolerance.
  @Test func readsEveryBundledAmountExactly() throws {
    let finance = try BundledDataset.dataset().finance
    let files: [(String, String, [Int: OfficialValue])] = [
      (
        DatasetLoader.section251File, "value",
        Dictionary(
          finance.section251.map { ($0.fileLine, $0.value) }, uniquingKeysWith: { a, _ in a })
      ),
      (
        DatasetLoader.revenueOutturnFile, "value_thousands",
        Dictionary(
          finance.revenueOutturn.map { ($0.fileLine, $0.thousands) },
          uniquingKeysWith: { a, _ in a })
      ),
      (
        DatasetLoader.populationFile, "population_estimate",
        Dictionary(
          finance.population.map { ($0.fileLine, $0.children) }, uniquingKeysWith: { a, _ in a })
      ),
    ]
    var compared = 0
    for (name, column, byLine) in files {
      let path = TestFiles.datasetsDirectory + "/" + name
      let raw = try CSVParser.parse(
        bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
      let position = try #require(raw.first?.fields.firstIndex(of: column))
      for row in raw.dropFirst() {
        guard let expected = Double(row.fields[position]) else { continue }
        #expect(byLine[row.line] == .number(expected), "\(name):\(row.line)")
        compared += 1
      }
    }
    // 19,890 − 813 dashes; 18,320 − 732 markers; 2,132 − 21 x.
    #expect(compared == 19_077 + 17_588 + 2111)
  }

  // MARK: - The bundled files

  // Counted with a plain reader (Python's csv module) over datasets/official: s251 19,890 rows,
  // 813 `-`, 510 published zeros; RO3 18,320 rows, 720 `[x]` values (and 720 `[x]` in
  // `certified`), 12 `[note 4]`, 2,379 zeros; ONS 2,132 rows, 21 `x`, no zeros.
  @Test func countsEveryMarkerInTheBundledFinanceFiles() throws {
    let finance = try BundledDataset.dataset().finance
    func count<T>(_ records: [T], _ value: (T) -> OfficialValue) -> [String: Int] {
      var counts: [String: Int] = [:]
      for record in records {
        switch value(record) {
        case .suppressed(let marker): counts[marker.rawValue, default: 0] += 1
        case .number(0): counts["0", default: 0] += 1
        case .number: continue
        }
      }
      return counts
    }
    #expect(finance.section251.count == 19_890)
    #expect(count(finance.section251, \.value) == ["-": 813, "0": 510])
    #expect(finance.revenueOutturn.count == 18_320)
    #expect(count(finance.revenueOutturn, \.thousands) == ["[x]": 720, "[note 4]": 12, "0": 2379])
    #expect(finance.revenueOutturn.filter { $0.isCertified == nil }.count == 720)
    #expect(finance.population.count == 2132)
    #expect(count(finance.population, \.children) == ["x": 21])
  }
}
