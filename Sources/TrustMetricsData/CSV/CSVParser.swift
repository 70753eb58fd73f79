/// A small RFC 4180 reader working on bytes: quoted fields with embedded commas, doubled quotes
/// and line breaks, an optional UTF-8 byte-order mark, and LF, CRLF or lone CR line ends.
///
/// Empty lines are skipped. The parser holds no state between calls and does no I/O, so it can
/// be fed from memory (tests, fuzzing) as well as from files.
public enum CSVParser {
  /// Parses a whole CSV text.
  ///
  /// - Parameter bytes: The file's bytes.
  /// - Returns: The records in order, each with the line it starts on.
  /// - Throws: `CSVError` naming the line of the first problem.
  public static func parse(bytes: some Collection<UInt8>) throws(CSVError) -> [CSVRecord] {
    let buffer = Array(bytes)
    return try buffer.withUnsafeBufferPointer { (pointer) throws(CSVError) -> [CSVRecord] in
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
}
