/// How a source hedges or frames a figure ("about", "nearly", a forecast, one end of a range).
public enum Qualifier: String, CaseIterable, Sendable, Comparable {
  case approximate
  case justUnder = "just_under"
  case nearly
  case over
  case forecast
  case target
  case rangeLow = "range_low"
  case rangeHigh = "range_high"

  /// Orders qualifiers as the vocabulary lists them.
  public static func < (lhs: Qualifier, rhs: Qualifier) -> Bool {
    let order = Qualifier.allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}
