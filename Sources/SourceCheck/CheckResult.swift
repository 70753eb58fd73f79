/// One line of the check report: a figure or claim, what was checked and how it came out.
public struct CheckResult: Hashable, Sendable {
  /// The family of checks it belongs to.
  public var scope: CheckScope
  /// The figure or claim id.
  public var subject: String
  /// What was checked: `quote`, `value`, `official`, or the claim's kind (`ratio`, `change`...).
  public var kind: String
  /// The outcome.
  public var status: CheckStatus
  /// One sentence saying what was found, with the numbers.
  public var detail: String
  /// The source file the check read.
  public var source: String
  /// Where the quote (or the closest passage to a missing one) stands in the source.
  public var position: TextPosition?

  /// Creates a result.
  public init(
    scope: CheckScope, subject: String, kind: String, status: CheckStatus, detail: String,
    source: String, position: TextPosition? = nil
  ) {
    self.scope = scope
    self.subject = subject
    self.kind = kind
    self.status = status
    self.detail = detail
    self.source = source
    self.position = position
  }
}
