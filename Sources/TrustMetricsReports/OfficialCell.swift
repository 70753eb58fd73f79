public import TrustMetricsCore

/// Cells and legends for DfE values.
public enum OfficialCell {
  /// A published value to one decimal place (as DfE publishes) or to `places`, or its marker;
  /// empty when absent.
  public static func cell(_ value: OfficialValue?, places: Int = 1) -> Cell {
    switch value {
    case .number(let number)?: .number(number, places: places)
    case .suppressed(let marker)?: .suppressed(marker)
    case nil: .empty
    }
  }

  /// A computed statistic to one decimal place (or `places`); empty when undefined.
  public static func cell(_ value: Double?, places: Int = 1) -> Cell {
    value.map { .number($0, places: places) } ?? .empty
  }

  /// A computed change in percentage points (or cases), signed, to one decimal place.
  public static func change(_ value: Double?) -> Cell {
    value.map { .number($0, places: 1) } ?? .empty
  }

  /// Legend lines for the markers shown, in the vocabulary's order.
  public static func legend(for markers: Set<SuppressionMarker>) -> [String] {
    let shown = SuppressionMarker.allCases.filter { markers.contains($0) }
    guard !shown.isEmpty else { return [] }
    return [
      "Markers: " + shown.map { "\($0.rawValue) = \($0.meaning)" }.joined(separator: "; ") + "."
    ]
  }
}
