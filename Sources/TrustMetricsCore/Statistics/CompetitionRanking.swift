/// Ranks with ties sharing the smaller rank ("competition" ranking: 1, 2, 2, 4).
public enum CompetitionRanking {
  /// The rank of a value among others, 1 = best.
  ///
  /// rank = 1 + the number of values strictly better than `value` (lower when low is good,
  /// higher when high is good); equal values share a rank.
  ///
  /// - Parameters:
  ///   - value: The value to rank; it need not be among `values`.
  ///   - values: The values ranked against, suppressed ones already left out.
  ///   - polarity: Which direction is better.
  /// - Returns: The rank, or `nil` for a neutral measure or a value that is not finite.
  public static func rank(of value: Double, among values: [Double], polarity: Polarity) -> Int? {
    guard value.isFinite else { return nil }
    switch polarity {
    case .lowIsGood: return 1 + values.count { $0 < value }
    case .highIsGood: return 1 + values.count { $0 > value }
    case .neutral: return nil
    }
  }

  /// The ranks of every value, in input order; a value that is not finite ranks last (n).
  ///
  /// - Parameters:
  ///   - values: The values to rank.
  ///   - polarity: Which direction is better.
  /// - Returns: One rank per value, or `nil` for a neutral measure.
  public static func ranks(of values: [Double], polarity: Polarity) -> [Int]? {
    guard polarity != .neutral else { return nil }
    return values.map { rank(of: $0, among: values, polarity: polarity) ?? values.count }
  }
}
