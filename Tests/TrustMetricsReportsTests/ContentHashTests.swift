import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsReports

/// The datasets' content hash covers every part of the data: the neighbour model, DfE's earlier
/// workforce release and the finance files (section 251, RO3, ONS) as well as the figures and
/// the workforce indicators; the same data gives the same hash.
@Suite struct ContentHashTests {
  /// ``ReportFixture``'s dataset (section 251 and ONS finance, a neighbour model) with an RO3
  /// return and an earlier workforce release added.
  static func dataset() -> Dataset {
    var dataset = ReportFixture.dataset
    let finance = dataset.finance
    dataset.finance = FinanceStatistics(
      section251: finance.section251, revenueOutturn: revenueOutturn,
      population: finance.population, workforce: dataset.workforce)
    let earlier = dataset.workforce.records.filter { $0.year <= 2021 }
    dataset.earlierWorkforceReleases = [
      WorkforceRelease(
        latestOf: WorkforceStatistics(records: earlier),
        file: "official/csww_headline_measures_2017_to_2022.csv")
    ]
    return dataset
  }

  static let revenueOutturn = [2019, 2020].flatMap { year in
    [
      RevenueOutturnRecord(
        year: year, onsCode: "E09000100", name: "Alpha",
        serviceLine: RevenueOutturnRecord.totalServiceLine, column: .totalExpenditure,
        isCertified: true, thousands: .number(61_234.5), fileLine: 0),
      RevenueOutturnRecord(
        year: year, onsCode: "E09000100", name: "Alpha",
        serviceLine: RevenueOutturnRecord.totalServiceLine, column: .agencyStaffCost,
        isCertified: true, thousands: .suppressed(.notReceived), fileLine: 0),
    ]
  }

  /// The dataset with its finance records replaced by `change`'s.
  static func withFinance(
    _ dataset: Dataset,
    _ change: (inout [Section251Record], inout [RevenueOutturnRecord], inout [PopulationRecord])
      -> Void
  ) -> Dataset {
    var section251 = dataset.finance.section251
    var revenueOutturn = dataset.finance.revenueOutturn
    var population = dataset.finance.population
    change(&section251, &revenueOutturn, &population)
    var changed = dataset
    changed.finance = FinanceStatistics(
      section251: section251, revenueOutturn: revenueOutturn, population: population,
      workforce: dataset.workforce)
    return changed
  }

  /// One change to one value of one part, by name.
  static let changes: [(String, @Sendable (Dataset) -> Dataset)] = [
    (
      "one s251 amount",
      { dataset in
        withFinance(dataset) { section251, _, _ in
          section251[0].value = .number((section251[0].value.number ?? 0) + 1)
        }
      }
    ),
    (
      "one s251 amount becoming a marker",
      { dataset in
        withFinance(dataset) { section251, _, _ in section251[0].value = .suppressed(.noValue) }
      }
    ),
    (
      "one RO3 amount",
      { dataset in
        withFinance(dataset) { _, revenueOutturn, _ in
          revenueOutturn[0].thousands = .number(61_234.6)
        }
      }
    ),
    (
      "one RO3 certified flag",
      { dataset in
        withFinance(dataset) { _, revenueOutturn, _ in revenueOutturn[0].isCertified = nil }
      }
    ),
    (
      "one ONS population",
      { dataset in
        withFinance(dataset) { _, _, population in
          population[0].children = .number((population[0].children.number ?? 0) + 1)
        }
      }
    ),
    (
      "one neighbour",
      { dataset in
        var changed = dataset
        var table = dataset.neighbours.neighboursByCode
        table["100"]?[1] = "104"
        changed.neighbours = StatisticalNeighbours(neighboursByCode: table)
        return changed
      }
    ),
    (
      "the neighbours' order",
      { dataset in
        var changed = dataset
        var table = dataset.neighbours.neighboursByCode
        table["100"]?.swapAt(0, 1)
        changed.neighbours = StatisticalNeighbours(neighboursByCode: table)
        return changed
      }
    ),
    (
      "one earlier-release value",
      { dataset in
        var changed = dataset
        var records = dataset.earlierWorkforceReleases[0].statistics.records
        records[3].values[.agencyRateFTE] = .number(29.9)
        changed.earlierWorkforceReleases[0].statistics = WorkforceStatistics(records: records)
        return changed
      }
    ),
    (
      "one authority's name in the workforce indicators",
      { dataset in
        var changed = dataset
        var records = dataset.workforce.records
        records[3].name = "Alpha Council"
        changed.workforce = WorkforceStatistics(records: records)
        return changed
      }
    ),
  ]

  @Test func theSameDataGivesTheSameHash() {
    let hash = AboutSheet.contentHash(of: Self.dataset())
    #expect(AboutSheet.contentHash(of: Self.dataset()) == hash)
    // The finance rebuilt from the same records.
    #expect(AboutSheet.contentHash(of: Self.withFinance(Self.dataset()) { _, _, _ in }) == hash)
    #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
  }

  @Test(arguments: 0..<changes.count)
  func changingOneValueChangesTheHash(index: Int) {
    let (name, change) = Self.changes[index]
    let dataset = Self.dataset()
    #expect(
      AboutSheet.contentHash(of: change(dataset)) != AboutSheet.contentHash(of: dataset), "\(name)")
  }

  /// The finance lines are part of the canonical text exactly as loaded: a number as
  /// `String(Double)` (never rounded), a marker as its code, in file order.
  @Test func financeLinesCarryTheExactValues() {
    let dataset = Self.dataset()
    let without = Self.withFinance(dataset) { section251, revenueOutturn, population in
      section251 = []
      revenueOutturn = []
      population = []
    }
    // 0.1 + 0.2 is 0.30000000000000004: a rounded double would lose the difference.
    let exact = Self.withFinance(without) { _, revenueOutturn, _ in
      revenueOutturn = [Self.revenueOutturn[0]]
      revenueOutturn[0].thousands = .number(0.1 + 0.2)
    }
    let rounded = Self.withFinance(without) { _, revenueOutturn, _ in
      revenueOutturn = [Self.revenueOutturn[0]]
      revenueOutturn[0].thousands = .number(0.3)
    }
    #expect(AboutSheet.contentHash(of: exact) != AboutSheet.contentHash(of: rounded))
  }

  /// Hashing stays linear: about 60,000 finance rows (the bundled files have about 40,000) in
  /// well under two seconds even in a debug build.
  @Test func hashingTensOfThousandsOfFinanceRowsIsQuick() {
    let dataset = Self.withFinance(Self.dataset()) { section251, revenueOutturn, population in
      let spend = section251
      let outturn = revenueOutturn
      let children = population
      section251 = (0..<600).flatMap { _ in spend }
      revenueOutturn = (0..<5_000).flatMap { _ in outturn }
      population = (0..<300).flatMap { _ in children }
    }
    let rows =
      dataset.finance.section251.count + dataset.finance.revenueOutturn.count
      + dataset.finance.population.count
    #expect(rows > 50_000)
    let started = ContinuousClock.now
    _ = AboutSheet.contentHash(of: dataset)
    let elapsed = ContinuousClock.now - started
    #expect(elapsed < .seconds(2), "\(elapsed) for \(rows) finance rows")
  }
}
