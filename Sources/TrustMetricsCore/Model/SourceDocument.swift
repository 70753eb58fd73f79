/// What is known of a source document in `seeds/`: only what the document itself says.
public struct SourceDocument: Hashable, Sendable {
  /// The file name in `seeds/`.
  public var source: String
  /// Its headline or title, if it has one.
  public var title: String?
  /// Who published it, if known.
  public var publisher: String?
  /// When it was published, if stated.
  public var date: PartialDate?
  /// Where it was published, if stated.
  public var url: String?

  /// Creates a source description.
  public init(
    source: String, title: String?, publisher: String?, date: PartialDate?, url: String?
  ) {
    self.source = source
    self.title = title
    self.publisher = publisher
    self.date = date
    self.url = url
  }
}
