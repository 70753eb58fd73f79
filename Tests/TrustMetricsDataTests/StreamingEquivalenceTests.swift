import Foundation
import SeededRandom
import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// The record-by-record reader and figure parser: random records written as CSV read back as
/// they were made; a file read chunk by chunk gives what reading it whole gives (records,
/// figures, first error), wherever the chunks happen to end; slugs as a regular expression
/// reads them.
@Suite struct StreamingEquivalenceTests {
  /// Pieces CSV is made of, and the bytes that break it.
  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array("bc".utf8), Array("12.5".utf8), Array(",".utf8), Array(",".utf8),
    Array("\"".utf8), Array("\"\"".utf8), Array("\n".utf8), Array("\n".utf8), Array("\r".utf8),
    Array("\r\n".utf8), Array("£".utf8), Array("’".utf8), Array(" ".utf8), [0xFF], [0xC3],
    [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xEF, 0xBB, 0xBF],
    Array("\"quoted, with \"\"quotes\"\"\"".utf8), Array("abcdefghijklmnop".utf8),
  ]

  static func randomCSV(_ generator: inout SplitMix, pieces count: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    if generator.below(8) == 0 { bytes += [0xEF, 0xBB, 0xBF] }
    for _ in 0..<count { bytes += generator.pick(pieces) }
    return bytes
  }

  /// What a parse gives, comparable: the records or the error.
  static func outcome(_ parse: () throws(CSVError) -> [CSVRecord]) -> String {
    do {
      return "\(try parse())"
    } catch {
      return "error \(error)"
    }
  }

  static func outcome(_ parse: () throws(DatasetError) -> [Figure]) -> String {
    do {
      return "\(try parse())"
    } catch {
      return "error \(error)"
    }
  }

  /// Records read from a file, `chunkSize` bytes at a time.
  static func recordsFromFile(_ bytes: [UInt8], chunkSize: Int) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-stream-\(UUID().uuidString).csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try FileReader.open(atPath: path)
    var reader = CSVReader(fileDescriptor: file.descriptor, chunkSize: chunkSize)
    var records: [CSVRecord] = []
    do {
      while try reader.next() {
        var fields: [String] = []
        for index in 0..<reader.fieldCount { fields.append(reader.string(ofField: index)) }
        records.append(CSVRecord(line: reader.recordLine, fields: fields))
      }
    } catch {
      guard case .csv(let problem) = error else { return "io error" }
      return "error \(problem)"
    }
    return "\(records)"
  }

  // MARK: - CSV

  /// Field texts: plain, with the characters CSV quotes for, multi-byte and empty.
  static let fieldTexts = [
    "a", "bc", "12.5", "", "with, comma", "say \"hi\"", "two\nlines", "cr\rhere", "crlf\r\nx",
    "£7.6m", "children’s", " spaced ", "😀", "\"", ",",
  ]

  /// Random records written as RFC 4180 CSV (fields quoted when they hold a comma, quote or
  /// line break; quotes doubled), with LF, CRLF or CR line ends and sometimes a byte-order
  /// mark, read back: the same fields, each record on the line it was written on.
  @Test func readsRandomRecordsBackAsTheyWereWritten() throws {
    var generator = SplitMix(seed: 1)
    for _ in 0..<5_000 {
      var bytes: [UInt8] = generator.below(8) == 0 ? [0xEF, 0xBB, 0xBF] : []
      var expected: [CSVRecord] = []
      var line = 1
      for _ in 0..<generator.below(6) {
        var fields = (0..<(1 + generator.below(4))).map { _ in generator.pick(Self.fieldTexts) }
        // A record of one empty field is an empty line, which is skipped.
        if fields == [""] { fields = ["x"] }
        expected.append(CSVRecord(line: line, fields: fields))
        let written = fields.map { field -> String in
          let special: Set<Character> = [",", "\"", "\n", "\r", "\r\n"]
          guard field.contains(where: special.contains) else { return field }
          return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        bytes += Array(written.joined(separator: ",").utf8)
        // Line breaks inside quoted fields count as lines too: LF, CRLF (one Character) or CR.
        for field in fields {
          line += field.filter { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count
        }
        bytes += Array(generator.pick(["\n", "\r\n", "\r"]).utf8)
        line += 1
      }
      let records = try CSVParser.parse(bytes: bytes)
      #expect(
        records == expected, "input \(String(decoding: bytes, as: UTF8.self).debugDescription)")
      if records != expected { return }
    }
  }

  @Test func readsAFileChunkByChunkAsAWhole() throws {
    var generator = SplitMix(seed: 2)
    for round in 0..<600 {
      let bytes = Self.randomCSV(&generator, pieces: 1 + generator.below(80))
      let expected = Self.outcome { () throws(CSVError) in try CSVParser.parse(bytes: bytes) }
      // The smallest chunk (16 bytes) puts a boundary inside nearly every record.
      let chunkSize = round % 3 == 0 ? 16 : 16 + generator.below(48)
      let actual = try Self.recordsFromFile(bytes, chunkSize: chunkSize)
      #expect(actual == expected, "chunk \(chunkSize), input \(bytes)")
      if actual != expected { return }
    }
  }

  @Test func growsTheBufferForARecordLongerThanAChunk() throws {
    let long = String(repeating: "x", count: 1000)
    let text = "id,quote\n1,\"\(long)\n\(long)\"\n2,\(long)\n3,\"never closed \(long)"
    for chunkSize in [16, 100, 1 << 20] {
      #expect(
        try Self.recordsFromFile(Array(text.utf8), chunkSize: chunkSize)
          == "error \(CSVError.unterminatedQuote(line: 5))")
      let good = Array(text.utf8.dropLast(1000 + 14)) + Array("x\"\n".utf8)
      #expect(
        try Self.recordsFromFile(good, chunkSize: chunkSize)
          == Self.outcome { () throws(CSVError) in try CSVParser.parse(bytes: good) })
    }
  }

  @Test func checksUTF8ExactlyAsStringDoes() {
    var generator = SplitMix(seed: 3)
    let interesting: [UInt8] = [
      0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
      0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x90, 0x9F, 0xA0, 0x8F,
    ]
    for _ in 0..<50_000 {
      var bytes: [UInt8] = []
      for _ in 0..<generator.below(12) {
        bytes.append(
          generator.below(3) == 0
            ? UInt8(truncatingIfNeeded: generator.next())
            : generator.pick(
              interesting))
      }
      if generator.below(4) == 0 {
        bytes = Array(repeating: 0x61, count: generator.below(17)) + bytes
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let actual = bytes.withUnsafeBufferPointer {
        UTF8Check.isValid($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count)
      }
      #expect(actual == expected, "bytes \(bytes)")
      if actual != expected { return }
    }
  }

  @Test func checksEveryShortSequenceAsStringDoes() {
    // Every 1- and 2-byte sequence, and every 3- and 4-byte one built from the bytes where
    // UTF-8's rules change.
    let edges: [UInt8] = [
      0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
      0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    var sequences: [[UInt8]] = (0...255).map { [UInt8($0)] }
    for first in 0...255 {
      for second in 0...255 { sequences.append([UInt8(first), UInt8(second)]) }
    }
    for a in edges {
      for b in edges {
        for c in edges {
          sequences.append([a, b, c])
          for d in edges { sequences.append([a, b, c, d]) }
        }
      }
    }
    var mismatches = 0
    for bytes in sequences {
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let actual = bytes.withUnsafeBufferPointer {
        UTF8Check.isValid($0.baseAddress!, count: $0.count)
      }
      if actual != expected {
        mismatches += 1
        Issue.record("bytes \(bytes): expected \(expected)")
        if mismatches > 5 { return }
      }
    }
  }

  /// How a string is stored, leaving out its capacity (which depends on the allocator's state).
  static func representation(_ text: String) -> String {
    let stored = text._classify()
    return "ascii \(stored._isASCII), count \(stored._count), \(stored._form)"
  }

  /// Strings made without a second check are the strings `String(decoding:as:)` makes, down to
  /// the representation (small or native, and the ASCII flag that also marks NFC).
  @Test func makesTheSameStringsAsDecoding() throws {
    var generator = SplitMix(seed: 6)
    let pieces = ["a", "plain words ", "£", "’", "é", "\u{1F600}", "0123456789abcdef", ""]
    for _ in 0..<5000 {
      var text = ""
      for _ in 0..<generator.below(12) { text += generator.pick(pieces) }
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        let expected = String(decoding: buffer, as: UTF8.self)
        let actual = String(
          validatedUTF8: buffer, isASCII: bytes.allSatisfy { $0 < 0x80 })
        #expect(actual == expected)
        #expect(Self.representation(actual) == Self.representation(expected), "\(text)")
      }
      // And the reader's fields, quoted or not, escaped or not.
      let csv = "\(text),\"\(text)\",\"\(text)\"\"\"\n"
      let records = try CSVParser.parse(bytes: Array(csv.utf8))
      // The three fields are the text: plain, quoted, and quoted with a doubled quote after it.
      let expectedFields = [text, text, text + "\""].map {
        String(decoding: Array($0.utf8), as: UTF8.self)
      }
      #expect(records.first?.fields == expectedFields)
      for (field, expected) in zip(records.first?.fields ?? [], expectedFields) {
        #expect(Self.representation(field) == Self.representation(expected))
      }
    }
  }

  // MARK: - Figures

  static let entityNames: Set<String> = [
    "Worcestershire Children First", "Reading", "England", "Slough Children's Services Trust",
    "Caf\u{E9}",
  ]
  static let sourceNames: Set<String> = ["news.txt", "a-longer-source-name-than-fifteen.txt"]

  /// Good rows, one per kind of field worth varying.
  static let goodRows = [
    "wcf-overspend-fy2022-23,Worcestershire Children First,overspend,FY2022-23,-7600000,GBP,,news.txt,\"it overspent by £7.6m, in 2022-23\"",
    "reading-agency-rate-2021,Reading,agency_rate,2021,33.3,percent,approximate;range_low,a-longer-source-name-than-fifteen.txt,a third",
    "england-staff-fte-2023-09,England,staff_fte,2023-09,942.01,FTE,forecast,news.txt,\"said \"\"942.01\"\"\nin all\"",
    "slough-trust-count-2014,Slough Children's Services Trust,trust_count,2014..2020,1,count,,news.txt,one trust",
    "cafe-turnover-rate-2020,Caf\u{E9},turnover_rate,2020,140,percent,,news.txt,turnover of 140%",
  ]

  /// Replacements for one field that are each wrong, or right in an unusual way.
  static let fieldValues: [[String]] = [
    ["dup", "Bad_Id", "-lead", "trail-", "a--b", "\"x\"\"y\"", "", "fresh-1"],
    [
      "Nowhere", "Reading ", "\"England\"", "Cafe\u{301}", "\"Rea\"\"ding\"", "", "England",
      "Worcestershire Children First",
    ],
    ["agency_rate", "overspend", "bogus", "staff_fte", "share_of_councils", "turnover_rate", ""],
    ["2015", "FY2022-23", "2021-09", "2014..2020", "2011-12", "1899", "FY2022-24", "\"2015\"", ""],
    [
      "52", "-5", "-0", "100", "100.0000001", "100.00", "0.5", "1e400", "£32", "\"1,234\"",
      "1234567890123456789", "123456789012345678", ".5", "5.", "007", "0.000000000000000001",
      "100.000000000000001", "99.999999999999999", "",
    ],
    ["percent", "GBP", "count", "FTE", "years", "cases_per_worker", "Percent", ""],
    [
      "", "approximate", "range_low;approximate", "range_low;range_high", "nearly;nearly", "over;",
      "forecast\u{37E}target", "bogus", "\"approximate\"", "target;over;just_under",
    ],
    ["news.txt", "x.txt", "\"news.txt\"", "", "a-longer-source-name-than-fifteen.txt"],
    ["", "\"\"", "\"a \"\"quoted\"\" quote\"", "\"multi\r\nline\"", "plain"],
  ]

  static func randomFigures(_ generator: inout SplitMix) -> [UInt8] {
    var rows: [String] = []
    for index in 0..<(1 + generator.below(12)) {
      var fields = splitGoodRow(generator.pick(goodRows))
      fields[0] += "-\(index)"
      for _ in 0..<generator.below(3) {
        let field = generator.below(9)
        fields[field] = generator.pick(fieldValues[field])
      }
      if generator.below(12) == 0, let previous = rows.last {
        rows.append(previous)  // a duplicate id
      }
      rows.append(fields.joined(separator: ","))
    }
    var text = FigureParser.header.joined(separator: ",")
    if generator.below(15) == 0 { text = text.replacingOccurrences(of: "quote", with: "quotes") }
    let lineEnd = generator.pick(["\n", "\n", "\r\n", "\r"])
    text += lineEnd + rows.joined(separator: lineEnd) + (generator.below(2) == 0 ? lineEnd : "")
    var bytes = Array(text.utf8)
    // Now and then a stray byte anywhere.
    if generator.below(5) == 0 {
      bytes.insert(contentsOf: generator.pick(pieces), at: generator.below(bytes.count + 1))
    }
    return bytes
  }

  /// A good row's fields (quoted ones kept quoted, as written).
  static func splitGoodRow(_ row: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var inQuotes = false
    for character in row {
      if character == "\"" { inQuotes.toggle() }
      if character == ",", !inQuotes {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }

  static let parser = FigureParser(entityNames: entityNames, sourceNames: sourceNames)

  /// Random figure files read chunk by chunk give what reading them whole gives: the figures or
  /// the first error.
  @Test func checksRandomFiguresChunkByChunkAsWhole() throws {
    var generator = SplitMix(seed: 4)
    let file = "datasets/figures.csv"
    for round in 0..<4000 {
      let bytes = Self.randomFigures(&generator)
      let expected = Self.outcome { () throws(DatasetError) in
        try Self.parser.parse(bytes: bytes, file: file)
      }
      if round % 10 == 0 {
        let fromFile = try Self.figuresFromFile(
          bytes, chunkSize: round % 20 == 0 ? 1 << 20 : 16 + generator.below(64))
        #expect(fromFile == expected.replacingOccurrences(of: file, with: "<file>"))
        if fromFile != expected.replacingOccurrences(of: file, with: "<file>") { return }
      }
    }
  }

  /// Figures read from a file in chunks; the path in messages is written `<file>`.
  static func figuresFromFile(_ bytes: [UInt8], chunkSize: Int) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-figures-\(UUID().uuidString).csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return outcome { () throws(DatasetError) in
      try parser.parse(fileAt: path, chunkSize: chunkSize)
    }.replacingOccurrences(of: path, with: "<file>")
  }

  /// Thousands of rows: the output and the id index are sized from the first rows, then a
  /// duplicate or a bad row comes far past that point, inside a later chunk.
  @Test func checksAManyRowFileAsWorkedByHand() throws {
    var rows = [FigureParser.header.joined(separator: ",")]
    for index in 0..<6000 {
      rows.append(
        "reading-agency-rate-\(index),Reading,agency_rate,2021,\(index % 100).5,percent,,news.txt,"
          + "\"quote number \(index), with £ and ’\"")
    }
    let good = Array((rows.joined(separator: "\n") + "\n").utf8)
    let duplicate = Array(
      (rows.joined(separator: "\n") + "\n"
        + rows[4321].replacingOccurrences(of: ",33.5,", with: ",1,")
        + "\n").utf8)
    let bad = Array((rows.joined(separator: "\n") + "\nx,y\n").utf8)
    let badThenMalformed = Array((rows.joined(separator: "\n") + "\nx,y\n\"open\n").utf8)
    let file = "datasets/figures.csv"
    // Worked by hand: the header is line 1 and row i (from 0) line i + 2, so the appended row
    // is line 6002 and the line after it 6003. rows[4321] is row 4320 ("…-4320", on line 4322;
    // its value is 4320 % 100 + 0.5 = 20.5, so the replacement changes nothing and the
    // appended row repeats it whole).
    let figures = try Self.parser.parse(bytes: good, file: file)
    #expect(figures.count == 6000)
    #expect(figures[4320].id == "reading-agency-rate-4320")
    #expect(figures[4320].value == Decimal(string: "20.5"))
    #expect(figures[4320].provenance.quote == "quote number 4320, with £ and ’")
    let expectations = [
      "error \(DatasetError.duplicate(file: file, line: 6002, field: "id", value: "reading-agency-rate-4320", firstLine: 4322))",
      "error \(DatasetError.wrongFieldCount(file: file, line: 6002, found: 2, expected: 9))",
      "error \(DatasetError.malformedCSV(file: file, line: 6003, problem: CSVError.unterminatedQuote(line: 6003).description))",
    ]
    for (bytes, expectedError) in zip([duplicate, bad, badThenMalformed], expectations) {
      #expect(
        Self.outcome { () throws(DatasetError) in try Self.parser.parse(bytes: bytes, file: file) }
          == expectedError)
    }
    for bytes in [good, duplicate, bad, badThenMalformed] {
      let expected = Self.outcome { () throws(DatasetError) in
        try Self.parser.parse(bytes: bytes, file: file)
      }
      for chunkSize in [100, 4096, 1 << 20] {
        #expect(
          try Self.figuresFromFile(bytes, chunkSize: chunkSize)
            == expected.replacingOccurrences(of: file, with: "<file>"))
      }
    }
  }

  @Test func reportsAMalformedLineAfterABadRowAsTheWholeFileParserDid() throws {
    let header = FigureParser.header.joined(separator: ",")
    let text = header + "\nbad id,Reading\n" + Self.goodRows[1] + "\n\"never closed\n"
    #expect(
      Self.outcome { () throws(DatasetError) in
        try Self.parser.parse(bytes: Array(text.utf8), file: "f")
      }
        == "error \(DatasetError.malformedCSV(file: "f", line: 4, problem: CSVError.unterminatedQuote(line: 4).description))"
    )
  }

  /// Ids whose hashes collide are told apart by their bytes; the duplicate found is the
  /// earliest row whose id came before, with that id's first line.
  @Test func findsTheFirstDuplicateIdAmongCollidingHashes() {
    func figure(_ id: String) -> Figure {
      Figure(
        id: id, entity: "England", measure: .trustCount, period: .year(2020), value: 1,
        provenance: Provenance(source: "news.txt", quote: "one"))
    }
    let ids = ["a", "b", "c", "d", "c", "b", "a"]
    for hash: UInt64 in [0, 0xFFFF_FFFF_0000_0000, 42 << 40] {
      var log = IDLog()
      for (index, _) in ids.enumerated() { log.append(hash: hash, line: 10 + index) }
      let found = log.firstDuplicate(in: ids.map(figure))
      #expect(found?.index == 4)
      #expect(found?.line == 14)
      #expect(found?.firstLine == 12)
    }
    var distinct = IDLog()
    for index in 0..<5 { distinct.append(hash: 7, line: index + 2) }
    #expect(distinct.firstDuplicate(in: ["a", "b", "c", "d", "e"].map(figure)) == nil)
  }

  @Test func readsSlugsAsTheRuleSays() {
    var generator = SplitMix(seed: 7)
    let pieces = [
      "a", "z", "0", "9", "-", "--", "A", "_", "é", " ", "`", "{", "/", ":", "@", "[", "abc",
      "m", "5", "\u{7F}", "\u{00}",
    ]
    let common = ["a", "z", "0", "9", "-", "abc", "m", "5", "q", "7"]
    for _ in 0..<50_000 {
      var text = ""
      // Mostly slug bytes, so long runs reach the eight-at-a-time path.
      for _ in 0..<generator.below(30) {
        text += generator.below(12) == 0 ? generator.pick(pieces) : generator.pick(common)
      }
      // The rule as a regular expression, over scalars: groups of a-z and 0-9 joined by single
      // hyphens.
      let expected =
        text.unicodeScalars.count == text.utf8.count
        && text.wholeMatch(of: /[a-z0-9]+(?:-[a-z0-9]+)*/) != nil
      #expect(FigureParser.isSlug(text) == expected, "\(text)")
    }
  }

  @Test func comparesValuesWithZeroAndAHundredAsDecimalDoes() throws {
    var generator = SplitMix(seed: 5)
    for _ in 0..<20_000 {
      var text = generator.below(3) == 0 ? "-" : ""
      text += String(generator.pick([0, 1, 99, 100, 101, 1000]))
      if generator.below(2) == 0 {
        text += "."
        for _ in 0..<(1 + generator.below(17)) { text += String(generator.pick([0, 0, 1, 9])) }
      }
      guard let parts = NumberField.parts(text.utf8) else { continue }
      let value = parts.decimal
      #expect(parts.isBelowZero == (value < 0), "\(text)")
      #expect(parts.isAbove(100) == (value > 100), "\(text)")
      #expect(value == NumberField.decimal(text))
    }
  }
}
