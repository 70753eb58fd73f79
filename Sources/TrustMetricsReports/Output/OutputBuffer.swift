/// UTF-8 bytes written piece by piece: kept in memory, or handed in chunks to a drain (standard
/// output) so that a long listing never exists as one string.
///
/// With a drain, bytes are buffered up to `capacity` and passed on when it fills and on
/// ``flush()``; a drain that returns `false` (a failed write, a closed pipe) closes the buffer:
/// later writes are dropped and ``isClosed`` tells renderers to stop early. Without a drain the
/// buffer grows and ``text`` gives everything written.
///
/// Not thread-safe: one writer at a time.
public final class OutputBuffer {
  /// Takes a chunk of bytes; returns `false` when it could not (nothing more will be written).
  public typealias Drain = (UnsafeRawBufferPointer) -> Bool

  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
  private let drain: Drain?
  /// Whether the drain refused a chunk: later writes are dropped.
  public private(set) var isClosed = false

  /// A buffer that keeps everything written (read it back with ``text``).
  public init() {
    capacity = 4096
    storage = .allocate(capacity: capacity)
    drain = nil
  }

  /// A buffer that hands its bytes to `drain` in chunks of at most `capacity` bytes (a single
  /// write longer than that is handed on whole).
  public init(capacity: Int = 1 << 16, drain: @escaping Drain) {
    self.capacity = max(capacity, 64)
    storage = .allocate(capacity: self.capacity)
    self.drain = drain
  }

  deinit { storage.deallocate() }

  /// Everything written, for a buffer without a drain (what is still buffered, with one).
  public var text: String {
    String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
  }

  /// Hands the buffered bytes to the drain.
  public func flush() {
    guard let drain, count > 0 else { return }
    let pending = count
    count = 0
    if !isClosed, !drain(UnsafeRawBufferPointer(start: storage, count: pending)) {
      isClosed = true
    }
  }

  /// Writes bytes.
  public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    let length = bytes.count
    if length > capacity - count {
      guard makeRoom(length) else {
        if let drain, !isClosed, !drain(UnsafeRawBufferPointer(bytes)) { isClosed = true }
        return
      }
    }
    (storage + count).update(from: base, count: length)
    count += length
  }

  /// Writes a string's UTF-8.
  public func write(_ text: String) {
    var text = text
    text.withUTF8 { write($0) }
  }

  /// Writes a literal's UTF-8 (no string to copy or release: for the fixed parts of a format).
  public func write(literal: StaticString) {
    literal.withUTF8Buffer { write($0) }
  }

  /// Writes a substring's UTF-8.
  public func write(_ text: Substring) {
    var text = text
    text.withUTF8 { write($0) }
  }

  /// Writes one byte (an ASCII character).
  @inline(__always)
  public func write(byte: UInt8) {
    if count == capacity, !makeRoom(1) { return }
    storage[count] = byte
    count += 1
  }

  /// Writes a byte `times` times (padding).
  public func write(byte: UInt8, times: Int) {
    var left = times
    while left > 0 {
      if count == capacity, !makeRoom(1) { return }
      let run = min(left, capacity - count)
      (storage + count).update(repeating: byte, count: run)
      count += run
      left -= run
    }
  }

  /// Writes an integer in decimal, as `String(value)` does.
  public func write(integer value: Int) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, enough for Int.min
    withUnsafeMutableBytes(of: &digits) { raw in
      var position = raw.count
      var magnitude = value.magnitude
      repeat {
        position -= 1
        raw[position] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
        magnitude /= 10
      } while magnitude > 0
      if value < 0 {
        position -= 1
        raw[position] = 0x2D
      }
      write(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[position...]))
    }
  }

  /// Makes room for `length` more bytes: drains (with a drain) or grows (without).
  ///
  /// Returns `false` when the bytes should bypass the buffer (a drain and a write longer than
  /// it) or the buffer is closed.
  private func makeRoom(_ length: Int) -> Bool {
    if drain != nil {
      flush()
      if isClosed { return false }
      return length <= capacity
    }
    var grown = capacity * 2
    while grown - count < length { grown *= 2 }
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    larger.update(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity = grown
    return true
  }
}
