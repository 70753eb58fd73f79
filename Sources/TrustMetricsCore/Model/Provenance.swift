/// Where a figure comes from: a source document and the exact words that state it.
public struct Provenance: Hashable, Sendable {
  /// The source document's file name in `seeds/`.
  public var source: String
  /// A byte-exact passage of the source that states the value.
  public var quote: String

  /// Creates a provenance from a source file name and its quote.
  public init(source: String, quote: String) {
    self.source = source
    self.quote = quote
  }
}
