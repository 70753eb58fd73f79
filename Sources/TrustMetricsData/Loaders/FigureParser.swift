import Foundation
public import TrustMetricsCore

/// Reads `figures.csv` into validated figures; every row is checked before any is returned.
///
/// Rows are read one at a time (``CSVReader``) straight into figures: no table of strings for
/// the whole file is built first. The texts a column repeats (entity, measure, period, unit,
/// qualifiers, source) are converted and checked once per distinct byte string and then
/// shared, so a million rows naming a hundred entities hold a hundred entity strings.
///
/// What is reported is what a whole-file parse followed by a row-by-row check reports: a
/// malformed CSV anywhere in the file comes first; otherwise an empty file, then a wrong header,
/// then a header with no rows, then the first bad row. So after the first bad row or a wrong
/// header the rest of the file is still read, for CSV problems only.
public struct FigureParser: Sendable {
  /// The header the file must have, in this order.
  public static let header = [
    "id", "entity", "measure", "period", "value", "unit", "qualifier", "source", "quote",
  ]

  /// Canonical entity names a figure may name.
  public var entityNames: Set<String>
  /// Seed file names a figure may cite.
  public var sourceNames: Set<String>

  /// Creates a parser that accepts the given entities and sources.
  public init(entityNames: Set<String>, sourceNames: Set<String>) {
    self.entityNames = entityNames
    self.sourceNames = sourceNames
  }

  /// Parses and validates the file's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The path used in messages, such as `datasets/figures.csv`.
  /// - Returns: The figures in file order.
  /// - Throws: `DatasetError` for the first bad row, naming its line and field.
  public func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError) -> [Figure] {
    var reader = CSVReader(copying: Array(bytes))
    return try read(&reader, file: file, size: bytes.count)
  }

  /// Reads and validates a file, a chunk at a time.
  ///
  /// - Parameters:
  ///   - path: The file, also the name used in messages.
  ///   - chunkSize: How much is read at a time (tests make it small).
  /// - Returns: The figures in file order.
  /// - Throws: `DatasetError`: as ``FileReader/bytes(atPath:)`` for a missing or unreadable
  ///   file, then as ``parse(bytes:file:)``.
  func parse(fileAt path: String, chunkSize: Int = 1 << 20) throws(DatasetError) -> [Figure] {
    let input = try FileReader.open(atPath: path)
    var reader = CSVReader(fileDescriptor: input.descriptor, chunkSize: chunkSize)
    do {
      return try read(&reader, file: path, size: input.size)
    } catch {
      guard reader.failedToRead else { throw error }
      // A read failed part way: report it as reading the whole file does.
      return try parse(bytes: try FileReader.bytes(atPath: path), file: path)
    }
  }

  /// Reads every record; `size` (the input's length) sizes the output once rows are seen.
  private func read(_ reader: inout CSVReader, file: String, size: Int) throws(DatasetError)
    -> [Figure]
  {
    guard try reader.next(in: file) else {
      throw .empty(file: file, expected: "a header line: \(Self.header.joined(separator: ","))")
    }
    var problem: DatasetError?
    var header: [String] = []
    for index in 0..<reader.fieldCount { header.append(reader.string(ofField: index)) }
    if header != Self.header {
      problem = .unexpectedHeader(
        file: file, found: header.joined(separator: ","),
        expected: Self.header.joined(separator: ","))
    }
    var builder = Builder(parser: self, file: file)
    var rows = 0
    while try reader.next(in: file) {
      rows += 1
      guard problem == nil else { continue }
      if rows == 2048 {
        // Size the output from the rows so far, so it is not copied as it grows.
        let perRow = Double(max(reader.bytesConsumed, 1)) / Double(rows)
        builder.reserve(min(Int(Double(size) / perRow * 1.05) + 1024, size / 8 + 1024))
      }
      do {
        try builder.add(&reader)
      } catch {
        // A duplicate id among the rows before this one came first.
        problem = builder.duplicateError() ?? error
        builder = Builder(parser: self, file: file)
      }
    }
    if let problem { throw problem }
    guard rows > 0 else {
      throw .empty(file: file, expected: "at least one row after the header")
    }
    if let duplicate = builder.duplicateError() { throw duplicate }
    return builder.figures
  }

  /// Turns records into figures, keeping what repeats.
  private struct Builder {
    let parser: FigureParser
    let file: String
    var figures: [Figure] = []
    /// Ids are checked for duplicates at the end (or at the first bad row), in one pass.
    var ids = IDLog()
    var entities = ByteInterner<String>()
    var measures = ByteInterner<Measure>()
    var periods = ByteInterner<Period>()
    var units = ByteInterner<FigureUnit>()
    var qualifiers = ByteInterner<[Qualifier]>()
    var sources = ByteInterner<String>()

    init(parser: FigureParser, file: String) {
      self.parser = parser
      self.file = file
    }

    mutating func reserve(_ count: Int) {
      figures.reserveCapacity(count)
      ids.reserve(count)
    }

    /// Checks the current record, in the order a bad row is reported, and keeps its figure.
    mutating func add(_ reader: inout CSVReader) throws(DatasetError) {
      let line = reader.recordLine
      guard reader.fieldCount == FigureParser.header.count else {
        throw .wrongFieldCount(
          file: file, line: line, found: reader.fieldCount, expected: FigureParser.header.count)
      }
      guard reader.withBytes(ofField: 0, FigureParser.isSlug(bytes:)) else {
        throw invalid(0, &reader, expected: "a slug of a-z, 0-9 and single hyphens")
      }
      let names = parser.entityNames
      guard
        let entity = Self.interned(&entities, 1, &reader, { names.contains($0) ? $0 : nil })
      else {
        throw invalid(1, &reader, expected: "a name listed in entities.csv")
      }
      guard let measure = Self.interned(&measures, 2, &reader, Measure.init(rawValue:)) else {
        throw invalid(2, &reader, expected: "a measure of the README's vocabulary")
      }
      guard let period = Self.interned(&periods, 3, &reader, { Period(parsing: $0) }) else {
        throw invalid(
          3, &reader, expected: "YYYY, FYYYYY-YY, YYYY-MM or YYYY..YYYY (e.g. FY2022-23)")
      }
      guard let value = reader.withBytes(ofField: 4, NumberField.parts(_:)) else {
        throw invalid(
          4, &reader,
          expected: "a plain finite number such as 52 or 7600000 (no £, %, commas)")
      }
      guard let unit = Self.interned(&units, 5, &reader, FigureUnit.init(rawValue:)) else {
        throw invalid(
          5, &reader, expected: FigureUnit.allCases.map(\.rawValue).joined(separator: "|"))
      }
      guard unit == measure.unit else {
        throw invalid(5, &reader, expected: "\(measure.unit.rawValue) for \(measure.rawValue)")
      }
      let qualifiers = try qualifiers(&reader, line: line)
      let sourceNames = parser.sourceNames
      guard
        let source = Self.interned(&sources, 7, &reader, { sourceNames.contains($0) ? $0 : nil })
      else {
        throw invalid(7, &reader, expected: "a file name in seeds/")
      }
      guard reader.fields[8].end > reader.fields[8].start else {
        throw invalid(8, &reader, expected: "the exact words of the source that state the value")
      }
      if measure.isBoundedShare, value.isBelowZero || value.isAbove(100) {
        throw invalid(4, &reader, expected: "a share from 0 to 100 for \(measure.rawValue)")
      }
      if !measure.allowsNegative, value.isBelowZero {
        throw invalid(4, &reader, expected: "a value of 0 or more for \(measure.rawValue)")
      }
      // A plain number as NumberField reads it is one ExactDecimal reads: never nil here.
      guard let exactValue = ExactDecimal(parsing: reader.string(ofField: 4)) else {
        throw invalid(4, &reader, expected: "a plain finite number such as 52 or 7600000")
      }
      // A slug is never escaped, so these bytes are the reader's own until the next record.
      ids.append(hash: reader.withBytes(ofField: 0, ByteHash.hash), line: line)
      figures.append(
        Figure(
          id: reader.string(ofField: 0), entity: entity, measure: measure,
          period: period, exactValue: exactValue, qualifiers: qualifiers,
          provenance: Provenance(source: source, quote: reader.string(ofField: 8))))
    }

    /// The error for the first row whose id an earlier row had, if any (asked once).
    mutating func duplicateError() -> DatasetError? {
      guard let duplicate = ids.firstDuplicate(in: figures) else { return nil }
      return .duplicate(
        file: file, line: duplicate.line, field: "id", value: figures[duplicate.index].id,
        firstLine: duplicate.firstLine)
    }

    /// The qualifiers, in vocabulary order: none for an empty field.
    private mutating func qualifiers(_ reader: inout CSVReader, line: Int) throws(DatasetError)
      -> [Qualifier]
    {
      guard reader.fields[6].end > reader.fields[6].start else { return [] }
      let hash = reader.withBytes(ofField: 6, ByteHash.hash)
      if let known = reader.withBytes(ofField: 6, { qualifiers.value(for: $0, hash: hash) }) {
        return known
      }
      let text = reader.string(ofField: 6)
      var result: [Qualifier] = []
      for part in text.split(separator: ";", omittingEmptySubsequences: false) {
        guard let qualifier = Qualifier(rawValue: String(part)), !result.contains(qualifier) else {
          throw .invalidField(
            file: file, line: line, field: "qualifier", value: text,
            expected: "empty or ;-separated "
              + Qualifier.allCases.map(\.rawValue).joined(separator: "|"))
        }
        result.append(qualifier)
      }
      if result.contains(.rangeLow), result.contains(.rangeHigh) {
        throw .invalidField(
          file: file, line: line, field: "qualifier", value: text,
          expected: "at most one of range_low and range_high")
      }
      result.sort()
      reader.withBytes(ofField: 6) { qualifiers.insert(result, for: $0, hash: hash) }
      return result
    }

    /// A field's value from the table, or made from its text (and kept) the first time.
    private static func interned<Value>(
      _ table: inout ByteInterner<Value>, _ field: Int, _ reader: inout CSVReader,
      _ make: (String) -> Value?
    ) -> Value? {
      let hash = reader.withBytes(ofField: field, ByteHash.hash)
      if let value = reader.withBytes(ofField: field, { table.value(for: $0, hash: hash) }) {
        return value
      }
      let text = reader.string(ofField: field)
      guard let value = make(text) else { return nil }
      reader.withBytes(ofField: field) { table.insert(value, for: $0, hash: hash) }
      return value
    }

    /// An error for a bad field of the current record.
    private func invalid(_ field: Int, _ reader: inout CSVReader, expected: String)
      -> DatasetError
    {
      .invalidField(
        file: file, line: reader.recordLine, field: FigureParser.header[field],
        value: reader.string(ofField: field), expected: expected)
    }
  }

  /// Whether text is a slug: lowercase letters and digits in groups joined by single hyphens.
  static func isSlug(_ text: String) -> Bool {
    isSlug(bytes: text.utf8.span)
  }

  /// Whether UTF-8 bytes are a slug (see ``isSlug(_:)``): not empty, only `a-z`, `0-9` and
  /// `-`, no hyphen first, last or next to another.
  static func isSlug(bytes: Span<UInt8>) -> Bool {
    let hyphen = UInt8(ascii: "-")
    guard bytes.count > 0 else { return false }
    let count = bytes.count
    guard bytes[0] != hyphen, bytes[count - 1] != hyphen else { return false }
    var index = 0
    // Eight bytes at a time; `carried` is 0x80 when the previous eight ended with a hyphen.
    var carried: UInt64 = 0
    while index + 8 <= count {
      let word = ByteHash.word(bytes, at: index)
      guard let hyphens = slugHyphens(word), hyphens & (hyphens << 8) == 0, hyphens & carried == 0
      else { return false }
      carried = hyphens >> 56
      index += 8
    }
    var previousWasHyphen = carried != 0
    while index < count {
      let byte = bytes[index]
      if byte &- 97 < 26 || byte &- 48 < 10 {
        previousWasHyphen = false
      } else if byte == hyphen, !previousWasHyphen {
        previousWasHyphen = true
      } else {
        return false
      }
      index += 1
    }
    return true
  }

  /// For eight bytes that are all `a-z`, `0-9` or `-`, the high bit of each hyphen; `nil` if
  /// any byte is anything else.
  ///
  /// Each test adds a constant to every byte of an ASCII word; no byte's sum passes 0xFF, so
  /// nothing carries into the next byte, and bit 7 of each sum answers for its byte.
  @inline(__always)
  private static func slugHyphens(_ word: UInt64) -> UInt64? {
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    guard word & high == 0 else { return nil }
    let atLeastA = (word &+ ones &* (0x80 - 0x61)) & high
    let aboveZ = (word &+ ones &* (0x7F - 0x7A)) & high
    let atLeastZero = (word &+ ones &* (0x80 - 0x30)) & high
    let aboveNine = (word &+ ones &* (0x7F - 0x39)) & high
    let hyphens = ~((word ^ ones &* 0x2D) &+ ones &* 0x7F) & high
    let allowed = (atLeastA & ~aboveZ) | (atLeastZero & ~aboveNine) | hyphens
    return allowed == high ? hyphens : nil
  }
}
