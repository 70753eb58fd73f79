import TrustMetricsCore
import XlsxWriter

/// The Figures sheet: every extracted figure with its citation.
enum FiguresSheet {
  static let name = "Figures"
  static let headers = [
    "Id", "Entity", "Measure", "Period", "Value", "Unit", "Qualifier", "Publisher", "Date",
    "Source", "Line", "Check status", "Quote",
  ]

  static func plan(dataset: Dataset, checkStatuses: [String: String] = [:]) -> SheetPlan {
    var plan = SheetPlan(name: name)
    var row = 1
    for (figure, citation) in zip(dataset.figures, dataset.citations(for: dataset.figures)) {
      let texts = [
        figure.id, figure.entity, figure.measure.rawValue, figure.period.description,
      ]
      for (column, text) in texts.enumerated() {
        plan.set(.text(text), row: row, column: column, style: WorkbookStyles.text)
      }
      plan.set(
        .number(figure.doubleValue), row: row, column: 4,
        style: WorkbookStyles.value(of: figure.unit))
      plan.set(.text(figure.unit.rawValue), row: row, column: 5, style: WorkbookStyles.text)
      plan.set(
        .text(figure.qualifiers.map(\.rawValue).joined(separator: ";")), row: row, column: 6,
        style: WorkbookStyles.text)
      plan.set(.text(citation.publisher ?? ""), row: row, column: 7, style: WorkbookStyles.text)
      plan.set(
        .text(citation.date?.description ?? ""), row: row, column: 8, style: WorkbookStyles.text)
      plan.set(.text(citation.source), row: row, column: 9, style: WorkbookStyles.text)
      plan.set(
        number: citation.position.map { Double($0.line) }, row: row, column: 10,
        style: WorkbookStyles.integer, missingNote: missingLine)
      plan.set(
        .text(checkStatuses[figure.id] ?? "not checked"), row: row, column: 11,
        style: WorkbookStyles.text)
      plan.set(.text(citation.quote), row: row, column: 12, style: WorkbookStyles.wrapped)
      row += 1
    }
    if dataset.figures.isEmpty {
      plan.set(.text("No figures."), row: row, column: 0)
      row += 1
    }
    plan.addTable(name: "Figures", headers: headers, headerRow: 0, lastRow: row - 1)
    plan.fixedWidths = [quoteColumn: quoteWidth]
    plan.maximumWidth = maximumWidth
    return plan
  }

  /// Writes the sheet row by row, the same cells, styles, widths and heights as
  /// ``plan(dataset:checkStatuses:)`` gives to ``ComparisonWorkbook/emit(_:into:)``, without
  /// planning every cell first: beyond the dataset it holds one line number per figure, so memory
  /// stays flat in constant-memory mode and no per-cell plan is built and sorted.
  ///
  /// Two passes over the figures: the first measures the column widths (and the row heights
  /// they set), the second writes.
  static func write(dataset: Dataset, checkStatuses: [String: String], into workbook: Workbook)
    throws(XlsxError)
  {
    let figures = dataset.figures
    guard !figures.isEmpty else {
      try ComparisonWorkbook.emit(
        plan(dataset: dataset, checkStatuses: checkStatuses), into: workbook)
      return
    }
    let lines = quoteLines(of: figures, in: dataset)
    var documents: [String: SourceDocument] = [:]
    for document in dataset.sources where documents[document.source] == nil {
      documents[document.source] = document
    }
    let articles = Dictionary(grouping: dataset.articles, by: \.source)
    // Each figure's status as an index into the distinct statuses: looked up once, one byte each.
    var statuses: [String] = []
    var slotOfStatus: [String: UInt8] = [:]
    let statusSlots = figures.map { figure -> UInt8 in
      let status = checkStatuses[figure.id] ?? "not checked"
      if let slot = slotOfStatus[status] { return slot }
      guard statuses.count < 255 else { return 255 }
      slotOfStatus[status] = UInt8(statuses.count)
      statuses.append(status)
      return UInt8(statuses.count - 1)
    }
    func status(_ index: Int) -> String {
      let slot = statusSlots[index]
      return slot == 255
        ? checkStatuses[figures[index].id] ?? "not checked" : statuses[Int(slot)]
    }
    /// The text cells of a figure's row by column; the value and line columns are empty here.
    func texts(_ index: Int) -> [String] {
      let figure = figures[index]
      let source = figure.provenance.source
      let line = Int(lines[index])
      let document = documents[source]
      let article = line == 0 ? nil : articles[source]?.first { $0.contains(line: line) }
      return [
        figure.id, figure.entity, figure.measure.rawValue, figure.period.description, "",
        figure.unit.rawValue, figure.qualifiers.map(\.rawValue).joined(separator: ";"),
        document?.publisher ?? "", (article?.date ?? document?.date)?.description ?? "", source,
        "", status(index), figure.provenance.quote,
      ]
    }
    // Pass 1: widths as SheetPlan.columnWidths estimates them.
    var lengths = headers.map { min(SheetPlan.paragraphLengths(of: $0).max() ?? 0, 24) }
    for index in figures.indices {
      // The quote's column has a fixed width, so its text is not measured here.
      for (column, text) in texts(index).enumerated()
      where column != 4 && column != 10 && column != quoteColumn {
        lengths[column] = max(lengths[column], SheetPlan.paragraphLengths(of: text).max() ?? 0)
      }
      let figure = figures[index]
      lengths[4] = max(
        lengths[4],
        SheetPlan.numberLength(
          figure.doubleValue, format: WorkbookStyles.value(of: figure.unit).numberFormat))
      if lines[index] > 0 {
        lengths[10] = max(
          lengths[10],
          SheetPlan.numberLength(
            Double(lines[index]), format: WorkbookStyles.integer.numberFormat))
      }
    }
    var widths = lengths.map { min(max(Double($0) + 2, 8), maximumWidth) }
    widths[quoteColumn] = quoteWidth

    // Pass 2: as ComparisonWorkbook.emit writes a plan.
    let sheet = try workbook.addWorksheet(named: name)
    let lastRow = figures.count
    let range = CellRange(
      from: CellReference(row: 0, column: 0),
      to: CellReference(row: max(lastRow, 1), column: headers.count - 1))
    if workbook.isConstantMemory { try sheet.addAutofilter(over: range) }
    let headerHeight = headers.indices.compactMap {
      SheetPlan.height(ofWrapped: headers[$0], width: widths[$0])
    }.max()
    if let headerHeight { try sheet.setHeight(headerHeight, ofRow: 0) }
    for (column, header) in headers.enumerated() {
      try sheet.write(
        .text(header), at: CellReference(row: 0, column: column), style: WorkbookStyles.header)
    }
    let valueStyles = Dictionary(
      uniqueKeysWithValues: FigureUnit.allCases.map { ($0, WorkbookStyles.value(of: $0)) })
    for index in figures.indices {
      let row = index + 1
      let figure = figures[index]
      let cells = texts(index)
      if let height = SheetPlan.height(ofWrapped: cells[quoteColumn], width: quoteWidth) {
        try sheet.setHeight(height, ofRow: row)
      }
      for column in headers.indices {
        let cell = CellReference(row: row, column: column)
        switch column {
        case 4:
          try sheet.write(
            .number(figure.doubleValue), at: cell, style: valueStyles[figure.unit])
        case 10 where lines[index] > 0:
          try sheet.write(.number(Double(lines[index])), at: cell, style: WorkbookStyles.integer)
        case 10:
          try sheet.write(
            .blank, at: cell, style: WorkbookStyles.integer, undefinedNote: missingLine)
          try sheet.addNote(missingLine, at: cell)
        default:
          try sheet.write(
            .text(cells[column]), at: cell,
            style: column == quoteColumn ? WorkbookStyles.wrapped : WorkbookStyles.text)
        }
      }
    }
    for (column, width) in widths.enumerated() {
      try sheet.setWidth(width, ofColumns: column...column)
    }
    try sheet.freezePanes(rows: 1)
    if !workbook.isConstantMemory {
      try sheet.addTable(
        Table(name: name, range: range, headers: headers, headerStyle: WorkbookStyles.header))
    }
    try sheet.printLandscapeFittingWidth()
  }

  static let quoteColumn = 12
  static let quoteWidth = 80.0
  static let maximumWidth = 40.0
  static let missingLine = "The quote was not found in the source."

  /// The line each figure's quote first stands on in its source, 0 when it is not found: each
  /// source searched once for all of its distinct quotes.
  static func quoteLines(of figures: [Figure], in dataset: Dataset) -> [Int32] {
    var lines = [Int32](repeating: 0, count: figures.count)
    var figuresBySource: [String: [Int]] = [:]
    for (index, figure) in figures.enumerated() {
      figuresBySource[figure.provenance.source, default: []].append(index)
    }
    for (source, indices) in figuresBySource {
      guard var text = dataset.sourceTexts[source] else { continue }
      // Repeated quotes are searched side by side in the same pass: cheaper than hashing quotes.
      let quotes = indices.map { figures[$0].provenance.quote }
      text.withUTF8 { bytes in
        let offsets = QuoteLocator.offsets(of: quotes, in: bytes)
        let lineStarts = QuoteLocator.lineStarts(in: bytes)
        for (slot, index) in indices.enumerated() {
          guard let first = offsets[slot].first else { continue }
          // The number of lines starting at or before the offset (binary search).
          var low = 0
          var high = lineStarts.count
          while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= first { low = middle + 1 } else { high = middle }
          }
          lines[index] = Int32(low)
        }
      }
    }
    return lines
  }
}
