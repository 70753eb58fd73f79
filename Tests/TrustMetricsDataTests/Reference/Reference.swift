import Foundation
import TrustMetricsCore

@testable import TrustMetricsData

/// The loaders as they were before reading became record by record.
///
/// The whole file is parsed into `[CSVRecord]` first, then each row is checked. Kept as the
/// oracle the streaming reader and figure parser must agree with, error for error (see
/// `StreamingEquivalenceTests`).
enum Reference {
  // MARK: - CSV: the original whole-file parser, unchanged

  static func records(_ bytes: [UInt8]) throws(CSVError) -> [CSVRecord] {
    try bytes.withUnsafeBufferPointer { (pointer) throws(CSVError) -> [CSVRecord] in
      try parse(buffer: pointer)
    }
  }

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    var index = 0
    let end = buffer.count
    if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
    var line = 1
    var fields: [String] = []
    var recordLine = 1
    var scratch: [UInt8] = []

    func makeString(_ start: Int, _ stop: Int, line: Int) throws(CSVError) -> String {
      let slice = UnsafeBufferPointer(rebasing: buffer[start..<stop])
      guard let text = String(validating: slice, as: UTF8.self) else {
        throw .invalidUTF8(line: line)
      }
      return text
    }

    while index < end {
      // At the start of a field.
      if fields.isEmpty { recordLine = line }
      if buffer[index] == quote {
        let openedOn = line
        index += 1
        scratch.removeAll(keepingCapacity: true)
        var closed = false
        var runStart = index
        while index < end {
          let byte = buffer[index]
          if byte == quote {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
            if index + 1 < end, buffer[index + 1] == quote {
              scratch.append(quote)
              index += 2
              runStart = index
              continue
            }
            index += 1
            closed = true
            break
          }
          // A line break inside quotes (LF, CRLF or a lone CR) still moves to the next line.
          if byte == lineFeed
            || (byte == carriageReturn && !(index + 1 < end && buffer[index + 1] == lineFeed))
          {
            line += 1
          }
          index += 1
        }
        guard closed else { throw .unterminatedQuote(line: openedOn) }
        guard let text = String(validating: scratch, as: UTF8.self) else {
          throw .invalidUTF8(line: openedOn)
        }
        fields.append(text)
        // After a closing quote: comma, line end or end of input.
        if index < end {
          let byte = buffer[index]
          if byte == comma {
            index += 1
            if index == end { fields.append("") }
            continue
          } else if byte == lineFeed {
            index += 1
            line += 1
          } else if byte == carriageReturn {
            index += 1
            if index < end, buffer[index] == lineFeed { index += 1 }
            line += 1
          } else {
            throw .textAfterClosingQuote(line: line)
          }
        }
        records.append(CSVRecord(line: recordLine, fields: fields))
        fields = []
        continue
      }
      // An unquoted field runs to a comma or line end.
      let start = index
      while index < end {
        let byte = buffer[index]
        if byte == comma || byte == lineFeed || byte == carriageReturn { break }
        if byte == quote { throw .quoteInUnquotedField(line: line) }
        index += 1
      }
      let text = try makeString(start, index, line: line)
      if index >= end {
        if !(fields.isEmpty && text.isEmpty) {
          fields.append(text)
          records.append(CSVRecord(line: recordLine, fields: fields))
        }
        fields = []
        break
      }
      let separator = buffer[index]
      index += 1
      if separator == comma {
        fields.append(text)
        if index == end {
          fields.append("")
          records.append(CSVRecord(line: recordLine, fields: fields))
          fields = []
        }
        continue
      }
      // A line end (LF, CRLF or a lone CR): an empty line yields no record.
      if separator == carriageReturn, index < end, buffer[index] == lineFeed { index += 1 }
      if !(fields.isEmpty && text.isEmpty) {
        fields.append(text)
        records.append(CSVRecord(line: recordLine, fields: fields))
      }
      fields = []
      line += 1
    }
    if !fields.isEmpty { records.append(CSVRecord(line: recordLine, fields: fields)) }
    return records
  }

  // MARK: - Figures: the original table check, unchanged

  static func figures(
    _ bytes: [UInt8], file: String, entityNames: Set<String>, sourceNames: Set<String>
  ) throws(DatasetError) -> [Figure] {
    let records: [CSVRecord]
    do {
      records = try Self.records(bytes)
    } catch {
      throw .malformedCSV(file: file, line: error.line, problem: error.description)
    }
    let expectedHeader = FigureParser.header
    guard let header = records.first else {
      throw .empty(file: file, expected: "a header line: \(expectedHeader.joined(separator: ","))")
    }
    guard header.fields == expectedHeader else {
      throw .unexpectedHeader(
        file: file, found: header.fields.joined(separator: ","),
        expected: expectedHeader.joined(separator: ","))
    }
    let rows = Array(records.dropFirst())
    if rows.isEmpty {
      throw .empty(file: file, expected: "at least one row after the header")
    }
    let table = Table(file: file)
    var figures: [Figure] = []
    var firstLineOfID: [String: Int] = [:]
    for row in rows {
      guard row.fields.count == expectedHeader.count else {
        throw .wrongFieldCount(
          file: file, line: row.line, found: row.fields.count, expected: expectedHeader.count)
      }
      let figure = try figure(
        from: row, in: table, entityNames: entityNames, sourceNames: sourceNames)
      if let first = firstLineOfID[figure.id] {
        throw .duplicate(
          file: file, line: row.line, field: "id", value: figure.id, firstLine: first)
      }
      firstLineOfID[figure.id] = row.line
      figures.append(figure)
    }
    return figures
  }

  private struct Table {
    let file: String

    func invalid(_ name: String, of row: CSVRecord, expected: String) -> DatasetError {
      let index = FigureParser.header.firstIndex(of: name) ?? 0
      return .invalidField(
        file: file, line: row.line, field: name, value: row.fields[index], expected: expected)
    }
  }

  private static func figure(
    from row: CSVRecord, in table: Table, entityNames: Set<String>, sourceNames: Set<String>
  ) throws(DatasetError) -> Figure {
    let fields = row.fields
    let id = fields[0]
    guard isSlug(id) else {
      throw table.invalid("id", of: row, expected: "a slug of a-z, 0-9 and single hyphens")
    }
    let entity = fields[1]
    guard entityNames.contains(entity) else {
      throw table.invalid("entity", of: row, expected: "a name listed in entities.csv")
    }
    guard let measure = Measure(rawValue: fields[2]) else {
      throw table.invalid("measure", of: row, expected: "a measure of the README's vocabulary")
    }
    guard let period = Period(parsing: fields[3]) else {
      throw table.invalid(
        "period", of: row, expected: "YYYY, FYYYYY-YY, YYYY-MM or YYYY..YYYY (e.g. FY2022-23)")
    }
    guard let value = NumberField.decimal(fields[4]) else {
      throw table.invalid(
        "value", of: row, expected: "a plain finite number such as 52 or 7600000 (no £, %, commas)")
    }
    guard let unit = FigureUnit(rawValue: fields[5]) else {
      throw table.invalid(
        "unit", of: row, expected: FigureUnit.allCases.map(\.rawValue).joined(separator: "|"))
    }
    guard unit == measure.unit else {
      throw table.invalid(
        "unit", of: row, expected: "\(measure.unit.rawValue) for \(measure.rawValue)")
    }
    let qualifiers = try qualifiers(from: row, in: table)
    guard sourceNames.contains(fields[7]) else {
      throw table.invalid("source", of: row, expected: "a file name in seeds/")
    }
    guard !fields[8].isEmpty else {
      throw table.invalid(
        "quote", of: row, expected: "the exact words of the source that state the value")
    }
    try checkRange(value, of: measure, row: row, in: table)
    return Figure(
      id: id, entity: entity, measure: measure, period: period, value: value,
      qualifiers: qualifiers, provenance: Provenance(source: fields[7], quote: fields[8]))
  }

  private static func qualifiers(from row: CSVRecord, in table: Table) throws(DatasetError)
    -> [Qualifier]
  {
    let text = row.fields[6]
    guard !text.isEmpty else { return [] }
    var result: [Qualifier] = []
    for part in text.split(separator: ";", omittingEmptySubsequences: false) {
      guard let qualifier = Qualifier(rawValue: String(part)), !result.contains(qualifier) else {
        throw table.invalid(
          "qualifier", of: row,
          expected: "empty or ;-separated "
            + Qualifier.allCases.map(\.rawValue).joined(separator: "|"))
      }
      result.append(qualifier)
    }
    if result.contains(.rangeLow), result.contains(.rangeHigh) {
      throw table.invalid("qualifier", of: row, expected: "at most one of range_low and range_high")
    }
    return result.sorted()
  }

  private static func checkRange(
    _ value: Decimal, of measure: Measure, row: CSVRecord, in table: Table
  )
    throws(DatasetError)
  {
    if measure.isBoundedShare, value < 0 || value > 100 {
      throw table.invalid(
        "value", of: row, expected: "a share from 0 to 100 for \(measure.rawValue)")
    }
    if !measure.allowsNegative, value < 0 {
      throw table.invalid(
        "value", of: row, expected: "a value of 0 or more for \(measure.rawValue)")
    }
  }

  /// Whether text is a slug: lowercase letters and digits in groups joined by single hyphens.
  static func isSlug(_ text: String) -> Bool {
    var previousWasHyphen = true
    for byte in text.utf8 {
      let isWordByte = (97...122).contains(byte) || (48...57).contains(byte)
      if byte == UInt8(ascii: "-") {
        if previousWasHyphen { return false }
        previousWasHyphen = true
      } else if isWordByte {
        previousWasHyphen = false
      } else {
        return false
      }
    }
    return !text.isEmpty && !previousWasHyphen
  }
}
