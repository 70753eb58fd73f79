import Dispatch
import Synchronization
public import TrustMetricsCore

/// Runs the checks of `trustmetrics check` over loaded figures, claims, sources and statistics.
///
/// Quotes byte-exact, values as written and bound to their figure's period and body, derived
/// claims recomputed and workforce figures reconciled with every release of DfE's statistics
/// loaded. Pure: it reads nothing but its inputs.
public struct SourceChecker: Sendable {
  /// The figures, sources, entities and official statistics.
  public var dataset: Dataset
  /// The derived claims to recompute.
  public var claims: [Claim]

  /// Creates a checker.
  ///
  /// - Parameters:
  ///   - dataset: The loaded dataset.
  ///   - claims: The loaded claims.
  public init(dataset: Dataset, claims: [Claim]) {
    self.dataset = dataset
    self.claims = claims
  }

  /// Figures from this many up are checked on every core; fewer, on the calling thread.
  static let concurrencyThreshold = 2_000

  /// Each figure's status label, from the checks of its quote, value and official statistics
  /// (not claims): what the workbook's check-status column shows.
  ///
  /// - Returns: Labels such as `verified`, in the order of the dataset's figures, `nil` for a
  ///   figure with no result.
  /// - Throws: `CheckError` when a figure cites a source that was not loaded (`check([])`
  ///   validates that alone, cheaply).
  public func figureStatusLabels() throws(CheckError) -> [String?] {
    let report = try check([.quotes, .values, .official], detailed: false)
    if let statuses = report.figureStatuses { return statuses.map { $0?.label } }
    let byFigure = report.statusByFigure
    return dataset.figures.map { byFigure[$0.id]?.label }
  }

  /// Runs the checks of the given families, in the order quotes, values, claims, official.
  ///
  /// The figures' checks are independent, so they run in parallel batches (sources for quotes,
  /// ranges of figures for values and reconciliation), each writing its results at their fixed
  /// place in the report: the order is the same as one figure after the other.
  ///
  /// - Parameters:
  ///   - scopes: The families to run (all by default).
  ///   - detailed: Whether the figures' results say what was found (`detail`, `position`);
  ///     without, they give the status alone, the same status, sooner.
  /// - Returns: One result per figure and family (reconciliation: workforce figures only) and
  ///   per claim.
  /// - Throws: `CheckError` when a claim names an unknown figure or a figure or claim cites a
  ///   source that was not loaded.
  public func check(
    _ scopes: Set<CheckScope> = Set(CheckScope.allCases), detailed: Bool = true
  ) throws(CheckError) -> CheckReport {
    let figures = dataset.figures
    let sources = try SourceGroups(
      figures: figures, texts: dataset.sourceTexts, ordering: scopes.contains(.quotes))
    var figuresByID: [String: Figure] = [:]
    if !claims.isEmpty {
      figuresByID = Dictionary(
        figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
    for claim in claims {
      if dataset.sourceTexts[claim.provenance.source] == nil {
        throw .unknownSource(subject: claim.id, source: claim.provenance.source)
      }
      for id in claim.figureIDs where figuresByID[id] == nil {
        throw .unknownFigure(claim: claim.id, figure: id)
      }
    }
    var claimResults: [CheckResult] = []
    if scopes.contains(.claims) {
      var texts: [String: SourceText] = [:]
      for claim in claims where texts[claim.provenance.source] == nil {
        if let text = dataset.sourceTexts[claim.provenance.source] {
          texts[claim.provenance.source] = SourceText(text: text)
        }
      }
      let checker = ClaimChecker(
        figures: figuresByID, workforce: dataset.workforce, quotes: QuoteChecker(sources: texts))
      claimResults = claims.map { checker.result(for: $0) }
    }
    // Where each family's results start, and the place of each workforce figure's.
    let count = figures.count
    let quotesStart = 0
    let valuesStart = quotesStart + (scopes.contains(.quotes) ? count : 0)
    let claimsStart = valuesStart + (scopes.contains(.values) ? count : 0)
    let officialStart = claimsStart + claimResults.count
    var officialPlaces: [Int32] = []
    var officialFigures: [Int32] = []
    if scopes.contains(.official) {
      officialPlaces.reserveCapacity(count)
      for index in figures.indices {
        officialPlaces.append(Int32(officialFigures.count))
        if figures[index].measure.isWorkforce { officialFigures.append(Int32(index)) }
      }
    }
    let total = officialStart + officialFigures.count
    let layout = FigureLayout(
      figureCount: count, quotesStart: scopes.contains(.quotes) ? quotesStart : nil,
      valuesStart: scopes.contains(.values) ? valuesStart : nil, officialStart: officialStart,
      officialFigures: officialFigures)
    guard total > 0 else { return CheckReport(results: [], layout: layout) }
    let places = officialPlaces
    let binder = QuoteBinder(entities: dataset.entities)
    let releases = dataset.workforceReleases
    let entities = dataset.entities
    let sourceTexts = dataset.sourceTexts
    let batches = Batches(
      scopes: scopes, figureCount: count, sourceCount: sources.names.count,
      parallel: count >= Self.concurrencyThreshold)
    // Every place starts as a blank result; each batch, once done, moves its results into
    // their places under the lock (no two batches share a place, and together they fill every
    // place but the claims').
    let shared = Mutex(
      [CheckResult](
        repeating: CheckResult(
          scope: .quotes, subject: "", kind: "", status: .notFound, detail: "", source: ""),
        count: total))
    batches.run { batch in
      var output: [(Int, CheckResult)] = []
      switch batch {
      case .quotes(let range):
        for source in range {
          let text = SourceText(text: sources.texts[source])
          QuoteChecker.results(
            of: sources.members(of: source), in: figures, text: text, detailed: detailed,
            into: &output)
        }
        for place in output.indices { output[place].0 += quotesStart }
      case .values(let range):
        let checker = ValueChecker(
          writesDetails: detailed, binder: binder, sourceTexts: sourceTexts)
        output.reserveCapacity(range.count)
        for index in range {
          output.append((valuesStart + index, checker.result(for: figures[index])))
        }
      case .official(let range):
        var reconciler = OfficialReconciler(releases: releases, entities: entities)
        reconciler.writesDetails = detailed
        for index in range {
          // Every workforce figure has a reconciliation, at the place counted for it.
          guard let result = reconciler.result(for: figures[index]) else { continue }
          output.append((officialStart + Int(places[index]), result))
        }
      }
      shared.withLock { results in
        for (place, result) in output { results[place] = result }
      }
    }
    var results: [CheckResult] = []
    shared.withLock { swap(&results, &$0) }
    results.replaceSubrange(claimsStart..<claimsStart + claimResults.count, with: claimResults)
    return CheckReport(results: results, layout: layout)
  }
}

/// The figures grouped by the source they cite, in order of first citation, each source's
/// figures ascending; a figure citing a source that was not loaded is an error, the first one
/// in figure order.
struct SourceGroups {
  /// Each source's name, as its first figure writes it.
  var names: [String] = []
  /// Each source's text.
  var texts: [String] = []
  /// The figures of source `s` are `order[starts[s]..<starts[s + 1]]`.
  private var order: [Int] = []
  private var starts: [Int] = []

  /// Groups the figures (`ordering`: also lists each source's figures, for ``members(of:)``).
  init(figures: [Figure], texts sourceTexts: [String: String], ordering: Bool) throws(CheckError) {
    var slotOf: [String: Int] = [:]
    var slots: [Int32] = []
    slots.reserveCapacity(figures.count)
    var counts: [Int] = []
    var last: (name: String, slot: Int)?
    for index in figures.indices {
      let name = figures[index].provenance.source
      let slot: Int
      if let last, last.name == name {
        slot = last.slot
      } else if let known = slotOf[name] {
        slot = known
      } else {
        guard let text = sourceTexts[name] else {
          throw .unknownSource(subject: figures[index].id, source: name)
        }
        slot = names.count
        slotOf[name] = slot
        names.append(name)
        texts.append(text)
        counts.append(0)
      }
      last = (name, slot)
      slots.append(Int32(slot))
      counts[slot] += 1
    }
    guard ordering else { return }
    // Counting sort of the figures by source, stable.
    starts = [Int](repeating: 0, count: names.count + 1)
    for slot in counts.indices { starts[slot + 1] = starts[slot] + counts[slot] }
    var next = starts
    order = [Int](repeating: 0, count: figures.count)
    for (index, slot) in slots.enumerated() {
      order[next[Int(slot)]] = index
      next[Int(slot)] += 1
    }
  }

  /// The indices of the figures citing source `slot`, ascending.
  func members(of slot: Int) -> ArraySlice<Int> { order[starts[slot]..<starts[slot + 1]] }
}

/// The work of a check cut into batches that run in parallel: ranges of sources for the quotes,
/// ranges of figures for the values and the reconciliation.
struct Batches {
  enum Batch: Sendable {
    case quotes(Range<Int>)
    case values(Range<Int>)
    case official(Range<Int>)
  }

  var batches: [Batch] = []
  var parallel: Bool

  init(scopes: Set<CheckScope>, figureCount: Int, sourceCount: Int, parallel: Bool) {
    self.parallel = parallel
    let pieces = parallel ? 32 : 1
    func split(_ count: Int, _ make: (Range<Int>) -> Batch) {
      guard count > 0 else { return }
      let size = (count + pieces - 1) / pieces
      for start in stride(from: 0, to: count, by: size) {
        batches.append(make(start..<min(count, start + size)))
      }
    }
    // The quotes first: a source's batch is the longest to run.
    if scopes.contains(.quotes) { split(sourceCount) { .quotes($0) } }
    if scopes.contains(.values) { split(figureCount) { .values($0) } }
    if scopes.contains(.official) { split(figureCount) { .official($0) } }
  }

  /// Runs every batch, on every core when parallel; returns when all are done.
  func run(_ body: @Sendable (Batch) -> Void) {
    guard parallel else {
      for batch in batches { body(batch) }
      return
    }
    let batches = batches
    DispatchQueue.concurrentPerform(iterations: batches.count) { index in body(batches[index]) }
  }
}
