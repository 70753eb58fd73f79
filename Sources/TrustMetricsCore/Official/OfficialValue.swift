/// A cell of the official statistics: a number or a typed suppression marker, never zero.
public enum OfficialValue: Hashable, Sendable {
  /// A published number.
  case number(Double)
  /// A marker in place of the number.
  case suppressed(SuppressionMarker)

  /// The number, or `nil` when suppressed.
  public var number: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The marker, or `nil` when a number is published.
  public var marker: SuppressionMarker? {
    if case .suppressed(let marker) = self { return marker }
    return nil
  }
}
