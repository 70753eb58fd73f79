public import TrustMetricsCore

/// Runs the checks of `trustmetrics check` over loaded figures, claims, sources and statistics.
///
/// Quotes byte-exact, values as written, derived claims recomputed and workforce figures
/// reconciled with DfE. Pure: it reads nothing but its inputs.
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

  /// Runs the checks of the given families, in the order quotes, values, claims, official.
  ///
  /// - Parameter scopes: The families to run (all by default).
  /// - Returns: One result per figure and family (reconciliation: workforce figures only) and
  ///   per claim.
  /// - Throws: `CheckError` when a claim names an unknown figure or a figure or claim cites a
  ///   source that was not loaded.
  public func check(_ scopes: Set<CheckScope> = Set(CheckScope.allCases)) throws(CheckError)
    -> CheckReport
  {
    let figuresByID = Dictionary(
      dataset.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for figure in dataset.figures where dataset.sourceTexts[figure.provenance.source] == nil {
      throw .unknownSource(subject: figure.id, source: figure.provenance.source)
    }
    for claim in claims {
      if dataset.sourceTexts[claim.provenance.source] == nil {
        throw .unknownSource(subject: claim.id, source: claim.provenance.source)
      }
      for id in claim.figureIDs where figuresByID[id] == nil {
        throw .unknownFigure(claim: claim.id, figure: id)
      }
    }
    var needed = Set<String>()
    if scopes.contains(.quotes) { needed.formUnion(dataset.figures.map(\.provenance.source)) }
    if scopes.contains(.claims) { needed.formUnion(claims.map(\.provenance.source)) }
    var sources: [String: SourceText] = [:]
    for name in needed {
      if let text = dataset.sourceTexts[name] { sources[name] = SourceText(text: text) }
    }
    let quotes = QuoteChecker(sources: sources)
    var results: [CheckResult] = []
    if scopes.contains(.quotes) { results += quotes.results(for: dataset.figures) }
    if scopes.contains(.values) {
      let values = ValueChecker()
      results += dataset.figures.map { values.result(for: $0) }
    }
    if scopes.contains(.claims) {
      let checker = ClaimChecker(
        figures: figuresByID, workforce: dataset.workforce, quotes: quotes)
      results += claims.map { checker.result(for: $0) }
    }
    if scopes.contains(.official) {
      let reconciler = OfficialReconciler(
        workforce: dataset.workforce, entities: dataset.entities)
      results += dataset.figures.compactMap { reconciler.result(for: $0) }
    }
    return CheckReport(results: results)
  }
}
