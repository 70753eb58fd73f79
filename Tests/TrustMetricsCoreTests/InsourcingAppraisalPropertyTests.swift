import Foundation
import PropertyBased
import Testing
import TrustMetricsCore

/// Properties of the insourcing appraisal over random costs, savings, horizons and rates.
@Suite struct InsourcingAppraisalPropertyTests {
  /// Costs and savings from £1 to £1bn.
  static let pounds = Gen.double(in: 1...1_000_000_000)
  /// Horizons of 1 to 100 years.
  static let years = Gen.int(in: 1...100)
  /// Discount rates from 0 to 100% in whole basis points.
  static let basisPoints = Gen.int(in: 0...10_000)

  /// Whether two values agree to a relative tolerance of their scale.
  static func isClose(_ lhs: Double, _ rhs: Double, scale: Double, relative: Double = 1e-9)
    -> Bool
  {
    abs(lhs - rhs) <= relative * max(scale, 1)
  }

  @Test func simplePaybackTimesSavingIsTheCost() async throws {
    await propertyCheck(count: 500, input: Self.pounds, Self.pounds) { cost, saving in
      let payback = try InsourcingAppraisal.simplePayback(cost: cost, annualSaving: saving)
      #expect(Self.isClose(payback * saving, cost, scale: cost, relative: 1e-12))
    }
  }

  @Test func netPresentValueFallsStrictlyAsTheDiscountRateRises() async throws {
    await propertyCheck(
      count: 500, input: Self.pounds, Self.pounds, Self.years, Self.basisPoints, Self.basisPoints
    ) { cost, saving, years, first, second in
      guard first != second else { return }
      let (lower, higher) = (
        Double(min(first, second)) / 10_000, Double(max(first, second)) / 10_000
      )
      let atLower = try InsourcingAppraisal.netPresentValue(
        cost: cost, annualSaving: saving, years: years, discountRate: lower)
      let atHigher = try InsourcingAppraisal.netPresentValue(
        cost: cost, annualSaving: saving, years: years, discountRate: higher)
      #expect(atLower > atHigher, "rates \(lower) and \(higher)")
    }
  }

  @Test func netPresentValueIsSavingTimesTheAnnuityFactorLessTheCost() async throws {
    await propertyCheck(count: 500, input: Self.pounds, Self.pounds, Self.years, Self.basisPoints) {
      cost, saving, years, basisPoints in
      let rate = Double(basisPoints) / 10_000
      // The annuity factor summed term by term: Σ (1 + r)^−t, t = 1…n.
      let factor = (1...years).reduce(0.0) { $0 + pow(1 + rate, -Double($1)) }
      let npv = try InsourcingAppraisal.netPresentValue(
        cost: cost, annualSaving: saving, years: years, discountRate: rate)
      #expect(
        Self.isClose(npv, saving * factor - cost, scale: saving * Double(years) + cost),
        "rate \(rate), \(years) years")
      #expect(
        Self.isClose(
          InsourcingAppraisal.annuityFactor(years: years, discountRate: rate), factor,
          scale: Double(years)))
    }
  }

  @Test func theBreakEvenSavingHasANetPresentValueOfZero() async throws {
    await propertyCheck(count: 500, input: Self.pounds, Self.years, Self.basisPoints) {
      cost, years, basisPoints in
      let rate = Double(basisPoints) / 10_000
      let saving = try InsourcingAppraisal.breakEvenSaving(
        cost: cost, years: years, discountRate: rate)
      let npv = try InsourcingAppraisal.netPresentValue(
        cost: cost, annualSaving: saving, years: years, discountRate: rate)
      #expect(Self.isClose(npv, 0, scale: cost))
    }
  }

  @Test func discountingNeverShortensThePayback() async throws {
    await propertyCheck(count: 500, input: Self.pounds, Self.pounds, Self.basisPoints) {
      cost, saving, basisPoints in
      let rate = Double(basisPoints) / 10_000
      let simple = try InsourcingAppraisal.simplePayback(cost: cost, annualSaving: saving)
      let discounted = try InsourcingAppraisal.discountedPayback(
        cost: cost, annualSaving: saving, discountRate: rate)
      if let years = discounted.years {
        #expect(years >= simple * (1 - 1e-12), "rate \(rate)")
        #expect(years <= Double(InsourcingAppraisal.paybackSearchYears))
      } else {
        // Never repaid in 50 years: the cost exceeds 50 years of discounted savings,
        // s × A(50, r), so the simple payback exceeds A(50, r).
        let factor = InsourcingAppraisal.annuityFactor(
          years: InsourcingAppraisal.paybackSearchYears, discountRate: rate)
        #expect(simple >= factor * (1 - 1e-12), "rate \(rate)")
      }
    }
  }
}
