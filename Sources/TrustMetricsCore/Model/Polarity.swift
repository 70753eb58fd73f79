/// Whether a lower or a higher value of a measure is the better one.
public enum Polarity: String, Sendable {
  /// Lower is better (agency rate, vacancy rate, turnover, caseload).
  case lowIsGood
  /// Higher is better.
  case highIsGood
  /// Neither direction is better (counts, budgets).
  case neutral
}
