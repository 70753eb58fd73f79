/// A citation a person can paste: who published what, when, and the exact words.
public struct Citation: Hashable, Sendable {
  /// The publisher, when known.
  public var publisher: String?
  /// The publication date, when known.
  public var date: PartialDate?
  /// The title of the article or document, when known.
  public var title: String?
  /// The address, when known.
  public var url: String?
  /// The seed file name.
  public var source: String
  /// The exact quote.
  public var quote: String
  /// Where the quote first stands in the source, when found.
  public var position: QuoteLocator.Position?

  /// The citation as one line: `Publisher, 2024-01-22, “Title”: “quote” (seeds/file:line)`.
  ///
  /// Unknown parts are said to be unknown rather than left out silently.
  public var text: String {
    var parts: [String] = []
    parts.append(publisher ?? "publisher not stated")
    parts.append(date?.description ?? "undated")
    if let title { parts.append("“\(title)”") }
    var line = parts.joined(separator: ", ") + ": “\(quote)”"
    if let url { line += " <\(url)>" }
    if let position { line += " (\(source):\(position.line))" } else { line += " (\(source))" }
    return line
  }
}

extension Dataset {
  /// The citation of a figure: its article when its source holds several, else its source.
  ///
  /// The article is the one holding the quote's first occurrence; the publisher comes from the
  /// source description.
  public func citation(for figure: Figure) -> Citation {
    let provenance = figure.provenance
    let document = sources.first { $0.source == provenance.source }
    let position = sourceTexts[provenance.source].flatMap {
      QuoteLocator(text: $0).positions(of: provenance.quote).first
    }
    let article = position.flatMap { position in
      articles.first { $0.source == provenance.source && $0.contains(line: position.line) }
    }
    return Citation(
      publisher: document?.publisher, date: article?.date ?? document?.date,
      title: article?.title ?? document?.title, url: article?.url ?? document?.url,
      source: provenance.source, quote: provenance.quote, position: position)
  }

  /// The citations of many figures, as ``citation(for:)`` gives them one by one, with each
  /// source searched once for all of its distinct quotes (``QuoteLocator/offsets(of:in:)``).
  ///
  /// - Parameter figures: The figures.
  /// - Returns: One citation per figure, in order.
  public func citations(for figures: [Figure]) -> [Citation] {
    var documents: [String: SourceDocument] = [:]
    for document in sources where documents[document.source] == nil {
      documents[document.source] = document
    }
    let articlesBySource = Dictionary(grouping: articles, by: \.source)
    // Figures grouped by source by index: long quotes are matched side by side in one pass
    // over their source rather than hashed.
    var indicesBySource: [String: [Int]] = [:]
    for (index, figure) in figures.enumerated() {
      indicesBySource[figure.provenance.source, default: []].append(index)
    }
    var positions = [QuoteLocator.Position?](repeating: nil, count: figures.count)
    for (source, indices) in indicesBySource {
      guard let text = sourceTexts[source] else { continue }
      let quotes = indices.map { figures[$0].provenance.quote }
      let bytes = Array(text.utf8)
      let found = QuoteLocator.offsets(of: quotes, in: bytes)
      let lineStarts = QuoteLocator.lineStarts(in: bytes)
      for (slot, index) in indices.enumerated() {
        if let first = found[slot].first {
          positions[index] = QuoteLocator.position(
            ofOffset: first, lineStarts: lineStarts, in: bytes)
        }
      }
    }
    return figures.indices.map { index in
      let provenance = figures[index].provenance
      let document = documents[provenance.source]
      let position = positions[index]
      let article = position.flatMap { position in
        articlesBySource[provenance.source]?.first { $0.contains(line: position.line) }
      }
      return Citation(
        publisher: document?.publisher, date: article?.date ?? document?.date,
        title: article?.title ?? document?.title, url: article?.url ?? document?.url,
        source: provenance.source, quote: provenance.quote, position: position)
    }
  }
}
