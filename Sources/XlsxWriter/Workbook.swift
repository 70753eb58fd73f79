import AtomicFile
private import CXlsxWriter
import Foundation
import Synchronization

/// The generation the next workbook gets, counting 1, 2, 3 for the life of the process.
private let nextGeneration = Atomic<UInt64>(1)

/// An Excel workbook being built, alive only inside ``write(to:replacingExisting:options:_:)``.
///
/// The workbook, its sheets and its formats belong to libxlsxwriter until the scope ends; the
/// file is then finished (`workbook_close`, whose result is checked) and moved into place. A
/// reference kept past the scope refuses every change with ``XlsxError/workbookClosed``.
///
/// A workbook is built on one thread: the one running `build` (see README.md beside this file).
public final class Workbook {
  /// How the workbook is written.
  public struct Options: Hashable, Sendable {
    /// Writes rows in order with constant memory.
    ///
    /// Each row goes to a temporary file as soon as the next row starts, so memory stays
    /// constant however many rows there are. Rows must then be written in order, and tables are
    /// refused (libxlsxwriter 1.1.4 applies the mode to the whole workbook).
    public var constantMemory: Bool

    /// Creates options.
    ///
    /// - Parameter constantMemory: Whether to write rows in order with constant memory.
    public init(constantMemory: Bool = false) { self.constantMemory = constantMemory }
  }

  /// Whether the workbook can still be changed, shared with its sheets.
  final class State {
    var isOpen = true
  }

  // unsafe: libxlsxwriter's handle, owned by this workbook until it closes.
  private var handle: UnsafeMutablePointer<lxw_workbook>? {
    didSet { state.isOpen = handle != nil }
  }
  let state = State()
  /// Guards `formats`, `lastFormat` and the library's formats: sheets written on other threads
  /// prepare their styles too.
  private let formatsLock = NSLock()
  private var formats: [CellStyle: OpaquePointer] = [:]
  private var lastFormat: (style: CellStyle, format: OpaquePointer)?
  private var definedNames: Set<String> = []
  private var sheets: [Worksheet] = []

  /// Whether rows must be written in order and tables are unavailable.
  public let isConstantMemory: Bool

  /// This workbook's number among the workbooks of the process, never given to another: what
  /// its sheets and prepared styles know it by (an object's address is reused once it is
  /// freed, a generation never is).
  let generation: UInt64

  private let warningsLock = NSLock()
  private var warningList: [XlsxWarning] = []

  /// What was changed to keep the workbook valid, such as truncated text.
  public var warnings: [XlsxWarning] { warningsLock.withLock { warningList } }

  /// Records a warning; safe from any thread.
  func warn(_ warning: XlsxWarning) { warningsLock.withLock { warningList.append(warning) } }

  // unsafe: libxlsxwriter's handle, owned by this workbook until it closes.
  private init(handle: UnsafeMutablePointer<lxw_workbook>, constantMemory: Bool) {
    self.handle = handle
    self.isConstantMemory = constantMemory
    generation = nextGeneration.wrappingAdd(1, ordering: .relaxed).oldValue
  }

  /// Builds a workbook and writes it to a file atomically.
  ///
  /// The file is written under a temporary name in the destination's directory and renamed
  /// into place only when complete; on any failure nothing is left behind and an existing file
  /// is untouched.
  ///
  /// The corresponding C functions are `workbook_new_opt` and `workbook_close`.
  ///
  /// - Parameters:
  ///   - path: The `.xlsx` file to write.
  ///   - replacingExisting: Whether an existing file may be replaced (atomically).
  ///   - options: How the workbook is written.
  ///   - build: Adds sheets, cells, charts and names to the workbook.
  /// - Returns: The warnings raised while building, such as truncated text.
  /// - Throws: ``XlsxError``: the output cannot be created, a call failed, or writing failed.
  @discardableResult
  public static func write(
    to path: String, replacingExisting: Bool = false, options: Options = Options(),
    _ build: (Workbook) throws(XlsxError) -> Void
  ) throws(XlsxError) -> [XlsxWarning] {
    let output: AtomicFile
    do {
      output = try AtomicFile.prepare(path, replacingExisting: replacingExisting)
    } catch {
      throw XlsxError(error)
    }
    var libraryOptions = lxw_workbook_options()
    libraryOptions.constant_memory = options.constantMemory ? 1 : 0
    let created = output.temporaryPath.withCString { workbook_new_opt($0, &libraryOptions) }
    guard let created else {
      output.discard()
      throw .outputNotCreatable(path: path, reason: "libxlsxwriter could not start a workbook")
    }
    let workbook = Workbook(handle: created, constantMemory: options.constantMemory)
    do {
      try build(workbook)
    } catch {
      workbook.handle = nil
      lxw_workbook_free(created)
      output.discard()
      throw error
    }
    workbook.handle = nil
    let closed = workbook_close(created)
    guard closed == LXW_NO_ERROR else {
      output.discard()
      let failure = LibraryResult.error(closed.rawValue, "finishing the file")
      throw .writeFailed(path: path, reason: failure.description)
    }
    do {
      try output.commit()
    } catch {
      throw XlsxError(error)
    }
    return workbook.warnings
  }

  /// Adds a worksheet after the others.
  ///
  /// The corresponding C function is `workbook_add_worksheet`.
  ///
  /// - Parameter name: The sheet's name: 1–31 characters, none of `[]:*?/\`, not beginning or
  ///   ending with `'`, unique ignoring case.
  /// - Returns: The new worksheet.
  /// - Throws: ``XlsxError/invalidSheetName(_:reason:)`` or ``XlsxError/workbookClosed``.
  public func addWorksheet(named name: String) throws(XlsxError) -> Worksheet {
    let workbook = try openHandle()
    try Workbook.validateSheetName(name, existing: sheets.map(\.name))
    let added = name.withCString { workbook_add_worksheet(workbook, $0) }
    guard let added else {
      throw .library(
        code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), message: "no worksheet was created",
        context: "adding sheet \"\(name)\"")
    }
    let sheet = Worksheet(name: name, handle: OpaquePointer(added), workbook: self)
    sheets.append(sheet)
    return sheet
  }

  /// The names of the sheets, in order.
  public var sheetNames: [String] { sheets.map(\.name) }

  /// Names a cell or range for the whole workbook, such as `DiscountRate` for
  /// `=Insourcing!$B$4`.
  ///
  /// The corresponding C function is `workbook_define_name`.
  ///
  /// - Parameters:
  ///   - name: Letters, digits, `_` and `.`, starting with a letter or `_`; not a cell
  ///     reference such as `A1` or `R1C1`; unique ignoring case; up to 255 characters.
  ///   - formula: What it refers to, such as `=Insourcing!$B$4`.
  /// - Throws: ``XlsxError/invalidDefinedName(_:reason:)``, a library error or
  ///   ``XlsxError/workbookClosed``.
  public func defineName(_ name: String, refersTo formula: String) throws(XlsxError) {
    let workbook = try openHandle()
    if let reason = Workbook.problem(withDefinedName: name) {
      throw .invalidDefinedName(name, reason: reason)
    }
    guard !definedNames.contains(name.lowercased()) else {
      throw .invalidDefinedName(name, reason: "it is already defined")
    }
    guard formula.count > 1, formula.hasPrefix("=") else {
      throw .invalidDefinedName(name, reason: "it must refer to a formula such as =Sheet1!$A$1")
    }
    let result = name.withCString { cName in
      formula.withCString { workbook_define_name(workbook, cName, $0) }
    }
    try LibraryResult.check(result.rawValue, "defining the name \(name)")
    definedNames.insert(name.lowercased())
  }

  /// Sets the document properties (title, subject, author, keywords, created).
  ///
  /// The corresponding C function is `workbook_set_properties`.
  ///
  /// - Parameter properties: The properties.
  /// - Throws: ``XlsxError/invalidProperty(_:reason:)``, a library error or
  ///   ``XlsxError/workbookClosed``.
  public func setProperties(_ properties: DocumentProperties) throws(XlsxError) {
    let workbook = try openHandle()
    let texts: [(String, String?)] = [
      ("title", properties.title), ("subject", properties.subject),
      ("author", properties.author), ("company", properties.company),
      ("keywords", properties.keywords), ("comments", properties.comments),
    ]
    for (key, value) in texts {
      if let value, value.unicodeScalars.count > 255 && key != "comments" {
        throw .invalidProperty(key, reason: "it is longer than 255 characters")
      }
    }
    // unsafe: libxlsxwriter's handle, owned by this workbook until it closes.
    var copies: [UnsafeMutablePointer<CChar>] = []
    defer { for copy in copies { free(copy) } }
    // unsafe: libxlsxwriter's handle, owned by this workbook until it closes.
    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
      guard let text, let duplicate = strdup(text) else { return nil }
      copies.append(duplicate)
      return duplicate
    }
    var c = lxw_doc_properties()
    c.title = copy(properties.title)
    c.subject = copy(properties.subject)
    c.author = copy(properties.author)
    c.company = copy(properties.company)
    c.keywords = copy(properties.keywords)
    c.comments = copy(properties.comments)
    if let created = properties.created {
      c.created = time_t(created.timeIntervalSince1970.rounded(.down))
    }
    try LibraryResult.check(
      workbook_set_properties(workbook, &c).rawValue, "setting the document properties")
  }

  /// Looks a style up once, for writing many cells in it cheaply; safe from any thread.
  ///
  /// In constant-memory mode the style gets its number in the workbook at once (libxlsxwriter
  /// would number it when a row using it is written out, which may be on any sheet's thread):
  /// prepare styles in the order cells first use them to keep libxlsxwriter's numbering, and
  /// from one thread at a time for the same numbering from run to run.
  ///
  /// The corresponding C functions are `workbook_add_format` (once per distinct style) and
  /// `lxw_format_get_xf_index`.
  ///
  /// - Parameter style: The style; `nil` for the default.
  /// - Returns: The style prepared for this workbook.
  /// - Throws: ``XlsxError/workbookClosed`` or a library error.
  public func prepare(_ style: CellStyle?) throws(XlsxError) -> PreparedStyle {
    PreparedStyle(format: try format(for: style), owner: generation, style: style)
  }

  // MARK: - Internal

  /// The library's workbook, or ``XlsxError/workbookClosed`` once the scope has ended.
  var rawHandle: OpaquePointer {
    get throws(XlsxError) { OpaquePointer(try openHandle()) }
  }

  /// The library format for a style, made once per distinct style.
  ///
  /// The corresponding C function is `workbook_add_format`.
  func format(for style: CellStyle?) throws(XlsxError) -> OpaquePointer? {
    guard let style else { return nil }
    formatsLock.lock()
    defer { formatsLock.unlock() }
    // Rows repeat the same few styles: compare with the last before hashing.
    if let last = lastFormat, last.style == style { return last.format }
    if let made = formats[style] {
      lastFormat = (style, made)
      return made
    }
    let workbook = try openHandle()
    guard let format = workbook_add_format(workbook) else {
      throw .library(
        code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), message: "no format was created",
        context: "adding a cell format")
    }
    if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
    if style.isBold { format_set_bold(format) }
    if style.isItalic { format_set_italic(format) }
    if style.isUnderlined { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
    if let size = style.fontSize { format_set_font_size(format, size) }
    if let color = style.fontColor { format_set_font_color(format, color.rgb) }
    if let color = style.backgroundColor {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, color.rgb)
    }
    switch style.alignment {
    case .left?: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
    case .center?: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
    case .right?: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
    case nil: break
    }
    if style.alignsTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
    if style.wrapsText { format_set_text_wrap(format) }
    if style.hasBottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    if isConstantMemory {
      // Numbered now, under the lock, rather than when a row using it is written out, which
      // may be on any sheet's thread; a format equal to one already numbered is given that
      // number (libxlsxwriter would look it up again for every cell).
      // unsafe: libxlsxwriter's handle, owned by this workbook until it closes.
      format.pointee.xf_index = lxw_format_get_xf_index(format)
    }
    formats[style] = OpaquePointer(format)
    return OpaquePointer(format)
  }

  // unsafe: libxlsxwriter's handle, owned by this workbook until it closes.
  private func openHandle() throws(XlsxError) -> UnsafeMutablePointer<lxw_workbook> {
    guard let handle else { throw .workbookClosed }
    return handle
  }

  /// Checks a sheet name by Excel's rules.
  ///
  /// - Parameters:
  ///   - name: The proposed name.
  ///   - existing: The names already used.
  /// - Throws: ``XlsxError/invalidSheetName(_:reason:)``.
  static func validateSheetName(_ name: String, existing: [String]) throws(XlsxError) {
    let reason: String? =
      if name.isEmpty {
        "it is empty"
      } else if name.unicodeScalars.count > 31 {
        "it is longer than 31 characters"
      } else if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
        "it contains \"\(bad)\"; none of []:*?/\\ is allowed"
      } else if name.hasPrefix("'") || name.hasSuffix("'") {
        "it begins or ends with an apostrophe"
      } else if name.lowercased() == "history" {
        "Excel reserves the name History"
      } else if existing.contains(where: { $0.lowercased() == name.lowercased() }) {
        "a sheet is already named so (ignoring case)"
      } else {
        nil
      }
    if let reason { throw .invalidSheetName(name, reason: reason) }
  }

  /// Why a defined name or table name is not allowed, or `nil` when it is.
  static func problem(withDefinedName name: String) -> String? {
    guard let first = name.unicodeScalars.first else { return "it is empty" }
    guard name.unicodeScalars.count <= 255 else { return "it is longer than 255 characters" }
    func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
    guard isLetter(first) || first == "_" || first == "\\" else {
      return "it must begin with a letter, _ or \\"
    }
    guard
      name.unicodeScalars.allSatisfy({
        isLetter($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "." || $0 == "\\"
      })
    else { return "only letters, digits, _ and . are allowed" }
    let upper = name.uppercased()
    if ["R", "C"].contains(upper) { return "R and C are reserved" }
    if Workbook.looksLikeCellReference(upper) { return "it looks like a cell reference" }
    return nil
  }

  private static func looksLikeCellReference(_ name: String) -> Bool {
    let letters = name.prefix { ("A"..."Z").contains($0) }
    let digits = name.dropFirst(letters.count)
    if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy(\.isNumber),
      letters <= "XFD" || letters.count < 3
    {
      return true
    }
    // R1C1 style: R, optional digits, C, optional digits.
    guard name.first == "R" else { return false }
    let afterR = name.dropFirst().drop { $0.isNumber }
    guard afterR.first == "C" else { return false }
    return afterR.dropFirst().allSatisfy(\.isNumber)
  }
}
