import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// The real `datasets/` and `seeds/` shipped with the package, loaded once.
enum BundledDataset {
  static let loaded = Result { () throws(DatasetError) -> Dataset in
    try DatasetLoader(
      datasetsDirectory: TestFiles.datasetsDirectory, seedsDirectory: TestFiles.seedsDirectory
    ).load()
  }

  /// The dataset, or the loader's error.
  static func dataset() throws -> Dataset { try loaded.get() }
}

@Suite struct BundledDatasetTests {
  @Test func loadsTheWholeBundle() throws {
    let dataset = try BundledDataset.dataset()
    #expect(!dataset.figures.isEmpty)
    #expect(!dataset.entities.isEmpty)
    #expect(!dataset.trusts.isEmpty)
    #expect(dataset.sourceTexts.count == dataset.sources.count)
    #expect(!dataset.neighbours.neighboursByCode.isEmpty)
  }

  @Test func readsEveryRowOfTheOfficialFile() throws {
    let workforce = try BundledDataset.dataset().workforce
    #expect(workforce.records.count == 1463)
    #expect(workforce.years == Array(2017...2025))
  }

  // From the file's National 2025 row.
  @Test(arguments: [
    (WorkforceIndicator.agencyRateFTE, 13.0), (.turnoverRateFTE, 11.8), (.vacancyRateFTE, 14.2),
    (.caseloadFTE, 15.2),
  ])
  func readsEnglandIn2025(indicator: WorkforceIndicator, expected: Double) throws {
    let england = try #require(try BundledDataset.dataset().workforce.england(year: 2025))
    #expect(england[indicator] == .number(expected))
  }

  @Test func typesEveryMarkerInTheOfficialFile() throws {
    let workforce = try BundledDataset.dataset().workforce
    let path = TestFiles.datasetsDirectory + "/" + DatasetLoader.workforceFile
    let raw = try CSVParser.parse(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    let header = try #require(raw.first).fields
    let recordByLine = Dictionary(
      workforce.records.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
    var markerCounts: [SuppressionMarker: Int] = [:]
    var mismatches: [String] = []
    for row in raw.dropFirst() {
      let record = try #require(recordByLine[row.line])
      for (position, column) in header.enumerated() {
        guard let indicator = WorkforceIndicator(rawValue: column) else { continue }
        let text = row.fields[position]
        let expected: OfficialValue
        if let marker = SuppressionMarker(rawValue: text) {
          markerCounts[marker, default: 0] += 1
          expected = .suppressed(marker)
        } else {
          expected = .number(try #require(Double(text), "line \(row.line) \(column): \(text)"))
        }
        if record[indicator] != expected {
          mismatches.append("line \(row.line) \(column): \(text) read as \(record[indicator])")
        }
      }
    }
    #expect(mismatches == [])
    for marker in [
      SuppressionMarker.notAvailable, .notApplicable, .lowReliability, .belowPublishable,
    ] {
      #expect(markerCounts[marker, default: 0] > 0, "no \(marker.rawValue) cell")
    }
  }

  @Test func resolvesEveryEntityCodeAndName() throws {
    let dataset = try BundledDataset.dataset()
    let workforce = dataset.workforce
    for entity in dataset.entities {
      switch entity.kind {
      case .council:
        let code = try #require(entity.laCode, "\(entity.name) has no code")
        let officialName = try #require(workforce.name(ofCode: code), "\(code) does not resolve")
        #expect(EntityDirectory.key(officialName) == EntityDirectory.key(entity.name))
      case .trust:
        let code = try #require(entity.laCode, "\(entity.name) has no code")
        #expect(workforce.resolvedCode(code) != nil, "\(entity.name): \(code)")
        #expect(
          dataset.entities.contains { $0.kind == .council && $0.laCode == code },
          "no council with code \(code) for \(entity.name)")
        #expect(
          dataset.trusts.contains { $0.trust == entity.name && $0.laCode == code },
          "no trusts.csv row names \(code) for \(entity.name)")
      case .region:
        #expect(entity.laCode == nil)
        let region = try #require(entity.region)
        #expect(workforce.region(named: region, year: 2025) != nil, "\(region)")
      case .country:
        #expect(entity.laCode == nil)
        #expect(entity.name == WorkforceStatistics.englandName)
      }
    }
  }

  @Test func resolvesEveryTrustSpellCode() throws {
    let dataset = try BundledDataset.dataset()
    for spell in dataset.trusts {
      #expect(
        dataset.workforce.resolvedCode(spell.laCode) != nil, "\(spell.trust): \(spell.laCode)")
    }
  }

  @Test func findsEveryQuoteByteExactlyInItsSource() throws {
    let dataset = try BundledDataset.dataset()
    let provenances =
      dataset.figures.map { ($0.id, $0.provenance) }
      + dataset.trusts.map { ("trusts.csv \($0.trust)", $0.provenance) }
    for (id, provenance) in provenances {
      let text = try #require(dataset.sourceTexts[provenance.source], "\(id)")
      #expect(
        !QuoteLocator(text: text).positions(of: provenance.quote).isEmpty,
        "\(id): quote not in \(provenance.source): \(provenance.quote)")
    }
  }

  @Test func describesEveryCitedSource() throws {
    let dataset = try BundledDataset.dataset()
    let described = Set(dataset.sources.map(\.source))
    for figure in dataset.figures {
      #expect(described.contains(figure.provenance.source), "\(figure.id)")
    }
  }

  @Test func keepsEveryArticleInsideItsFile() throws {
    let dataset = try BundledDataset.dataset()
    #expect(!dataset.articles.isEmpty)
    for article in dataset.articles {
      let text = try #require(dataset.sourceTexts[article.source])
      var lineCount = text.utf8.count(where: { $0 == UInt8(ascii: "\n") })
      if !text.hasSuffix("\n"), !text.isEmpty { lineCount += 1 }
      #expect(
        article.lastLine <= lineCount,
        "\(article.source) \(article.firstLine)-\(article.lastLine) beyond \(lineCount) lines")
    }
  }

  @Test func placesEveryFigureOfAMultiArticleSourceInsideAnArticle() throws {
    let dataset = try BundledDataset.dataset()
    let multiArticleSources = Set(dataset.articles.map(\.source))
    for figure in dataset.figures where multiArticleSources.contains(figure.provenance.source) {
      let citation = dataset.citation(for: figure)
      let position = try #require(citation.position, "\(figure.id)")
      #expect(
        dataset.articles.contains {
          $0.source == citation.source && $0.contains(line: position.line)
        },
        "\(figure.id): line \(position.line) is in no article")
    }
  }
}
