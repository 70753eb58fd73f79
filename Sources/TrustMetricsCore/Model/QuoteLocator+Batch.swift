extension QuoteLocator {
  /// The width of the windows quotes are keyed by in ``offsets(of:in:)``, in bytes.
  static let keyWidth = 8
  /// How far apart the text's windows are looked up, for quotes long enough.
  static let stride = 8

  /// The byte offsets of every occurrence of each quote, ascending, found in one pass over the
  /// text rather than one pass per quote.
  ///
  /// Quotes are keyed by 8-byte windows. A quote of at least 15 bytes holds, for each of the 8
  /// alignments, the window starting 0 to 7 bytes into it; every one is keyed, so looking up the
  /// text's windows at every eighth byte finds each occurrence once, at the window the
  /// occurrence's alignment puts there. Shorter quotes (8 to 14 bytes) are keyed by their first
  /// window and looked up at every byte. Lookups go through a 65,536-bit filter first and only
  /// windows that pass are compared in full, so the cost is a multiply per 8 bytes of text plus
  /// the quotes' own length. Quotes shorter than 8 bytes are searched one by one. Byte-exact,
  /// overlapping occurrences included, as ``positions(of:)`` finds them.
  ///
  /// - Parameters:
  ///   - quotes: The passages searched for.
  ///   - text: The text's UTF-8 bytes.
  /// - Returns: One ascending array of offsets per quote, in the order of `quotes`; empty for an
  ///   empty quote or one not in the text.
  public static func offsets(of quotes: [String], in text: [UInt8]) -> [[Int]] {
    var result = [[Int]](repeating: [], count: quotes.count)
    // Every quote's bytes in one buffer.
    var starts: [Int] = []
    starts.reserveCapacity(quotes.count + 1)
    var total = 0
    for quote in quotes {
      starts.append(total)
      total += quote.utf8.count
    }
    starts.append(total)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(total)
    for quote in quotes { bytes.append(contentsOf: quote.utf8) }
    var long: [Int] = []
    var medium: [Int] = []
    for index in quotes.indices {
      let count = starts[index + 1] - starts[index]
      guard count > 0, count <= text.count else { continue }
      if count < keyWidth {
        result[index] = naiveOffsets(of: bytes[starts[index]..<starts[index + 1]], in: text)
      } else if count >= keyWidth + stride - 1 {
        long.append(index)
      } else {
        medium.append(index)
      }
    }
    for (needles, step) in [(long, stride), (medium, 1)] where !needles.isEmpty {
      var search = WindowSearch(step: step, windows: needles.count * step)
      for index in needles {
        search.add(needle: index, bytes, from: starts[index])
      }
      search.run(in: text) { needle, offset in
        let start = starts[needle]
        let count = starts[needle + 1] - start
        guard offset >= 0, offset + count <= text.count,
          sameBytes(bytes, from: start, text, from: offset, count: count)
        else { return }
        result[needle].append(offset)
      }
    }
    return result
  }

  /// Whether `count` bytes of `left` from `leftStart` equal those of `right` from `rightStart`.
  static func sameBytes(
    _ left: [UInt8], from leftStart: Int, _ right: [UInt8], from rightStart: Int, count: Int
  ) -> Bool {
    var index = 0
    // Eight bytes at a time, then one by one.
    while index + 8 <= count {
      guard window(in: left, at: leftStart + index) == window(in: right, at: rightStart + index)
      else { return false }
      index += 8
    }
    while index < count {
      guard left[leftStart + index] == right[rightStart + index] else { return false }
      index += 1
    }
    return true
  }

  /// The 1-based line and column (in characters) of a byte offset, given where lines start.
  ///
  /// - Parameters:
  ///   - offset: A byte offset into the text.
  ///   - lineStarts: The byte offset of each line's start, ascending, the first 0.
  ///   - text: The text's UTF-8 bytes.
  /// - Returns: The position, as ``positions(of:)`` counts it.
  public static func position(
    ofOffset offset: Int, lineStarts: [Int], in text: [UInt8]
  ) -> Position {
    let line = self.line(ofOffset: offset, lineStarts: lineStarts)
    let start = lineStarts[line - 1]
    let prefix = text[start..<max(start, offset)]
    return Position(line: line, column: String(decoding: prefix, as: UTF8.self).count + 1)
  }

  /// The 1-based line a byte offset stands on, given where lines start: how many lines start at
  /// or before it (binary search).
  ///
  /// - Parameters:
  ///   - offset: A byte offset into the text, at least 0.
  ///   - lineStarts: The byte offset of each line's start, ascending, the first 0.
  /// - Returns: The line, from 1.
  public static func line(ofOffset offset: Int, lineStarts: [Int]) -> Int {
    var low = 0
    var high = lineStarts.count
    while low < high {
      let middle = (low + high) / 2
      if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    return max(low, 1)
  }

  /// The byte offset at which each line of the text starts (after each line feed), the first 0.
  public static func lineStarts(in text: [UInt8]) -> [Int] {
    var starts = [0]
    for (index, byte) in text.enumerated() where byte == 10 { starts.append(index + 1) }
    return starts
  }

  /// The 8 bytes of `bytes` from `offset` as one integer (first byte lowest).
  static func window(in bytes: [UInt8], at offset: Int) -> UInt64 {
    var window: UInt64 = 0
    for index in 0..<8 { window |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
    return window
  }

  private static func naiveOffsets(of needle: ArraySlice<UInt8>, in text: [UInt8]) -> [Int] {
    guard !needle.isEmpty, needle.count <= text.count else { return [] }
    return (0...(text.count - needle.count)).filter { start in
      text[start..<start + needle.count].elementsEqual(needle)
    }
  }
}

/// The windows of a set of quotes, looked up at every `step`-th window of a text: each quote
/// keyed by its windows at offsets `step - 1` down to 0 (so that, at one text position, a quote's
/// earlier start comes first).
private struct WindowSearch {
  let step: Int
  /// The quote and offset of each keyed window, and the next entry with the same key.
  private var entryNeedle: [Int32]
  private var entryShift: [Int32]
  private var entryNext: [Int32]
  private var entries = 0
  /// Open addressing by key, at most half full: the key, its first and last entries.
  private var slotKey: [UInt64]
  private var slotFirst: [Int32]
  private var slotLast: [Int32]
  private let slotBits: Int
  /// 65,536 bits, one per 16-bit hash of a key.
  private var filter = [UInt64](repeating: 0, count: 1_024)

  /// A search for at most `windows` keyed windows.
  init(step: Int, windows: Int) {
    self.step = step
    entryNeedle = [Int32](repeating: 0, count: windows)
    entryShift = [Int32](repeating: 0, count: windows)
    entryNext = [Int32](repeating: -1, count: windows)
    var bits = 4
    while 1 << bits < windows * 2 { bits += 1 }
    slotBits = bits
    slotKey = [UInt64](repeating: 0, count: 1 << bits)
    slotFirst = [Int32](repeating: -1, count: 1 << bits)
    slotLast = [Int32](repeating: -1, count: 1 << bits)
  }

  private static func hash(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }

  mutating func add(needle: Int, _ bytes: [UInt8], from start: Int) {
    for shift in (0..<step).reversed() {
      insert(key: QuoteLocator.window(in: bytes, at: start + shift), needle: needle, shift: shift)
    }
  }

  private mutating func insert(key: UInt64, needle: Int, shift: Int) {
    let entry = Int32(entries)
    entryNeedle[entries] = Int32(needle)
    entryShift[entries] = Int32(shift)
    entries += 1
    let hash = Self.hash(key)
    let bit = Int(truncatingIfNeeded: hash >> 48)
    filter[bit >> 6] |= 1 << UInt64(bit & 63)
    var slot = Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
    let mask = slotKey.count - 1
    while slotFirst[slot] >= 0 {
      if slotKey[slot] == key {
        entryNext[Int(slotLast[slot])] = entry
        slotLast[slot] = entry
        return
      }
      slot = (slot + 1) & mask
    }
    slotKey[slot] = key
    slotFirst[slot] = entry
    slotLast[slot] = entry
  }

  /// Calls `found` with each quote and offset whose keyed window stands at a looked-up window of
  /// the text (`offset` is where the quote would start; it may be negative or run past the end),
  /// in ascending order of the window, then of the offset.
  func run(in text: [UInt8], _ found: (Int, Int) -> Void) {
    let width = QuoteLocator.keyWidth
    guard text.count >= width else { return }
    let mask = slotKey.count - 1
    let shift = UInt64(64 - slotBits)
    do {
      var position = 0
      let last = text.count - width
      while position <= last {
        let key = QuoteLocator.window(in: text, at: position)
        let hash = Self.hash(key)
        let bit = Int(truncatingIfNeeded: hash >> 48)
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
          var slot = Int(truncatingIfNeeded: hash >> shift)
          while slotFirst[slot] >= 0 {
            if slotKey[slot] == key {
              var entry = Int(slotFirst[slot])
              while entry >= 0 {
                found(Int(entryNeedle[entry]), position - Int(entryShift[entry]))
                entry = Int(entryNext[entry])
              }
              break
            }
            slot = (slot + 1) & mask
          }
        }
        position += step
      }
    }
  }
}
