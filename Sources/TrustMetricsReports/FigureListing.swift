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
    // Rows are made as they are written: the citations (each source searched once for all its
    // quotes) are the only thing held beside the figures.
    let citations = dataset.citations(for: figures)
    return Listing(
      schema: "trustmetrics.figures/1", columns: columns, rowCount: figures.count,
      cells: { index, cells in
        let figure = figures[index]
        let citation = citations[index]
        cells[0] = .text(figure.id)
        cells[1] = .text(figure.entity)
        cells[2] = .text(figure.measure.rawValue)
        cells[3] = .text(figure.period.description)
        cells[4] = .decimal(figure.value)
        cells[5] = .text(figure.unit.rawValue)
        cells[6] = .text(figure.qualifiers.map(\.rawValue).joined(separator: ";"))
        cells[7] = citation.publisher.map(Cell.text) ?? .empty
        cells[8] = citation.date.map { .text($0.description) } ?? .empty
        cells[9] = citation.title.map(Cell.text) ?? .empty
        cells[10] = citation.url.map(Cell.text) ?? .empty
        cells[11] = .text(citation.source)
        cells[12] = citation.position.map { .integer($0.line) } ?? .empty
        cells[13] = .text(citation.quote)
      })
  }

  /// Figures as text blocks for people: the figure on one line, its citation on the next.
  ///
  /// ```
  /// sandwell-agency-rate-2021-09  Sandwell Children's Trust  agency_rate  2021-09  31.5 percent
  ///   Community Care, 2021-10-12, “Title”: “quote” (003_….txt:12)
  /// ```
  public static func text(of figures: [Figure], in dataset: Dataset) -> String {
    let output = OutputBuffer()
    writeText(of: figures, in: dataset, to: output)
    return output.text
  }

  /// Writes ``text(of:in:)`` to an output, figure by figure; stops early when it closes.
  public static func writeText(of figures: [Figure], in dataset: Dataset, to output: OutputBuffer) {
    let citations = dataset.citations(for: figures)
    for (figure, citation) in zip(figures, citations) {
      output.write(figure.id)
      output.write("  ")
      output.write(figure.entity)
      output.write(" · ")
      output.write(figure.measure.rawValue)
      output.write(" · ")
      output.write(figure.period.description)
      output.write(" · ")
      output.write(ValueText.written(figure.value, unit: figure.unit))
      if !figure.qualifiers.isEmpty {
        output.write(" (")
        for (index, qualifier) in figure.qualifiers.enumerated() {
          if index > 0 { output.write(", ") }
          output.write(qualifier.rawValue)
        }
        output.write(")")
      }
      output.write("\n  ")
      output.write(citation.text)
      output.write(byte: 0x0A)
      if output.isClosed { return }
    }
    output.write("\n\(figures.count) figure\(figures.count == 1 ? "" : "s")\n")
  }
}
