import Foundation

/// A simple appraisal of bringing services back in-house: a one-off cost repaid by an annual
/// saving, with low, central and high savings.
///
/// Conventions (HM Treasury Green Book): the cost falls at year 0, undiscounted; each saving
/// falls at the end of years 1…n and is discounted by (1 + r)⁻ᵗ. Money is in cash terms.
public struct InsourcingAppraisal: Hashable, Sendable {
  /// The sentence every output of an appraisal must carry.
  public static let cashTermsNote =
    "Money is in cash terms (no adjustment for inflation)."

  /// The Green Book's standard discount rate, 3.5% a year, as a fraction.
  public static let greenBookDiscountRate = 0.035

  /// The longest search for a discounted payback, in years.
  public static let paybackSearchYears = 50

  /// The results for one annual saving.
  public struct Scenario: Hashable, Sendable {
    /// The annual saving, in pounds.
    public var annualSaving: Double
    /// Years to repay the cost, undiscounted: cost ÷ saving.
    public var simplePayback: Double
    /// Years to repay the cost from discounted savings, or never within 50 years.
    public var discountedPayback: Payback
    /// The net present value over the horizon, in pounds.
    public var netPresentValue: Double

    /// Creates a scenario from its parts.
    public init(
      annualSaving: Double, simplePayback: Double, discountedPayback: Payback,
      netPresentValue: Double
    ) {
      self.annualSaving = annualSaving
      self.simplePayback = simplePayback
      self.discountedPayback = discountedPayback
      self.netPresentValue = netPresentValue
    }
  }

  /// The one-off cost, in pounds.
  public var cost: Double
  /// The horizon, in years.
  public var horizonYears: Int
  /// The discount rate, as a fraction (0.035 for 3.5%).
  public var discountRate: Double
  /// With the lowest saving.
  public var low: Scenario
  /// With the mean of the lowest and highest savings.
  public var central: Scenario
  /// With the highest saving.
  public var high: Scenario
  /// The annual saving that makes the net present value 0 over the horizon, in pounds.
  public var breakEvenSaving: Double

  /// Appraises a cost against a range of annual savings.
  ///
  /// The central saving is the mean, (low + high) ÷ 2.
  ///
  /// - Parameters:
  ///   - cost: The one-off cost, in pounds, greater than 0.
  ///   - lowSaving: The lowest annual saving, in pounds, greater than 0.
  ///   - highSaving: The highest annual saving, at least `lowSaving`.
  ///   - horizonYears: Years of savings counted, 1–100.
  ///   - discountRate: The annual discount rate as a fraction, 0–1.
  /// - Throws: ``AppraisalError`` when an input is out of range.
  public init(
    cost: Double, lowSaving: Double, highSaving: Double, horizonYears: Int,
    discountRate: Double = InsourcingAppraisal.greenBookDiscountRate
  ) throws(AppraisalError) {
    try InsourcingAppraisal.validate(
      cost: cost, savings: [lowSaving, highSaving], years: horizonYears, rate: discountRate)
    guard highSaving >= lowSaving else {
      throw .savingRangeReversed(low: lowSaving, high: highSaving)
    }
    func scenario(_ saving: Double) throws(AppraisalError) -> Scenario {
      Scenario(
        annualSaving: saving,
        simplePayback: try InsourcingAppraisal.simplePayback(cost: cost, annualSaving: saving),
        discountedPayback: try InsourcingAppraisal.discountedPayback(
          cost: cost, annualSaving: saving, discountRate: discountRate),
        netPresentValue: try InsourcingAppraisal.netPresentValue(
          cost: cost, annualSaving: saving, years: horizonYears, discountRate: discountRate))
    }
    self.cost = cost
    self.horizonYears = horizonYears
    self.discountRate = discountRate
    low = try scenario(lowSaving)
    central = try scenario((lowSaving + highSaving) / 2)
    high = try scenario(highSaving)
    breakEvenSaving = try InsourcingAppraisal.breakEvenSaving(
      cost: cost, years: horizonYears, discountRate: discountRate)
  }

  /// Years for undiscounted savings to repay the cost.
  ///
  /// `cost ÷ annualSaving`.
  ///
  /// - Parameters:
  ///   - cost: The one-off cost, in pounds.
  ///   - annualSaving: The saving each year, in pounds.
  /// - Returns: The payback in years.
  /// - Throws: ``AppraisalError`` when an input is not finite or not greater than 0.
  public static func simplePayback(cost: Double, annualSaving: Double) throws(AppraisalError)
    -> Double
  {
    try validate(cost: cost, savings: [annualSaving], years: 1, rate: 0)
    return cost / annualSaving
  }

  /// The year in which cumulative discounted savings reach the cost, interpolated within it.
  ///
  /// With PVₜ = s ÷ (1 + r)ᵗ and Cₙ = PV₁ + … + PVₙ, find the first n with Cₙ ≥ cost; the payback
  /// is (n − 1) + (cost − Cₙ₋₁) ÷ PVₙ years.
  ///
  /// - Parameters:
  ///   - cost: The one-off cost, in pounds.
  ///   - annualSaving: The saving each year, in pounds.
  ///   - discountRate: The annual discount rate as a fraction.
  ///   - maximumYears: The last year searched (50 by default).
  /// - Returns: The payback, or ``Payback/never`` when not reached within `maximumYears`.
  /// - Throws: ``AppraisalError`` when an input is out of range.
  public static func discountedPayback(
    cost: Double, annualSaving: Double,
    discountRate: Double = greenBookDiscountRate, maximumYears: Int = paybackSearchYears
  ) throws(AppraisalError) -> Payback {
    try validate(cost: cost, savings: [annualSaving], years: maximumYears, rate: discountRate)
    var cumulative = 0.0
    for year in 1...maximumYears {
      let present = annualSaving / pow(1 + discountRate, Double(year))
      if cumulative + present >= cost {
        return .years(Double(year - 1) + (cost - cumulative) / present)
      }
      cumulative += present
    }
    return .never
  }

  /// The net present value of the cost and the savings over a horizon.
  ///
  /// `NPV = −cost + s × A(n, r)`, with the annuity factor A(n, r) = (1 − (1 + r)⁻ⁿ) ÷ r (n when
  /// r = 0).
  ///
  /// - Parameters:
  ///   - cost: The one-off cost at year 0, in pounds.
  ///   - annualSaving: The saving at the end of each year 1…n, in pounds.
  ///   - years: The horizon n, 1–100.
  ///   - discountRate: The annual discount rate r as a fraction.
  /// - Returns: The net present value, in pounds.
  /// - Throws: ``AppraisalError`` when an input is out of range.
  public static func netPresentValue(
    cost: Double, annualSaving: Double, years: Int, discountRate: Double = greenBookDiscountRate
  ) throws(AppraisalError) -> Double {
    try validate(cost: cost, savings: [annualSaving], years: years, rate: discountRate)
    return -cost + annualSaving * annuityFactor(years: years, discountRate: discountRate)
  }

  /// The annual saving at which the net present value is 0.
  ///
  /// `cost ÷ A(n, r)`, with A(n, r) = (1 − (1 + r)⁻ⁿ) ÷ r (n when r = 0).
  ///
  /// - Parameters:
  ///   - cost: The one-off cost, in pounds.
  ///   - years: The horizon n, 1–100.
  ///   - discountRate: The annual discount rate r as a fraction.
  /// - Returns: The break-even saving, in pounds a year.
  /// - Throws: ``AppraisalError`` when an input is out of range.
  public static func breakEvenSaving(
    cost: Double, years: Int, discountRate: Double = greenBookDiscountRate
  ) throws(AppraisalError) -> Double {
    try validate(cost: cost, savings: [], years: years, rate: discountRate)
    return cost / annuityFactor(years: years, discountRate: discountRate)
  }

  /// The present value of 1 a year at the end of each of n years.
  ///
  /// `A(n, r) = (1 − (1 + r)⁻ⁿ) ÷ r`, and n when r = 0.
  ///
  /// - Parameters:
  ///   - years: The number of years n.
  ///   - discountRate: The annual discount rate r as a fraction.
  /// - Returns: The annuity factor.
  public static func annuityFactor(years: Int, discountRate: Double) -> Double {
    guard discountRate != 0 else { return Double(years) }
    return (1 - pow(1 + discountRate, -Double(years))) / discountRate
  }

  private static func validate(cost: Double, savings: [Double], years: Int, rate: Double)
    throws(AppraisalError)
  {
    guard cost.isFinite else { throw .notFinite(input: "one-off cost") }
    guard rate.isFinite else { throw .notFinite(input: "discount rate") }
    for saving in savings where !saving.isFinite { throw .notFinite(input: "annual saving") }
    guard cost > 0 else { throw .nonPositiveCost(cost) }
    for saving in savings where saving <= 0 { throw .nonPositiveSaving(saving) }
    guard (1...100).contains(years) else { throw .horizonOutOfRange(years) }
    guard (0...1).contains(rate) else { throw .discountRateOutOfRange(rate) }
  }
}
