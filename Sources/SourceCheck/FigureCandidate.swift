public import Foundation
public import TrustMetricsCore

/// A figure proposed by ``FigureExtractor`` for a person to review: the fields of a
/// `figures.csv` row, with the written number it was read from.
public struct FigureCandidate: Hashable, Sendable {
  /// A proposed id (a slug of entity, measure and period).
  public var id: String
  /// The entity's canonical name, or empty when no named body is near.
  public var entity: String
  /// The guessed measure.
  public var measure: Measure
  /// The guessed period, in its written form (`2021-09`, `FY2022-23`), or empty when none is near.
  public var period: String
  /// The value at the unit's natural scale.
  public var value: Decimal
  /// The qualifiers, in vocabulary order.
  public var qualifiers: [Qualifier]
  /// The source's name.
  public var source: String
  /// The shortest clause that states it: an exact substring of the text.
  public var quote: String
  /// The number as written, and where it stands in the text (UTF-8 offsets).
  public var number: WrittenNumber

  /// Creates the candidate a proposal makes, or `nil` when its measure is `other`.
  ///
  /// - Parameter proposal: A proposal from ``FigureExtractor/proposals(in:source:published:)``.
  public init?(_ proposal: FigureProposal) {
    guard let measure = proposal.measure.measure else { return nil }
    id = proposal.id
    entity = proposal.entity
    self.measure = measure
    period = proposal.period
    value = proposal.value
    qualifiers = proposal.qualifiers
    source = proposal.source
    quote = proposal.quote
    number = proposal.number
  }

  /// The unit, fixed by the measure.
  public var unit: FigureUnit { measure.unit }

  /// The fields in `figures.csv` order: id, entity, measure, period, value, unit, qualifier,
  /// source, quote.
  public var fields: [String] {
    [
      id, entity, measure.rawValue, period, value.description, unit.rawValue,
      qualifiers.map(\.rawValue).joined(separator: ";"), source, quote,
    ]
  }
}
