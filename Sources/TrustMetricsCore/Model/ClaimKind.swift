/// What a derived claim computes from its figures.
///
/// The figures a kind takes, in order, are listed with each case.
public enum ClaimKind: String, CaseIterable, Sendable {
  /// How many times one value is another: `[value, reference]`, `value ÷ reference`.
  case ratio
  /// A part as a percentage of a whole: `[part, whole]`, `part ÷ whole × 100`.
  case share
  /// The movement from one value to a later one: `[from, to]`, `to − from`.
  case change
  /// "N of the M": `[part, whole]`; the part is a whole number no greater than the whole.
  case partOfWhole = "part_of_whole"
  /// Shares that make up a whole: `[share, share, ...]`, optionally followed by the count they
  /// are shares of; `Σ shares`.
  case partition
  /// A figure compared with the official England value of its measure and census year: `[figure]`.
  case comparison

  /// The number of figures the kind takes: a fixed count, or a minimum for a partition.
  public var figureCount: ClosedRange<Int> {
    switch self {
    case .ratio, .share, .change, .partOfWhole: 2...2
    case .partition: 2...Int.max
    case .comparison: 1...1
    }
  }
}
