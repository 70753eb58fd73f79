/// Every check's result, in order: quotes, values, claims, then reconciliation.
public struct CheckReport: Sendable {
  /// The results.
  public var results: [CheckResult] {
    didSet { layout = nil }
  }

  /// Where each figure's results stand, when ``SourceChecker/check(_:)`` made the report and
  /// its results are unchanged since.
  private var layout: FigureLayout?

  /// Creates a report.
  public init(results: [CheckResult]) { self.results = results }

  /// Creates a report whose results for figure `i` stand where `layout` says.
  init(results: [CheckResult], layout: FigureLayout) {
    self.results = results
    self.layout = layout
  }

  /// The status of each figure checked, in the order of the dataset's figures: its worst result
  /// (as ``statusByFigure`` ranks them), `nil` for a figure with no result; without any hashing
  /// of ids.
  ///
  /// `nil` when the report was not made by ``SourceChecker/check(_:)``, or its results were
  /// changed since.
  public var figureStatuses: [CheckStatus?]? {
    guard let layout else { return nil }
    let severities = layout.severities(in: results)
    return severities.map { $0 == FigureLayout.none ? nil : CheckStatus.bySeverity[Int($0)] }
  }

  /// How many results have each status, every status listed (zero included), in
  /// ``CheckStatus`` order.
  public var counts: [(status: CheckStatus, count: Int)] {
    var tally = [Int](repeating: 0, count: CheckStatus.allCases.count)
    for index in results.indices { tally[results[index].status.rank] += 1 }
    return CheckStatus.allCases.map { ($0, tally[$0.rank]) }
  }

  /// Whether any quote, value or claim check failed.
  public var hasFailures: Bool { results.contains { $0.status.isFailure } }

  /// Whether any figure disagrees with the official statistics.
  public var hasDisagreements: Bool { results.contains { $0.status == .disagreesWithOfficial } }

  /// Whether any value is in its quote without a readable binding to its period and body.
  public var hasUnboundValues: Bool { results.contains { $0.status == .verifiedUnbound } }

  /// Whether the check as a whole fails: a failed check, or with `strict` also a disagreement
  /// with the official statistics or an unbound value.
  ///
  /// - Parameter strict: Whether disagreements with DfE and unbound values count as failures.
  /// - Returns: `true` when `trustmetrics check` should exit 1.
  public func fails(strict: Bool) -> Bool {
    hasFailures || (strict && results.contains { $0.status.isStrictFailure })
  }

  /// The status of each figure: its worst result, failures first, then disagreements, then
  /// unverifiable, then verified unbound, else verified (for the workbook's Figures sheet).
  public var statusByFigure: [String: CheckStatus] {
    if let layout { return layout.statusByFigure(in: results) }
    // A report made otherwise: one pass over the results.
    var worst: [String: CheckStatus] = [:]
    for result in results where result.scope != .claims {
      worst[result.subject, default: result.status].formWorst(result.status)
    }
    return worst
  }
}

/// Where the results of each figure stand in a report made by ``SourceChecker/check(_:)``: its
/// quote result, its value result and its reconciliation, each family in figure order.
struct FigureLayout: Sendable {
  /// How many figures were checked.
  var figureCount: Int
  /// Where the quote results start, if quotes were checked.
  var quotesStart: Int?
  /// Where the value results start, if values were checked.
  var valuesStart: Int?
  /// Where the reconciliation results start, and the figure of each.
  var officialStart: Int
  var officialFigures: [Int32]

  /// Marks a figure with no result.
  static let none: UInt8 = 255

  /// Each figure's worst severity, ``none`` for a figure with no result.
  func severities(in results: [CheckResult]) -> [UInt8] {
    var severity = [UInt8](repeating: Self.none, count: figureCount)
    func add(_ figure: Int, _ result: Int) {
      let rank = results[result].status.severity
      if rank < severity[figure] || severity[figure] == Self.none { severity[figure] = rank }
    }
    if let quotesStart {
      for figure in 0..<figureCount { add(figure, quotesStart + figure) }
    }
    if let valuesStart {
      for figure in 0..<figureCount { add(figure, valuesStart + figure) }
    }
    for (place, figure) in officialFigures.enumerated() {
      add(Int(figure), officialStart + place)
    }
    return severity
  }

  /// ``CheckReport/statusByFigure``: figures in order are the order in which the results first
  /// name them, so the dictionary is the one a pass over the results makes.
  func statusByFigure(in results: [CheckResult]) -> [String: CheckStatus] {
    let severity = severities(in: results)
    var worst: [String: CheckStatus] = [:]
    worst.reserveCapacity(figureCount)
    var officialPlace = 0
    for figure in 0..<figureCount {
      // The figure's first result: its quote, else its value, else its reconciliation.
      let first: Int
      if let quotesStart {
        first = quotesStart + figure
      } else if let valuesStart {
        first = valuesStart + figure
      } else {
        while officialPlace < officialFigures.count, officialFigures[officialPlace] < figure {
          officialPlace += 1
        }
        guard officialPlace < officialFigures.count, officialFigures[officialPlace] == figure
        else { continue }
        first = officialStart + officialPlace
      }
      let status = CheckStatus.bySeverity[Int(severity[figure])]
      worst[results[first].subject, default: status].formWorst(status)
    }
    return worst
  }
}

extension CheckStatus {
  /// The status's place in ``CheckStatus/allCases``: an index for tallies and label tables.
  public var rank: Int {
    switch self {
    case .verified: 0
    case .verifiedUnbound: 1
    case .mismatch: 2
    case .notFound: 3
    case .unverifiable: 4
    case .disagreesWithOfficial: 5
    }
  }

  /// How bad the status is for ``CheckReport/statusByFigure``, worst first: not found,
  /// mismatch, disagrees with official, unverifiable, verified unbound, then verified.
  var severity: UInt8 {
    switch self {
    case .notFound: 0
    case .mismatch: 1
    case .disagreesWithOfficial: 2
    case .unverifiable: 3
    case .verifiedUnbound: 4
    case .verified: 5
    }
  }

  /// The statuses by ``severity``.
  static let bySeverity: [CheckStatus] = [
    .notFound, .mismatch, .disagreesWithOfficial, .unverifiable, .verifiedUnbound, .verified,
  ]
}

extension CheckStatus {
  /// Becomes `other` when `other` is worse.
  fileprivate mutating func formWorst(_ other: CheckStatus) {
    if other.severity < severity { self = other }
  }
}
