/// Writes a `String` from pieces into one byte buffer, for the details written for every
/// figure: one copy per piece and, when the capacity guessed is enough, one allocation; the
/// buffer grows when it is not.
struct TextWriter {
  private var bytes: [UInt8] = []

  /// How many bytes are written so far.
  var length: Int { bytes.count }

  /// Makes a string from what `write` appends, reserving `capacity` bytes first (a hint: a
  /// longer text grows the buffer).
  static func text(capacity: Int, _ write: (inout TextWriter) -> Void) -> String {
    var writer = TextWriter()
    writer.bytes.reserveCapacity(capacity)
    write(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// Appends an integer in decimal, as `String(value)` writes it.
  mutating func append(_ value: Int) {
    guard value >= 0 else { return append(String(value)) }
    var digits = 0
    var shifted = value
    repeat {
      digits += 1
      shifted /= 10
    } while shifted > 0
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(48, count: digits))
    var remaining = value
    for offset in stride(from: digits - 1, through: 0, by: -1) {
      bytes[start + offset] = UInt8(truncatingIfNeeded: 48 + remaining % 10)
      remaining /= 10
    }
  }

  /// The most bytes ``append(_:)-(Int)`` writes.
  static let integerCapacity = 20
}
