/// Descriptive statistics over plain samples: mean, median and type-7 quantiles.
///
/// Every function ignores nothing: callers leave suppressed values out before calling, and an
/// empty sample gives `nil`.
public enum SampleStatistics {
  /// The arithmetic mean.
  ///
  /// `Σxᵢ ÷ n`.
  ///
  /// - Parameter values: The sample.
  /// - Returns: The mean, or `nil` for an empty sample.
  public static func mean(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    return values.reduce(0, +) / Double(values.count)
  }

  /// The median: the type-7 quantile at p = 0.5 (the middle value, or the mean of the two
  /// middle values).
  ///
  /// - Parameter values: The sample.
  /// - Returns: The median, or `nil` for an empty sample.
  public static func median(_ values: [Double]) -> Double? { quantile(values, at: 0.5) }

  /// A type-7 sample quantile (Hyndman and Fan; R's default, numpy's `linear`).
  ///
  /// With the sample sorted as x₁ ≤ … ≤ xₙ: h = (n − 1)·p + 1, and
  /// Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
  ///
  /// - Parameters:
  ///   - values: The sample, in any order.
  ///   - p: The probability, 0–1.
  /// - Returns: The quantile, or `nil` for an empty sample or `p` outside 0–1.
  public static func quantile(_ values: [Double], at p: Double) -> Double? {
    guard !values.isEmpty, p >= 0, p <= 1 else { return nil }
    return sortedQuantile(values.sorted(), at: p)
  }

  /// The three quartiles Q1, Q2 and Q3 by the type-7 rule.
  ///
  /// - Parameter values: The sample, in any order.
  /// - Returns: The quartiles, or `nil` for an empty sample.
  public static func quartiles(_ values: [Double]) -> Quartiles? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return Quartiles(
      q1: sortedQuantile(sorted, at: 0.25), q2: sortedQuantile(sorted, at: 0.5),
      q3: sortedQuantile(sorted, at: 0.75))
  }

  private static func sortedQuantile(_ sorted: [Double], at p: Double) -> Double {
    let h = Double(sorted.count - 1) * p
    let lower = Int(h.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    let fraction = h - Double(lower)
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
  }
}
