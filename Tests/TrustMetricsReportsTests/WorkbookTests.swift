import Foundation
import Testing
import TrustMetricsCore
import XlsxPackageReader
import XlsxWriter

@testable import TrustMetricsReports

@Suite struct WorkbookTests {
  let created = Date(timeIntervalSince1970: 1_750_000_000)

  func written(
    constantMemory: Bool = false, years: Int = 5, rate: Double = 0.035
  ) throws -> (XlsxPackage, WorkbookReceipt, URL) {
    let directory = try WorkbookFixture.temporaryDirectory()
    let path = directory.appendingPathComponent("comparison.xlsx").path
    let receipt = try ComparisonWorkbook.write(
      WorkbookFixture.dataset,
      options: WorkbookOptions(
        discountRate: rate, horizonYears: years, constantMemory: constantMemory, created: created),
      to: path, replacingExisting: false)
    return (try XlsxPackage(url: URL(fileURLWithPath: path)), receipt, directory)
  }

  /// Whether a cached value is the library's value: libxlsxwriter writes numbers with 16
  /// significant digits (`%.16G`), so the two agree within 1e-15 relative.
  static func same(_ cached: String?, _ value: Double) -> Bool {
    guard let cached = cached.flatMap(Double.init) else { return false }
    return abs(cached - value) <= 1e-15 * max(1, abs(value))
  }

  @Test func writesTheSevenSheetsAndTheNamedAssumptions() throws {
    let (package, receipt, directory) = try written()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try package.sheets().map(\.name) == ComparisonWorkbook.sheetNames)
    #expect(receipt.sheetNames == ComparisonWorkbook.sheetNames)
    // The Finance sheet prints its header row on every page.
    #expect(
      try package.definedNames() == [
        "DiscountRate": "Insourcing!$B$4", "Horizon": "Insourcing!$B$5",
        "_xlnm.Print_Titles": "Finance!$1:$1",
      ])
    let insourcing = try package.cells(ofSheet: "Insourcing")
    #expect(insourcing["B4"]?.value.flatMap(Double.init) == 0.035)
    #expect(insourcing["B5"]?.value == "5")
    #expect(insourcing["A8"]?.value == "Reading / Brighter Futures for Children")
    #expect(receipt.insourcingCaseCount == 1)
    #expect(receipt.authorities == ["Reading"])
    let core = try package.xml("docProps/core.xml")
    #expect(core.first("creator")?.text == "TrustMetrics")
    #expect(core.first("title")?.text.contains("comparison") == true)
    #expect(core.first("created")?.text == "2025-06-15T15:06:40Z")
  }

  @Test func aboutSheetNamesTheFinanceFilesAndTheirYears() {
    // The finance fixture's section 251 and RO3 rows are FY2023-24 and FY2024-25.
    #expect(
      AboutSheet.financeSources(in: FinanceSheetFixture.dataset)
        == "DfE section 251 FY2023-24 to FY2024-25, MHCLG RO3 FY2023-24 to FY2024-25 "
        + "and ONS children aged 0–17")
    // The workbook fixture has no finance rows: said, not left out.
    #expect(
      AboutSheet.financeSources(in: WorkbookFixture.dataset)
        == "DfE section 251 (no values), MHCLG RO3 (no values) and ONS children aged 0–17")
  }

  @Test func receiptCountsTheCellsEachSheetHolds() throws {
    let (package, receipt, directory) = try written()
    defer { try? FileManager.default.removeItem(at: directory) }
    // Oracle: the <c> elements of each sheet's XML, styled blanks included; every cell is
    // written once.
    for name in ComparisonWorkbook.sheetNames {
      let cells = try package.cells(ofSheet: name)
      #expect(receipt.cellCounts[name] == cells.count, "sheet \(name)")
    }
    #expect(receipt.cellCounts.count == ComparisonWorkbook.sheetNames.count)
  }

  /// The README's reference appraisal: £600,000 cost, £200,000–£300,000 a year, 5 years at 3.5%.
  @Test(arguments: [
    ("E8", "AVERAGE(C8:D8)", 250_000.0),
    ("F8", "B8/E8", 2.4),
    ("H8", "PV(DiscountRate,Horizon,-C8)-B8", 303_010.48),
    ("I8", "PV(DiscountRate,Horizon,-E8)-B8", 528_763.09),
    ("J8", "PV(DiscountRate,Horizon,-D8)-B8", 754_515.71),
    ("K8", "B8/PV(DiscountRate,Horizon,-1)", 132_888.82),
    ("G8", nil, 2.555),
  ])
  func insourcingCellsAreFormulasCachedWithTheReferenceValues(
    cell: String, formula: String?, expected: Double
  ) throws {
    let (package, _, directory) = try written()
    defer { try? FileManager.default.removeItem(at: directory) }
    let entry = try #require(try package.cells(ofSheet: "Insourcing")[cell])
    let cached = try #require(entry.value.flatMap(Double.init))
    if let formula { #expect(entry.formula == formula) }
    #expect(entry.formula?.isEmpty == false)
    #expect(abs(cached - expected) < 0.005)
  }

  @Test(arguments: [false, true])
  func everyCachedValueEqualsTheLibrarysValue(constantMemory: Bool) throws {
    let (package, receipt, directory) = try written(constantMemory: constantMemory)
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(receipt.usedConstantMemory == constantMemory)
    let appraisal = try InsourcingAppraisal(
      cost: 600_000, lowSaving: 200_000, highSaving: 300_000, horizonYears: 5)
    let cells = try package.cells(ofSheet: "Insourcing")
    let expected: [String: Double] = [
      "E8": appraisal.central.annualSaving, "F8": appraisal.central.simplePayback,
      "G8": try #require(appraisal.central.discountedPayback.years),
      "H8": appraisal.low.netPresentValue, "I8": appraisal.central.netPresentValue,
      "J8": appraisal.high.netPresentValue, "K8": appraisal.breakEvenSaving,
    ]
    for (cell, value) in expected {
      #expect(WorkbookTests.same(cells[cell]?.value, value), "\(cell)")
    }
    // The sensitivity table: rates down column A, horizons 3, 5, 10 across, all formulas.
    var sensitivity = 0
    for (reference, entry) in cells {
      guard let formula = entry.formula, formula.hasPrefix("PV($A") else { continue }
      let row = Int(reference.drop { $0.isLetter }) ?? 0
      let column = reference.prefix { $0.isLetter }
      let rate = try #require(cells["A\(row)"]?.value.flatMap(Double.init))
      // PV($A12,B$11,-$E$8)-$B$8: the horizon is in this column of the axis row.
      let axisRow = formula.split(separator: "$")[2].prefix { $0.isNumber }
      let years = try #require(cells["\(column)\(axisRow)"]?.value.flatMap(Double.init))
      let npv = try InsourcingAppraisal.netPresentValue(
        cost: 600_000, annualSaving: 250_000, years: Int(years), discountRate: rate)
      #expect(WorkbookTests.same(entry.value, npv), "\(reference)")
      sensitivity += 1
    }
    #expect(sensitivity == 15)
    #expect(receipt.formulaCount == 7 + 15 + 1 + 1)
  }

  @Test func startingAssumptionsComeFromTheOptions() throws {
    let (package, _, directory) = try written(years: 10, rate: 0.03)
    defer { try? FileManager.default.removeItem(at: directory) }
    let cells = try package.cells(ofSheet: "Insourcing")
    #expect(cells["B5"]?.value == "10")
    let npv = try InsourcingAppraisal.netPresentValue(
      cost: 600_000, annualSaving: 250_000, years: 10, discountRate: 0.03)
    #expect(WorkbookTests.same(cells["I8"]?.value, npv))
  }

  @Test func constantMemoryUsesAutofiltersInsteadOfTables() throws {
    let (normal, _, first) = try written()
    let (constant, _, second) = try written(constantMemory: true)
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    #expect(!normal.paths(under: "xl/tables/").isEmpty)
    #expect(constant.paths(under: "xl/tables/").isEmpty)
    for (name, path) in try constant.sheets() {
      #expect(try constant.xml(path).first("autoFilter") != nil || name == "About", "\(name)")
    }
    #expect(try constant.cells(ofSheet: "Figures")["A2"]?.type == "inlineStr")
    #expect(try constant.cells(ofSheet: "Figures")["A2"]?.value == "reading-cost")
  }

  @Test func chartsHaveTitlesAxisTitlesAndAltText() throws {
    let (package, _, directory) = try written()
    defer { try? FileManager.default.removeItem(at: directory) }
    let charts = package.paths(under: "xl/charts/chart")
    #expect(charts.count == 3)
    for path in charts {
      let titles = try package.xml(path).all("title").map { $0.all("t").map(\.text).joined() }
      #expect(titles.count == 3, "\(path): title and two axis titles")
      #expect(titles.allSatisfy { !$0.isEmpty })
    }
    let descriptions = try package.paths(under: "xl/drawings/drawing").filter {
      $0.hasSuffix(".xml")
    }.flatMap { try package.xml($0).all("cNvPr").compactMap { $0["descr"] } }
    #expect(descriptions.count == 3)
    #expect(descriptions.allSatisfy { $0.count > 40 })
    #expect(descriptions.contains { $0.hasPrefix("Line chart of DfE's published agency rate") })
  }

  @Test func summaryShowsTheBandLetterInItsOwnColouredCell() throws {
    let (package, _, directory) = try written()
    defer { try? FileManager.default.removeItem(at: directory) }
    let cells = try package.cells(ofSheet: "Summary")
    #expect(cells["A1"]?.value == "Authority")
    #expect(cells["R1"]?.value == "Band (A best – D worst)")
    // Reading's 2025 agency rate 24 is the worst of four: rank 4, band D.
    #expect(cells["A2"]?.value == "Reading")
    #expect(cells["E2"]?.value == "24")
    #expect(cells["P2"]?.value == "4")
    #expect(cells["R2"]?.value == "D")
    #expect(cells["R2"]?.style != cells["Q2"]?.style)
  }

  @Test func financeFormulaIsTheOverspendShareOfTheBudget() throws {
    let (package, _, directory) = try written()
    defer { try? FileManager.default.removeItem(at: directory) }
    let cells = try package.cells(ofSheet: "Finance")
    // The news table follows the official comparison: its first row is under its header.
    let header = try #require(cells.first { $0.value.value == "Body (council)" }?.key)
    let row = try #require(Int(header.drop { $0.isLetter })) + 1
    #expect(cells["G\(row)"]?.formula == "E\(row)/D\(row)")
    #expect(cells["G\(row)"]?.value.flatMap(Double.init) == 0.05)
    let workforce = try package.cells(ofSheet: "Workforce")
    let difference = try #require(
      workforce.first { $0.value.formula?.hasPrefix("G") == true }?.value)
    // Reported 30% beside the official 26% of the 2024 census.
    #expect(difference.value.flatMap(Double.init) == 4)
  }

  @Test func financeExplainsBlankAmountsOnceUnderTheTable() throws {
    let dataset = WorkbookFixture.dataset
    let scope = WorkbookScope(
      codes: ComparisonWorkbook.defaultAuthorityCodes(in: dataset), statistics: dataset.workforce)
    let plan = FinanceSheet.plan(dataset: dataset, scope: scope)
    var blankAmounts = 0
    var footnotes: [String] = []
    plan.forEachEntryWithStyleIndex { cell, entry, _ in
      if (3...5).contains(cell.column), cell.row > 0, case .blank = entry.value {
        blankAmounts += 1
        #expect(entry.note == nil, "\(cell.a1) carries a note")
      }
      if case .text(let text) = entry.value, text.hasPrefix("A blank budget or overspend") {
        footnotes.append(text)
      }
    }
    // Some of the fixture's finance rows lack an amount (a budget, actual or forecast).
    #expect(blankAmounts > 0)
    #expect(footnotes == ["A blank budget or overspend: no source gives that figure for the year."])
  }

  @Test func sourcesLinkOnlyWebAddresses() {
    #expect(SourcesSheet.isWebAddress("https://example.org/a"))
    #expect(SourcesSheet.isWebAddress("http://example.org/a"))
    #expect(!SourcesSheet.isWebAddress("javascript:alert(1)"))
    #expect(!SourcesSheet.isWebAddress("file:///etc/passwd"))
  }

  @Test func keepsAnExistingFile() throws {
    let directory = try WorkbookFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("kept.xlsx").path
    try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: XlsxError.outputExists(path: path)) {
      try ComparisonWorkbook.write(
        WorkbookFixture.dataset, options: WorkbookOptions(), to: path, replacingExisting: false)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("mine".utf8))
  }

  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func contentHashIsSHA256(text: String, digest: String) {
    #expect(ContentHash.sha256(text) == digest)
  }

  @Test func contentHashMatchesFIPSVectorsOverManyBlocks() {
    // FIPS 180-2 appendix B.2 (two blocks) and B.3 (a million "a", 15,625 blocks).
    #expect(
      ContentHash.sha256(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
      ) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    #expect(
      ContentHash.sha256(String(repeating: "a", count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test(arguments: [1, 7, 63, 64, 65, 128, 999, 1_000])
  func contentHashFedInPiecesEqualsTheWhole(pieceSize: Int) {
    // Bytes (i * 7 + 3) mod 251 for i < 1000; digest from Python's hashlib.sha256.
    let bytes = (0..<1_000).map { UInt8((($0 * 7) + 3) % 251) }
    var hash = ContentHash()
    for start in stride(from: 0, to: bytes.count, by: pieceSize) {
      hash.update(bytes[start..<min(start + pieceSize, bytes.count)])
    }
    #expect(hash.finalize() == "a9425c416f534025a4e2422bd14adba4ec3d4a68d10c3329be8df612964d2b6e")
  }

  @Test func datasetContentHashIsTheDigestOfItsCanonicalLines() {
    // The canonical text built whole, line by line, as a reader of the About sheet would; a
    // dataset with every part: figures, workforce, an earlier release, neighbours and finance.
    let dataset = ContentHashTests.dataset()
    var lines = dataset.figures.map { figure in
      [
        "figure", figure.id, figure.entity, figure.measure.rawValue, figure.period.description,
        figure.value.description, figure.qualifiers.map(\.rawValue).joined(separator: ";"),
        figure.provenance.source, figure.provenance.quote,
      ].joined(separator: "\t")
    }
    lines += dataset.entities.map { entity in
      [
        "entity", entity.name, entity.kind.rawValue, entity.laCode ?? "", entity.region ?? "",
        entity.aliases.joined(separator: ";"),
      ].joined(separator: "\t")
    }
    lines += dataset.trusts.map { spell in
      [
        "trust", spell.trust, spell.laCode, spell.from?.description ?? "",
        spell.to?.description ?? "", spell.provenance.source, spell.provenance.quote,
      ].joined(separator: "\t")
    }
    lines += dataset.sources.map { source in
      [
        "source", source.source, source.title ?? "", source.publisher ?? "",
        source.date?.description ?? "", source.url ?? "",
      ].joined(separator: "\t")
    }
    lines += dataset.articles.map { "article\t\($0)" }
    func text(_ value: OfficialValue) -> String {
      switch value {
      case .number(let number): "\(number)"
      case .suppressed(let marker): marker.rawValue
      }
    }
    func workforce(_ record: WorkforceRecord) -> String {
      let values = record.values.sorted { $0.key.rawValue < $1.key.rawValue }.map { key, value in
        "\(key.rawValue)=\(text(value))"
      }
      return "\(record.year)\t\(record.level.rawValue)\t\(record.regionName)\t"
        + "\(record.laCode)\t\(record.name)\t" + values.joined(separator: ",")
    }
    lines += dataset.workforce.records.map { "official\t" + workforce($0) }
    let release = dataset.earlierWorkforceReleases.first
    lines += (release?.statistics.records ?? []).map {
      "earlier_official\t\(release?.reportingYear ?? 0)\t" + workforce($0)
    }
    lines += dataset.neighbours.neighboursByCode.keys.sorted().map { code in
      "neighbours\t\(code)\t"
        + (dataset.neighbours.neighboursByCode[code] ?? []).joined(separator: ",")
    }
    lines += dataset.finance.section251.map { record in
      [
        "s251", record.line.rawValue, "\(record.year)", record.laCode, record.area,
        record.regionName, text(record.value),
      ].joined(separator: "\t")
    }
    lines += dataset.finance.revenueOutturn.map { record in
      [
        "ro3", "\(record.year)", record.onsCode, record.name, record.serviceLine,
        record.column.rawValue, record.isCertified.map { $0 ? "Y" : "N" } ?? "[x]",
        text(record.thousands),
      ].joined(separator: "\t")
    }
    lines += dataset.finance.population.map { record in
      [
        "population", "\(record.year)", record.level.rawValue, record.regionName,
        record.laCode, record.onsCode, record.name, text(record.children),
      ].joined(separator: "\t")
    }
    #expect(!dataset.figures.isEmpty && !dataset.workforce.records.isEmpty)
    #expect(release != nil && !dataset.neighbours.neighboursByCode.isEmpty)
    #expect(
      !dataset.finance.section251.isEmpty && !dataset.finance.revenueOutturn.isEmpty
        && !dataset.finance.population.isEmpty)
    #expect(
      AboutSheet.contentHash(of: dataset) == ContentHash.sha256(lines.joined(separator: "\n")))
  }
}

@Suite struct WorkbookCheckStatusTests {
  @Test func figuresSheetCarriesEachFiguresCheckStatus() throws {
    let directory = try WorkbookFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("statuses.xlsx").path
    let figures = WorkbookFixture.dataset.figures
    let first = try #require(figures.first)
    var options = WorkbookOptions(created: Date(timeIntervalSince1970: 0))
    options.checkStatuses = [first.id: "verified"]
    _ = try ComparisonWorkbook.write(
      WorkbookFixture.dataset, options: options, to: path, replacingExisting: false)
    let cells = try XlsxPackage(url: URL(fileURLWithPath: path)).cells(ofSheet: "Figures")
    // Column L (index 11) is "Check status"; row 2 is the first figure, row 3 the second.
    #expect(cells["L1"]?.value == "Check status")
    #expect(cells["L2"]?.value == "verified")
    if figures.count > 1 { #expect(cells["L3"]?.value == "not checked") }
    #expect(cells["M1"]?.value == "Quote")
  }
}
