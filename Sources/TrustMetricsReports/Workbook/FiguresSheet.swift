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
  /// planning every cell first, so memory stays flat in constant-memory mode.
  ///
  /// The rows' texts, heights and lines are made on a second thread, a batch at a time
  /// (``prepareRows(dataset:checkStatuses:batchSize:emit:)``), while this one writes the
  /// batches already made; the column widths, which depend on every row but are set after the
  /// rows (libxlsxwriter writes them at the head of the sheet when it closes), are measured as
  /// the rows are made.
  static func write(dataset: Dataset, checkStatuses: [String: String], into workbook: Workbook)
    throws(XlsxError)
  {
    try write(
      dataset: dataset, checkStatuses: FigureStatusLabels(given: checkStatuses),
      on: workbook.addWorksheet(named: name), in: workbook)
  }

  /// Writes the sheet, as ``write(dataset:checkStatuses:into:)`` does, on a sheet already added,
  /// with its styles prepared beforehand (`styles`) or here.
  static func write(
    dataset: Dataset, checkStatuses: FigureStatusLabels, on sheet: Worksheet,
    in workbook: Workbook, styles: RowStyles? = nil
  ) throws(XlsxError) {
    let figures = dataset.figures
    guard !figures.isEmpty else {
      try ComparisonWorkbook.emit(
        plan(dataset: dataset, checkStatuses: checkStatuses.given), on: sheet, in: workbook)
      return
    }
    // Widths only grow from the headers' own, so headers that fit those fit the final ones;
    // otherwise the header row's height needs every row measured before it is written.
    var headerRowHeight: Double?
    if headerHeight(widths: columnWidths(lengths: headerLengths)) != nil {
      headerRowHeight = headerHeight(
        widths: prepareRows(dataset: dataset, checkStatuses: checkStatuses) { _ in true })
    }
    let rows = BatchPipeline<PreparedRows, [Double]> { emit in
      prepareRows(dataset: dataset, checkStatuses: checkStatuses, emit: emit)
    }

    let lastRow = figures.count
    let range = CellRange(
      from: CellReference(row: 0, column: 0),
      to: CellReference(row: max(lastRow, 1), column: headers.count - 1))
    if workbook.isConstantMemory { try sheet.addAutofilter(over: range) }
    if let headerRowHeight { try sheet.setHeight(headerRowHeight, ofRow: 0) }
    let rowStyles: RowStyles
    if let styles {
      rowStyles = styles
    } else {
      rowStyles = try RowStyles(for: figures, in: workbook)
    }
    for (column, text) in headers.enumerated() {
      try sheet.write(
        .text(text), at: CellReference(row: 0, column: column), prepared: rowStyles.header)
    }
    var firstRow = 1
    let widths = try rows.consume { (batch) throws(XlsxError) in
      try write(batch, from: firstRow, on: sheet, styles: rowStyles)
      firstRow += batch.count
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

  /// Figures' rows made ready to write: their text cells packed in one buffer, the row's texts
  /// one after the other in the order of ``FigureRowTexts/Row/forEachText(_:)``, and their
  /// numbers.
  struct PreparedRows: Sendable {
    /// One row's numbers and height.
    struct Numbers: Sendable {
      var value: Double
      var unit: FigureUnit
      /// The quote's line in its source, 0 when it is not found.
      var line: Int32
      /// The row's height when its quote wraps.
      var height: Double?
    }

    var texts = PackedTexts()
    var numbers: [Numbers] = []

    /// How many rows.
    var count: Int { numbers.count }

    /// The text of `column` in the row at `index` (a text column).
    func text(row index: Int, column: Int) -> String? {
      FigureRowTexts.Row.textColumns.firstIndex(of: column).map {
        texts[index * FigureRowTexts.Row.textColumns.count + $0]
      }
    }
  }

  /// The styles of the sheet's cells, each prepared once, before any is written.
  ///
  /// They are prepared in the order the sheet first uses them, the order in which
  /// libxlsxwriter numbers styles as it writes rows out; a value style only for a unit some
  /// figure has.
  struct RowStyles {
    var header: PreparedStyle
    var text: PreparedStyle
    var wrapped: PreparedStyle
    var integer: PreparedStyle
    var values: [FigureUnit: PreparedStyle] = [:]

    init(for figures: [Figure], in workbook: Workbook) throws(XlsxError) {
      var units: [FigureUnit] = []
      for figure in figures where !units.contains(figure.unit) {
        units.append(figure.unit)
        if units.count == FigureUnit.allCases.count { break }
      }
      header = try workbook.prepare(WorkbookStyles.header)
      text = try workbook.prepare(WorkbookStyles.text)
      // Row 1 uses the first figure's value style (column 4), then integer (10) and wrapped (12).
      for unit in units.prefix(1) {
        values[unit] = try workbook.prepare(WorkbookStyles.value(of: unit))
      }
      integer = try workbook.prepare(WorkbookStyles.integer)
      wrapped = try workbook.prepare(WorkbookStyles.wrapped)
      for unit in units.dropFirst() {
        values[unit] = try workbook.prepare(WorkbookStyles.value(of: unit))
      }
    }
  }

  /// Writes a batch of rows, the first on sheet row `firstRow`.
  private static func write(
    _ batch: PreparedRows, from firstRow: Int, on sheet: Worksheet, styles: RowStyles
  ) throws(XlsxError) {
    let texts = batch.texts
    let textColumns = FigureRowTexts.Row.textColumns
    var next = 0
    for (offset, numbers) in batch.numbers.enumerated() {
      let row = firstRow + offset
      if let height = numbers.height { try sheet.setHeight(height, ofRow: row) }
      for column in 0..<headers.count {
        let cell = CellReference(row: row, column: column)
        if column == 4 {
          if let style = styles.values[numbers.unit] {
            try sheet.write(.number(numbers.value), at: cell, prepared: style)
          }
        } else if column == 10 {
          if numbers.line > 0 {
            try sheet.write(.number(Double(numbers.line)), at: cell, prepared: styles.integer)
          } else {
            try sheet.write(.blank, at: cell, prepared: styles.integer, undefinedNote: missingLine)
            try sheet.addNote(missingLine, at: cell)
          }
        } else {
          assert(textColumns[next % textColumns.count] == column)
          let style = column == quoteColumn ? styles.wrapped : styles.text
          try sheet.write(texts, at: next, into: cell, prepared: style)
          next += 1
        }
      }
    }
  }

  /// Makes every figure's row in order, `batchSize` rows at a time handed to `emit`, measuring
  /// the columns as it goes; stops early when `emit` returns `false`.
  ///
  /// - Returns: The widths of the sheet's columns, as SheetPlan.columnWidths sets them (the
  ///   quote's column has a fixed width), over the rows made.
  static func prepareRows(
    dataset: Dataset, checkStatuses: FigureStatusLabels, batchSize: Int = 256,
    emit: (PreparedRows) -> Bool
  ) -> [Double] {
    let figures = dataset.figures
    var lines = QuoteLineIndex(figures: figures, sourceTexts: dataset.sourceTexts)
    var rows = FigureRowTexts(dataset: dataset, checkStatuses: checkStatuses)
    var lengths = headerLengths
    var valueShapes: [FigureUnit: SheetPlan.NumberShape] = [:]
    for unit in FigureUnit.allCases {
      valueShapes[unit] = SheetPlan.NumberShape(
        format: WorkbookStyles.value(of: unit).numberFormat)
    }
    let integerShape = SheetPlan.NumberShape(format: WorkbookStyles.integer.numberFormat)
    var batch = PreparedRows()
    for index in figures.indices {
      let line = lines.line(of: index)
      let texts = rows.texts(index, line: Int(line))
      texts.forEachText { column, text in
        batch.texts.append(text)
        if column != quoteColumn {
          lengths[column] = max(lengths[column], SheetPlan.longestParagraphLength(of: text))
        }
      }
      let unit = figures[index].unit
      let value = figures[index].doubleValue
      if let shape = valueShapes[unit] {
        lengths[4] = max(lengths[4], shape.length(of: value))
      }
      if line > 0 {
        lengths[10] = max(lengths[10], integerShape.length(of: Double(line)))
      }
      batch.numbers.append(
        PreparedRows.Numbers(
          value: value, unit: unit, line: line,
          height: SheetPlan.height(ofWrapped: texts.quote, width: quoteWidth)))
      if batch.count == batchSize {
        guard emit(batch) else { return columnWidths(lengths: lengths) }
        batch = PreparedRows()
      }
    }
    if batch.count > 0 { _ = emit(batch) }
    return columnWidths(lengths: lengths)
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

  static let quoteColumn = 12
  static let quoteWidth = 80.0
  static let maximumWidth = 40.0
  static let missingLine = "The quote was not found in the source."
}
