import TrustMetricsCore

/// The text cells of the Figures sheet's rows, made cheaply for many figures: values repeated
/// from row to row (periods, qualifiers, a source's publisher and dates, statuses) are made once
/// and shared, and nothing is allocated per row for the texts the figure already holds.
struct FigureRowTexts {
  /// One row's text cells; the value and line columns are numbers, written apart.
  struct Row {
    var id: String
    var entity: String
    var measure: String
    var period: String
    var unit: String
    var qualifiers: String
    var publisher: String
    var date: String
    var source: String
    var status: String
    var quote: String

    /// The sheet's columns that hold text, in order: all but the value (4) and the line (10).
    static let textColumns = [0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 12]

    /// Calls `body` with each text and its column, in column order.
    func forEachText(_ body: (_ column: Int, _ text: String) -> Void) {
      body(0, id)
      body(1, entity)
      body(2, measure)
      body(3, period)
      body(5, unit)
      body(6, qualifiers)
      body(7, publisher)
      body(8, date)
      body(9, source)
      body(11, status)
      body(12, quote)
    }
  }

  private struct SourceTexts {
    var source: String
    var publisher: String
    var date: String
    var articles: [(article: Article, date: String)]
  }

  private let figures: [Figure]
  private let checkStatuses: FigureStatusLabels
  private let documents: [String: SourceDocument]
  private let articles: [String: [Article]]
  private var lastSource: SourceTexts?
  private var periods: [Period: String] = [:]
  private var qualifierTexts: [[Qualifier]: String] = [:]

  init(dataset: Dataset, checkStatuses: FigureStatusLabels) {
    figures = dataset.figures
    self.checkStatuses = checkStatuses
    var documents: [String: SourceDocument] = [:]
    for document in dataset.sources where documents[document.source] == nil {
      documents[document.source] = document
    }
    self.documents = documents
    articles = Dictionary(grouping: dataset.articles, by: \.source)
  }

  /// The text cells of the figure at `index`, whose quote stands on `line` of its source (0 when
  /// it is not found).
  mutating func texts(_ index: Int, line: Int) -> Row {
    let figure = figures[index]
    let provenance = figure.provenance
    let source = sourceTexts(provenance.source)
    let articleDate =
      line == 0 ? nil : source.articles.first { $0.article.contains(line: line) }?.date
    return Row(
      id: figure.id, entity: figure.entity, measure: figure.measure.rawValue,
      period: period(figure.period), unit: figure.unit.rawValue,
      qualifiers: qualifiers(figure.qualifiers), publisher: source.publisher,
      date: articleDate ?? source.date, source: provenance.source,
      status: checkStatuses.label(ofFigureAt: index, id: figure.id), quote: provenance.quote)
  }

  private mutating func sourceTexts(_ source: String) -> SourceTexts {
    if let last = lastSource, last.source == source { return last }
    let document = documents[source]
    let made = SourceTexts(
      source: source, publisher: document?.publisher ?? "",
      date: document?.date?.description ?? "",
      articles: (articles[source] ?? []).map { article in
        // An article without a date falls back to its document's, as citations do.
        (article, (article.date ?? document?.date)?.description ?? "")
      })
    lastSource = made
    return made
  }

  private mutating func period(_ period: Period) -> String {
    if let made = periods[period] { return made }
    let made = period.description
    periods[period] = made
    return made
  }

  private mutating func qualifiers(_ qualifiers: [Qualifier]) -> String {
    guard !qualifiers.isEmpty else { return "" }
    if let made = qualifierTexts[qualifiers] { return made }
    let made = qualifiers.map(\.rawValue).joined(separator: ";")
    qualifierTexts[qualifiers] = made
    return made
  }
}

/// The figures' check statuses as the Figures sheet shows them.
struct FigureStatusLabels: Sendable {
  /// Labels made by the check, one per figure in order, `nil` for a figure with no result.
  var computed: [String?] = []
  /// Labels given by figure id, used where the check made none.
  var given: [String: String] = [:]

  /// The label of the figure at `index`, whose id is `id`: the check's, else the given one,
  /// else `not checked`.
  func label(ofFigureAt index: Int, id: String) -> String {
    if index < computed.count, let label = computed[index] { return label }
    return given.isEmpty ? "not checked" : given[id] ?? "not checked"
  }
}
