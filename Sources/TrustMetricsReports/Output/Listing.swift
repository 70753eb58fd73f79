import Foundation
import TrustMetricsCore

/// Rows of typed cells under named columns, rendered as a text table, CSV or JSON.
///
/// JSON is one object `{"schema": ..., "rows": [...], ...}` with snake_case keys; a suppressed
/// value is `null` beside a `<key>_marker` field (`marker` for the `value` column).
///
/// Rows are either held as cells or made on demand (``init(schema:columns:rowCount:cells:notes:metadata:)``),
/// so that a listing of hundreds of thousands of rows is written straight from its source with
/// ``write(as:to:)`` without ever holding its cells or its text whole.
public struct Listing: Sendable {
  /// A column: its snake_case key (CSV header, JSON key) and its title for people.
  public struct Column: Hashable, Sendable {
    /// The snake_case key.
    public var key: String
    /// The heading in text tables.
    public var title: String

    /// Creates a column.
    public init(_ key: String, _ title: String) {
      self.key = key
      self.title = title
    }
  }

  /// Writes row `row`'s cells into a buffer holding one cell per column (every cell must be set:
  /// the buffer keeps the previous row's).
  public typealias RowMaker = @Sendable (_ row: Int, _ cells: inout [Cell]) -> Void

  enum Storage: Sendable {
    case cells([[Cell]])
    case made(count: Int, maker: RowMaker)
  }

  /// The JSON schema name, such as `trustmetrics.figures/1`.
  public var schema: String
  /// The columns, in order.
  public var columns: [Column]
  var storage: Storage
  /// Lines printed after a text table (attribution, legend, caveats).
  public var notes: [String]
  /// Extra top-level JSON string fields (such as `licence`).
  public var metadata: [(key: String, value: String)]
  /// The keys of the columns a text table shows, when narrower than CSV and JSON; `nil` for all.
  public var textColumnKeys: [String]?

  /// Creates a listing.
  public init(
    schema: String, columns: [Column], rows: [[Cell]] = [], notes: [String] = [],
    metadata: [(key: String, value: String)] = []
  ) {
    self.schema = schema
    self.columns = columns
    self.storage = .cells(rows)
    self.notes = notes
    self.metadata = metadata
  }

  /// Creates a listing whose rows are made as they are written, one at a time.
  ///
  /// - Parameters:
  ///   - schema: The JSON schema name.
  ///   - columns: The columns, in order.
  ///   - rowCount: How many rows.
  ///   - cells: Writes a row's cells into a buffer of one cell per column. A text table calls it
  ///     twice per row (widths first), so it should be cheap and give the same cells each time.
  ///   - notes: Lines printed after a text table.
  ///   - metadata: Extra top-level JSON string fields.
  public init(
    schema: String, columns: [Column], rowCount: Int, cells: @escaping RowMaker,
    notes: [String] = [], metadata: [(key: String, value: String)] = []
  ) {
    self.schema = schema
    self.columns = columns
    self.storage = .made(count: max(0, rowCount), maker: cells)
    self.notes = notes
    self.metadata = metadata
  }

  /// The rows, each with one cell per column (made on demand for a listing of made rows).
  public var rows: [[Cell]] {
    get {
      switch storage {
      case .cells(let rows): return rows
      case .made(let count, _):
        var rows: [[Cell]] = []
        rows.reserveCapacity(count)
        forAllRows { rows.append($0) }
        return rows
      }
    }
    set { storage = .cells(newValue) }
  }

  /// How many rows.
  public var rowCount: Int {
    switch storage {
    case .cells(let rows): rows.count
    case .made(let count, _): count
    }
  }

  /// Calls `body` with each row in order; stops when it returns `false`.
  ///
  /// A made row is passed in a reused buffer: `body` must not keep it.
  func forEachRow(while body: ([Cell]) -> Bool) {
    switch storage {
    case .cells(let rows):
      for row in rows where !body(row) { return }
    case .made(let count, let maker):
      var buffer = [Cell](repeating: .empty, count: columns.count)
      for index in 0..<count {
        maker(index, &buffer)
        if !body(buffer) { return }
      }
    }
  }

  /// Calls `body` with each row in order (a made row in a reused buffer, not to be kept).
  func forAllRows(_ body: ([Cell]) -> Void) {
    forEachRow(while: { row in
      body(row)
      return true
    })
  }

  /// The listing in a format, ending with a newline.
  public func rendered(as format: OutputFormat) -> String {
    let output = OutputBuffer()
    write(as: format, to: output)
    return output.text
  }

  /// Writes the listing in a format, ending with a newline.
  ///
  /// Rows are written as they are made; writing stops early when the output closes.
  public func write(as format: OutputFormat, to output: OutputBuffer) {
    switch format {
    case .text: writeTextTable(to: output)
    case .csv: writeCSV(to: output)
    case .json: writeJSON(to: output)
    }
  }

  /// An aligned text table with its notes below.
  public func textTable() -> String { rendered(as: .text) }

  /// RFC 4180 CSV with a header of keys.
  ///
  /// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
  /// or CR) are prefixed with `'`. Numbers are never altered.
  public func csv() -> String { rendered(as: .csv) }

  /// One JSON object with the schema, rows and metadata, pretty-printed with sorted keys.
  public func json() -> String { rendered(as: .json) }

  /// Text a spreadsheet would run as a formula, prefixed with `'`.
  static func defused(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
  }

  /// A CSV field, quoted (quotes doubled) when it holds a comma, quote or line break.
  ///
  /// The reference for ``writeCSVField(_:defusing:to:)``, which gives the same bytes faster and
  /// falls back to this for text it cannot decide over bytes.
  static func csvField(_ text: String) -> String {
    guard
      text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
