public import Foundation

/// The document properties a workbook carries (File ▸ Properties in Excel).
public struct DocumentProperties: Hashable, Sendable {
  /// The title.
  public var title: String?
  /// The subject.
  public var subject: String?
  /// The author.
  public var author: String?
  /// The company.
  public var company: String?
  /// Keywords, comma-separated.
  public var keywords: String?
  /// A longer description.
  public var comments: String?
  /// When the workbook was made; `nil` for the moment it is written.
  public var created: Date?

  /// Creates properties; any part may be left out.
  public init(
    title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
    keywords: String? = nil, comments: String? = nil, created: Date? = nil
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.company = company
    self.keywords = keywords
    self.comments = comments
    self.created = created
  }
}
