extension QuoteLocator {
  /// The width of the prefix quotes are keyed by in ``offsets(of:in:)``, in bytes.
  static let keyWidth = 8

  /// The byte offsets of every occurrence of each quote, ascending, found in one pass over the
  /// text rather than one pass per quote.
  ///
  /// Quotes are keyed by their first 8 bytes; the text's 8-byte windows are rolled through a
  /// 65,536-bit filter and only windows that pass are looked up and compared in full, so the cost
  /// is about one multiply per byte of text plus the quotes' own length. Quotes shorter than 8
  /// bytes are searched one by one. Byte-exact, overlapping occurrences included, as
  /// ``positions(of:)`` finds them.
  ///
  /// - Parameters:
  ///   - quotes: The passages searched for.
  ///   - text: The text's UTF-8 bytes.
  /// - Returns: One ascending array of offsets per quote, in the order of `quotes`; empty for an
  ///   empty quote or one not in the text.
  public static func offsets(of quotes: [String], in text: UnsafeBufferPointer<UInt8>) -> [[Int]] {
    var result = [[Int]](repeating: [], count: quotes.count)
    let needles = quotes.map { Array($0.utf8) }
    var byKey: [UInt64: [Int]] = [:]
    var filter = [UInt64](repeating: 0, count: 1_024)
    for (index, needle) in needles.enumerated() where !needle.isEmpty && needle.count <= text.count
    {
      guard needle.count >= keyWidth else {
        result[index] = needle.withUnsafeBufferPointer { naiveOffsets(of: $0, in: text) }
        continue
      }
      let key = needle.withUnsafeBufferPointer { packedKey($0, at: 0) }
      byKey[key, default: []].append(index)
      let slot = filterSlot(key)
      filter[slot >> 6] |= 1 << UInt64(slot & 63)
    }
    guard !byKey.isEmpty else { return result }
    filter.withUnsafeBufferPointer { bits in
      var key: UInt64 = 0
      for index in 0..<text.count {
        key = key << 8 | UInt64(text[index])
        guard index >= keyWidth - 1 else { continue }
        let slot = filterSlot(key)
        guard bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0, let candidates = byKey[key] else {
          continue
        }
        let start = index - (keyWidth - 1)
        for candidate in candidates {
          let matched = needles[candidate].withUnsafeBufferPointer {
            matches($0, in: text, at: start, from: keyWidth)
          }
          if matched { result[candidate].append(start) }
        }
      }
    }
    return result
  }

  /// The 1-based line and column (in characters) of a byte offset, given where lines start.
  ///
  /// - Parameters:
  ///   - offset: A byte offset into the text.
  ///   - lineStarts: The byte offset of each line's start, ascending, the first 0.
  ///   - text: The text's UTF-8 bytes.
  /// - Returns: The position, as ``positions(of:)`` counts it.
  public static func position(
    ofOffset offset: Int, lineStarts: [Int], in text: UnsafeBufferPointer<UInt8>
  ) -> Position {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let start = lineStarts[low]
    let prefix = UnsafeBufferPointer(rebasing: text[start..<max(start, offset)])
    return Position(line: low + 1, column: String(decoding: prefix, as: UTF8.self).count + 1)
  }

  /// The byte offset at which each line of the text starts (after each line feed), the first 0.
  public static func lineStarts(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    for (index, byte) in text.enumerated() where byte == 10 { starts.append(index + 1) }
    return starts
  }

  private static func packedKey(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    var key: UInt64 = 0
    for offset in 0..<keyWidth { key = key << 8 | UInt64(bytes[index + offset]) }
    return key
  }

  private static func filterSlot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
  }

  private static func matches(
    _ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at start: Int,
    from first: Int
  ) -> Bool {
    guard start + needle.count <= text.count else { return false }
    var index = first
    while index < needle.count {
      if text[start + index] != needle[index] { return false }
      index += 1
    }
    return true
  }

  private static func naiveOffsets(
    of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>
  ) -> [Int] {
    guard !needle.isEmpty, needle.count <= text.count else { return [] }
    return (0...(text.count - needle.count)).filter { matches(needle, in: text, at: $0, from: 0) }
  }
}
