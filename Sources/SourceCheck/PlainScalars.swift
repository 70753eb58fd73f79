/// The scalars most text is made of, for which two costly `String` operations have a shortcut:
/// ASCII, Latin-1 and Latin Extended (below U+0300, the combining marks), general punctuation
/// from U+2010 to U+2027 and U+202F to U+205E (dashes, curly quotes, narrow no-break space) and
/// the currency signs U+20A0 to U+20C0.
///
/// Each such scalar is in NFC with canonical combining class 0 and never the second part of a
/// canonical decomposition, so a text of them is in NFC and byte-distinct texts of them are
/// unequal `String`s. And no two of them (a line feed aside) join into one extended grapheme
/// cluster, so a text of them without a line feed has as many characters as scalars.
/// `PlainScalarsTests` checks both against the Unicode data of the standard library.
enum PlainScalars {
  static func contains(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300, 0x2010...0x2027, 0x202F...0x205E, 0x20A0...0x20C0: true
    default: false
    }
  }

  /// Whether every scalar of valid UTF-8 is plain.
  static func containsAll(_ bytes: Span<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
      } else if lead < 0xCC {
        // Two bytes, U+0080–U+02FF.
        index += 2
      } else if lead == 0xE2, index + 2 < bytes.count {
        let value = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        guard contains(value) else { return false }
        index += 3
      } else {
        return false
      }
    }
    return true
  }

  /// The characters of a text without a line feed: its scalars when all are plain, else
  /// `String.count`.
  static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
    var high: UInt8 = 0
    for byte in bytes { high |= byte }
    if high < 0x80 { return bytes.count }
    guard containsAll(bytes.span) else { return String(decoding: bytes, as: UTF8.self).count }
    var scalars = 0
    for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
    return scalars
  }
}
