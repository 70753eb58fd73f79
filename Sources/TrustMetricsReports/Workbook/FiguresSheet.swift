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
  /// planning every cell first: beyond the dataset it holds a line number per figure, so memory
  /// stays flat in constant-memory mode and no per-cell plan is built and sorted.
  ///
  /// The column widths depend on every row but are set after the rows (libxlsxwriter writes
  /// them at the head of the sheet when it closes), so they are measured on a second thread
  /// while this one writes the rows, every style prepared once.
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
    let measuring = BackgroundWork {
      columnWidths(dataset: dataset, checkStatuses: checkStatuses, lines: lines)
    }

    let sheet = try workbook.addWorksheet(named: name)
    let lastRow = figures.count
    let range = CellRange(
      from: CellReference(row: 0, column: 0),
      to: CellReference(row: max(lastRow, 1), column: headers.count - 1))
    if workbook.isConstantMemory { try sheet.addAutofilter(over: range) }
    // Widths only grow from the headers' own, so headers that fit those fit the final ones.
    let headerRowHeight = headerHeight(widths: columnWidths(lengths: headerLengths)).flatMap {
      _ in headerHeight(widths: measuring.value())
    }
    if let headerRowHeight { try sheet.setHeight(headerRowHeight, ofRow: 0) }
    let header = try workbook.prepare(WorkbookStyles.header)
    for (column, text) in headers.enumerated() {
      try sheet.write(.text(text), at: CellReference(row: 0, column: column), prepared: header)
    }
    let text = try workbook.prepare(WorkbookStyles.text)
    let wrapped = try workbook.prepare(WorkbookStyles.wrapped)
    let integer = try workbook.prepare(WorkbookStyles.integer)
    var valueStyles: [FigureUnit: PreparedStyle] = [:]
    for unit in FigureUnit.allCases {
      valueStyles[unit] = try workbook.prepare(WorkbookStyles.value(of: unit))
    }
    var rows = FigureRowTexts(dataset: dataset, checkStatuses: checkStatuses)
    for index in figures.indices {
      let row = index + 1
      let figure = figures[index]
      let line = lines[index]
      let texts = rows.texts(index, line: Int(line))
      if let height = SheetPlan.height(ofWrapped: texts.quote, width: quoteWidth) {
        try sheet.setHeight(height, ofRow: row)
      }
      func cell(_ column: Int) -> CellReference { CellReference(row: row, column: column) }
      try sheet.write(.text(texts.id), at: cell(0), prepared: text)
      try sheet.write(.text(texts.entity), at: cell(1), prepared: text)
      try sheet.write(.text(texts.measure), at: cell(2), prepared: text)
      try sheet.write(.text(texts.period), at: cell(3), prepared: text)
      if let style = valueStyles[figure.unit] {
        try sheet.write(.number(figure.doubleValue), at: cell(4), prepared: style)
      }
      try sheet.write(.text(texts.unit), at: cell(5), prepared: text)
      try sheet.write(.text(texts.qualifiers), at: cell(6), prepared: text)
      try sheet.write(.text(texts.publisher), at: cell(7), prepared: text)
      try sheet.write(.text(texts.date), at: cell(8), prepared: text)
      try sheet.write(.text(texts.source), at: cell(9), prepared: text)
      if line > 0 {
        try sheet.write(.number(Double(line)), at: cell(10), prepared: integer)
      } else {
        try sheet.write(.blank, at: cell(10), prepared: integer, undefinedNote: missingLine)
        try sheet.addNote(missingLine, at: cell(10))
      }
      try sheet.write(.text(texts.status), at: cell(11), prepared: text)
      try sheet.write(.text(texts.quote), at: cell(12), prepared: wrapped)
    }
    for (column, width) in measuring.value().enumerated() {
      try sheet.setWidth(width, ofColumns: column...column)
    }
    try sheet.freezePanes(rows: 1)
    if !workbook.isConstantMemory {
      try sheet.addTable(
        Table(name: name, range: range, headers: headers, headerStyle: WorkbookStyles.header))
    }
    try sheet.printLandscapeFittingWidth()
  }

  /// The headers' lengths as SheetPlan.columnWidths counts them (at most 24 characters).
  private static var headerLengths: [Int] {
    headers.map { min(SheetPlan.longestParagraphLength(of: $0), 24) }
  }

  /// The header row's height for wrapped headers in columns this wide, `nil` when they fit.
  private static func headerHeight(widths: [Double]) -> Double? {
    headers.indices.compactMap { SheetPlan.height(ofWrapped: headers[$0], width: widths[$0]) }
      .max()
  }

  /// Column widths from the longest text of each column, as SheetPlan.columnWidths sets them;
  /// the quote's column has a fixed width.
  private static func columnWidths(lengths: [Int]) -> [Double] {
    var widths = lengths.map { min(max(Double($0) + 2, 8), maximumWidth) }
    widths[quoteColumn] = quoteWidth
    return widths
  }

  /// The widths of the sheet's columns, measured over every figure's row.
  private static func columnWidths(
    dataset: Dataset, checkStatuses: [String: String], lines: [Int32]
  ) -> [Double] {
    let figures = dataset.figures
    var rows = FigureRowTexts(dataset: dataset, checkStatuses: checkStatuses)
    var lengths = headerLengths
    var valueShapes: [FigureUnit: SheetPlan.NumberShape] = [:]
    for unit in FigureUnit.allCases {
      valueShapes[unit] = SheetPlan.NumberShape(
        format: WorkbookStyles.value(of: unit).numberFormat)
    }
    let integerShape = SheetPlan.NumberShape(format: WorkbookStyles.integer.numberFormat)
    for index in figures.indices {
      let figure = figures[index]
      rows.texts(index, line: Int(lines[index])).forEachMeasured { column, text in
        lengths[column] = max(lengths[column], SheetPlan.longestParagraphLength(of: text))
      }
      if let shape = valueShapes[figure.unit] {
        lengths[4] = max(lengths[4], shape.length(of: figure.doubleValue))
      }
      if lines[index] > 0 {
        lengths[10] = max(lengths[10], integerShape.length(of: Double(lines[index])))
      }
    }
    return columnWidths(lengths: lengths)
  }

  static let quoteColumn = 12
  static let quoteWidth = 80.0
  static let maximumWidth = 40.0
  static let missingLine = "The quote was not found in the source."

  /// The line each figure's quote first stands on in its source, 0 when it is not found: each
  /// source searched once for all of its distinct quotes, half the text on a second thread.
  static func quoteLines(of figures: [Figure], in dataset: Dataset) -> [Int32] {
    var figuresBySource: [String: [Int]] = [:]
    for (index, figure) in figures.enumerated() {
      figuresBySource[figure.provenance.source, default: []].append(index)
    }
    // Two shares of about equal text, the larger sources dealt first.
    let size = { (source: String) in dataset.sourceTexts[source]?.utf8.count ?? 0 }
    var shares: [[(source: String, indices: [Int])]] = [[], []]
    var shareSizes = [0, 0]
    for (source, indices) in figuresBySource.sorted(by: {
      (size($0.key), $0.key) > (size($1.key), $1.key)
    }) {
      let share = shareSizes[0] <= shareSizes[1] ? 0 : 1
      shares[share].append((source, indices))
      shareSizes[share] += size(source)
    }
    let second = shares[1]
    let secondLines = BackgroundWork { locate(second, of: figures, in: dataset) }
    var lines = [Int32](repeating: 0, count: figures.count)
    for (index, line) in locate(shares[0], of: figures, in: dataset) { lines[index] = line }
    for (index, line) in secondLines.value() { lines[index] = line }
    return lines
  }

  /// The line of each figure's quote in the given sources, by figure index; figures whose quote
  /// is not found are left out.
  private static func locate(
    _ groups: [(source: String, indices: [Int])], of figures: [Figure], in dataset: Dataset
  ) -> [(index: Int, line: Int32)] {
    var found: [(index: Int, line: Int32)] = []
    for (source, indices) in groups {
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
          found.append((index, Int32(low)))
        }
      }
    }
    return found
  }
}
