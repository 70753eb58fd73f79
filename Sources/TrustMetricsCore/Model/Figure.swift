public import Foundation

/// One figure extracted from a source: a value of a measure for an entity and a period.
public struct Figure: Hashable, Sendable {
  /// A unique, stable slug such as `sandwell-locum-rate-2021`.
  public var id: String
  /// The canonical name of the body the figure is about (see ``Entity``).
  public var entity: String
  /// What is measured.
  public var measure: Measure
  /// When it applies.
  public var period: Period
  /// The value at the unit's natural scale, exact as written in the dataset (52 for 52%).
  public var value: Decimal {
    didSet { exactValue = ExactDecimal(value) ?? .notANumber }
  }
  /// The value as written in the dataset, exact: what checks compare and what is written back.
  public private(set) var exactValue: ExactDecimal
  /// How the source hedges or frames the value, in vocabulary order.
  public var qualifiers: [Qualifier]
  /// The source and quote that state it.
  public var provenance: Provenance

  /// Creates a figure.
  public init(
    id: String, entity: String, measure: Measure, period: Period, value: Decimal,
    qualifiers: [Qualifier] = [], provenance: Provenance
  ) {
    self.id = id
    self.entity = entity
    self.measure = measure
    self.period = period
    self.value = value
    exactValue = ExactDecimal(value) ?? .notANumber
    self.qualifiers = qualifiers
    self.provenance = provenance
  }

  /// Creates a figure from the value as written (the loaders' way: no `Decimal` text is read).
  public init(
    id: String, entity: String, measure: Measure, period: Period, exactValue: ExactDecimal,
    qualifiers: [Qualifier] = [], provenance: Provenance
  ) {
    self.id = id
    self.entity = entity
    self.measure = measure
    self.period = period
    value = exactValue.decimal
    self.exactValue = exactValue
    self.qualifiers = qualifiers
    self.provenance = provenance
  }

  /// The unit of the value, fixed by the measure.
  public var unit: FigureUnit { measure.unit }

  /// The value as a binary floating-point number, for statistics.
  public var doubleValue: Double { NSDecimalNumber(decimal: value).doubleValue }

  /// Whether the source gives the value as a forecast rather than an outturn.
  public var isForecast: Bool { qualifiers.contains(.forecast) }
}
