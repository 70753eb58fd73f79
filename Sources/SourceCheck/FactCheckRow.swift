public import Foundation
public import TrustMetricsCore

/// One number a text states, as `trustmetrics fact-check` read it, beside its official
/// counterpart.
public struct FactCheckRow: Hashable, Sendable {
  /// The number as written ("31.5%").
  public var number: String
  /// Its value at the unit's natural scale (31.5); a range gives one row per end.
  public var value: Decimal
  /// The 1-based line it stands on.
  public var line: Int
  /// The sentence it stands in.
  public var sentence: String
  /// The body it is about (canonical name), `nil` when none is named near it.
  public var entity: String?
  /// What it measures.
  public var measure: Measure
  /// The period it is for, `nil` when none is near it.
  public var period: Period?
  /// Its hedges and range end.
  public var qualifiers: [Qualifier]
  /// How the sentence's structure tied it to its period, body or measure, when it did.
  public var reading: String?
  /// The official counterpart and the verdict.
  public var comparison: CounterpartComparison
  /// What the text's date says about the releases it could have seen, when relevant.
  public var timing: String?
  /// The date of the text (or of the article in a feed) the number stands in, if known.
  public var date: PartialDate?

  /// Creates a row.
  public init(
    number: String, value: Decimal, line: Int, sentence: String, entity: String?,
    measure: Measure, period: Period?, qualifiers: [Qualifier] = [], reading: String? = nil,
    comparison: CounterpartComparison, timing: String? = nil, date: PartialDate? = nil
  ) {
    self.number = number
    self.value = value
    self.line = line
    self.sentence = sentence
    self.entity = entity
    self.measure = measure
    self.period = period
    self.qualifiers = qualifiers
    self.reading = reading
    self.comparison = comparison
    self.timing = timing
    self.date = date
  }

  /// The unit, fixed by the measure.
  public var unit: FigureUnit { measure.unit }
}
