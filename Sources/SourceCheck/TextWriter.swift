/// Writes a `String` from pieces into one buffer, for the details written for every figure: one
/// copy per piece and one allocation, of the exact size, where `+=` grows and re-checks a string
/// each time.
struct TextWriter {
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private(set) var length = 0

  /// Makes a string of at most `capacity` bytes from what `write` appends: written on the
  /// stack, then copied into a string of its exact size.
  static func text(capacity: Int, _ write: (inout TextWriter) -> Void) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      var writer = TextWriter(buffer: buffer)
      write(&writer)
      return String(
        decoding: UnsafeBufferPointer(rebasing: buffer[..<writer.length]), as: UTF8.self)
    }
  }

  private init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  mutating func append(_ literal: StaticString) {
    let count = literal.utf8CodeUnitCount
    precondition(length + count <= buffer.count, "text longer than its capacity")
    guard let base = buffer.baseAddress else { return }
    (base + length).update(from: literal.utf8Start, count: count)
    length += count
  }

  mutating func append(_ text: String) {
    if let copied = text.utf8.withContiguousStorageIfAvailable({ append(bytes: $0) }) {
      return copied
    }
    for byte in text.utf8 { append(byte: byte) }
  }

  mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
    precondition(length + bytes.count <= buffer.count, "text longer than its capacity")
    guard let source = bytes.baseAddress, let base = buffer.baseAddress else { return }
    (base + length).update(from: source, count: bytes.count)
    length += bytes.count
  }

  mutating func append(byte: UInt8) {
    precondition(length < buffer.count, "text longer than its capacity")
    buffer[length] = byte
    length += 1
  }

  /// Appends a non-negative integer in decimal, as `String(value)` writes it.
  mutating func append(_ value: Int) {
    guard value >= 0 else { return append(String(value)) }
    var digits = 0
    var shifted = value
    repeat {
      digits += 1
      shifted /= 10
    } while shifted > 0
    precondition(length + digits <= buffer.count, "text longer than its capacity")
    var remaining = value
    for offset in stride(from: digits - 1, through: 0, by: -1) {
      buffer[length + offset] = UInt8(truncatingIfNeeded: 48 + remaining % 10)
      remaining /= 10
    }
    length += digits
  }

  /// The most bytes ``append(_:)-(Int)`` writes.
  static let integerCapacity = 20
}
