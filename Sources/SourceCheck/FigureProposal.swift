public import Foundation
public import TrustMetricsCore

/// A stated quantity proposed by ``FigureExtractor`` for a person to review: the fields of a
/// `figures.csv` row, with the written number it was read from.
///
/// Unlike a ``FigureCandidate``, a proposal may lack what a dataset row needs: its measure may be
/// `other` and a multiple ("double", "10-fold") has no unit. Such a row does not load until a
/// person completes it.
public struct FigureProposal: Hashable, Sendable {
  /// A proposed id (a slug of entity, measure and period).
  public var id: String
  /// The entity's name (canonical when it is a known body), or empty when no named body is near.
  public var entity: String
  /// The proposed measure.
  public var measure: MeasureProposal
  /// The unit: the measure's own, or for `other` the unit the writing gives (`GBP`, `percent`,
  /// `count`, `GBP_per_child`, ...); `nil` for a multiple, which no `figures.csv` unit holds.
  public var unit: FigureUnit?
  /// The guessed period, in its written form (`2021-09`, `FY2022-23`, `2014..2020`), or empty.
  public var period: String
  /// The value at the unit's natural scale (a fraction word in percent, rounded to one place).
  public var value: Decimal
  /// The qualifiers, in vocabulary order.
  public var qualifiers: [Qualifier]
  /// The source's name.
  public var source: String
  /// The shortest clause that states it: an exact substring of the text.
  public var quote: String
  /// The number as written, and where it stands in the text (UTF-8 offsets).
  public var number: WrittenNumber
  /// The 1-based line of the text the number starts on.
  public var line: Int

  /// Creates a proposal.
  public init(
    id: String, entity: String, measure: MeasureProposal, unit: FigureUnit?, period: String,
    value: Decimal, qualifiers: [Qualifier], source: String, quote: String,
    number: WrittenNumber, line: Int
  ) {
    self.id = id
    self.entity = entity
    self.measure = measure
    self.unit = unit
    self.period = period
    self.value = value
    self.qualifiers = qualifiers
    self.source = source
    self.quote = quote
    self.number = number
    self.line = line
  }

  /// Whether the row can be added as it is: its measure is a dataset measure (then the unit is
  /// the measure's).
  public var hasDatasetMeasure: Bool { measure.measure != nil }

  /// The fields in `figures.csv` order: id, entity, measure, period, value, unit, qualifier,
  /// source, quote (an empty unit for a multiple).
  public var fields: [String] {
    [
      id, entity, measure.name, period, value.description, unit?.rawValue ?? "",
      qualifiers.map(\.rawValue).joined(separator: ";"), source, quote,
    ]
  }
}
