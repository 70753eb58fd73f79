/// The parts of the datasets a ``DatasetLoader`` reads besides those every command needs (the
/// figures, entities, trusts, sources, articles, seeds, DfE's workforce statistics and their
/// earlier release, and the neighbour model, which are always read).
public struct DatasetParts: OptionSet, Sendable {
  public let rawValue: Int

  /// Creates a set of parts from its bits.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The finance files (`Dataset.finance`).
  ///
  /// DfE's section 251 outturn, MHCLG's RO3 return and ONS's children aged 0–17. Without them
  /// the dataset's finance is `FinanceStatistics.notLoaded`.
  public static let finance = DatasetParts(rawValue: 1 << 0)

  /// Only the parts always read: no optional part.
  public static let alwaysRead: DatasetParts = []

  /// Everything.
  public static let all: DatasetParts = [.finance]
}
