import Crypto
import Foundation

/// SHA-256 (swift-crypto), for naming the exact content a workbook was made from.
///
/// Bytes are fed in pieces of any size (``update(_:)-(String)``), so a long text need not be
/// built whole first.
struct ContentHash {
  private var hasher = SHA256()

  /// The SHA-256 digest of the UTF-8 bytes of `text`, as 64 lowercase hexadecimal digits.
  ///
  /// - Parameter text: The text.
  /// - Returns: The digest in hexadecimal.
  static func sha256(_ text: String) -> String {
    var hash = ContentHash()
    hash.update(text)
    return hash.finalize()
  }

  /// Feeds the UTF-8 bytes of `text`.
  mutating func update(_ text: String) {
    hasher.update(data: Array(text.utf8))
  }

  /// Feeds bytes.
  mutating func update(_ bytes: some DataProtocol) {
    hasher.update(data: bytes)
  }

  /// The digest of everything fed, as 64 lowercase hexadecimal digits.
  consuming func finalize() -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in hasher.finalize() {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
