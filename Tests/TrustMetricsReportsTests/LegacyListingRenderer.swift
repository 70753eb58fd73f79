import Foundation
import TextCharts
import TrustMetricsCore

@testable import TrustMetricsReports

/// The listing renderers as they were before output streamed (strings built cell by cell,
/// widths measured by `DisplayWidth`, JSON through a tree): the oracle the streaming renderers
/// must match byte for byte.
extension Listing {
  func legacyRendered(as format: OutputFormat) -> String {
    switch format {
    case .text: legacyTextTable()
    case .csv: legacyCSV()
    case .json: legacyJSON()
    }
  }

  func legacyTextTable() -> String {
    if let keys = textColumnKeys {
      let kept = columns.indices.filter { keys.contains(columns[$0].key) }
      var narrow = self
      narrow.textColumnKeys = nil
      narrow.columns = kept.map { columns[$0] }
      narrow.rows = rows.map { row in kept.map { $0 < row.count ? row[$0] : .empty } }
      return narrow.legacyTextTable()
    }
    let rows = self.rows
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

  func legacyCSV() -> String {
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

  func legacyJSON() -> String {
    var object: [String: LegacyJSON] = ["schema": .string(schema)]
    for (key, value) in metadata { object[key] = .string(value) }
    object["rows"] = .array(
      rows.map { row in
        var fields: [String: LegacyJSON] = [:]
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
    return LegacyJSON.object(object).serialized(indent: 0) + "\n"
  }
}

/// The JSON tree as it was serialized before (string concatenation).
indirect enum LegacyJSON {
  case string(String)
  case raw(String)
  case null
  case bool(Bool)
  case array([LegacyJSON])
  case object([String: LegacyJSON])

  func serialized(indent: Int) -> String {
    let pad = String(repeating: "  ", count: indent)
    let inner = String(repeating: "  ", count: indent + 1)
    switch self {
    case .string(let text): return LegacyJSON.quoted(text)
    case .raw(let text): return text
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n"
        + items.map { inner + $0.serialized(indent: indent + 1) }.joined(separator: ",\n")
        + "\n" + pad + "]"
    case .object(let fields):
      if fields.isEmpty { return "{}" }
      return "{\n"
        + fields.keys.sorted().map { key in
          inner + LegacyJSON.quoted(key) + ": "
            + (fields[key] ?? .null).serialized(indent: indent + 1)
        }.joined(separator: ",\n") + "\n" + pad + "}"
    }
  }

  /// The same tree as the library's `JSONValue`.
  var current: JSONValue {
    switch self {
    case .string(let text): .string(text)
    case .raw(let text): .raw(text)
    case .null: .null
    case .bool(let value): .bool(value)
    case .array(let items): .array(items.map(\.current))
    case .object(let fields): .object(fields.mapValues(\.current))
    }
  }

  static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}
