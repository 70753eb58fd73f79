/// Which family of checks `trustmetrics check --only` runs.
public enum CheckScope: String, CaseIterable, Sendable {
  /// Every figure's quote is a byte-exact passage of its source.
  case quotes
  /// The number each quote states, read as written, equals the figure's value and unit.
  case values
  /// The derived claims the sources make, recomputed.
  case claims
  /// Figures reconciled with DfE's official statistics.
  case official
}
