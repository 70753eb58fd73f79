public import TrustMetricsCore

/// Lists an insourcing appraisal: low, central and high savings with payback and NPV.
public enum AppraisalListing {
  /// The appraisal as a listing, one row per scenario; notes give the method and cash terms.
  ///
  /// - Parameters:
  ///   - appraisal: The computed appraisal.
  ///   - sources: Lines naming where the cost and saving came from, if from the datasets.
  /// - Returns: The listing with schema `trustmetrics.savings/1`.
  public static func listing(of appraisal: InsourcingAppraisal, sources: [String] = []) -> Listing {
    let columns: [Listing.Column] = [
      .init("scenario", "Scenario"), .init("one_off_cost", "One-off cost"),
      .init("annual_saving", "Annual saving"), .init("simple_payback_years", "Payback (years)"),
      .init("discounted_payback_years", "Discounted payback"),
      .init("net_present_value", "NPV"), .init("horizon_years", "Years"),
      .init("discount_rate_percent", "Rate %"), .init("break_even_saving", "Break-even saving"),
    ]
    let scenarios = [
      ("low", appraisal.low), ("central", appraisal.central), ("high", appraisal.high),
    ]
    let rows: [[Cell]] = scenarios.map { name, scenario in
      [
        .text(name), money(appraisal.cost), money(scenario.annualSaving),
        .number(scenario.simplePayback, places: 3),
        scenario.discountedPayback.years.map { .number($0, places: 3) } ?? .text("never"),
        money(scenario.netPresentValue), .integer(appraisal.horizonYears),
        .number(appraisal.discountRate * 100, places: 2), money(appraisal.breakEvenSaving),
      ]
    }
    let notes =
      sources + [
        "Central = the mean of the low and high savings.",
        "Simple payback = cost ÷ annual saving. Discounted payback = the year cumulative discounted savings reach the cost, interpolated within that year (“never” if not within \(InsourcingAppraisal.paybackSearchYears) years).",
        "NPV = Σ saving ÷ (1 + r)^t for t = 1…n − cost (cost at year 0, savings at the end of each year; HM Treasury Green Book convention).",
        "Break-even saving = the annual saving whose NPV over the horizon is zero.",
        InsourcingAppraisal.cashTermsNote,
      ]
    return Listing(
      schema: "trustmetrics.savings/1", columns: columns, rows: rows, notes: notes,
      metadata: [(key: "money_terms", value: InsourcingAppraisal.cashTermsNote)])
  }

  static func money(_ pounds: Double) -> Cell {
    Money(pounds: pounds).map(Cell.money) ?? .empty
  }
}
