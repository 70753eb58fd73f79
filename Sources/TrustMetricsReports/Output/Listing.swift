import Foundation
import TextCharts
import TrustMetricsCore

/// Rows of typed cells under named columns, rendered as a text table, CSV or JSON.
///
/// JSON is one object `{"schema": ..., "rows": [...], ...}` with snake_case keys; a suppressed
/// value is `null` beside a `<key>_marker` field (`marker` for the `value` column).
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

  /// The JSON schema name, such as `trustmetrics.figures/1`.
  public var schema: String
  /// The columns, in order.
  public var columns: [Column]
  /// The rows, each with one cell per column.
  public var rows: [[Cell]]
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
    self.rows = rows
    self.notes = notes
    self.metadata = metadata
  }

  /// The listing in a format, ending with a newline.
  public func rendered(as format: OutputFormat) -> String {
    switch format {
    case .text: textTable()
    case .csv: csv()
    case .json: json()
    }
  }

  /// An aligned text table with its notes below.
  public func textTable() -> String {
    if let keys = textColumnKeys {
      let kept = columns.indices.filter { keys.contains(columns[$0].key) }
      var narrow = self
      narrow.textColumnKeys = nil
      narrow.columns = kept.map { columns[$0] }
      narrow.rows = rows.map { row in kept.map { $0 < row.count ? row[$0] : .empty } }
      return narrow.textTable()
    }
    var widths = columns.map { DisplayWidth.of($0.title) }
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], DisplayWidth.of(cell.displayText))
      }
    }
    let numeric = columns.indices.map { index in
      rows.contains { index < $0.count && $0[index].isNumeric }
        && !rows.contains { index < $0.count && !$0[index].isNumeric && $0[index] != .empty }
    }
    func line(_ texts: [String]) -> String {
      var parts: [String] = []
      for (index, text) in texts.enumerated() {
        parts.append(DisplayWidth.padded(text, to: widths[index], alignRight: numeric[index]))
      }
      var joined = parts.joined(separator: "  ")
      while joined.last == " " { joined.removeLast() }
      return joined
    }
    var output = line(columns.map(\.title)) + "\n"
    output += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
    for row in rows { output += line(row.map(\.displayText)) + "\n" }
    if rows.isEmpty { output += "(no rows)\n" }
    if !notes.isEmpty { output += "\n" + notes.joined(separator: "\n") + "\n" }
    return output
  }

  /// RFC 4180 CSV with a header of keys.
  ///
  /// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
  /// or CR) are prefixed with `'`. Numbers are never altered.
  public func csv() -> String {
    var output = columns.map { Listing.csvField($0.key) }.joined(separator: ",") + "\r\n"
    for row in rows {
      output +=
        row.map { cell in
          if case .text(let text) = cell { return Listing.csvField(Listing.defused(text)) }
          return Listing.csvField(cell.plainText)
        }.joined(separator: ",") + "\r\n"
    }
    return output
  }

  /// One JSON object with the schema, rows and metadata, pretty-printed with sorted keys.
  public func json() -> String {
    var object: [String: JSONValue] = ["schema": .string(schema)]
    for (key, value) in metadata { object[key] = .string(value) }
    object["rows"] = .array(
      rows.map { row in
        var fields: [String: JSONValue] = [:]
        for (index, column) in columns.enumerated() where index < row.count {
          switch row[index] {
          case .text(let text): fields[column.key] = .string(text)
          case .decimal(let value): fields[column.key] = .raw(value.description)
          case .number(let value, let places):
            fields[column.key] = value.isFinite ? .raw(Cell.fixed(value, places: places)) : .null
          case .integer(let value): fields[column.key] = .raw(String(value))
          case .money(let money): fields[column.key] = .raw(money.plainText)
          case .suppressed(let marker):
            fields[column.key] = .null
            fields[column.key == "value" ? "marker" : column.key + "_marker"] = .string(
              marker.rawValue)
          case .empty: fields[column.key] = .null
          }
        }
        return .object(fields)
      })
    return JSONValue.object(object).serialized(indent: 0) + "\n"
  }

  static func defused(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
  }

  static func csvField(_ text: String) -> String {
    guard
      text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
