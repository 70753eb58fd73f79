import XlsxWriter

/// One sheet of the workbook, planned in full before it is written: cells, tables, charts,
/// names and layout.
///
/// Planning first lets the writer emit rows strictly in order (as constant-memory mode needs),
/// estimate column widths from the content, and lets tests read the plan's cached values.
struct SheetPlan {
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

  /// The sheet's name.
  var name: String
  /// Cells by row, then column.
  private(set) var rows: [Int: [Int: Entry]] = [:]
  /// Tables, the first the sheet's main one.
  var tables: [TableSpec] = []
  /// Charts and where their top-left corners go.
  var charts: [(chart: Chart, cell: CellReference)] = []
  /// Workbook-wide names defined on this sheet.
  var definedNames: [(name: String, formula: String)] = []
  /// Rows kept in view at the top.
  var frozenRows = 1
  /// Widths that override the estimate, by column.
  var fixedWidths: [Int: Double] = [:]
  /// The widest a column may be estimated, in characters.
  var maximumWidth = 60.0

  /// The next row with nothing in it.
  var nextRow: Int { (rows.keys.max() ?? -1) + 1 }

  init(name: String) { self.name = name }

  /// Plans a cell.
  mutating func set(
    _ value: CellValue, row: Int, column: Int, style: CellStyle? = nil, note: String? = nil,
    sizesColumn: Bool = true
  ) {
    rows[row, default: [:]][column] = Entry(
      value: value, style: style, note: note, sizesColumn: sizesColumn)
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

  /// The planned cell, if any.
  func entry(row: Int, column: Int) -> Entry? { rows[row]?[column] }

  /// Every planned cell in row order.
  var entries: [(cell: CellReference, entry: Entry)] {
    rows.keys.sorted().flatMap { row in
      (rows[row] ?? [:]).keys.sorted().compactMap { column in
        rows[row]?[column].map { (CellReference(row: row, column: column), $0) }
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

  /// Column widths in characters, estimated from the content (libxlsxwriter cannot autofit).
  ///
  /// Width = the longest line of any sizing cell's displayed text + 2, at least 8 and at most
  /// ``maximumWidth``; a header wraps, so it counts up to 24 characters.
  func columnWidths() -> [Int: Double] { columnWidths(of: entries) }

  /// Column widths estimated from already-listed ``entries`` (listing them costs a sort).
  func columnWidths(of entries: [(cell: CellReference, entry: Entry)]) -> [Int: Double] {
    var widths: [Int: Double] = [:]
    for (cell, entry) in entries where entry.sizesColumn {
      var length = Double(SheetPlan.displayLength(of: entry))
      if entry.style == WorkbookStyles.header { length = min(length, 24) }
      widths[cell.column] = max(widths[cell.column] ?? 0, length)
    }
    var result: [Int: Double] = [:]
    for (column, length) in widths {
      result[column] = min(max(length + 2, 8), maximumWidth)
    }
    for (column, width) in fixedWidths { result[column] = width }
    return result
  }

  /// Row heights in points for rows with wrapped text, estimated from the column widths.
  ///
  /// Lines = Σ over the text's paragraphs of ⌈characters ÷ (width × 1.1)⌉ (a column unit holds
  /// about 1.1 characters of running text); height = 15 points a line + 3.
  func rowHeights(widths: [Int: Double]) -> [Int: Double] {
    rowHeights(of: entries, widths: widths)
  }

  /// Row heights estimated from already-listed ``entries``.
  func rowHeights(of entries: [(cell: CellReference, entry: Entry)], widths: [Int: Double])
    -> [Int: Double]
  {
    var heights: [Int: Double] = [:]
    for (cell, entry) in entries where entry.style?.wrapsText == true {
      guard case .text(let text) = entry.value else { continue }
      guard let height = SheetPlan.height(ofWrapped: text, width: widths[cell.column] ?? 8.43)
      else { continue }
      heights[cell.row] = max(heights[cell.row] ?? 0, height)
    }
    return heights
  }

  /// The height in points wrapped text needs in a column `width` characters wide, or `nil` when
  /// it fits on one line (see ``rowHeights(widths:)``).
  static func height(ofWrapped text: String, width: Double) -> Double? {
    let perLine = max(1, width * 1.1)
    let lines = paragraphLengths(of: text).reduce(0) {
      $0 + max(1, Int((Double($1) / perLine).rounded(.up)))
    }
    return lines > 1 ? min(409, Double(lines) * 15 + 3) : nil
  }

  private static func displayLength(of entry: Entry) -> Int {
    func longestLine(_ text: String) -> Int { paragraphLengths(of: text).max() ?? 0 }
    switch entry.value {
    case .text(let text): return longestLine(text)
    case .link(let url, let text): return longestLine(text ?? url)
    case .number(let number): return numberLength(number, format: entry.style?.numberFormat)
    case .formula(_, .number(let number)):
      return numberLength(number, format: entry.style?.numberFormat)
    case .formula(_, .text(let text)): return longestLine(text)
    case .blank: return 0
    }
  }

  /// The length in characters of each line-feed-separated paragraph of a text.
  ///
  /// Text without line breaks is one paragraph, and ASCII text has one character per byte, so
  /// it is measured without splitting or breaking it into grapheme clusters.
  static func paragraphLengths(of text: String) -> [Int] {
    var isASCII = true
    var hasBreak = false
    for byte in text.utf8 {
      if byte >= 0x80 {
        isASCII = false
      } else if byte == 10 || byte == 13 {
        hasBreak = true
      }
    }
    if !hasBreak { return [isASCII ? text.utf8.count : text.count] }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count)
  }

  static func numberLength(_ number: Double, format: String?) -> Int {
    let digits = String(Int(abs(number).rounded())).count
    let groups = (digits - 1) / 3
    let decimals =
      format.map { $0.split(separator: ";").first.map { String($0) } ?? $0 }
      .flatMap { $0.split(separator: ".").dropFirst().first }
      .map { $0.prefix { $0 == "0" }.count } ?? 2
    let suffix = format.map { $0.contains("\"") ? 6 : 1 } ?? 0
    return digits + groups + decimals + 2 + suffix
  }
}
