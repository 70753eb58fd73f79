import Foundation
import Testing

/// Where the test inputs are: the bundled `Fixtures/` and the package's real `datasets/` and
/// `seeds/`.
enum TestFiles {
  /// The bytes of a file in `Fixtures/`.
  static func fixture(_ name: String) throws -> [UInt8] {
    let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  /// The package root: three levels up from this file (`Tests/TrustMetricsDataTests/…`).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The path of the bundled `datasets/` directory.
  static var datasetsDirectory: String { packageRoot.appendingPathComponent("datasets").path }

  /// The path of the bundled `seeds/` directory.
  static var seedsDirectory: String { packageRoot.appendingPathComponent("seeds").path }
}

extension String {
  /// The UTF-8 bytes of the text, for feeding parsers from memory.
  var bytes: [UInt8] { Array(utf8) }
}
