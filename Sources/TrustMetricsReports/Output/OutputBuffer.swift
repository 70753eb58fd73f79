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
  public typealias Drain = ([UInt8]) -> Bool

  /// The bytes written and not yet drained.
  private var storage: [UInt8] = []
  /// How many bytes are kept before they are drained (with a drain).
  private let capacity: Int
  private let drain: Drain?
  /// Whether the drain refused a chunk: later writes are dropped.
  public private(set) var isClosed = false

  /// A buffer that keeps everything written (read it back with ``text``).
  public init() {
    capacity = 4096
    storage.reserveCapacity(capacity)
    drain = nil
  }

  /// A buffer that hands its bytes to `drain` in chunks of at most `capacity` bytes (a single
  /// write longer than that is handed on whole).
  public init(capacity: Int = 1 << 16, drain: @escaping Drain) {
    self.capacity = max(capacity, 64)
    storage.reserveCapacity(self.capacity)
    self.drain = drain
  }

  /// Everything written, for a buffer without a drain (what is still buffered, with one).
  public var text: String {
    String(decoding: storage, as: UTF8.self)
  }

  /// Hands the buffered bytes to the drain.
  public func flush() {
    guard let drain, !storage.isEmpty else { return }
    if !isClosed, !drain(storage) {
      isClosed = true
    }
    storage.removeAll(keepingCapacity: true)
  }

  /// Writes bytes.
  public func write(_ bytes: Span<UInt8>) {
    guard !bytes.isEmpty, makeRoom(bytes.count) else {
      // A write longer than a drain's chunk goes to the drain whole.
      if let drain, !isClosed, !bytes.isEmpty {
        var whole: [UInt8] = []
        whole.reserveCapacity(bytes.count)
        for index in bytes.indices { whole.append(bytes[index]) }
        if !drain(whole) { isClosed = true }
      }
      return
    }
    storage.append(addingCapacity: bytes.count) { output in
      for index in bytes.indices { output.append(bytes[index]) }
    }
  }

  /// Writes a string's UTF-8.
  public func write(_ text: String) {
    write(bytesOf: text.utf8)
  }

  /// Writes a substring's UTF-8.
  public func write(_ text: Substring) {
    write(bytesOf: text.utf8)
  }

  private func write(bytesOf utf8: some Collection<UInt8>) {
    let length = utf8.count
    guard length > 0, makeRoom(length) else {
      if let drain, !isClosed, length > 0, !drain(Array(utf8)) { isClosed = true }
      return
    }
    storage.append(contentsOf: utf8)
  }

  /// Writes one byte (an ASCII character).
  @inline(__always)
  public func write(byte: UInt8) {
    guard makeRoom(1) else { return }
    storage.append(byte)
  }

  /// Writes a byte `times` times (padding).
  public func write(byte: UInt8, times: Int) {
    var left = times
    while left > 0 {
      guard makeRoom(1) else { return }
      let run = drain == nil ? left : min(left, capacity - storage.count)
      storage.append(contentsOf: repeatElement(byte, count: run))
      left -= run
    }
  }

  /// Writes an integer in decimal, as `String(value)` does.
  public func write(integer value: Int) {
    // At most 20 digits and a sign, written backwards then reversed in place.
    guard makeRoom(21) else { return }
    let start = storage.count
    var magnitude = value.magnitude
    repeat {
      storage.append(UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30)
      magnitude /= 10
    } while magnitude > 0
    if value < 0 { storage.append(0x2D) }
    storage[start...].reverse()
  }

  /// Makes room for `length` more bytes: drains when a drain's chunk would overflow (a buffer
  /// without a drain just grows).
  ///
  /// Returns `false` when the bytes should bypass the buffer (a drain and a write longer than
  /// it) or the buffer is closed.
  @inline(__always)
  private func makeRoom(_ length: Int) -> Bool {
    guard drain != nil else { return true }
    if storage.count + length <= capacity { return !isClosed }
    flush()
    if isClosed { return false }
    return length <= capacity
  }
}
