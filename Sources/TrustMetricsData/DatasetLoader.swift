import Dispatch
import Synchronization
public import TrustMetricsCore

/// Loads `datasets/` and `seeds/` into a validated ``Dataset``; nothing half-loaded is returned.
public struct DatasetLoader: Sendable {
  /// The datasets directory (figures, entities, trusts, sources, articles, `official/`).
  public var datasetsDirectory: String
  /// The directory of source documents.
  public var seedsDirectory: String

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
  public init(datasetsDirectory: String = "datasets", seedsDirectory: String = "seeds") {
    self.datasetsDirectory = datasetsDirectory
    self.seedsDirectory = seedsDirectory
  }

  /// Reads and validates everything.
  ///
  /// - Returns: The dataset.
  /// - Throws: `DatasetError`: missing or unreadable inputs, or the first malformed row.
  public func load() throws(DatasetError) -> Dataset {
    let seedNames = try FileReader.fileNames(inDirectory: seedsDirectory)
    // The seeds are read while the datasets are parsed, side by side; each result is handed
    // over through its own lock. A failure reading the seeds is still reported first, as when
    // they were read first.
    let seeds = Mutex<Result<[String: String], DatasetError>>(.success([:]))
    let parsed = Mutex<Result<Dataset, DatasetError>>(
      .failure(.unreadable(path: datasetsDirectory, reason: "not parsed")))
    let loader = self
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        let read = Result { () throws(DatasetError) in try loader.readSeeds(named: seedNames) }
        seeds.withLock { $0 = read }
      } else {
        let done = Result { () throws(DatasetError) in
          try loader.parseDatasets(sourceNames: Set(seedNames))
        }
        parsed.withLock { $0 = done }
      }
    }
    let texts = try seeds.withLock { $0 }.get()
    var dataset = try parsed.withLock { $0 }.get()
    dataset.sourceTexts = texts
    return dataset
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

  /// Every dataset file parsed and checked against the seeds' names, the seeds' texts left
  /// empty.
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
    let finance = FinanceStatistics(
      section251: try Section251Parser.parse(
        bytes: try read(Self.section251File), file: path(Self.section251File)),
      revenueOutturn: try RevenueOutturnParser.parse(
        bytes: try read(Self.revenueOutturnFile), file: path(Self.revenueOutturnFile)),
      population: try PopulationParser.parse(
        bytes: try read(Self.populationFile), file: path(Self.populationFile)),
      workforce: workforce)
    var dataset = Dataset(
      figures: figures, entities: entities, trusts: trusts, sources: sources, articles: articles,
      sourceTexts: [:], workforce: workforce, neighbours: neighbours, finance: finance,
      earlierWorkforceReleases: [earlier])
    dataset.workforceFile = Self.workforceFile
    return dataset
  }

  /// The path of a dataset file as shown in messages.
  public func path(_ name: String) -> String { FileReader.join(datasetsDirectory, name) }

  private func read(_ name: String) throws(DatasetError) -> [UInt8] {
    try FileReader.bytes(atPath: path(name))
  }
}
