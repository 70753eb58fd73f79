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
    let bytes = Array(text.utf8)
    guard let offsets = QuoteLocator.offsets(of: [quote], in: bytes).first, !offsets.isEmpty
    else { return [] }
    let lineStarts = QuoteLocator.lineStarts(in: bytes)
    return offsets.map { QuoteLocator.position(ofOffset: $0, lineStarts: lineStarts, in: bytes) }
  }

}
