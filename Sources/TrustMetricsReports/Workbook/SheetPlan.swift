import XlsxWriter

/// One sheet of the workbook, planned in full before it is written: cells, tables, charts,
/// names and layout.
///
/// Planning first lets the writer emit rows strictly in order (as constant-memory mode needs),
/// estimate column widths from the content, and lets tests read the plan's cached values. A plan
/// is a plain value, so sheets can be planned on other threads.
struct SheetPlan: Sendable {
  /// One planned cell.
  struct Entry {
    /// The value.
    var value: CellValue
    /// The style.
    var style: CellStyle?
    /// A note (comment) on the cell.
    var note: String?
    /// Whether the cell's text counts when estimating its column's width (not for titles that
    /// spill over empty neighbours).
    var sizesColumn: Bool
  }

  /// A table of records (an autofilter in constant-memory mode).
  struct TableSpec {
    var name: String
    var range: CellRange
    var headers: [String]
  }

  /// One planned cell as stored: its style by number in ``styles``, so that a cell takes about
  /// half the memory of an ``Entry``.
  private struct StoredCell {
    var value: CellValue
    var sizesColumn: Bool
    /// The index of the style in ``SheetPlan/styles``; -1 for none.
    var style: Int32
    var column: Int
    var note: String?
  }

  /// The sheet's name.
  var name: String
  /// Cells by row (the index is the zero-based row), each row's cells sorted by column.
  private var cellRows: [[StoredCell]] = []
  /// The styles cells use, each once, in order of first use.
  private(set) var styles: [CellStyle] = []
  /// The index in ``styles`` of the style last planned in each column (the first guess).
  private var lastStyles: [Int32] = []
  /// How many cells are planned.
  private(set) var cellCount = 0
  /// Tables, the first the sheet's main one.
  var tables: [TableSpec] = []
  /// Charts and where their top-left corners go.
  var charts: [(chart: Chart, cell: CellReference)] = []
  /// Workbook-wide names defined on this sheet.
  var definedNames: [(name: String, formula: String)] = []
  /// Rows kept in view at the top.
  var frozenRows = 1
  /// Rows printed at the top of every page (a header row), if any.
  var repeatedRows: ClosedRange<Int>?
  /// Rows that start a new printed page.
  var pageBreaks: [Int] = []
  /// Widths that override the estimate, by column.
  var fixedWidths: [Int: Double] = [:]
  /// The widest a column may be estimated, in characters.
  var maximumWidth = 60.0

  /// The next row with nothing in it: one past the last planned row.
  var nextRow: Int { cellRows.count }

  init(name: String) { self.name = name }

  /// A style as this plan names it, by its place in ``styles``.
  ///
  /// Planning many cells with it skips comparing styles. Valid only for the plan that made it.
  struct StyleID: Equatable {
    fileprivate var index: Int32
  }

  /// The plan's name for a style, adding it to ``styles`` when new.
  mutating func styleID(of style: CellStyle) -> StyleID {
    StyleID(index: index(of: style, column: nil))
  }

  /// Plans a cell, replacing any planned at the same place.
  ///
  /// Cells planned in reading order (each to the right of the row's last, rows in any order)
  /// are appended; others are inserted in column order.
  ///
  /// - Parameters:
  ///   - value: The value.
  ///   - row: The zero-based row, at least 0.
  ///   - column: The zero-based column, at least 0.
  ///   - style: The style.
  ///   - note: A note (comment) on the cell.
  ///   - sizesColumn: Whether the cell's text counts when estimating its column's width.
  mutating func set(
    _ value: CellValue, row: Int, column: Int, style: CellStyle? = nil, note: String? = nil,
    sizesColumn: Bool = true
  ) {
    place(
      StoredCell(
        value: value, sizesColumn: sizesColumn, style: index(of: style, column: column),
        column: column, note: note), row: row)
  }

  /// Plans a cell in a style the plan already holds (see ``set(_:row:column:style:note:sizesColumn:)``).
  mutating func set(
    _ value: CellValue, row: Int, column: Int, style: StyleID, note: String? = nil,
    sizesColumn: Bool = true
  ) {
    place(
      StoredCell(
        value: value, sizesColumn: sizesColumn, style: style.index, column: column, note: note),
      row: row)
  }

  /// Puts a cell in its row, in column order, replacing any in the same column.
  private mutating func place(_ cell: StoredCell, row: Int) {
    if row >= cellRows.count {
      // A new row is likely to hold as many cells as the last one; rows skipped stay empty.
      var cells: [StoredCell] = []
      cells.reserveCapacity(cellRows.last?.count ?? 0)
      cellRows.append(contentsOf: repeatElement([], count: row - cellRows.count))
      cellRows.append(cells)
    }
    if let last = cellRows[row].last, last.column >= cell.column {
      let index = SheetPlan.insertionIndex(of: cell.column, in: cellRows[row])
      if index < cellRows[row].count, cellRows[row][index].column == cell.column {
        cellRows[row][index] = cell
        return
      }
      cellRows[row].insert(cell, at: index)
    } else {
      cellRows[row].append(cell)
    }
    cellCount += 1
  }

  /// The index of a style in ``styles``, added when new; -1 for none.
  ///
  /// The style last used in `column` is tried first.
  private mutating func index(of style: CellStyle?, column: Int?) -> Int32 {
    guard let style else { return -1 }
    if let column, column < lastStyles.count, lastStyles[column] >= 0,
      styles[Int(lastStyles[column])] == style
    {
      return lastStyles[column]
    }
    let index: Int32
    if let known = styles.firstIndex(of: style) {
      index = Int32(known)
    } else {
      index = Int32(styles.count)
      styles.append(style)
    }
    guard let column else { return index }
    if column >= lastStyles.count {
      lastStyles.append(contentsOf: repeatElement(-1, count: column - lastStyles.count + 1))
    }
    lastStyles[column] = index
    return index
  }

  /// Plans a number, or an empty cell with a note when there is none.
  mutating func set(
    number: Double?, row: Int, column: Int, style: CellStyle?, missingNote: String? = nil
  ) {
    if let number, number.isFinite {
      set(.number(number), row: row, column: column, style: style)
    } else {
      set(.blank, row: row, column: column, style: style, note: missingNote)
    }
  }

  /// Plans a number, or an empty cell with a note when there is none, in a style the plan
  /// already holds.
  mutating func set(
    number: Double?, row: Int, column: Int, style: StyleID, missingNote: String? = nil
  ) {
    if let number, number.isFinite {
      set(.number(number), row: row, column: column, style: style)
    } else {
      set(.blank, row: row, column: column, style: style, note: missingNote)
    }
  }

  /// The planned cell, if any.
  func entry(row: Int, column: Int) -> Entry? {
    guard cellRows.indices.contains(row) else { return nil }
    let cells = cellRows[row]
    let index = SheetPlan.insertionIndex(of: column, in: cells)
    return index < cells.count && cells[index].column == column ? entry(cells[index]) : nil
  }

  /// A stored cell as an entry.
  private func entry(_ cell: StoredCell) -> Entry {
    Entry(
      value: cell.value, style: cell.style < 0 ? nil : styles[Int(cell.style)], note: cell.note,
      sizesColumn: cell.sizesColumn)
  }

  /// The first position in a row's cells whose column is at least `column` (binary search).
  private static func insertionIndex(of column: Int, in cells: [StoredCell]) -> Int {
    var low = 0
    var high = cells.count
    while low < high {
      let middle = (low + high) / 2
      if cells[middle].column < column { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Calls `body` with every planned cell in row order, then column order, without listing them.
  func forEachEntry<Failure: Error>(
    _ body: (CellReference, Entry) throws(Failure) -> Void
  ) throws(Failure) {
    for row in cellRows.indices {
      for cell in cellRows[row] {
        try body(CellReference(row: row, column: cell.column), entry(cell))
      }
    }
  }

  /// Calls `body` with every planned cell in row order, then column order, and the place of
  /// its style in ``styles`` (`nil` for none): for writing with styles prepared once each.
  func forEachEntryWithStyleIndex<Failure: Error>(
    _ body: (CellReference, Entry, Int?) throws(Failure) -> Void
  ) throws(Failure) {
    for row in cellRows.indices {
      for cell in cellRows[row] {
        try body(
          CellReference(row: row, column: cell.column), entry(cell),
          cell.style < 0 ? nil : Int(cell.style))
      }
    }
  }

  /// Every planned cell in row order, then column order.
  var entries: [(cell: CellReference, entry: Entry)] {
    var result: [(cell: CellReference, entry: Entry)] = []
    result.reserveCapacity(cellCount)
    forEachEntry { cell, entry in result.append((cell, entry)) }
    return result
  }

  /// How many planned cells hold a formula.
  var formulaCount: Int {
    cellRows.reduce(0) { total, cells in
      total
        + cells.reduce(0) { count, cell in
          if case .formula = cell.value { return count + 1 }
          return count
        }
    }
  }

  /// Plans a header row and a table over it and the rows below.
  ///
  /// - Returns: The range of the table.
  @discardableResult
  mutating func addTable(
    name: String, headers: [String], headerRow: Int, lastRow: Int, firstColumn: Int = 0
  ) -> CellRange {
    for (index, header) in headers.enumerated() {
      set(.text(header), row: headerRow, column: firstColumn + index, style: WorkbookStyles.header)
    }
    let range = CellRange(
      from: CellReference(row: headerRow, column: firstColumn),
      to: CellReference(row: max(lastRow, headerRow + 1), column: firstColumn + headers.count - 1))
    tables.append(TableSpec(name: name, range: range, headers: headers))
    return range
  }

  /// Column widths and row heights, measured in one pass over the cells (see
  /// ``columnWidths()`` and ``rowHeights(widths:)``).
  func layout() -> (widths: [Int: Double], heights: [Int: Double]) {
    let measure = measured(widths: true, heights: true)
    let widths = measure.widths(maximum: maximumWidth, fixed: fixedWidths)
    return (widths, measure.heights(widths: widths))
  }

  /// The cells measured for widths, heights or both, each style looked at once.
  private func measured(widths: Bool, heights: Bool) -> LayoutMeasure {
    var measure = LayoutMeasure()
    let facts = styles.map { LayoutMeasure.StyleFacts(of: $0) }
    let none = LayoutMeasure.StyleFacts(of: nil)
    for row in cellRows.indices {
      for cell in cellRows[row] {
        measure.add(
          cell.value, facts: cell.style < 0 ? none : facts[Int(cell.style)],
          sizesColumn: cell.sizesColumn, row: row, column: cell.column, measuresWidth: widths,
          measuresHeight: heights)
      }
    }
    return measure
  }

  /// Column widths in characters, estimated from the content (libxlsxwriter cannot autofit).
  ///
  /// Width = the longest line of any sizing cell's displayed text + 2, at least 8 and at most
  /// ``maximumWidth``; a header wraps, so it counts up to 24 characters.
  func columnWidths() -> [Int: Double] {
    measured(widths: true, heights: false).widths(maximum: maximumWidth, fixed: fixedWidths)
  }

  /// Column widths estimated from already-listed ``entries``.
  func columnWidths(of entries: [(cell: CellReference, entry: Entry)]) -> [Int: Double] {
    var measure = LayoutMeasure()
    for (cell, entry) in entries {
      measure.add(entry, at: cell, measuresHeight: false)
    }
    return measure.widths(maximum: maximumWidth, fixed: fixedWidths)
  }

  /// Row heights in points for rows with wrapped text, estimated from the column widths.
  ///
  /// Lines = Σ over the text's paragraphs of ⌈characters ÷ (width × 1.1)⌉ (a column unit holds
  /// about 1.1 characters of running text); height = 15 points a line + 3.
  func rowHeights(widths: [Int: Double]) -> [Int: Double] {
    measured(widths: false, heights: true).heights(widths: widths)
  }

  /// Row heights estimated from already-listed ``entries``.
  func rowHeights(of entries: [(cell: CellReference, entry: Entry)], widths: [Int: Double])
    -> [Int: Double]
  {
    var measure = LayoutMeasure()
    for (cell, entry) in entries where entry.style?.wrapsText == true {
      measure.add(entry, at: cell, measuresWidth: false)
    }
    return measure.heights(widths: widths)
  }

  /// The height in points wrapped text needs in a column `width` characters wide, or `nil` when
  /// it fits on one line (see ``rowHeights(widths:)``).
  static func height(ofWrapped text: String, width: Double) -> Double? {
    let perLine = max(1, width * 1.1)
    var lines = 0
    forEachParagraphLength(of: text) { lines += max(1, Int((Double($0) / perLine).rounded(.up))) }
    return lines > 1 ? min(409, Double(lines) * 15 + 3) : nil
  }

  /// The length in characters of each line-feed-separated paragraph of a text.
  ///
  /// Text without line breaks is one paragraph, and ASCII text has one character per byte, so
  /// it is measured without splitting or breaking it into grapheme clusters.
  static func paragraphLengths(of text: String) -> [Int] {
    var lengths: [Int] = []
    forEachParagraphLength(of: text) { lengths.append($0) }
    return lengths
  }

  /// The length in characters of the longest line-feed-separated paragraph of a text.
  static func longestParagraphLength(of text: String) -> Int {
    var longest = 0
    forEachParagraphLength(of: text) { longest = max(longest, $0) }
    return longest
  }

  /// Calls `body` with the length in characters of each line-feed-separated paragraph, in
  /// order, without allocating for text without carriage returns.
  ///
  /// A character is a grapheme cluster. Where every scalar is one that always stands alone as
  /// a character (below U+0300: ASCII, Latin-1, Latin Extended; general punctuation such as
  /// U+2019; currency signs), characters are counted as scalars, without segmenting; otherwise,
  /// and for text with a carriage return (CR LF is one character), with `String.count`.
  static func forEachParagraphLength(of text: String, _ body: (Int) -> Void) {
    var count = 0
    var isSimple = true
    var hasLineFeed = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 10 {
        hasLineFeed = true
      } else if value == 13
        || (value >= 0x300
          && !((0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            || (0x20A0...0x20C0).contains(value)))
      {
        isSimple = false
        break
      }
      count += 1
    }
    if isSimple && !hasLineFeed {
      body(count)
      return
    }
    guard isSimple else {
      if hasLineFeed || text.utf8.contains(10) {
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
          body(paragraph.count)
        }
      } else {
        body(text.count)
      }
      return
    }
    var length = 0
    for scalar in text.unicodeScalars {
      if scalar.value == 10 {
        body(length)
        length = 0
      } else {
        length += 1
      }
    }
    body(length)
  }

  /// How a number format displays numbers, for estimating their width.
  struct NumberShape {
    /// Digits after the decimal point (2 without a format).
    let decimals: Int
    /// Characters besides the digits: a quoted suffix counts 6, any other format 1.
    let suffix: Int

    init(format: String?) {
      decimals =
        format.map { $0.split(separator: ";").first.map { String($0) } ?? $0 }
        .flatMap { $0.split(separator: ".").dropFirst().first }
        .map { $0.prefix { $0 == "0" }.count } ?? 2
      suffix = format.map { $0.contains("\"") ? 6 : 1 } ?? 0
    }

    /// The estimated width of a number in characters: digits, thousands separators,
    /// decimals and suffix.
    func length(of number: Double) -> Int {
      let magnitude = abs(number).rounded()
      var digits = 1
      if magnitude.isFinite, magnitude < 1e18 {
        var rest = Int(magnitude) / 10
        while rest > 0 {
          digits += 1
          rest /= 10
        }
      } else if magnitude.isFinite {
        var rest = magnitude / 10
        while rest >= 1 {
          digits += 1
          rest /= 10
        }
      }
      return digits + (digits - 1) / 3 + decimals + 2 + suffix
    }
  }

  static func numberLength(_ number: Double, format: String?) -> Int {
    NumberShape(format: format).length(of: number)
  }
}
