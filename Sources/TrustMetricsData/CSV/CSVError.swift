/// Why bytes are not valid RFC 4180 CSV.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A quoted field is never closed; `line` is where it opened.
  case unterminatedQuote(line: Int)
  /// A closing quote is followed by something other than a comma or a line end.
  case textAfterClosingQuote(line: Int)
  /// A quote appears inside an unquoted field.
  case quoteInUnquotedField(line: Int)
  /// A field is not valid UTF-8.
  case invalidUTF8(line: Int)

  /// The 1-based line concerned.
  public var line: Int {
    switch self {
    case .unterminatedQuote(let line), .textAfterClosingQuote(let line),
      .quoteInUnquotedField(let line), .invalidUTF8(let line):
      line
    }
  }

  /// One sentence saying what is wrong.
  public var description: String {
    switch self {
    case .unterminatedQuote:
      "a quoted field is never closed (expected a closing \" before the end of the file)"
    case .textAfterClosingQuote:
      "text follows a closing quote (expected a comma or a line end after \")"
    case .quoteInUnquotedField:
      "a quote appears inside an unquoted field (expected the whole field in quotes, \" doubled)"
    case .invalidUTF8: "the line is not valid UTF-8 (expected UTF-8 text)"
    }
  }
}
