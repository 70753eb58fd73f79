import TrustMetricsCore
import XlsxWriter

/// The Sources sheet: every source document with its title, publisher, date and link.
enum SourcesSheet {
  static let headers = ["Source", "Title", "Publisher", "Date", "Link", "Figures"]

  static func plan(dataset: Dataset) -> SheetPlan {
    var plan = SheetPlan(name: "Sources")
    var row = 1
    let figureCounts = figureCounts(of: dataset.figures)
    for source in dataset.sources {
      plan.set(.text(source.source), row: row, column: 0, style: WorkbookStyles.text)
      plan.set(.text(source.title ?? ""), row: row, column: 1, style: WorkbookStyles.wrapped)
      plan.set(.text(source.publisher ?? ""), row: row, column: 2, style: WorkbookStyles.text)
      plan.set(
        .text(source.date?.description ?? ""), row: row, column: 3, style: WorkbookStyles.text)
      if let url = source.url, isWebAddress(url) {
        plan.set(.link(url: url, text: url), row: row, column: 4, style: WorkbookStyles.link)
      } else {
        plan.set(
          .text(source.url ?? ""), row: row, column: 4, style: WorkbookStyles.text,
          note: source.url == nil ? nil : "Not a web address, so not a link.")
      }
      let count = figureCounts[source.source] ?? 0
      plan.set(.number(Double(count)), row: row, column: 5, style: WorkbookStyles.integer)
      row += 1
    }
    if dataset.sources.isEmpty {
      plan.set(.text("No sources."), row: row, column: 0)
      row += 1
    }
    plan.addTable(name: "Sources", headers: headers, headerRow: 0, lastRow: row - 1)
    plan.fixedWidths = [1: 60]
    plan.maximumWidth = 70
    return plan
  }

  /// How many figures cite each source.
  ///
  /// Figures come grouped by source, so runs of one source are counted before they are
  /// looked up: one look-up per run rather than per figure.
  static func figureCounts(of figures: [Figure]) -> [String: Int] {
    var counts: [String: Int] = [:]
    var runSource: String?
    var runLength = 0
    for index in figures.indices {
      let source = figures[index].provenance.source
      if source == runSource {
        runLength += 1
        continue
      }
      if let runSource { counts[runSource, default: 0] += runLength }
      runSource = source
      runLength = 1
    }
    if let runSource { counts[runSource, default: 0] += runLength }
    return counts
  }

  /// Whether a link may be written as a hyperlink: `http` or `https` only.
  static func isWebAddress(_ url: String) -> Bool {
    let lower = url.lowercased()
    return (lower.hasPrefix("https://") || lower.hasPrefix("http://"))
      && !url.contains(where: \.isWhitespace) && url.count <= 2_079
  }
}
