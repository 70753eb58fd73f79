/// A cell of a worksheet by zero-based row and column, written `B3` in A1 notation.
public struct CellReference: Hashable, Sendable, Comparable {
  /// The number of rows in a sheet: 1,048,576.
  public static let rowCount = 1_048_576
  /// The number of columns in a sheet: 16,384 (A to XFD).
  public static let columnCount = 16_384

  /// The zero-based row (row 1 in Excel is 0).
  public var row: Int
  /// The zero-based column (column A is 0).
  public var column: Int

  /// Creates a reference from a zero-based row and column.
  ///
  /// - Parameters:
  ///   - row: The zero-based row.
  ///   - column: The zero-based column.
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Whether the cell lies inside a sheet.
  public var isValid: Bool {
    (0..<CellReference.rowCount).contains(row) && (0..<CellReference.columnCount).contains(column)
  }

  /// The column's letters: `A` for 0, `Z` for 25, `AA` for 26.
  public var columnLetters: String { CellReference.letters(ofColumn: column) }

  /// The cell in A1 notation, such as `B3`.
  public var a1: String { columnLetters + String(row + 1) }

  /// The cell in absolute A1 notation, such as `$B$3`.
  public var absolute: String { "$" + columnLetters + "$" + String(row + 1) }

  /// The letters of a zero-based column: `A` for 0, `AA` for 26.
  ///
  /// - Parameter column: The zero-based column, at least 0.
  /// - Returns: The letters, or an empty string for a negative column.
  public static func letters(ofColumn column: Int) -> String {
    guard column >= 0 else { return "" }
    var number = column + 1
    var letters: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      number = (number - 1) / 26
    }
    return String(letters.reversed())
  }

  /// Orders cells by row, then column (the order constant-memory mode writes them in).
  public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }

  func validated() throws(XlsxError) -> CellReference {
    guard isValid else { throw .cellOutOfRange(row: row, column: column) }
    return self
  }
}

/// A rectangle of cells from `first` to `last` inclusive, such as `A1:C10`.
public struct CellRange: Hashable, Sendable {
  /// The top-left cell.
  public var first: CellReference
  /// The bottom-right cell.
  public var last: CellReference

  /// Creates a range from its corners.
  ///
  /// - Parameters:
  ///   - first: The top-left cell.
  ///   - last: The bottom-right cell.
  public init(from first: CellReference, to last: CellReference) {
    self.first = first
    self.last = last
  }

  /// The number of rows: `last.row − first.row + 1`.
  public var rowCount: Int { last.row - first.row + 1 }

  /// The number of columns: `last.column − first.column + 1`.
  public var columnCount: Int { last.column - first.column + 1 }

  /// The range in A1 notation, such as `A1:C10`.
  public var a1: String { first.a1 + ":" + last.a1 }

  /// The range in absolute A1 notation, such as `$A$1:$C$10`.
  public var absolute: String { first.absolute + ":" + last.absolute }

  /// Whether two ranges share a cell.
  ///
  /// - Parameter other: The other range.
  /// - Returns: `true` when the rectangles overlap.
  public func overlaps(_ other: CellRange) -> Bool {
    first.row <= other.last.row && other.first.row <= last.row
      && first.column <= other.last.column && other.first.column <= last.column
  }

  func validated() throws(XlsxError) -> CellRange {
    _ = try first.validated()
    _ = try last.validated()
    guard first.row <= last.row, first.column <= last.column else {
      throw .invalidRange(a1, reason: "its last cell comes before its first")
    }
    return self
  }
}
