/// How many terminal columns text takes: wide (East Asian) characters take two, combining marks
/// none.
public enum DisplayWidth {
  /// The display width of a string in terminal columns.
  public static func of(_ text: some StringProtocol) -> Int {
    // ASCII text, byte by byte: a printable byte is one column, a control none (as each of its
    // characters, `\r\n` included, measures below).
    var columns = 0
    for byte in text.utf8 {
      guard byte < 0x80 else { return text.reduce(0) { $0 + width(of: $1) } }
      if byte >= 0x20, byte < 0x7F { columns += 1 }
    }
    return columns
  }

  /// The display width of one grapheme cluster.
  public static func width(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let value = scalar.value
    // Printable ASCII: one column, without looking up the scalar's properties.
    if value >= 0x20, value < 0x7F { return 1 }
    if value == 0 || scalar.properties.generalCategory == .nonspacingMark { return 0 }
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    let wideRanges: [ClosedRange<UInt32>] = [
      0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// Pads text with spaces to a display width, on the right (`alignRight` false) or the left.
  public static func padded(_ text: String, to width: Int, alignRight: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - of(text)))
    return alignRight ? padding + text : text + padding
  }
}
