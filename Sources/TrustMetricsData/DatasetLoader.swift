import Dispatch
import Synchronization
public import TrustMetricsCore

/// Loads `datasets/` and `seeds/` into a validated ``Dataset``; nothing half-loaded is returned.
public struct DatasetLoader: Sendable {
  /// The datasets directory (figures, entities, trusts, sources, articles, `official/`).
  public var datasetsDirectory: String
  /// The directory of source documents.
  public var seedsDirectory: String
  /// The optional parts read; default all.
  ///
  /// Without ``DatasetParts/finance`` the finance files are not read, not even checked, and the
  /// dataset's finance is `FinanceStatistics.notLoaded`, which says so and refuses every finance
  /// question.
  public var parts: DatasetParts

  /// The official indicators file, relative to the datasets directory.
  public static let workforceFile = "official/csww_indicators_2017_to_2025.csv"
  /// An earlier release of the workforce statistics (reporting year 2022, published February
  /// 2023, in its older layout), relative to the datasets directory.
  public static let earlierWorkforceFile = "official/csww_headline_measures_2017_to_2022.csv"
  /// The statistical-neighbour model, relative to the datasets directory.
  public static let neighboursFile = "official/sn_model_2025_wide.csv"
  /// DfE's section 251 outturn, relative to the datasets directory.
  public static let section251File = "official/s251_outturn_2016-17_to_2024-25.csv"
  /// MHCLG's RO3 children's social care return, relative to the datasets directory.
  public static let revenueOutturnFile = "official/ro3_childrens_social_care_2022-23_to_2024-25.csv"
  /// ONS's children aged 0–17, relative to the datasets directory.
  public static let populationFile = "official/ons_mid_year_population_2012_to_2024.csv"

  /// Creates a loader for two directories.
  ///
  /// - Parameters:
  ///   - datasetsDirectory: The datasets directory.
  ///   - seedsDirectory: The directory of source documents.
  ///   - parts: The optional parts to read; default all.
  public init(
    datasetsDirectory: String = "datasets", seedsDirectory: String = "seeds",
    parts: DatasetParts = .all
  ) {
    self.datasetsDirectory = datasetsDirectory
    self.seedsDirectory = seedsDirectory
    self.parts = parts
  }

  /// Reads and validates everything ``parts`` asks for.
  ///
  /// - Returns: The dataset.
  /// - Throws: `DatasetError`: missing or unreadable inputs, or the first malformed row.
  public func load() throws(DatasetError) -> Dataset {
    let seedNames = try FileReader.fileNames(inDirectory: seedsDirectory)
    let wantsFinance = parts.contains(.finance)
    // Two halves side by side: the seeds' texts and the two large finance files (section 251
    // and RO3); the other dataset files and then ONS's children. Each result is handed over
    // through its own lock, and failures are reported in the order of a load on one thread:
    // the seeds, the dataset files in order, then section 251, RO3 and ONS.
    let seeds = Mutex<Result<[String: String], DatasetError>>(.success([:]))
    let spending = Mutex<Result<Spending?, DatasetError>>(.success(nil))
    let parsed = Mutex<Result<Dataset, DatasetError>>(
      .failure(.unreadable(path: datasetsDirectory, reason: "not parsed")))
    let population = Mutex<Result<[PopulationRecord], DatasetError>>(.success([]))
    let loader = self
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        let read = Result { () throws(DatasetError) in try loader.readSeeds(named: seedNames) }
        seeds.withLock { $0 = read }
        guard wantsFinance else { return }
        let spent = Result { () throws(DatasetError) -> Spending? in try loader.parseSpending() }
        spending.withLock { $0 = spent }
      } else {
        let done = Result { () throws(DatasetError) in
          try loader.parseDatasets(sourceNames: Set(seedNames))
        }
        parsed.withLock { $0 = done }
        guard wantsFinance, case .success = done else { return }
        let children = Result { () throws(DatasetError) in
          try PopulationParser.parse(
            bytes: try loader.read(Self.populationFile), file: loader.path(Self.populationFile))
        }
        population.withLock { $0 = children }
      }
    }
    let texts = try seeds.withLock { $0 }.get()
    var dataset = try parsed.withLock { $0 }.get()
    dataset.sourceTexts = texts
    if wantsFinance, let spent = try spending.withLock({ $0 }).get() {
      dataset.finance = FinanceStatistics(
        section251: spent.section251, revenueOutturn: spent.revenueOutturn,
        population: try population.withLock { $0 }.get(), workforce: dataset.workforce)
    }
    return dataset
  }

  /// DfE's section 251 outturn and MHCLG's RO3 return.
  private struct Spending: Sendable {
    var section251: [Section251Record]
    var revenueOutturn: [RevenueOutturnRecord]
  }

  /// The section 251 and RO3 files parsed, in that order.
  private func parseSpending() throws(DatasetError) -> Spending {
    Spending(
      section251: try Section251Parser.parse(
        bytes: try read(Self.section251File), file: path(Self.section251File)),
      revenueOutturn: try RevenueOutturnParser.parse(
        bytes: try read(Self.revenueOutturnFile), file: path(Self.revenueOutturnFile)))
  }

  /// The text of every seed, by file name.
  private func readSeeds(named names: [String]) throws(DatasetError) -> [String: String] {
    var texts: [String: String] = [:]
    // One buffer for every seed's bytes, each then copied into its string.
    var buffer: [UInt8] = []
    for name in names {
      texts[name] = try FileReader.text(
        atPath: FileReader.join(seedsDirectory, name), buffer: &buffer)
    }
    return texts
  }

  /// Every dataset file but the finance files parsed and checked against the seeds' names, the
  /// seeds' texts left empty and the finance not loaded.
  private func parseDatasets(sourceNames: Set<String>) throws(DatasetError) -> Dataset {
    let entities = try EntityParser.parse(
      bytes: try read("entities.csv"), file: path("entities.csv"))
    let figures = try FigureParser(
      entityNames: Set(entities.map(\.name)), sourceNames: sourceNames
    ).parse(fileAt: path("figures.csv"))
    let trusts = try TrustParser.parse(
      bytes: try read("trusts.csv"), file: path("trusts.csv"),
      trustNames: Set(entities.filter { $0.kind == .trust }.map(\.name)), sourceNames: sourceNames)
    let sources = try SourceParser.parseSources(
      bytes: try read("sources.csv"), file: path("sources.csv"), sourceNames: sourceNames)
    let articles = try SourceParser.parseArticles(
      bytes: try read("articles.csv"), file: path("articles.csv"), sourceNames: sourceNames)
    let workforce = try WorkforceParser.parse(
      bytes: try read(Self.workforceFile), file: path(Self.workforceFile))
    let earlier = WorkforceRelease(
      latestOf: try HeadlineMeasuresParser.parse(
        bytes: try read(Self.earlierWorkforceFile), file: path(Self.earlierWorkforceFile)),
      file: Self.earlierWorkforceFile)
    let neighbours = try NeighbourParser.parse(
      bytes: try read(Self.neighboursFile), file: path(Self.neighboursFile), workforce: workforce)
    var dataset = Dataset(
      figures: figures, entities: entities, trusts: trusts, sources: sources, articles: articles,
      sourceTexts: [:], workforce: workforce, neighbours: neighbours,
      finance: FinanceStatistics.notLoaded, earlierWorkforceReleases: [earlier])
    dataset.workforceFile = Self.workforceFile
    return dataset
  }

  /// The path of a dataset file as shown in messages.
  public func path(_ name: String) -> String { FileReader.join(datasetsDirectory, name) }

  private func read(_ name: String) throws(DatasetError) -> [UInt8] {
    try FileReader.bytes(atPath: path(name))
  }
}
