/// UTF-8 validation over raw bytes without making a `String`, and `String`s made from bytes
/// already validated.
///
/// Accepts exactly what `String(validating:as: UTF8.self)` accepts: shortest forms only, no
/// surrogates (U+D800–U+DFFF), nothing above U+10FFFF.
enum UTF8Check {
  /// What bytes are as UTF-8.
  enum Kind {
    case invalid
    /// Every byte is below 0x80.
    case ascii
    case nonASCII
  }

  /// Whether `count` bytes from `start` are valid UTF-8.
  // unsafe: validates bytes in place, eight at a time, within `count`.
  static func isValid(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
    kind(start, count: count) != .invalid
  }

  /// Whether `count` bytes from `start` are valid UTF-8, and whether they are all ASCII.
  // unsafe: validates bytes in place, eight at a time, within `count`.
  static func kind(_ start: UnsafePointer<UInt8>, count: Int) -> Kind {
    var index = 0
    var isASCII = true
    while index < count {
      // Eight ASCII bytes at a time.
      while index + 8 <= count {
        // unsafe: validates bytes in place, eight at a time, within `count`.
        let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { break }
      let lead = start[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      isASCII = false
      func continuation(_ offset: Int) -> Bool {
        index + offset < count && start[index + offset] & 0xC0 == 0x80
      }
      switch lead {
      case 0xC2...0xDF:
        guard continuation(1) else { return .invalid }
        index += 2
      case 0xE0...0xEF:
        guard index + 1 < count else { return .invalid }
        let second = start[index + 1]
        let secondRange: ClosedRange<UInt8> =
          lead == 0xE0 ? 0xA0...0xBF : (lead == 0xED ? 0x80...0x9F : 0x80...0xBF)
        guard secondRange.contains(second), continuation(2) else { return .invalid }
        index += 3
      case 0xF0...0xF4:
        guard index + 1 < count else { return .invalid }
        let second = start[index + 1]
        let secondRange: ClosedRange<UInt8> =
          lead == 0xF0 ? 0x90...0xBF : (lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF)
        guard secondRange.contains(second), continuation(2), continuation(3) else {
          return .invalid
        }
        index += 4
      default:
        return .invalid
      }
    }
    return isASCII ? .ascii : .nonASCII
  }
}

extension String {
  /// A string of bytes already checked to be valid UTF-8 (``UTF8Check``), without checking
  /// them again as `String(decoding:as:)` would; `isASCII` must say whether every byte is below
  /// 0x80, which the string records as `String(decoding:as:)` does.
  // unsafe: validates bytes in place, eight at a time, within `count`.
  init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
    #if compiler(>=6.2) && !canImport(Darwin)
    guard bytes.count > 0 else {
      self = ""
      return
    }
    self = String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    #else
    self = String(decoding: bytes, as: UTF8.self)
    #endif
  }
}
