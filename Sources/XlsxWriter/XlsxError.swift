import AtomicFile

/// Why a workbook could not be built or written.
///
/// Every failure of libxlsxwriter becomes one of these cases, carrying the library's own message
/// and the cell, sheet or object concerned; invalid input is caught in Swift before the library
/// sees it, so the library never prints its own error lines.
public enum XlsxError: Error, Equatable, CustomStringConvertible {
  /// The output file already exists and replacing it was not asked for.
  case outputExists(path: String)
  /// The directory the output would go into does not exist or is not a directory.
  case outputDirectoryMissing(path: String)
  /// The output cannot be created there (a read-only directory, a name that is a directory...).
  case outputNotCreatable(path: String, reason: String)
  /// Writing the file failed part-way: the library could not finish the file, or moving the
  /// finished file into place failed. Nothing is left behind.
  case writeFailed(path: String, reason: String)
  /// The workbook's scope has ended; it can no longer be changed.
  case workbookClosed
  /// A ``PreparedStyle`` made by another workbook.
  case foreignStyle
  /// A sheet name Excel would refuse.
  case invalidSheetName(String, reason: String)
  /// A cell outside the sheet's 1,048,576 rows and 16,384 columns.
  case cellOutOfRange(row: Int, column: Int)
  /// A range whose last cell comes before its first, or that is otherwise unusable.
  case invalidRange(String, reason: String)
  /// In constant-memory mode, a row written after a later row had been written.
  case rowOutOfOrder(cell: String, lastRow: Int)
  /// A formula that Excel would refuse (empty or longer than 8,192 characters).
  case invalidFormula(cell: String, reason: String)
  /// A formula's cached result that is NaN or infinite.
  case nonFiniteResult(cell: String)
  /// A hyperlink with an unsupported scheme or beyond Excel's length or count limits.
  case invalidLink(cell: String, url: String, reason: String)
  /// A defined name Excel would refuse, or one already defined.
  case invalidDefinedName(String, reason: String)
  /// A table that cannot be added: bad name, headers or range, or an overlap.
  case invalidTable(String, reason: String)
  /// Tables cannot be added in constant-memory mode (libxlsxwriter refuses them); use an
  /// autofilter.
  case tableNeedsRandomAccess(sheet: String)
  /// A chart that cannot be inserted (no series, an empty range, a title read as a formula...).
  case invalidChart(String, reason: String)
  /// A document property that cannot be stored.
  case invalidProperty(String, reason: String)
  /// libxlsxwriter reported an error: its code, its message (`lxw_strerror`) and what was being
  /// done.
  case library(code: Int, message: String, context: String)

  /// The same failure of the atomic output file, as a workbook error.
  init(_ error: AtomicFileError) {
    switch error {
    case .exists(let path): self = .outputExists(path: path)
    case .directoryMissing(let path): self = .outputDirectoryMissing(path: path)
    case .notCreatable(let path, let reason): self = .outputNotCreatable(path: path, reason: reason)
    case .writeFailed(let path, let reason): self = .writeFailed(path: path, reason: reason)
    }
  }

  /// Whether the output could not be created at all (as opposed to failing part-way or a
  /// problem with the workbook's contents).
  public var isOutputUnavailable: Bool {
    switch self {
    case .outputExists, .outputDirectoryMissing, .outputNotCreatable: true
    default: false
    }
  }

  /// One actionable sentence.
  public var description: String {
    switch self {
    case .outputExists(let path):
      "\(path) already exists; pass --force to replace it, or choose another file name."
    case .outputDirectoryMissing(let path):
      "The directory of \(path) does not exist; create it first or choose another path."
    case .outputNotCreatable(let path, let reason):
      "Cannot create \(path): \(reason); choose a writable location."
    case .writeFailed(let path, let reason):
      "Writing \(path) failed part-way (\(reason)); nothing was left behind. Check the disk and try again."
    case .workbookClosed:
      "The workbook has already been written; change it only inside its write(to:) scope."
    case .foreignStyle:
      "A prepared style was used in a workbook other than the one that prepared it; prepare it there."
    case .invalidSheetName(let name, let reason):
      "The sheet name \"\(name)\" is not allowed: \(reason)."
    case .cellOutOfRange(let row, let column):
      "Row \(row), column \(column) (zero-based) is outside a sheet's 1,048,576 rows and 16,384 columns."
    case .invalidRange(let range, let reason):
      "The range \(range) is not usable: \(reason)."
    case .rowOutOfOrder(let cell, let lastRow):
      "Cell \(cell) comes before row \(lastRow + 1), already written; in constant-memory mode write rows in order."
    case .invalidFormula(let cell, let reason):
      "The formula for \(cell) is not allowed: \(reason)."
    case .nonFiniteResult(let cell):
      "The cached result for \(cell) is not a finite number; give a number or text."
    case .invalidLink(let cell, let url, let reason):
      "The link \"\(url.prefix(80))\" in \(cell) is not allowed: \(reason)."
    case .invalidDefinedName(let name, let reason):
      "The defined name \"\(name)\" is not allowed: \(reason)."
    case .invalidTable(let name, let reason):
      "The table \"\(name)\" cannot be added: \(reason)."
    case .tableNeedsRandomAccess(let sheet):
      "Sheet \"\(sheet)\": tables are not available in constant-memory mode; use an autofilter."
    case .invalidChart(let title, let reason):
      "The chart \"\(title)\" cannot be inserted: \(reason)."
    case .invalidProperty(let name, let reason):
      "The document property \(name) cannot be stored: \(reason)."
    case .library(let code, let message, let context):
      "libxlsxwriter failed while \(context): \(message) (error \(code))."
    }
  }
}
