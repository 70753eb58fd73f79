public import TrustMetricsCore

/// A proposal by ``FigureExtractor`` whose measure is a dataset measure: a row `figures.csv` can
/// hold as it is, once a person has reviewed it.
///
/// The proposal's fields read through: `candidate.value` is `candidate.proposal.value`, and
/// likewise `id`, `entity`, `period`, `qualifiers`, `source`, `quote`, `number`, `line` and
/// `fields`. Only the measure and the unit are the candidate's own, no longer optional.
@dynamicMemberLookup
public struct FigureCandidate: Hashable, Sendable {
  /// The proposal: the row's fields, with the written number it was read from.
  public let proposal: FigureProposal
  /// The proposal's measure, which is a dataset measure.
  public let measure: Measure

  /// Creates the candidate a proposal makes, or `nil` when its measure is `other`.
  ///
  /// - Parameter proposal: A proposal from ``FigureExtractor/proposals(in:source:published:)``.
  public init?(_ proposal: FigureProposal) {
    guard let measure = proposal.measure.measure else { return nil }
    self.proposal = proposal
    self.measure = measure
  }

  /// The unit, fixed by the measure.
  public var unit: FigureUnit { measure.unit }

  /// A field of the proposal.
  public subscript<Value>(dynamicMember field: KeyPath<FigureProposal, Value>) -> Value {
    proposal[keyPath: field]
  }
}
