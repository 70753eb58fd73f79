public import TrustMetricsCore

/// Lists figures with their citations, for the `figures` command and `make run`.
public enum FigureListing {
  /// The figures as a listing: one row per figure with its citation's parts.
  ///
  /// - Parameters:
  ///   - figures: The figures to list, in order.
  ///   - dataset: The dataset they come from (for sources and articles).
  /// - Returns: The listing with schema `trustmetrics.figures/1`.
  public static func listing(of figures: [Figure], in dataset: Dataset) -> Listing {
    let columns: [Listing.Column] = [
      .init("id", "id"), .init("entity", "entity"), .init("measure", "measure"),
      .init("period", "period"), .init("value", "value"), .init("unit", "unit"),
      .init("qualifier", "qualifier"), .init("publisher", "publisher"), .init("date", "date"),
      .init("title", "title"), .init("url", "url"), .init("source", "source"),
      .init("line", "line"), .init("quote", "quote"),
    ]
    let rows: [[Cell]] = figures.map { figure in
      let citation = dataset.citation(for: figure)
      return [
        .text(figure.id), .text(figure.entity), .text(figure.measure.rawValue),
        .text(figure.period.description), .decimal(figure.value), .text(figure.unit.rawValue),
        .text(figure.qualifiers.map(\.rawValue).joined(separator: ";")),
        citation.publisher.map(Cell.text) ?? .empty,
        citation.date.map { .text($0.description) } ?? .empty,
        citation.title.map(Cell.text) ?? .empty, citation.url.map(Cell.text) ?? .empty,
        .text(citation.source), citation.position.map { .integer($0.line) } ?? .empty,
        .text(citation.quote),
      ]
    }
    return Listing(schema: "trustmetrics.figures/1", columns: columns, rows: rows)
  }

  /// Figures as text blocks for people: the figure on one line, its citation on the next.
  ///
  /// ```
  /// sandwell-agency-rate-2021-09  Sandwell Children's Trust  agency_rate  2021-09  31.5 percent
  ///   Community Care, 2021-10-12, “Title”: “quote” (003_….txt:12)
  /// ```
  public static func text(of figures: [Figure], in dataset: Dataset) -> String {
    var output = ""
    for figure in figures {
      let qualifier =
        figure.qualifiers.isEmpty
        ? "" : " (" + figure.qualifiers.map(\.rawValue).joined(separator: ", ") + ")"
      output += "\(figure.id)  \(figure.entity) · \(figure.measure.rawValue) · \(figure.period)"
      output += " · \(ValueText.written(figure.value, unit: figure.unit))\(qualifier)\n"
      output += "  " + dataset.citation(for: figure).text + "\n"
    }
    output += "\n\(figures.count) figure\(figures.count == 1 ? "" : "s")\n"
    return output
  }
}
