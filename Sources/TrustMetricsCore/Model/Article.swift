/// One article inside a source file that holds several (a news feed), located by line numbers.
public struct Article: Hashable, Sendable {
  /// The file name in `seeds/`.
  public var source: String
  /// The first line of the article, 1-based.
  public var firstLine: Int
  /// The last line of the article, inclusive.
  public var lastLine: Int
  /// The article's headline.
  public var title: String?
  /// Its publication date.
  public var date: PartialDate?
  /// Its address.
  public var url: String?

  /// Creates an article location.
  public init(
    source: String, firstLine: Int, lastLine: Int, title: String?, date: PartialDate?, url: String?
  ) {
    self.source = source
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.title = title
    self.date = date
    self.url = url
  }

  /// Whether the 1-based `line` lies inside the article.
  public func contains(line: Int) -> Bool { (firstLine...lastLine).contains(line) }
}
