/// Every check's result, in order: quotes, values, claims, then reconciliation.
public struct CheckReport: Sendable {
  /// The results.
  public var results: [CheckResult]

  /// Creates a report.
  public init(results: [CheckResult]) { self.results = results }

  /// How many results have each status, every status listed (zero included), in
  /// ``CheckStatus`` order.
  public var counts: [(status: CheckStatus, count: Int)] {
    var tally: [CheckStatus: Int] = [:]
    for result in results { tally[result.status, default: 0] += 1 }
    return CheckStatus.allCases.map { ($0, tally[$0] ?? 0) }
  }

  /// Whether any quote, value or claim check failed.
  public var hasFailures: Bool { results.contains { $0.status.isFailure } }

  /// Whether any figure disagrees with the official statistics.
  public var hasDisagreements: Bool { results.contains { $0.status == .disagreesWithOfficial } }

  /// Whether the check as a whole fails: a failed check, or with `strict` also a disagreement
  /// with the official statistics.
  ///
  /// - Parameter strict: Whether disagreements with DfE count as failures.
  /// - Returns: `true` when `trustmetrics check` should exit 1.
  public func fails(strict: Bool) -> Bool { hasFailures || (strict && hasDisagreements) }

  /// The status of each figure: its worst result, failures first, then disagreements, then
  /// unverifiable, else verified (for the workbook's Figures sheet).
  public var statusByFigure: [String: CheckStatus] {
    let order: [CheckStatus] = [.notFound, .mismatch, .disagreesWithOfficial, .unverifiable]
    var worst: [String: CheckStatus] = [:]
    for result in results where result.scope != .claims {
      let current = worst[result.subject] ?? .verified
      let rank = { (status: CheckStatus) in order.firstIndex(of: status) ?? order.count }
      if rank(result.status) < rank(current) { worst[result.subject] = result.status }
      if worst[result.subject] == nil { worst[result.subject] = current }
    }
    return worst
  }
}
