#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a field's bytes lie in the reader's buffer (quotes around a quoted field excluded).
struct CSVField {
  /// The offset of the first byte.
  var start: Int
  /// The offset past the last byte.
  var end: Int
  /// Whether the bytes hold doubled quotes that stand for one (a quoted field only).
  var isEscaped: Bool
  /// Whether every byte is below 0x80 (else the field was checked to be valid UTF-8).
  var isASCII: Bool
}

/// Why a reader stopped: the CSV is malformed, or the file could not be read.
enum CSVReadError: Error {
  case csv(CSVError)
  /// `read(2)` failed with this `errno`.
  case io(Int32)
}

/// Reads RFC 4180 CSV one record at a time, from memory or from a file in chunks, keeping only
/// the current record's fields (as byte ranges) rather than the whole file's strings.
///
/// The grammar and every error (kind and line) are those ``CSVParser`` documents: this is its
/// engine. A record is scanned from its first byte; when a file chunk ends inside it, the
/// unread tail is moved to the front, more is read (the buffer grows for a record longer than
/// it), and the record is scanned again, so chunk boundaries never change what is read.
///
/// Each field's UTF-8 is checked as the field ends, as ``CSVParser`` always did, so the first
/// problem reported is the same.
struct CSVReader: ~Copyable {
  /// The fields of the current record; valid until the next call to ``next()``.
  private(set) var fields: [CSVField] = []
  /// The 1-based line the current record starts on.
  private(set) var recordLine = 0

  // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
  private var base: UnsafePointer<UInt8>?
  /// Bytes available from `base`.
  private var count: Int
  /// The buffer the reader owns (file input), `capacity` bytes.
  // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
  private var owned: UnsafeMutablePointer<UInt8>?
  private var capacity: Int
  /// Where the next record starts, and its line.
  private var position = 0
  private var line = 1
  /// Whether `count` bytes reach the end of the input.
  private var isFinal: Bool
  private var started = false
  private let fileDescriptor: Int32
  /// Bytes dropped from the front of the buffer so far.
  private var dropped = 0
  /// Holds an escaped field's bytes with each doubled quote made one.
  // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
  private var scratch: UnsafeMutablePointer<UInt8>?
  private var scratchCapacity = 0
  /// Whether a read from the file failed.
  private(set) var failedToRead = false

  /// A reader over bytes in memory, which must stay valid while it is used.
  // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
  init(bytes: UnsafeBufferPointer<UInt8>) {
    base = bytes.baseAddress
    count = bytes.count
    capacity = 0
    isFinal = true
    fileDescriptor = -1
  }

  /// Calls `body` with a reader over `bytes`, read in place when they are contiguous.
  ///
  /// Bytes that are not contiguous are copied first. This is the loaders' way to read a whole
  /// file's bytes record by record without unsafe code of their own; the reader must not
  /// outlive the call.
  static func reading<Result>(
    _ bytes: some Collection<UInt8>, _ body: (consuming CSVReader) -> Result
  ) -> Result {
    // unsafe: the byte scanner reads the caller's bytes in place, for this call only.
    if let result = bytes.withContiguousStorageIfAvailable({ body(CSVReader(bytes: $0)) }) {
      return result
    }
    // unsafe: the byte scanner reads the copy in place, for this call only.
    return Array(bytes).withUnsafeBufferPointer { body(CSVReader(bytes: $0)) }
  }

  /// A reader over an open file, read `chunkSize` bytes at a time (the descriptor is not
  /// closed).
  init(fileDescriptor: Int32, chunkSize: Int = 1 << 20) {
    self.fileDescriptor = fileDescriptor
    capacity = max(chunkSize, 16)
    owned = .allocate(capacity: capacity)
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    base = UnsafePointer(owned)
    count = 0
    isFinal = false
  }

  deinit {
    owned?.deallocate()
    scratch?.deallocate()
  }

  /// Input bytes consumed by the records read so far.
  var bytesConsumed: Int { dropped + position }

  /// The number of fields of the current record.
  var fieldCount: Int { fields.count }

  /// Moves to the next record.
  ///
  /// - Returns: `false` at the end of the input.
  mutating func next() throws(CSVReadError) -> Bool {
    while true {
      if !started {
        if count < 3, !isFinal {
          try fill()
          continue
        }
        started = true
        if count >= 3, let base, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
          position = 3
        }
      }
      let outcome: Outcome
      do {
        outcome = try scan()
      } catch {
        throw .csv(error)
      }
      switch outcome {
      case .record: return true
      case .end: return false
      case .needMore: try fill()
      }
    }
  }

  /// A field's bytes, doubled quotes made one; valid until the next call to this method or
  /// ``next()``.
  // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
  mutating func bytes(ofField index: Int) -> UnsafeBufferPointer<UInt8> {
    let field = fields[index]
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
    guard field.isEscaped else {
      // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
      return UnsafeBufferPointer(start: base + field.start, count: field.end - field.start)
    }
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    let target: UnsafeMutablePointer<UInt8>
    if let scratch, scratchCapacity >= field.end - field.start {
      target = scratch
    } else {
      scratch?.deallocate()
      scratchCapacity = max(field.end - field.start, 64)
      target = .allocate(capacity: scratchCapacity)
      scratch = target
    }
    var written = 0
    var index = field.start
    while index < field.end {
      target[written] = base[index]
      written += 1
      // Inside a quoted field a quote only comes doubled.
      index += base[index] == Self.quote ? 2 : 1
    }
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    return UnsafeBufferPointer(start: target, count: written)
  }

  /// Calls `body` with a field's bytes, doubled quotes made one: the loaders' safe view of the
  /// scanner's buffer, valid for the call only.
  mutating func withBytes<Result>(ofField index: Int, _ body: (Span<UInt8>) -> Result)
    -> Result
  {
    // unsafe: the span borrows the reader's own buffer, which nothing changes during the call.
    body(bytes(ofField: index).span)
  }

  /// A reader over a copy of `bytes` (the reader owns it, so it outlives any caller's array).
  init(copying bytes: [UInt8]) {
    capacity = max(bytes.count, 1)
    // unsafe: the reader's buffer, freed in deinit.
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    buffer.initialize(repeating: 0, count: capacity)
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    _ = UnsafeMutableBufferPointer(start: buffer, count: bytes.count).update(fromContentsOf: bytes)
    owned = buffer
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    base = UnsafePointer(buffer)
    count = bytes.count
    isFinal = true
    fileDescriptor = -1
  }

  /// A field as text (its UTF-8 was checked when it was read).
  mutating func string(ofField index: Int) -> String {
    String(validatedUTF8: bytes(ofField: index), isASCII: fields[index].isASCII)
  }

  // MARK: - Input

  /// Keeps the unread tail of the buffer, then reads until the buffer is full or the file ends.
  private mutating func fill() throws(CSVReadError) {
    guard var buffer = owned, !isFinal else {
      isFinal = true
      return
    }
    let kept = count - position
    if position == 0, count == capacity {
      // One record fills the buffer: double it.
      // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      larger.initialize(from: buffer, count: count)
      buffer.deallocate()
      buffer = larger
      owned = larger
      capacity *= 2
    } else if position > 0 {
      // The regions may overlap: a memmove.
      if kept > 0 {
        // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
        UnsafeMutableRawPointer(buffer).copyMemory(from: buffer + position, byteCount: kept)
      }
      dropped += position
      position = 0
      count = kept
    }
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    base = UnsafePointer(buffer)
    while count < capacity {
      let result = read(fileDescriptor, buffer + count, capacity - count)
      if result > 0 {
        count += result
      } else if result == 0 {
        isFinal = true
        break
      } else if errno != EINTR {
        failedToRead = true
        throw .io(errno)
      }
    }
  }

  // MARK: - Scanning

  private enum Outcome {
    case record
    case end
    case needMore
  }

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Scans one record from `position`, skipping empty lines; commits the position and line
  /// only for whole records and empty lines, so `.needMore` can start again from there.
  private mutating func scan() throws(CSVError) -> Outcome {
    fields.removeAll(keepingCapacity: true)
    let end = count
    guard let bytes = base, position < end else {
      return isFinal ? .end : .needMore
    }
    let final = isFinal
    var index = position
    var line = self.line
    var startLine = line

    while true {
      // At the start of a field.
      if fields.isEmpty { startLine = line }
      if index >= end {
        // Only at the start of a record: every other path handles the end itself.
        if !final { return .needMore }
        position = index
        self.line = line
        return .end
      }
      if bytes[index] == Self.quote {
        let openedOn = line
        index += 1
        let contentStart = index
        var closed = false
        var escaped = false
        var high: UInt64 = 0
        while index < end {
          // Straight to the next quote, line feed or carriage return, eight bytes at a time.
          Self.skipPlainBytes(bytes, &index, end: end, high: &high, stopsAtComma: false)
          guard index < end else { break }
          let byte = bytes[index]
          if byte == Self.quote {
            if index + 1 < end {
              if bytes[index + 1] == Self.quote {
                escaped = true
                index += 2
                continue
              }
            } else if !final {
              return .needMore
            }
            index += 1
            closed = true
            break
          }
          // A line break inside quotes (LF, CRLF or a lone CR) still moves to the next line.
          if byte == Self.lineFeed {
            line += 1
          } else if byte == Self.carriageReturn {
            if index + 1 < end {
              if bytes[index + 1] != Self.lineFeed { line += 1 }
            } else if !final {
              return .needMore
            } else {
              line += 1
            }
          }
          high |= UInt64(byte)
          index += 1
        }
        guard closed else {
          if !final { return .needMore }
          throw .unterminatedQuote(line: openedOn)
        }
        let contentEnd = index - 1
        if high & 0x8080_8080_8080_8080 != 0,
          !UTF8Check.isValid(bytes + contentStart, count: contentEnd - contentStart)
        {
          throw .invalidUTF8(line: openedOn)
        }
        let isASCII = high & 0x8080_8080_8080_8080 == 0
        fields.append(
          CSVField(start: contentStart, end: contentEnd, isEscaped: escaped, isASCII: isASCII))
        // After a closing quote: comma, line end or end of input.
        if index < end {
          let byte = bytes[index]
          if byte == Self.comma {
            index += 1
            if index == end {
              if !final { return .needMore }
              fields.append(CSVField(start: index, end: index, isEscaped: false, isASCII: true))
              return commitRecord(index, line, startLine)
            }
            continue
          } else if byte == Self.lineFeed {
            index += 1
            line += 1
          } else if byte == Self.carriageReturn {
            index += 1
            if index < end {
              if bytes[index] == Self.lineFeed { index += 1 }
            } else if !final {
              return .needMore
            }
            line += 1
          } else {
            throw .textAfterClosingQuote(line: line)
          }
        } else if !final {
          return .needMore
        }
        return commitRecord(index, line, startLine)
      }
      // An unquoted field runs to a comma or line end.
      let start = index
      var high: UInt64 = 0
      while index < end {
        // Straight to the next comma, quote, line feed or carriage return, eight bytes at a
        // time.
        Self.skipPlainBytes(bytes, &index, end: end, high: &high, stopsAtComma: true)
        guard index < end else { break }
        let byte = bytes[index]
        if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
        if byte == Self.quote { throw .quoteInUnquotedField(line: line) }
        high |= UInt64(byte)
        index += 1
      }
      if index >= end, !final { return .needMore }
      if high & 0x8080_8080_8080_8080 != 0, !UTF8Check.isValid(bytes + start, count: index - start)
      {
        throw .invalidUTF8(line: line)
      }
      let field = CSVField(
        start: start, end: index, isEscaped: false, isASCII: high & 0x8080_8080_8080_8080 == 0)
      if index >= end {
        if !(fields.isEmpty && field.start == field.end) {
          fields.append(field)
          return commitRecord(index, line, startLine)
        }
        position = index
        self.line = line
        return .end
      }
      let separator = bytes[index]
      index += 1
      if separator == Self.comma {
        fields.append(field)
        if index == end {
          if !final { return .needMore }
          fields.append(CSVField(start: index, end: index, isEscaped: false, isASCII: true))
          return commitRecord(index, line, startLine)
        }
        continue
      }
      // A line end (LF, CRLF or a lone CR): an empty line yields no record.
      if separator == Self.carriageReturn {
        if index < end {
          if bytes[index] == Self.lineFeed { index += 1 }
        } else if !final {
          return .needMore
        }
      }
      line += 1
      if !(fields.isEmpty && field.start == field.end) {
        fields.append(field)
        return commitRecord(index, line, startLine)
      }
      // An empty line: nothing to read again from here.
      position = index
      self.line = line
    }
  }

  private mutating func commitRecord(_ index: Int, _ line: Int, _ startLine: Int) -> Outcome {
    position = index
    self.line = line
    recordLine = startLine
    return .record
  }

  private static let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
  private static let quotes: UInt64 = 0x2222_2222_2222_2222
  private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
  private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

  /// Moves `index` eight bytes at a time past bytes that are not special (a quote, line feed or
  /// carriage return, and a comma when `stopsAtComma`), stopping at the first special byte or
  /// when fewer than eight bytes are left; the bytes passed are OR-ed into `high`, whose high
  /// bits then tell ASCII from other UTF-8.
  @inline(__always)
  private static func skipPlainBytes(
    // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
    _ bytes: UnsafePointer<UInt8>, _ index: inout Int, end: Int, high: inout UInt64,
    stopsAtComma: Bool
  ) {
    while index + 8 <= end {
      let word = UInt64(
        // unsafe: the byte scanner's own buffer, read in place within `count` bytes.
        littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
      var special =
        zeroBytes(word ^ quotes) | zeroBytes(word ^ lineFeeds) | zeroBytes(word ^ carriageReturns)
      if stopsAtComma { special |= zeroBytes(word ^ commas) }
      if special == 0 {
        high |= word
        index += 8
        continue
      }
      let plain = special.trailingZeroBitCount >> 3
      high |= word & ~(UInt64.max << UInt64(plain << 3))
      index += plain
      return
    }
  }

  /// The high bit of each zero byte of `x` set, and maybe of some bytes above the lowest zero
  /// byte (a borrow), never below it: the lowest bit set marks the first zero byte exactly.
  @inline(__always)
  private static func zeroBytes(_ x: UInt64) -> UInt64 {
    (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
  }
}
