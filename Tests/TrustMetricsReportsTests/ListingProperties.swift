import Foundation
import TextCharts
import TrustMetricsCore
import TrustMetricsData

@testable import TrustMetricsReports

/// What every rendering of a listing must satisfy, checked on random and awkward listings
/// (the cases once compared with the string-building renderers the streaming ones replaced).
enum ListingProperties {
  /// The problems found in a rendering, empty when it holds.
  static func problems(of listing: Listing, as format: OutputFormat) -> [String] {
    let text = listing.rendered(as: format)
    switch format {
    case .json: return jsonProblems(listing, text)
    case .csv: return csvProblems(listing, text)
    case .text: return textProblems(listing, text)
    }
  }

  /// JSON, read back by Foundation's parser: the schema, the metadata and one object per row
  /// with each cell under its column's key (text as a string, numbers as numbers, empty,
  /// non-finite and suppressed as null, a suppressed value's marker beside it).
  static func jsonProblems(_ listing: Listing, _ text: String) -> [String] {
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    } catch {
      return ["not JSON: \(error)"]
    }
    guard let object = parsed as? [String: Any] else { return ["not an object"] }
    var problems: [String] = []
    if object["schema"] as? String != listing.schema
      && !listing.metadata.contains(where: { $0.key == "schema" })
    {
      problems.append("schema")
    }
    guard let rows = object["rows"] as? [[String: Any]], rows.count == listing.rows.count else {
      return problems + ["rows"]
    }
    for (row, cells) in zip(rows, listing.rows) {
      var expected: [String: Any] = [:]
      for (index, column) in listing.columns.enumerated() where index < cells.count {
        switch cells[index] {
        case .text(let value): expected[column.key] = value
        case .decimal(let value): expected[column.key] = Double(value.description) ?? .nan
        case .number(let value, let places):
          expected[column.key] =
            value.isFinite ? Double(Cell.fixed(value, places: places)) ?? .nan : NSNull()
        case .integer(let value): expected[column.key] = Double(value)
        case .money(let money): expected[column.key] = Double(money.plainText) ?? .nan
        case .suppressed(let marker):
          expected[column.key] = NSNull()
          expected[Listing.markerKey(column.key)] = marker.rawValue
        case .empty: expected[column.key] = NSNull()
        }
      }
      guard Set(row.keys) == Set(expected.keys) else {
        problems.append("keys \(row.keys.sorted()) != \(expected.keys.sorted())")
        continue
      }
      for (key, value) in expected {
        let found = row[key]
        let same: Bool
        switch value {
        case let string as String: same = found as? String == string
        case is NSNull: same = found is NSNull
        case let number as Double: same = (found as? NSNumber)?.doubleValue == number
        default: same = false
        }
        if !same { problems.append("\(key): \(String(describing: found)) != \(value)") }
      }
    }
    return problems
  }

  /// CSV, read back by the project's reader: the keys as a header, then each cell's plain
  /// text, text cells defused (a formula prefix made text with an apostrophe).
  static func csvProblems(_ listing: Listing, _ text: String) -> [String] {
    // A comma, quote or line break joined with a mark into one character is quoted (or not) by
    // the character it is part of, which a byte-level reader does not see: such texts are
    // checked by `csvFieldsMatchTheCharacterRule` instead.
    let texts = listing.columns.map(\.key) + listing.rows.flatMap { $0.map(\.plainText) }
    guard texts.allSatisfy(specialsStandAlone) else { return [] }
    let records: [[String]]
    do {
      records = try CSVParser.parse(bytes: Array(text.utf8)).map(\.fields)
    } catch {
      return ["not CSV: \(error)"]
    }
    var expected = [listing.columns.map(\.key)]
    for row in listing.rows {
      expected.append(
        row.map { cell in
          if case .text(let value) = cell { return Listing.defused(value) }
          return cell.plainText
        })
    }
    // A row with one empty field is an empty line, which a reader skips.
    expected = expected.filter { $0 != [""] && !$0.isEmpty }
    return records == expected ? [] : ["records \(records) != \(expected)"]
  }

  /// Whether every comma, quote and line break of a text is a character of its own.
  static func specialsStandAlone(_ text: String) -> Bool {
    let specials: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
    return text.allSatisfy { character in
      character == "\r\n" || character.unicodeScalars.count == 1
        || !character.unicodeScalars.contains(where: specials.contains)
    }
  }

  /// The problems of a text table.
  ///
  /// A text table has a header line, a line of dashes as wide as each column's widest text (by
  /// display width), one line per row ("(no rows)" for none), then a blank line and the notes;
  /// every line as wide as the dashes at most, with each cell's text in order on its line.
  static func textProblems(_ listing: Listing, _ text: String) -> [String] {
    // Texts that break lines themselves are laid out as they come; the line rules below are
    // for texts that do not.
    let breaks: Set<Unicode.Scalar> = [
      "\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}",
    ]
    let texts =
      listing.columns.map(\.title) + listing.rows.flatMap { $0.map(\.displayText) } + listing.notes
    guard !texts.contains(where: { $0.unicodeScalars.contains(where: breaks.contains) }) else {
      return []
    }
    var columns = Array(listing.columns.indices)
    if let keys = listing.textColumnKeys {
      columns = columns.filter { keys.contains(listing.columns[$0].key) }
    }
    let rows = listing.rows.map { row in
      columns.map { $0 < row.count ? row[$0].displayText : "" }
    }
    let titles = columns.map { listing.columns[$0].title }
    var widths = titles.map(DisplayWidth.of)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    var lines = text.components(separatedBy: "\n")
    guard lines.last == "" else { return ["no final line feed"] }
    lines.removeLast()
    var problems: [String] = []
    let notes =
      listing.notes.isEmpty ? [] : [""] + listing.notes.flatMap { $0.components(separatedBy: "\n") }
    let bodyCount = max(rows.count, 1)
    guard lines.count == 2 + bodyCount + notes.count else {
      return ["\(lines.count) lines for \(rows.count) rows and \(listing.notes.count) notes"]
    }
    let dashes = widths.filter { $0 > 0 }.map { String(repeating: "-", count: $0) }
    let dashLine = lines[1].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    if dashLine != dashes { problems.append("dashes \(lines[1]) for widths \(widths)") }
    let total = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    for line in lines.prefix(2 + rows.count) where DisplayWidth.of(line) > total + 1 {
      problems.append("line wider than the table: \(line)")
    }
    if rows.isEmpty && lines[2] != "(no rows)" { problems.append("no (no rows)") }
    for (line, cells) in zip([lines[0]] + lines[2..<(2 + rows.count)], [titles] + rows) {
      var rest = Substring(line)
      for cell in cells {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { continue }
        guard let found = rest.range(of: trimmed) else {
          problems.append("\(cell.debugDescription) not in order in \(line.debugDescription)")
          break
        }
        rest = rest[found.upperBound...]
      }
    }
    if Array(lines.suffix(notes.count)) != notes { problems.append("notes") }
    return problems
  }
}
