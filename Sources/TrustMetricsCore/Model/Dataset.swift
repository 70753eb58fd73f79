/// Everything loaded from `datasets/` and `seeds/`: figures with provenance and the official
/// statistics.
public struct Dataset: Sendable {
  /// Figures in file order.
  public var figures: [Figure]
  /// Every entity figures and trusts name.
  public var entities: [Entity]
  /// Which trust ran which authority, and when.
  public var trusts: [TrustSpell]
  /// What each seed is.
  public var sources: [SourceDocument]
  /// Articles inside multi-article seeds.
  public var articles: [Article]
  /// The seeds' full texts by file name.
  public var sourceTexts: [String: String]
  /// DfE's workforce indicators.
  public var workforce: WorkforceStatistics
  /// DfE's statistical-neighbour model.
  public var neighbours: StatisticalNeighbours
  /// The section 251, RO3 and ONS population data, joined into the finance measures.
  public var finance: FinanceStatistics
  /// Earlier releases of DfE's workforce statistics (the same statistics as DfE published them
  /// before revising them), latest first; empty when none was loaded.
  public var earlierWorkforceReleases: [WorkforceRelease]
  /// The file ``workforce`` was read from, as citations name it; empty when not read from a file.
  public var workforceFile = ""

  /// Creates a dataset from its parts.
  public init(
    figures: [Figure], entities: [Entity], trusts: [TrustSpell], sources: [SourceDocument],
    articles: [Article], sourceTexts: [String: String], workforce: WorkforceStatistics,
    neighbours: StatisticalNeighbours, finance: FinanceStatistics = .empty,
    earlierWorkforceReleases: [WorkforceRelease] = []
  ) {
    self.figures = figures
    self.entities = entities
    self.trusts = trusts
    self.sources = sources
    self.articles = articles
    self.sourceTexts = sourceTexts
    self.workforce = workforce
    self.neighbours = neighbours
    self.finance = finance
    self.earlierWorkforceReleases = earlierWorkforceReleases
  }

  /// Every release of DfE's workforce statistics loaded: the current one (``workforce``) first,
  /// then the earlier ones, latest first.
  public var workforceReleases: [WorkforceRelease] {
    [WorkforceRelease(latestOf: workforce, file: workforceFile)]
      + earlierWorkforceReleases.sorted { $0.reportingYear > $1.reportingYear }
  }

  /// Every official statistic, asked the same questions whatever a measure's origin.
  public var official: OfficialStatistics {
    OfficialStatistics(workforce: workforce, finance: finance)
  }

  /// The entity with exactly this canonical name.
  public func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
}
