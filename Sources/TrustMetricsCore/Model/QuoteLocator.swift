/// Finds where a quote stands in a source text, byte-exact.
public struct QuoteLocator: Sendable {
  /// A position in a text: 1-based line and column (column counted in characters).
  public struct Position: Hashable, Sendable {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in characters.
    public var column: Int
  }

  private let text: String

  /// Creates a locator over one source text.
  public init(text: String) { self.text = text }

  /// The positions of every occurrence of `quote`, in order; empty when it is not found.
  ///
  /// Matching is byte-exact: curly quotes, dashes and non-breaking spaces must agree.
  public func positions(of quote: String) -> [Position] {
    guard !quote.isEmpty else { return [] }
    let haystack = Array(text.utf8)
    let needle = Array(quote.utf8)
    guard needle.count <= haystack.count else { return [] }
    var found: [Position] = []
    var line = 1
    var lineStart = 0
    var scanned = 0
    var index = 0
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle)
      {
        while scanned < index {
          if haystack[scanned] == 10 {
            line += 1
            lineStart = scanned + 1
          }
          scanned += 1
        }
        let prefix = haystack[lineStart..<index]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        found.append(Position(line: line, column: column))
      }
      index += 1
    }
    return found
  }
}
