/// The value chosen among several sources that give it: the latest-dated source wins and the
/// others are listed.
public struct SourceChoice<Value: Sendable>: Sendable {
  /// One source's value for a case's cost or saving.
  public struct Candidate: Sendable {
    /// The value the source gives.
    public var value: Value
    /// The source's date, if known.
    public var date: PartialDate?
    /// The figure's id.
    public var figureID: String

    /// Creates a candidate.
    public init(value: Value, date: PartialDate?, figureID: String) {
      self.value = value
      self.date = date
      self.figureID = figureID
    }
  }

  /// The winning candidate.
  public var chosen: Candidate
  /// The other candidates, in input order.
  public var others: [Candidate]

  /// Chooses the latest-dated candidate; `nil` when there are no candidates.
  ///
  /// Dates compare by ``PartialDate``'s order (a missing month or day sorts first, so `2023-05`
  /// beats `2023`); an undated candidate loses to any dated one; among equal dates the first in
  /// input order wins.
  ///
  /// - Parameter candidates: The candidates, in any order.
  public init?(candidates: [Candidate]) {
    guard var best = candidates.indices.first else { return nil }
    for index in candidates.indices.dropFirst()
    where SourceChoice.isLater(candidates[index].date, than: candidates[best].date) {
      best = index
    }
    chosen = candidates[best]
    others = candidates.indices.filter { $0 != best }.map { candidates[$0] }
  }

  /// Chooses the latest-dated candidate among `(value, date, figureID)` triples; `nil` when there
  /// are none.
  ///
  /// - Parameter candidates: The candidates, in any order.
  public init?(_ candidates: [(value: Value, date: PartialDate?, figureID: String)]) {
    self.init(
      candidates: candidates.map {
        Candidate(value: $0.value, date: $0.date, figureID: $0.figureID)
      }
    )
  }

  private static func isLater(_ lhs: PartialDate?, than rhs: PartialDate?) -> Bool {
    guard let lhs else { return false }
    guard let rhs else { return true }
    return rhs < lhs
  }
}

extension SourceChoice: Equatable where Value: Equatable {}
extension SourceChoice.Candidate: Equatable where Value: Equatable {}
