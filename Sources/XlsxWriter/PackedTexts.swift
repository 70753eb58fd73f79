/// Texts packed one after another in one buffer of UTF-8 bytes, each ending in a NUL byte, to be
/// written into cells (``Worksheet/write(_:at:into:prepared:)``) without a `String` per cell:
/// made on one thread and written from another, they are read in order from memory that stays
/// together.
public struct PackedTexts: Sendable {
  private var bytes: [UInt8] = []
  /// Where each text starts in `bytes`.
  private var starts: [Int] = []

  /// An empty buffer with room for about `byteCount` bytes of text.
  public init(reservingBytes byteCount: Int = 0) {
    bytes.reserveCapacity(byteCount)
  }

  /// How many texts it holds.
  public var count: Int { starts.count }

  /// Adds a text after the others.
  public mutating func append(_ text: String) {
    starts.append(bytes.count)
    bytes.append(contentsOf: text.utf8)
    bytes.append(0)
  }

  /// The text at `index`, as a `String`.
  public subscript(index: Int) -> String {
    withText(at: index) { pointer, _ in String(cString: pointer) }
  }

  /// Calls `body` with the text at `index`: its NUL-terminated bytes and their count (without
  /// the NUL).
  func withText<Result, Failure: Error>(
    // unsafe: texts handed to libxlsxwriter as C strings, valid for the call.
    at index: Int, _ body: (UnsafePointer<CChar>, Int) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let start = starts[index]
    let end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count - 1
    // unsafe: texts handed to libxlsxwriter as C strings, valid for the call.
    return try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
      guard let base = buffer.baseAddress else { preconditionFailure("no bytes for a text") }
      let pointer = UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self)
      return try body(pointer, end - start)
    }
  }
}
