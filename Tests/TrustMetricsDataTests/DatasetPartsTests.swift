import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// Loading without the finance files: they are not read at all, and the dataset says so.
@Suite struct DatasetPartsTests {
  static func load(_ datasets: String, parts: DatasetParts) throws(DatasetError) -> Dataset {
    try DatasetLoader(
      datasetsDirectory: datasets, seedsDirectory: TestFiles.seedsDirectory, parts: parts
    ).load()
  }

  @Test func aDatasetLoadedWithoutFinanceSaysSo() throws {
    let without = try Self.load(TestFiles.datasetsDirectory, parts: .alwaysRead)
    #expect(!without.finance.isLoaded)
    let whole = try BundledDataset.dataset()
    #expect(whole.finance.isLoaded)
    #expect(!whole.finance.section251.isEmpty)
    // Everything else is read as usual.
    #expect(without.figures.map(\.id) == whole.figures.map(\.id))
    #expect(without.workforce.records == whole.workforce.records)
    #expect(without.neighbours.neighboursByCode == whole.neighbours.neighboursByCode)
    #expect(
      without.earlierWorkforceReleases.map(\.statistics.records)
        == whole.earlierWorkforceReleases.map(\.statistics.records))
    #expect(without.sourceTexts == whole.sourceTexts)
    // Workforce questions are answered without finance.
    #expect(without.official.years(of: .agency) == whole.official.years(of: .agency))
    #expect(without.finance.table(.agency, year: 2025) == nil)
  }

  @Test func withoutFinanceTheFinanceFilesAreNotRead() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-parts-\(UUID().uuidString)")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: TestFiles.datasetsDirectory), to: directory)
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.removeItem(
      at: directory.appendingPathComponent(DatasetLoader.section251File))
    try Data("not, a \"finance file".utf8).write(
      to: directory.appendingPathComponent(DatasetLoader.populationFile))
    #expect(try !Self.load(directory.path, parts: .alwaysRead).finance.isLoaded)
    let missing = directory.appendingPathComponent(DatasetLoader.section251File).path
    #expect(throws: DatasetError.missing(path: missing)) {
      try Self.load(directory.path, parts: .all)
    }
  }
}
