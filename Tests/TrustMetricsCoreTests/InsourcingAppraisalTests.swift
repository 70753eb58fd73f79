import Testing

@testable import TrustMetricsCore

@Suite struct InsourcingAppraisalTests {
  // Reference case: £600,000 cost, £200,000–£300,000 a year, 5 years at 3.5%.
  // Oracle (python3): NPV = −600000 + Σₜ₌₁⁵ s ÷ 1.035ᵗ → 303010.47509414994, 528763.0938676873,
  // 754515.7126412247; discounted payback by the interpolation rule → 3.2276261268749993,
  // 2.5546979, 2.11121075; A(5, 0.035) = 4.515052375470737, break-even 132888.82389486.
  static func reference() throws -> InsourcingAppraisal {
    try InsourcingAppraisal(cost: 600_000, lowSaving: 200_000, highSaving: 300_000, horizonYears: 5)
  }

  @Test func referenceCaseSimplePayback() throws {
    let appraisal = try Self.reference()
    // 600,000 ÷ 200,000 = 3.0; ÷ 250,000 = 2.4; ÷ 300,000 = 2.0
    #expect(appraisal.low.simplePayback.isApproximatelyEqual(to: 3.0))
    #expect(appraisal.central.simplePayback.isApproximatelyEqual(to: 2.4))
    #expect(appraisal.high.simplePayback.isApproximatelyEqual(to: 2.0))
    #expect(appraisal.central.annualSaving == 250_000)
  }

  @Test func referenceCaseDiscountedPayback() throws {
    let appraisal = try Self.reference()
    // Low: PV₁..₃ = 193,236.71 + 186,702.14 + 180,388.54 = 560,327.39 < 600,000;
    // PV₄ = 174,288.44; 3 + 39,672.61 ÷ 174,288.44 = 3.228.
    #expect(appraisal.low.discountedPayback.years.isApproximatelyEqual(to: 3.228, tolerance: 5e-4))
    #expect(
      appraisal.central.discountedPayback.years.isApproximatelyEqual(to: 2.555, tolerance: 5e-4))
    #expect(appraisal.high.discountedPayback.years.isApproximatelyEqual(to: 2.111, tolerance: 5e-4))
    #expect(
      appraisal.low.discountedPayback.years.isApproximatelyEqual(to: 3.2276261268749993))
  }

  @Test func referenceCaseNetPresentValueInPence() throws {
    let appraisal = try Self.reference()
    #expect(Money(pounds: appraisal.low.netPresentValue)?.formatted == "£303,010.48")
    #expect(Money(pounds: appraisal.central.netPresentValue)?.formatted == "£528,763.09")
    #expect(Money(pounds: appraisal.high.netPresentValue)?.formatted == "£754,515.71")
  }

  @Test func referenceCaseBreakEvenSaving() throws {
    let appraisal = try Self.reference()
    // 600,000 ÷ 4.515052375470737 = 132,888.82389486
    #expect(Money(pounds: appraisal.breakEvenSaving)?.formatted == "£132,888.82")
    // At the break-even saving the NPV is 0.
    let npv = try InsourcingAppraisal.netPresentValue(
      cost: 600_000, annualSaving: appraisal.breakEvenSaving, years: 5)
    #expect(npv.isApproximatelyEqual(to: 0, tolerance: 1e-6))
  }

  @Test func zeroDiscountRateMatchesSimpleArithmetic() throws {
    // A(5, 0) = 5: NPV = −600,000 + 5 × 200,000 = 400,000; break-even 600,000 ÷ 5 = 120,000;
    // undiscounted payback = 600,000 ÷ 200,000 = 3 years exactly.
    #expect(InsourcingAppraisal.annuityFactor(years: 5, discountRate: 0) == 5)
    let npv = try InsourcingAppraisal.netPresentValue(
      cost: 600_000, annualSaving: 200_000, years: 5, discountRate: 0)
    #expect(npv.isApproximatelyEqual(to: 400_000))
    #expect(
      try InsourcingAppraisal.breakEvenSaving(cost: 600_000, years: 5, discountRate: 0)
        .isApproximatelyEqual(to: 120_000))
    let payback = try InsourcingAppraisal.discountedPayback(
      cost: 600_000, annualSaving: 200_000, discountRate: 0)
    #expect(payback.years.isApproximatelyEqual(to: 3))
  }

  @Test func paybackNeverReachedWithinFiftyYears() throws {
    // £30,000 a year at 3.5% is worth at most 30,000 ÷ 0.035 = £857,142.86 in perpetuity,
    // below a £1,000,000 cost.
    let payback = try InsourcingAppraisal.discountedPayback(cost: 1_000_000, annualSaving: 30_000)
    #expect(payback == .never)
    #expect(payback.years == nil)
  }

  @Test func notesAndDefaults() {
    #expect(InsourcingAppraisal.greenBookDiscountRate == 0.035)
    #expect(InsourcingAppraisal.cashTermsNote.contains("cash terms"))
    #expect(InsourcingAppraisal.paybackSearchYears == 50)
  }

  @Test(arguments: [
    (0.0, 200_000.0, 300_000.0, 5, 0.035, AppraisalError.nonPositiveCost(0)),
    (-1.0, 200_000, 300_000, 5, 0.035, .nonPositiveCost(-1)),
    (600_000, 0, 300_000, 5, 0.035, .nonPositiveSaving(0)),
    (600_000, -5, 300_000, 5, 0.035, .nonPositiveSaving(-5)),
    (.nan, 200_000, 300_000, 5, 0.035, .notFinite(input: "one-off cost")),
    (600_000, 200_000, .infinity, 5, 0.035, .notFinite(input: "annual saving")),
    (600_000, 200_000, 300_000, 5, .nan, .notFinite(input: "discount rate")),
    (600_000, 200_000, 300_000, 0, 0.035, .horizonOutOfRange(0)),
    (600_000, 200_000, 300_000, 101, 0.035, .horizonOutOfRange(101)),
    (600_000, 200_000, 300_000, 5, -0.01, .discountRateOutOfRange(-0.01)),
    (600_000, 200_000, 300_000, 5, 1.5, .discountRateOutOfRange(1.5)),
    (600_000, 300_000, 200_000, 5, 0.035, .savingRangeReversed(low: 300_000, high: 200_000)),
  ])
  func rejectsInvalidInputs(
    cost: Double, low: Double, high: Double, years: Int, rate: Double, error: AppraisalError
  ) {
    #expect(throws: error) {
      try InsourcingAppraisal(
        cost: cost, lowSaving: low, highSaving: high, horizonYears: years, discountRate: rate)
    }
  }

  @Test func boundaryInputsAreAccepted() throws {
    // Horizon 1 and 100, rate 0 and 100%, equal low and high are all valid.
    _ = try InsourcingAppraisal(
      cost: 1, lowSaving: 1, highSaving: 1, horizonYears: 1, discountRate: 0)
    let appraisal = try InsourcingAppraisal(
      cost: 1, lowSaving: 1, highSaving: 1, horizonYears: 100, discountRate: 1)
    // Rate 100%: first saving worth 1 ÷ 2 = 0.5, the second 0.25; 0.75 < 1 ≤ …, limit 1 never
    // reached, so never.
    #expect(appraisal.low.discountedPayback == .never)
  }

  @Test func errorsDescribeTheFix() {
    #expect(AppraisalError.horizonOutOfRange(0).description.contains("1 to 100"))
    #expect(
      AppraisalError.nonPositiveCost(-1200).description
        == "The one-off cost is -£1,200.00; give a cost greater than £0.")
  }
}
