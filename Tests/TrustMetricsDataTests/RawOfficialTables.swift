import Foundation

/// The official files as plain text tables, read without the project's CSV parser or loaders.
///
/// Lines split on newlines, fields on commas outside double quotes; the oracle tests share it.
enum RawOfficialTables {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ name: String) -> URL {
    packageRoot.appendingPathComponent("datasets/official").appendingPathComponent(name)
  }

  static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(name))) }

  /// Rows as column → text dictionaries.
  static func table(_ name: String) throws -> [[String: String]] {
    var text = try String(contentsOf: url(name), encoding: .utf8)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let lines = text.split(whereSeparator: \.isNewline).map(fields)
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
  }

  static func fields<Line: StringProtocol>(_ line: Line) -> [String] {
    var result: [String] = []
    var current = ""
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if character == ",", !quoted {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    result.append(current)
    return result
  }
}
