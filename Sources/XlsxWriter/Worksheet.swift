private import CXlsxWriter

/// One sheet of a ``Workbook``: cells, column widths, frozen panes, tables, filters and charts.
///
/// Every call checks its input first (cell in range, text length, formula, link), so that the
/// library never rejects it and never prints its own error; a library failure still becomes an
/// ``XlsxError`` naming the sheet and cell.
public final class Worksheet {
  /// The note left on a cell whose number is NaN or infinite.
  public static let undefinedNote =
    "No value: the result is undefined here (for example a division by zero)."

  /// The longest formula Excel accepts, in characters.
  public static let maximumFormulaLength = 8_192

  /// The longest hyperlink address Excel accepts, in characters.
  public static let maximumLinkLength = 2_079

  /// The most hyperlinks one sheet may hold.
  public static let maximumLinkCount = 65_530

  /// The sheet's name.
  public let name: String

  private let handle: OpaquePointer
  private weak var workbook: Workbook?
  /// The workbook's mode, kept: it never changes, and a weak reference costs a load per cell.
  private let isConstantMemory: Bool
  /// Whether the workbook is still open, shared with it: read for every cell.
  private let state: Workbook.State
  /// The workbook's generation, for checking prepared styles.
  private let workbookGeneration: UInt64
  private var lastRow = -1
  private var tableRanges: [CellRange] = []
  private var tableNames: Set<String> = []
  private var hasAutofilter = false
  private var linkCount = 0

  /// How many cells this sheet has written (each successful write counts one; a cell written
  /// again counts again).
  public private(set) var cellCount = 0

  init(name: String, handle: OpaquePointer, workbook: Workbook) {
    self.name = name
    self.handle = handle
    self.workbook = workbook
    self.isConstantMemory = workbook.isConstantMemory
    self.state = workbook.state
    self.workbookGeneration = workbook.generation
  }

  /// Writes a value into a cell.
  ///
  /// Text over 32,767 characters is truncated with a marker and a warning; a non-finite number
  /// leaves the cell empty (styled) with `undefinedNote` as its note.
  ///
  /// The corresponding C functions are `worksheet_write_string`, `worksheet_write_number`,
  /// `worksheet_write_formula_num`, `worksheet_write_formula_str`, `worksheet_write_url_opt` and
  /// `worksheet_write_blank`.
  ///
  /// - Parameters:
  ///   - value: What the cell holds.
  ///   - cell: Where.
  ///   - style: How it looks; `nil` for the default.
  ///   - undefinedNote: The note for a non-finite number.
  /// - Throws: ``XlsxError`` when the cell, formula or link is invalid, a row comes out of
  ///   order in constant-memory mode, or the library fails.
  public func write(
    _ value: CellValue, at cell: CellReference, style: CellStyle? = nil,
    undefinedNote: String = Worksheet.undefinedNote
  ) throws(XlsxError) {
    guard let workbook else { throw .workbookClosed }
    try write(value, at: cell, prepared: workbook.prepare(style), undefinedNote: undefinedNote)
  }

  /// Writes a value into a cell in a style prepared once (``Workbook/prepare(_:)``): the fast
  /// way to write many cells, the same checks and results as ``write(_:at:style:undefinedNote:)``.
  ///
  /// - Parameters:
  ///   - value: What the cell holds.
  ///   - cell: Where.
  ///   - prepared: How it looks, prepared by this sheet's workbook.
  ///   - undefinedNote: The note for a non-finite number.
  /// - Throws: ``XlsxError`` as ``write(_:at:style:undefinedNote:)`` does, or
  ///   ``XlsxError/foreignStyle`` for a style another workbook prepared.
  public func write(
    _ value: CellValue, at cell: CellReference, prepared: PreparedStyle,
    undefinedNote: String = Worksheet.undefinedNote
  ) throws(XlsxError) {
    let sheet = try prepare(cell, owner: prepared.owner)
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    let format = UnsafeMutablePointer<lxw_format>(prepared.format)
    let row = lxw_row_t(cell.row)
    let column = lxw_col_t(cell.column)
    // Named only when a message or warning needs it: building it for every cell is costly.
    let place = { self.reference(cell) }
    let result: lxw_error
    switch value {
    case .text(let text):
      result = write(text, sheet: sheet, row: row, column: column, format: format, at: place())
    case .number(let number):
      guard number.isFinite else {
        try LibraryResult.check(
          worksheet_write_blank(sheet, row, column, format).rawValue, "writing \(place())")
        try addNote(undefinedNote, at: cell)
        cellCount += 1
        return
      }
      result = worksheet_write_number(sheet, row, column, number, format)
    case .formula(let formula, let cached):
      try validateFormula(formula, at: place())
      switch cached {
      case .number(let number):
        guard number.isFinite else { throw .nonFiniteResult(cell: place()) }
        result = formula.withCString {
          worksheet_write_formula_num(sheet, row, column, $0, format, number)
        }
      case .text(let text):
        let kept = truncated(text, at: place())
        result = formula.withCString { cFormula in
          kept.withCString { worksheet_write_formula_str(sheet, row, column, cFormula, format, $0) }
        }
      }
    case .link(let url, let text):
      try validateLink(url, at: place())
      let shown = text.map { truncated($0, at: place()) }
      result = url.withCString { cURL in
        if let shown {
          shown.withCString { worksheet_write_url_opt(sheet, row, column, cURL, format, $0, nil) }
        } else {
          worksheet_write_url_opt(sheet, row, column, cURL, format, nil, nil)
        }
      }
      linkCount += 1
    case .blank:
      result = worksheet_write_blank(sheet, row, column, format)
    }
    try LibraryResult.check(result.rawValue, "writing \(place())")
    cellCount += 1
  }

  /// Writes one of a batch of packed texts into a cell in a prepared style: the same as writing
  /// `.text(texts[index])` with ``write(_:at:prepared:undefinedNote:)``, read straight from the
  /// batch's bytes.
  ///
  /// - Parameters:
  ///   - texts: The batch of texts.
  ///   - index: Which text of the batch.
  ///   - cell: Where.
  ///   - prepared: How it looks, prepared by this sheet's workbook.
  /// - Throws: ``XlsxError`` as ``write(_:at:prepared:undefinedNote:)`` does.
  public func write(
    _ texts: PackedTexts, at index: Int, into cell: CellReference, prepared: PreparedStyle
  ) throws(XlsxError) {
    let sheet = try prepare(cell, owner: prepared.owner)
    let row = lxw_row_t(cell.row)
    let column = lxw_col_t(cell.column)
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    let format = UnsafeMutablePointer<lxw_format>(prepared.format)
    let result = try texts.withText(at: index) { (text, byteCount) throws(XlsxError) in
      // A character takes at least one byte: few enough bytes need no counting.
      guard byteCount > XlsxWarning.maximumTextLength else {
        return worksheet_write_string(sheet, row, column, text, format)
      }
      return write(
        String(cString: text), sheet: sheet, row: row, column: column, format: format,
        at: self.reference(cell))
    }
    try LibraryResult.check(result.rawValue, "writing \(reference(cell))")
    cellCount += 1
  }

  private func write(
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    _ text: String, sheet: UnsafeMutablePointer<lxw_worksheet>, row: lxw_row_t,
    column: lxw_col_t, format: UnsafeMutablePointer<lxw_format>?,
    at place: @autoclosure () -> String
  ) -> lxw_error {
    let kept = truncated(text, at: place())
    return kept.withCString { worksheet_write_string(sheet, row, column, $0, format) }
  }

  /// Attaches a note (an Excel comment) to a cell.
  ///
  /// The corresponding C function is `worksheet_write_comment`.
  ///
  /// - Parameters:
  ///   - text: The note; over 32,767 characters it is truncated with a warning.
  ///   - cell: The cell.
  /// - Throws: ``XlsxError`` when the cell is outside the sheet or the library fails.
  public func addNote(_ text: String, at cell: CellReference) throws(XlsxError) {
    let sheet = try sheetHandle()
    _ = try cell.validated()
    let place = reference(cell)
    let kept = truncated(text, at: place)
    let result = kept.withCString {
      worksheet_write_comment(sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), $0)
    }
    try LibraryResult.check(result.rawValue, "adding a note to \(place)")
  }

  /// Sets the width of columns, in characters of the default font.
  ///
  /// The corresponding C function is `worksheet_set_column`.
  ///
  /// - Parameters:
  ///   - width: The width in characters (Excel's unit; 8.43 is the default), 0–255.
  ///   - columns: The zero-based columns.
  ///   - style: A style for the columns' empty cells, if any.
  /// - Throws: ``XlsxError`` when a column is outside the sheet or the library fails.
  public func setWidth(
    _ width: Double, ofColumns columns: ClosedRange<Int>, style: CellStyle? = nil
  )
    throws(XlsxError)
  {
    let sheet = try sheetHandle()
    _ = try CellReference(row: 0, column: columns.lowerBound).validated()
    _ = try CellReference(row: 0, column: columns.upperBound).validated()
    guard width.isFinite, (0...255).contains(width) else {
      throw .invalidRange(
        CellReference.letters(ofColumn: columns.lowerBound), reason: "a width must be 0–255")
    }
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    let format = try workbook?.format(for: style).map { UnsafeMutablePointer<lxw_format>($0) }
    let result = worksheet_set_column(
      sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, format)
    try LibraryResult.check(result.rawValue, "setting the width of columns on \(name)")
  }

  /// Sets the height of a row, in points (15 is the default for 11-point text).
  ///
  /// In constant-memory mode, set it before writing the row's cells.
  ///
  /// The corresponding C function is `worksheet_set_row`.
  ///
  /// - Parameters:
  ///   - height: The height in points, 0–409.
  ///   - row: The zero-based row.
  /// - Throws: ``XlsxError`` when the row is outside the sheet, comes out of order in
  ///   constant-memory mode, or the library fails.
  public func setHeight(_ height: Double, ofRow row: Int) throws(XlsxError) {
    let cell = CellReference(row: row, column: 0)
    let sheet = try prepare(cell)
    guard height.isFinite, (0...409).contains(height) else {
      throw .invalidRange(cell.a1, reason: "a row height must be 0–409 points")
    }
    let result = worksheet_set_row(sheet, lxw_row_t(row), height, nil)
    try LibraryResult.check(result.rawValue, "setting the height of row \(row + 1) on \(name)")
  }

  /// Freezes the rows above and the columns left of a point, so they stay in view.
  ///
  /// The corresponding C function is `worksheet_freeze_panes`.
  ///
  /// - Parameters:
  ///   - rows: How many top rows to freeze (1 for a header row).
  ///   - columns: How many left columns to freeze.
  /// - Throws: ``XlsxError`` when the point is outside the sheet.
  public func freezePanes(rows: Int, columns: Int = 0) throws(XlsxError) {
    let sheet = try sheetHandle()
    _ = try CellReference(row: rows, column: columns).validated()
    worksheet_freeze_panes(sheet, lxw_row_t(rows), lxw_col_t(columns))
  }

  /// Prints the sheet landscape, fitted to one page wide.
  ///
  /// The corresponding C functions are `worksheet_set_landscape` and `worksheet_fit_to_pages`.
  ///
  /// - Throws: ``XlsxError/workbookClosed`` after the workbook's scope.
  public func printLandscapeFittingWidth() throws(XlsxError) {
    let sheet = try sheetHandle()
    worksheet_set_landscape(sheet)
    worksheet_fit_to_pages(sheet, 1, 0)
  }

  /// Prints rows at the top of every page, such as a table's header row.
  ///
  /// The corresponding C function is `worksheet_repeat_rows`.
  ///
  /// - Parameter rows: The zero-based rows to repeat.
  /// - Throws: ``XlsxError/cellOutOfRange(row:column:)`` when a row is outside the sheet, or a
  ///   library error.
  public func repeatWhenPrinted(rows: ClosedRange<Int>) throws(XlsxError) {
    let sheet = try sheetHandle()
    _ = try CellReference(row: rows.lowerBound, column: 0).validated()
    _ = try CellReference(row: rows.upperBound, column: 0).validated()
    let result = worksheet_repeat_rows(
      sheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound))
    try LibraryResult.check(result.rawValue, "repeating rows when printing \(name)")
  }

  /// Starts a new printed page at each of these rows.
  ///
  /// The corresponding C function is `worksheet_set_h_pagebreaks`.
  ///
  /// - Parameter rows: Zero-based rows, each above 0 (a page already starts at the first row);
  ///   at most 1,023.
  /// - Throws: ``XlsxError/invalidRange(_:reason:)`` for a row at 0 or too many breaks,
  ///   ``XlsxError/cellOutOfRange(row:column:)`` for a row outside the sheet, or a library error.
  public func startPrintedPages(atRows rows: [Int]) throws(XlsxError) {
    let sheet = try sheetHandle()
    guard rows.count <= 1_023 else {
      throw .invalidRange(name, reason: "at most 1,023 page breaks")
    }
    for row in rows {
      let cell = try CellReference(row: row, column: 0).validated()
      guard row > 0 else {
        throw .invalidRange(cell.a1, reason: "a page break must be below row 1")
      }
    }
    // The library reads the rows up to a terminating 0 and copies them.
    var breaks = rows.map { lxw_row_t($0) } + [0]
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    let result = breaks.withUnsafeMutableBufferPointer {
      worksheet_set_h_pagebreaks(sheet, $0.baseAddress)
    }
    try LibraryResult.check(result.rawValue, "adding page breaks on \(name)")
  }

  /// Adds an Excel table with a header row and filter buttons over a range.
  ///
  /// The table writes its header cells from `table.headers`. Not available in constant-memory
  /// mode: use ``addAutofilter(over:)`` there.
  ///
  /// The corresponding C function is `worksheet_add_table`.
  ///
  /// - Parameter table: The table.
  /// - Throws: ``XlsxError/tableNeedsRandomAccess(sheet:)``,
  ///   ``XlsxError/invalidTable(_:reason:)`` or a library error.
  public func addTable(_ table: Table) throws(XlsxError) {
    let sheet = try sheetHandle()
    guard !isConstantMemory else { throw .tableNeedsRandomAccess(sheet: name) }
    try validate(table)
    let format = try workbook?.format(for: table.headerStyle).map {
      // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
      UnsafeMutablePointer<lxw_format>($0)
    }
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    var copies: [UnsafeMutablePointer<CChar>] = []
    var columns: [UnsafeMutablePointer<lxw_table_column>] = []
    defer {
      for copy in copies { free(copy) }
      for column in columns { column.deallocate() }
    }
    for header in table.headers {
      // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
      let column = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: 1)
      column.initialize(to: lxw_table_column())
      let copy = strdup(header)
      if let copy { copies.append(copy) }
      // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
      column.pointee.header = copy
      column.pointee.header_format = format
      columns.append(column)
    }
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    var pointers: [UnsafeMutablePointer<lxw_table_column>?] = columns + [nil]
    let nameCopy = strdup(table.name)
    if let nameCopy { copies.append(nameCopy) }
    let range = table.range
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    let result = pointers.withUnsafeMutableBufferPointer { buffer in
      var options = lxw_table_options()
      options.name = nameCopy
      options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue)
      options.style_type_number = 9
      // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
      options.columns = buffer.baseAddress
      return worksheet_add_table(
        sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
        lxw_row_t(range.last.row), lxw_col_t(range.last.column), &options)
    }
    try LibraryResult.check(result.rawValue, "adding table \(table.name) on \(name)")
    tableRanges.append(range)
    tableNames.insert(table.name.lowercased())
  }

  /// Adds filter buttons to the header row of a range (one per sheet).
  ///
  /// In constant-memory mode, add it before writing the rows it covers.
  ///
  /// The corresponding C function is `worksheet_autofilter`.
  ///
  /// - Parameter range: The header row and the rows it filters.
  /// - Throws: ``XlsxError/invalidRange(_:reason:)`` or a library error.
  public func addAutofilter(over range: CellRange) throws(XlsxError) {
    let sheet = try sheetHandle()
    _ = try range.validated()
    guard !hasAutofilter else {
      throw .invalidRange(range.a1, reason: "\(name) already has an autofilter (one per sheet)")
    }
    if isConstantMemory, range.first.row < lastRow {
      throw .rowOutOfOrder(cell: reference(range.first), lastRow: lastRow)
    }
    let result = worksheet_autofilter(
      sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
      lxw_row_t(range.last.row), lxw_col_t(range.last.column))
    try LibraryResult.check(result.rawValue, "adding an autofilter on \(name)")
    hasAutofilter = true
  }

  // MARK: - Internal

  /// The library's worksheet, or ``XlsxError/workbookClosed`` after the workbook's scope.
  var rawHandle: OpaquePointer {
    get throws(XlsxError) { OpaquePointer(try sheetHandle()) }
  }

  /// The owning workbook's handle, or ``XlsxError/workbookClosed``.
  var workbookHandle: OpaquePointer {
    get throws(XlsxError) {
      guard let workbook else { throw .workbookClosed }
      return try workbook.rawHandle
    }
  }

  /// `Sheet!A1` for messages.
  func reference(_ cell: CellReference) -> String { "\(name)!\(cell.a1)" }

  // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
  private func sheetHandle() throws(XlsxError) -> UnsafeMutablePointer<lxw_worksheet> {
    guard let workbook else { throw .workbookClosed }
    _ = try workbook.rawHandle
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    return UnsafeMutablePointer<lxw_worksheet>(handle)
  }

  /// The library's sheet for writing a cell, after the checks every cell needs: the workbook
  /// is open, the style is its own, the cell is inside the sheet and, in constant-memory mode,
  /// not in a row already written.
  private func prepare(_ cell: CellReference, owner: UInt64? = nil) throws(XlsxError)
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    -> UnsafeMutablePointer<lxw_worksheet>
  {
    guard state.isOpen else { throw .workbookClosed }
    if let owner, owner != workbookGeneration { throw .foreignStyle }
    guard cell.isValid else { throw .cellOutOfRange(row: cell.row, column: cell.column) }
    if isConstantMemory {
      guard cell.row >= lastRow else {
        throw .rowOutOfOrder(cell: reference(cell), lastRow: lastRow)
      }
    }
    lastRow = max(lastRow, cell.row)
    // unsafe: libxlsxwriter's sheet handle, valid while its workbook is open.
    return UnsafeMutablePointer<lxw_worksheet>(handle)
  }

  private func truncated(_ text: String, at place: @autoclosure () -> String) -> String {
    // A scalar takes at least one UTF-8 byte, so a short byte count needs no scalar count.
    guard text.utf8.count > XlsxWarning.maximumTextLength else { return text }
    let count = text.unicodeScalars.count
    guard count > XlsxWarning.maximumTextLength else { return text }
    let marker = XlsxWarning.truncationMarker
    let keep = XlsxWarning.maximumTextLength - marker.unicodeScalars.count
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: text.unicodeScalars.prefix(keep))
    workbook?.warn(.textTruncated(cell: place(), characters: count))
    return String(kept) + marker
  }

  private func validateFormula(_ formula: String, at place: @autoclosure () -> String)
    throws(XlsxError)
  {
    let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
    guard !body.trimmingPrefix(while: { $0 == " " }).isEmpty else {
      throw .invalidFormula(cell: place(), reason: "it is empty")
    }
    guard formula.unicodeScalars.count <= Worksheet.maximumFormulaLength else {
      throw .invalidFormula(
        cell: place(), reason: "it is longer than \(Worksheet.maximumFormulaLength) characters")
    }
  }

  private func validateLink(_ url: String, at place: @autoclosure () -> String) throws(XlsxError) {
    let lower = url.lowercased()
    guard ["http://", "https://", "ftp://", "mailto:"].contains(where: { lower.hasPrefix($0) })
    else { throw .invalidLink(cell: place(), url: url, reason: "only http, https, ftp and mailto") }
    guard url.unicodeScalars.count <= Worksheet.maximumLinkLength else {
      throw .invalidLink(
        cell: place(), url: url,
        reason: "it is longer than \(Worksheet.maximumLinkLength) characters")
    }
    guard !url.contains(where: { $0.isWhitespace }) else {
      throw .invalidLink(cell: place(), url: url, reason: "it contains spaces")
    }
    guard linkCount < Worksheet.maximumLinkCount else {
      throw .invalidLink(
        cell: place(), url: url, reason: "a sheet holds at most \(Worksheet.maximumLinkCount) links"
      )
    }
  }

  private func validate(_ table: Table) throws(XlsxError) {
    let range = table.range
    do {
      _ = try range.validated()
    } catch {
      throw .invalidTable(table.name, reason: error.description)
    }
    if let reason = Workbook.problem(withDefinedName: table.name) {
      throw .invalidTable(table.name, reason: "its name: \(reason)")
    }
    guard !tableNames.contains(table.name.lowercased()) else {
      throw .invalidTable(table.name, reason: "a table on \(name) already has that name")
    }
    guard range.rowCount >= 2 else {
      throw .invalidTable(table.name, reason: "it needs a header row and at least one row")
    }
    guard table.headers.count == range.columnCount else {
      throw .invalidTable(
        table.name,
        reason: "it has \(table.headers.count) headers for \(range.columnCount) columns")
    }
    var seen = Set<String>()
    for header in table.headers {
      guard !header.isEmpty else { throw .invalidTable(table.name, reason: "a header is empty") }
      guard header.unicodeScalars.count <= 255 else {
        throw .invalidTable(table.name, reason: "a header is longer than 255 characters")
      }
      guard seen.insert(header.lowercased()).inserted else {
        throw .invalidTable(table.name, reason: "the header \"\(header)\" is repeated")
      }
    }
    if let other = tableRanges.first(where: { $0.overlaps(range) }) {
      throw .invalidTable(table.name, reason: "it overlaps the table at \(other.a1)")
    }
  }
}
