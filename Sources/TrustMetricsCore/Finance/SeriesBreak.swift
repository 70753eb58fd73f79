/// A possible reclassification in an authority's section 251 series: one gross service line
/// moves by a large share of the total from one year to the next while the total hardly moves.
///
/// Trusts' contracts are sometimes booked whole under one line and later re-booked, so a line's
/// series breaks while the total does not. A break is flagged, never hidden or corrected.
public struct SeriesBreak: Hashable, Sendable {
  /// The authority's DfE code.
  public var laCode: String
  /// The authority's name.
  public var name: String
  /// The service line that moved.
  public var line: Section251Line
  /// The later year of the move (the year the financial year starts).
  public var year: Int
  /// The line in the year before, in £.
  public var before: Double
  /// The line in `year`, in £.
  public var after: Double
  /// The total (`C&YPExpenditure`) in the year before, in £.
  public var totalBefore: Double
  /// The total in `year`, in £.
  public var totalAfter: Double

  /// Creates a break from its parts; see ``isBreak(lineBefore:lineAfter:totalBefore:totalAfter:)``.
  public init(
    laCode: String, name: String, line: Section251Line, year: Int, before: Double, after: Double,
    totalBefore: Double, totalAfter: Double
  ) {
    self.laCode = laCode
    self.name = name
    self.line = line
    self.year = year
    self.before = before
    self.after = after
    self.totalBefore = totalBefore
    self.totalAfter = totalAfter
  }

  /// Whether a move of one line is a possible reclassification.
  ///
  /// |line(t) − line(t−1)| ≥ 0.10 × max(total(t−1), total(t)), and line(t−1) ≤ 0 or
  /// |line(t) ÷ line(t−1) − 1| > 0.5, while |total(t) ÷ total(t−1) − 1| < 0.15.
  ///
  /// - Parameters:
  ///   - lineBefore: The line in year t−1, in £.
  ///   - lineAfter: The line in year t, in £.
  ///   - totalBefore: The total in year t−1, in £ (must be above 0).
  ///   - totalAfter: The total in year t, in £.
  /// - Returns: `true` when all three conditions hold.
  public static func isBreak(
    lineBefore: Double, lineAfter: Double, totalBefore: Double, totalAfter: Double
  ) -> Bool {
    guard totalBefore > 0 else { return false }
    let bigMove = abs(lineAfter - lineBefore) >= 0.10 * max(totalBefore, totalAfter)
    let lineJumps = lineBefore <= 0 || abs(lineAfter / lineBefore - 1) > 0.5
    let totalSteady = abs(totalAfter / totalBefore - 1) < 0.15
    return bigMove && lineJumps && totalSteady
  }

  /// A note for outputs: `possible reclassification: safeguarding £25.8m in FY2018-19,
  /// £3.3m in FY2019-20 (total £X → £Y)`.
  public var note: String {
    let from = FinancialYear(startYear: year - 1)
    let to = FinancialYear(startYear: year)
    return
      "possible reclassification in \(name)'s \(line.displayName) line: \(Self.millions(before)) in \(from), \(Self.millions(after)) in \(to), while the total went from \(Self.millions(totalBefore)) to \(Self.millions(totalAfter))"
  }

  /// £ in millions to one decimal place, such as `£25.8m`.
  static func millions(_ pounds: Double) -> String {
    let tenths = (pounds / 100_000).rounded()
    let sign = tenths < 0 ? "−" : ""
    let magnitude = Int(abs(tenths))
    return "\(sign)£\(magnitude / 10).\(magnitude % 10)m"
  }
}
