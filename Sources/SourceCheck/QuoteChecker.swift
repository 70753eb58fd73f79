import TrustMetricsCore

/// Checks that each figure's quote is a byte-exact passage of its source, reporting where it
/// stands, or where the closest passage stands when it is missing.
///
/// Quotes are grouped by source: each source is searched once, in one pass, for all of its
/// distinct quotes.
struct QuoteChecker {
  var sources: [String: SourceText]

  func results(for figures: [Figure]) -> [CheckResult] {
    // Each source's distinct quotes, searched in one pass over the source.
    let quotesBySource = Provenance.distinctQuotesBySource(of: figures)
    var cache: [String: [String: [Int]]] = [:]
    for (source, quotes) in quotesBySource {
      let found = sources[source]?.offsets(of: quotes) ?? quotes.map { _ in [] }
      cache[source] = Dictionary(zip(quotes, found), uniquingKeysWith: { first, _ in first })
    }
    return figures.map { figure in
      let source = figure.provenance.source
      let quote = figure.provenance.quote
      return result(
        subject: figure.id, kind: "quote", quote: quote, source: source,
        cache[source]?[quote] ?? [])
    }
  }

  /// The result for one quote given its exact offsets.
  func result(subject: String, kind: String, quote: String, source: String, _ offsets: [Int])
    -> CheckResult
  {
    guard let text = sources[source] else {
      return CheckResult(
        scope: .quotes, subject: subject, kind: kind, status: .notFound,
        detail: "source \(source) is not loaded", source: source)
    }
    if let first = offsets.first {
      let position = text.position(ofOffset: first)
      var detail = "found byte-exact at \(position)"
      if offsets.count > 1 {
        let others = offsets.dropFirst().prefix(3).map { "\(text.position(ofOffset: $0))" }
        detail += "; also at " + others.joined(separator: ", ")
        if offsets.count > 4 { detail += " and \(offsets.count - 4) more" }
      }
      return CheckResult(
        scope: .quotes, subject: subject, kind: kind, status: .verified, detail: detail,
        source: source, position: position)
    }
    guard let closest = text.closestPassage(to: quote) else {
      return CheckResult(
        scope: .quotes, subject: subject, kind: kind, status: .notFound,
        detail: "not in the source, and no passage shares three words in a row with it",
        source: source)
    }
    let detail =
      closest.isNormalisedMatch
      ? "not in the source byte-exact; the same words with different typography (quotes, dashes "
        + "or spaces) stand at \(closest.position): “\(closest.text)”"
      : "not in the source byte-exact; closest passage after normalising typography, at "
        + "\(closest.position) (\(Int((closest.score * 100).rounded()))% of its three-word runs): "
        + "“\(closest.text)”"
    return CheckResult(
      scope: .quotes, subject: subject, kind: kind, status: .notFound, detail: detail,
      source: source, position: closest.position)
  }
}
