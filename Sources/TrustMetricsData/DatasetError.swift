/// Why the datasets could not be loaded.
///
/// Loader errors cite `file:line`.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file or directory the datasets need does not exist.
  case missing(path: String)
  /// A path exists but cannot be read (a directory where a file belongs, permissions, I/O).
  case unreadable(path: String, reason: String)
  /// A file is empty, or holds a header and no rows where rows are required.
  case empty(file: String, expected: String)
  /// A source document is not valid UTF-8 text.
  case invalidEncoding(file: String)
  /// The header row is not the one expected.
  case unexpectedHeader(file: String, found: String, expected: String)
  /// A file read by header name has no column of this name.
  case missingColumn(file: String, column: String, expected: String)
  /// A file read by header name has a column (1-based `position`) it may not have, or has one
  /// twice.
  case unexpectedColumn(file: String, position: Int, name: String, expected: String)
  /// The CSV itself is malformed.
  case malformedCSV(file: String, line: Int, problem: String)
  /// A row has the wrong number of fields.
  case wrongFieldCount(file: String, line: Int, found: Int, expected: Int)
  /// A field's value is not acceptable.
  case invalidField(file: String, line: Int, field: String, value: String, expected: String)
  /// An id, or an area and year, appears twice.
  case duplicate(file: String, line: Int, field: String, value: String, firstLine: Int)

  /// Whether the problem is a missing or unreadable input rather than bad data.
  public var isMissingInput: Bool {
    switch self {
    case .missing, .unreadable: true
    default: false
    }
  }

  /// One actionable sentence, starting with `file:line:` where a line is known.
  ///
  /// Always one line: line breaks and other control characters in a value or path are shown
  /// escaped (`\n`, `\r\n`, `\u{1B}`), never written raw to a terminal.
  public var description: String { sentence.escapingControlCharacters() }

  private var sentence: String {
    switch self {
    case .missing(let path):
      return "\(path): not found (expected the file or directory to exist; see --datasets/--seeds)"
    case .unreadable(let path, let reason):
      return "\(path): cannot be read: \(reason)"
    case .invalidEncoding(let file):
      return "\(file): is not valid UTF-8 text (expected a UTF-8 source document)"
    case .empty(let file, let expected):
      return "\(file): is empty (expected \(expected))"
    case .unexpectedHeader(let file, let found, let expected):
      return "\(file):1: unexpected header (\(Self.shorten(found))), expected \(expected)"
    case .missingColumn(let file, let column, let expected):
      return "\(file):1: unexpected header (no column named \(column)), expected \(expected)"
    case .unexpectedColumn(let file, let position, let name, let expected):
      return
        "\(file):1: unexpected header (column \(position) is \(Self.shorten(name))), expected \(expected)"
    case .malformedCSV(let file, let line, let problem):
      return "\(file):\(line): \(problem)"
    case .wrongFieldCount(let file, let line, let found, let expected):
      return
        "\(file):\(line): \(found) fields, expected \(expected) (quote fields that contain commas)"
    case .invalidField(let file, let line, let field, let value, let expected):
      return "\(file):\(line): invalid \(field) (\(Self.shorten(value))), expected \(expected)"
    case .duplicate(let file, let line, let field, let value, let firstLine):
      return
        "\(file):\(line): duplicate \(field) (\(Self.shorten(value))), first seen on line \(firstLine); expected each to appear once"
    }
  }

  /// Quotes a value for a message, cut to 60 characters so a huge field stays one readable line.
  static func shorten(_ value: String) -> String {
    var text = value.escapingControlCharacters()
    if text.count > 60 { text = String(text.prefix(57)) + "..." }
    return "\"\(text)\""
  }
}

extension String {
  /// The text with line breaks written `\n` and `\r`, a tab kept, and every other control
  /// character (C0, DEL, C1) written `\u{XX}`.
  ///
  /// Works on Unicode scalars, not characters: a CRLF pair is one `Character` and would otherwise
  /// slip through as a raw line break.
  func escapingControlCharacters() -> String {
    var result = ""
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0x0A: result += "\\n"
      case 0x0D: result += "\\r"
      case 0x09: result.unicodeScalars.append(scalar)
      case 0x00...0x1F, 0x7F...0x9F:
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
