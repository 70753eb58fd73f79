import Foundation
import TrustMetricsCore

// The three renderers, writing bytes as they go. Each gives exactly the text the listing has
// always printed (see ListingTests' reference renderers).

extension Listing {
  // MARK: - Text table

  /// An aligned text table with its notes below: column widths are measured in one pass over the
  /// cells, then the lines are written.
  func writeTextTable(to output: OutputBuffer) {
    let shown: [Int]
    if let keys = textColumnKeys {
      shown = columns.indices.filter { keys.contains(columns[$0].key) }
    } else {
      shown = Array(columns.indices)
    }
    var widths = shown.map { TextScan.width(of: columns[$0].title) }
    var anyNumeric = [Bool](repeating: false, count: shown.count)
    var anyOther = [Bool](repeating: false, count: shown.count)
    forAllRows { row in
      for (position, column) in shown.enumerated() where column < row.count {
        let cell = row[column]
        let text = cell.displayText
        // A column is never wider than its UTF-8 bytes, so a shorter text cannot widen it.
        if text.utf8.count > widths[position] {
          widths[position] = max(widths[position], TextScan.width(of: text))
        }
        if cell.isNumeric {
          anyNumeric[position] = true
        } else if cell != .empty {
          anyOther[position] = true
        }
      }
    }
    let alignRight = shown.indices.map { anyNumeric[$0] && !anyOther[$0] }
    var line = TableLine(output: output, widths: widths, alignRight: alignRight)
    for (position, column) in shown.enumerated() { line.put(columns[column].title, at: position) }
    line.end()
    for position in shown.indices { line.putDashes(at: position) }
    line.end()
    // A narrowed table shows a short row's missing cells as empty ones; a full one writes only
    // the cells a row has. Either way only trailing spaces differ, and trimming them keeps one
    // after a prepended mark, so the difference shows.
    let padsShortRows = textColumnKeys != nil
    forEachRow(while: { row in
      for (position, column) in shown.enumerated() {
        if column < row.count {
          line.put(row[column].displayText, at: position)
        } else if padsShortRows {
          line.put("", at: position)
        }
      }
      line.end()
      return !output.isClosed
    })
    if rowCount == 0 { output.write("(no rows)\n") }
    if !notes.isEmpty {
      output.write(byte: 0x0A)
      for note in notes {
        output.write(note)
        output.write(byte: 0x0A)
      }
    }
  }

  // MARK: - CSV

  /// RFC 4180 CSV with a header of keys, formula-looking text defused.
  func writeCSV(to output: OutputBuffer) {
    for (index, column) in columns.enumerated() {
      if index > 0 { output.write(byte: 0x2C) }
      Listing.writeCSVField(column.key, defusing: false, to: output)
    }
    output.write(byte: 0x0D)
    output.write(byte: 0x0A)
    forEachRow(while: { row in
      for (index, cell) in row.enumerated() {
        if index > 0 { output.write(byte: 0x2C) }
        switch cell {
        case .text(let text): Listing.writeCSVField(text, defusing: true, to: output)
        case .integer(let value): output.write(integer: value)
        case .empty: break
        default: Listing.writeCSVField(cell.plainText, defusing: false, to: output)
        }
      }
      output.write(byte: 0x0D)
      output.write(byte: 0x0A)
      return !output.isClosed
    })
  }

  /// Writes `csvField(defusing ? defused(text) : text)`, deciding over UTF-8 bytes.
  ///
  /// A field is quoted when it holds a comma, quote or line break as a character of its own. CR
  /// and LF always are; a comma or quote is too when the scalars beside it are plain
  /// (``TextScan/isPlain(_:)``). Otherwise (a combining mark after a quote, say) the field goes
  /// through ``csvField(_:)`` itself.
  static func writeCSVField(_ text: String, defusing: Bool, to output: OutputBuffer) {
    let bytes = text.utf8.span
    do {
      guard !bytes.isEmpty else { return }
      let first = bytes[0]
      let defuse =
        defusing
        && (first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09
          || first == 0x0D)
      var quote = false
      var quotes = 0
      var index = 0
      while index < bytes.count {
        index = TextScan.skipPlainWords(in: bytes, from: index) { word in
          !TextScan.hasByte(word, 0x2C) && !TextScan.hasByte(word, 0x22)
            && !TextScan.hasByte(word, 0x0A) && !TextScan.hasByte(word, 0x0D)
        }
        guard index < bytes.count else { break }
        let byte = bytes[index]
        defer { index += 1 }
        if byte == 0x0A || byte == 0x0D {
          quote = true
        } else if byte == 0x2C || byte == 0x22 {
          if byte == 0x22 { quotes += 1 }
          let before =
            index == 0 || bytes[index - 1] < 0x80
            || TextScan.isPlain(
              TextScan.scalar(before: index, in: bytes).0)
          let after =
            index + 1 == bytes.count || bytes[index + 1] < 0x80
            || TextScan.isPlain(
              TextScan.scalar(at: index + 1, in: bytes).0)
          guard before && after else {
            output.write(Listing.csvField(defuse ? "'" + text : text))
            return
          }
          quote = true
        }
      }
      if quote { output.write(byte: 0x22) }
      if defuse { output.write(byte: 0x27) }
      if quotes == 0 {
        output.write(bytes)
      } else {
        var start = 0
        for index in bytes.indices where bytes[index] == 0x22 {
          output.write(bytes.extracting(start...index))
          start = index
        }
        output.write(bytes.extracting(start...))
      }
      if quote { output.write(byte: 0x22) }
    }
  }

  // MARK: - JSON

  /// One JSON object: schema, metadata and rows, keys sorted, two-space indents.
  func writeJSON(to output: OutputBuffer) {
    var top: [String: String?] = ["schema": schema]
    for (key, value) in metadata { top[key] = value }
    top["rows"] = .some(nil)
    var writer = JSONWriter(to: output)
    writer.beginObject()
    for key in top.keys.sorted() {
      writer.key(key)
      if let text = top[key] ?? nil {
        writer.string(text)
      } else {
        writeJSONRows(to: &writer)
      }
    }
    writer.endObject()
    writer.finish()
  }

  /// The rows array, as the value of a top-level key.
  private func writeJSONRows(to writer: inout JSONWriter) {
    // Every key a row can have, sorted once; each cell fills a slot, a later column winning.
    var keys = Set<String>()
    for column in columns {
      keys.insert(column.key)
      keys.insert(Listing.markerKey(column.key))
    }
    let sortedKeys = keys.sorted()
    let slotOf = Dictionary(uniqueKeysWithValues: sortedKeys.enumerated().map { ($1, $0) })
    let valueSlots = columns.map { slotOf[$0.key] ?? 0 }
    let markerSlots = columns.map { slotOf[Listing.markerKey($0.key)] ?? 0 }
    enum Slot {
      case none
      case value(Cell)
      case marker(SuppressionMarker)
    }
    var slots = [Slot](repeating: .none, count: sortedKeys.count)
    writer.beginArray()
    let output = writer.output
    forEachRow(while: { row in
      for index in slots.indices { slots[index] = .none }
      let used = min(columns.count, row.count)
      for index in 0..<used {
        let cell = row[index]
        slots[valueSlots[index]] = .value(cell)
        if case .suppressed(let marker) = cell { slots[markerSlots[index]] = .marker(marker) }
      }
      writer.beginObject()
      for (slot, value) in slots.enumerated() {
        switch value {
        case .none: continue
        case .marker(let marker):
          writer.key(sortedKeys[slot])
          writer.string(marker.rawValue)
        case .value(let cell):
          writer.key(sortedKeys[slot])
          Listing.writeJSONValue(cell, to: &writer)
        }
      }
      writer.endObject()
      return !output.isClosed
    })
    writer.endArray()
  }

  /// The key of the marker beside a suppressed value.
  static func markerKey(_ key: String) -> String { key == "value" ? "marker" : key + "_marker" }

  /// A cell as a JSON value: text as a string, numbers verbatim, suppressed or empty as null.
  static func writeJSONValue(_ cell: Cell, to writer: inout JSONWriter) {
    switch cell {
    case .text(let text): writer.string(text)
    case .decimal(let value): writer.raw(value.description)
    case .number(let value, let places):
      if value.isFinite {
        writer.raw(Cell.fixed(value, places: places))
      } else {
        writer.null()
      }
    case .integer(let value): writer.integer(value)
    case .money(let money): writer.raw(money.plainText)
    case .suppressed, .empty: writer.null()
    }
  }
}

/// One line of a text table being written: cells padded to their column's width, two spaces
/// between, trailing spaces trimmed (kept back until something other than a space follows).
struct TableLine {
  let output: OutputBuffer
  let widths: [Int]
  let alignRight: [Bool]
  /// Spaces owed before the next text, dropped at the end of the line.
  private var pending = 0
  /// Whether the last text written ends in a cluster a following space would join (a prepended
  /// mark): then one space of a trailing run is not trimmed, as a trim by characters leaves it.
  private var joins = false

  init(output: OutputBuffer, widths: [Int], alignRight: [Bool]) {
    self.output = output
    self.widths = widths
    self.alignRight = alignRight
  }

  /// Writes a cell's text padded to the column at `position`.
  mutating func put(_ text: String, at position: Int) {
    if position > 0 { pending += 2 }
    // The last column's padding on the right is trimmed with the line's other trailing spaces:
    // only whether there is any can matter (see `joins`), so its width is measured lazily.
    let isLastLeft = position == widths.count - 1 && !alignRight[position]
    let padding = isLastLeft ? 0 : max(0, widths[position] - TextScan.width(of: text))
    if alignRight[position] { pending += padding }
    let bytes = text.utf8.span
    do {
      var end = bytes.count
      while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
      if end > 0 {
        let content = bytes.extracting(..<end)
        output.write(byte: 0x20, times: pending)
        pending = 0
        output.write(content)
        joins = TextScan.joinsFollowingSpace(content)
      }
      pending += bytes.count - end
    }
    if isLastLeft {
      if joins && pending == 0 && TextScan.width(of: text) < widths[position] { pending = 1 }
    } else if !alignRight[position] {
      pending += padding
    }
  }

  /// Writes the column's width in dashes.
  mutating func putDashes(at position: Int) {
    if position > 0 { pending += 2 }
    guard widths[position] > 0 else { return }
    output.write(byte: 0x20, times: pending)
    pending = 0
    output.write(byte: 0x2D, times: widths[position])
    joins = false
  }

  /// Ends the line.
  mutating func end() {
    if pending > 0 && joins { output.write(byte: 0x20) }
    output.write(byte: 0x0A)
    pending = 0
    joins = false
  }
}

extension OutputBuffer {
  /// Writes a quoted JSON string (see ``JSONText/writeString(_:foundationStyle:to:)``).
  public func writeJSONString(_ text: String, foundationStyle: Bool = false) {
    JSONText.writeString(text, foundationStyle: foundationStyle, to: self)
  }
}

/// JSON strings written over UTF-8 bytes.
enum JSONText {
  /// Writes a quoted JSON string.
  ///
  /// `"` and `\` are escaped, LF, CR and tab by name, other controls as `\u00xx`; with
  /// `foundationStyle`, backspace and form feed by name too (as `JSONSerialization` writes them).
  /// Everything else, `/` and non-ASCII included, as is.
  static func writeString(_ text: String, foundationStyle: Bool = false, to output: OutputBuffer) {
    output.write(byte: 0x22)
    let bytes = text.utf8.span
    do {
      var start = 0
      var index = 0
      while index < bytes.count {
        index = TextScan.skipPlainWords(in: bytes, from: index) { word in
          !TextScan.hasByteBelow(word, 0x20) && !TextScan.hasByte(word, 0x22)
            && !TextScan.hasByte(word, 0x5C)
        }
        guard index < bytes.count else { break }
        let byte = bytes[index]
        index += 1
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
        if start < index - 1 {
          output.write(bytes.extracting(start..<(index - 1)))
        }
        start = index
        switch byte {
        case 0x22: output.write("\\\"")
        case 0x5C: output.write("\\\\")
        case 0x0A: output.write("\\n")
        case 0x0D: output.write("\\r")
        case 0x09: output.write("\\t")
        case 0x08 where foundationStyle: output.write("\\b")
        case 0x0C where foundationStyle: output.write("\\f")
        default:
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          output.write("\\u00")
          output.write(byte: hex[Int(byte >> 4)])
          output.write(byte: hex[Int(byte & 0x0F)])
        }
      }
      if start < bytes.count { output.write(bytes.extracting(start...)) }
    }
    output.write(byte: 0x22)
  }
}
