/// Overspend, forecast accuracy and year-on-year change of children's services budgets.
///
/// Money is in cash terms: no adjustment for inflation.
public enum BudgetVariance {
  /// The overspend against a budget, and its share of the budget.
  ///
  /// overspend = outturn − budget (negative for an underspend);
  /// percent of budget = (outturn − budget) ÷ budget × 100, `nil` when the budget is 0.
  ///
  /// - Parameters:
  ///   - outturn: What was spent.
  ///   - budget: What was budgeted.
  /// - Returns: The change from budget to outturn.
  public static func overspend(outturn: Money, budget: Money) -> MoneyChange {
    MoneyChange(from: budget, to: outturn)
  }

  /// How far the actual outturn differed from the forecast.
  ///
  /// difference = actual − forecast; percent of forecast = (actual − forecast) ÷ |forecast| × 100,
  /// `nil` when the forecast is 0.
  ///
  /// - Parameters:
  ///   - forecast: The forecast amount (such as a forecast overspend).
  ///   - actual: The actual amount.
  /// - Returns: The change from forecast to actual.
  public static func forecastError(forecast: Money, actual: Money) -> MoneyChange {
    MoneyChange(from: forecast, to: actual)
  }

  /// The change from one year to the next.
  ///
  /// difference = current − previous; percent = (current − previous) ÷ |previous| × 100, `nil`
  /// when the previous year is 0.
  ///
  /// - Parameters:
  ///   - previous: The earlier year's amount.
  ///   - current: The later year's amount.
  /// - Returns: The change from the previous to the current year.
  public static func yearOnYear(previous: Money, current: Money) -> MoneyChange {
    MoneyChange(from: previous, to: current)
  }
}
