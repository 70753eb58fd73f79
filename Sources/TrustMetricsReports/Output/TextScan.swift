import TextCharts

/// Fast, exact answers about text that would otherwise need a walk over its characters: its
/// display width (as ``DisplayWidth/of(_:)`` gives it) and where its grapheme clusters break.
///
/// Most of what listings hold is ASCII or common Latin, punctuation and currency signs. Those
/// "plain" scalars begin and end a grapheme cluster whenever they stand next to one another, and
/// each takes one column (controls none), so they are counted over UTF-8 bytes. A run that holds
/// anything else (combining marks, emoji, East Asian text, format characters) is handed to the
/// character-by-character rule whose answer it must match.
enum TextScan {
  /// Whether a scalar is plain: its grapheme cluster break property is Other (or it is an ASCII
  /// control, which always stands alone but for CR LF), so a break falls between it and any
  /// other plain scalar, and its width is known (``plainWidth(_:)``).
  ///
  /// The ranges hold no combining, spacing or prepended marks, no format characters, no
  /// regional indicators, Hangul jamo or Indic consonants (the tests check every scalar).
  @inline(__always)
  static func isPlain(_ value: UInt32) -> Bool {
    if value < 0x80 { return true }
    if value < 0xA0 { return false }
    if value <= 0x2FF { return value != 0xAD }
    if value >= 0x2010 && value <= 0x2027 { return true }
    if value >= 0x2030 && value <= 0x205E { return true }
    return value >= 0x20A0 && value <= 0x20C0
  }

  /// The width of a plain scalar: none for an ASCII control, else one column.
  @inline(__always)
  static func plainWidth(_ value: UInt32) -> Int {
    value < 0x20 || value == 0x7F ? 0 : 1
  }

  /// Decodes the scalar starting at `index` (a lead byte); returns it and its length in bytes.
  @inline(__always)
  static func scalar(at index: Int, in bytes: Span<UInt8>) -> (UInt32, Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 {
      return (((lead & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
    }
    if lead < 0xF0 {
      return (
        ((lead & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6)
          | (UInt32(bytes[index + 2]) & 0x3F), 3
      )
    }
    return (
      ((lead & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
        | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4
    )
  }

  /// The scalar ending just before `end`; returns it and the index of its lead byte.
  @inline(__always)
  static func scalar(before end: Int, in bytes: Span<UInt8>) -> (UInt32, Int) {
    var start = end - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return (scalar(at: start, in: bytes).0, start)
  }

  // MARK: - Eight bytes at a time

  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether any byte of `word` equals `byte`.
  @inline(__always)
  static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
    let x = word ^ (ones &* UInt64(byte))
    return (x &- ones) & ~x & highs != 0
  }

  /// Whether any byte of `word` is below `limit` (at most 0x80).
  @inline(__always)
  static func hasByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
    (word &- ones &* UInt64(limit)) & ~word & highs != 0
  }

  /// The index of the first byte from `start` that may be one `isSpecial` accepts: whole words
  /// that `wordIsPlain` clears are skipped, eight bytes at a time.
  @inline(__always)
  static func skipPlainWords(
    in bytes: Span<UInt8>, from start: Int, _ wordIsPlain: (UInt64) -> Bool
  ) -> Int {
    var index = start
    while index + 8 <= bytes.count && wordIsPlain(word(in: bytes, at: index)) {
      index += 8
    }
    return index
  }

  /// The eight bytes from `index` as one integer, the first byte lowest.
  @inline(__always)
  static func word(in bytes: Span<UInt8>, at index: Int) -> UInt64 {
    var word: UInt64 = 0
    for offset in 0..<8 { word |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
    return word
  }

  /// The display width of a string, equal to ``DisplayWidth/of(_:)``.
  static func width(of text: String) -> Int {
    width(of: text.utf8.span, text: text)
  }

  private static func width(of bytes: Span<UInt8>, text: String) -> Int {
    let count = bytes.count
    var total = 0
    var index = 0
    // ASCII first: one column per printable byte, eight bytes at a time while none is a control.
    index = skipPlainWords(in: bytes, from: 0) { word in
      word & highs == 0 && !hasByteBelow(word, 0x20) && !hasByte(word, 0x7F)
    }
    total = index
    while index < count {
      let byte = bytes[index]
      if byte >= 0x80 { break }
      if byte >= 0x20 && byte != 0x7F { total += 1 }
      index += 1
    }
    if index == count { return total }
    // Plain scalars, each its own cluster; a run with anything else is measured whole, from the
    // last break before it (between two plain scalars) to the first break after it.
    total = 0
    index = 0
    var previousPlain = false  // whether the scalar before `index` is plain
    var previousWasCR = false
    var previousWidth = 0  // the width the previous plain scalar added
    var runStart = -1  // the start of a run measured whole, when inside one
    while index < count {
      let (value, length) = scalar(at: index, in: bytes)
      let plain = isPlain(value)
      if runStart >= 0 {
        if plain && previousPlain && !(previousWasCR && value == 0x0A) {
          // The run ended with the previous scalar, a plain one, so a break falls here.
          total += slowWidth(text, from: runStart, to: index)
          runStart = -1
        }
      } else if !plain || (previousWasCR && value == 0x0A) {
        // Start the run at the previous scalar (it may join this one) unless at the start.
        if index > 0 {
          let (_, start) = scalar(before: index, in: bytes)
          total -= previousWidth
          runStart = start
        } else {
          runStart = 0
        }
      }
      if runStart < 0 {
        previousWidth = plainWidth(value)
        total += previousWidth
      }
      previousPlain = plain
      previousWasCR = value == 0x0D
      index += length
    }
    if runStart >= 0 { total += slowWidth(text, from: runStart, to: count) }
    return total
  }

  /// The width of the bytes `start..<end` of a string, both grapheme cluster breaks.
  private static func slowWidth(_ text: String, from start: Int, to end: Int) -> Int {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: start)
    let upper = utf8.index(lower, offsetBy: end - start)
    return DisplayWidth.of(text[lower..<upper])
  }

  /// Whether a space written right after this text would join its last grapheme cluster (it
  /// ends with a prepended mark), so that trimming trailing spaces stops before that space.
  static func joinsFollowingSpace(_ bytes: Span<UInt8>) -> Bool {
    guard !bytes.isEmpty, bytes[bytes.count - 1] >= 0x80 else { return false }
    let (value, _) = scalar(before: bytes.count, in: bytes)
    if isPlain(value) { return false }
    guard let scalar = Unicode.Scalar(value) else { return false }
    var probe = String(Character(scalar))
    probe.append(" ")
    return probe.count == 1
  }
}
