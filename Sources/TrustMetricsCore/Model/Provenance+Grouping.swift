extension Provenance {
  /// Each source's distinct quotes, in order of first use, so a source can be searched once for
  /// all of them.
  ///
  /// - Parameter figures: The figures whose quotes are wanted.
  /// - Returns: Quotes by source file name, each quote once.
  public static func distinctQuotesBySource(of figures: [Figure]) -> [String: [String]] {
    var quotesBySource: [String: [String]] = [:]
    var seen: [String: Set<String>] = [:]
    for figure in figures
    where seen[figure.provenance.source, default: []].insert(figure.provenance.quote).inserted {
      quotesBySource[figure.provenance.source, default: []].append(figure.provenance.quote)
    }
    return quotesBySource
  }
}
