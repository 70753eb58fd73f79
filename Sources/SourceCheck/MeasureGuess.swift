import Foundation
import TrustMetricsCore

/// Guesses a number's measure from general words near it (agency, locum, vacancy, turnover,
/// caseload, overspent, budget, savings, cost, staff, cases, councils, trusts...).
enum MeasureGuess {
  /// Cue words by measure, most specific first, for each kind of written number.
  static let percentCues: [(String, Measure)] = [
    ("agency and newly qualified", .agencyAndNewlyQualifiedRate),
    ("social workers in the last", .childrenWithTwoOrMoreSocialWorkersRate),
    ("permanent", .permanentManagerRate), ("locum", .agencyRate), ("agency", .agencyRate),
    ("vacanc", .vacancyRate), ("turnover", .turnoverRate), ("of cases", .caseAuditRate),
    ("judged", .caseAuditRate), ("improvement", .caseAuditRate), ("good", .caseAuditRate),
    ("inadequate", .caseAuditRate), ("councils", .shareOfCouncils),
    ("children’s services", .shareOfCouncils), ("local authorities", .shareOfCouncils),
    ("of the total", .shareOfCouncils),
  ]
  static let poundCues: [(String, Measure)] = [
    ("overspen", .overspend), ("over budget", .overspend), ("budget", .grossBudget),
    ("expenditure", .grossBudget), ("saving", .insourcingAnnualSaving),
    ("save", .insourcingAnnualSaving), ("cost", .insourcingOneOffCost),
  ]
  static let countCues: [(String, Measure)] = [
    ("-year contract", .contractLength), ("year contract", .contractLength),
    ("caseload", .caseloadAverage), ("average of", .caseloadAverage),
    ("open cases", .openCases), ("case reviews", .caseReviews), ("audit", .caseReviews),
    ("escalated", .escalatedCases), ("recommendations", .auditRecommendations),
    ("specialists", .auditSpecialists), ("staff", .staffHeadcount),
    ("social workers", .staffHeadcount), ("created", .trustsCreated),
    ("established", .trustsCreated), ("set up", .trustsCreated), ("companies", .trustCount),
    ("trusts", .councilsRunByTrusts), ("local authorit", .councilsRunByTrusts),
    ("councils", .councilsRunByTrusts),
  ]

  /// The measure and the cue's byte range in the lower-cased sentence, or `nil` when no cue
  /// fits the way the number is written.
  static func measure(for number: WrittenNumber, in sentence: String, at offset: Int)
    -> (Measure, Range<Int>)?
  {
    let cues: [(String, Measure)]
    switch number.kind {
    case .percent, .fraction: cues = percentCues
    case .pounds: cues = poundCues
    case .plain: cues = countCues
    case .multiple: return nil
    }
    let bytes = Array(sentence.utf8)
    var best: (Measure, Range<Int>, Int)?
    for (cue, measure) in cues {
      let needle = Array(cue.utf8)
      guard needle.count <= bytes.count else { continue }
      for start in 0...(bytes.count - needle.count)
      where bytes[start] == needle[0] && bytes[start..<start + needle.count].elementsEqual(needle) {
        let distance = abs(start - offset)
        if best == nil || distance < (best?.2 ?? .max) {
          best = (measure, start..<start + needle.count, distance)
        }
      }
    }
    guard let (guessed, range, distance) = best, distance < 200 else { return nil }
    var measure = guessed
    // A plain number: years for "N-year", FTE for decimals, councils "of the N".
    if number.kind == .plain {
      if number.unitWord == "year" { measure = .contractLength }
      if measure == .staffHeadcount, number.value != number.value.rounded { measure = .staffFTE }
      if measure == .caseloadAverage, number.value > 100 { return nil }
      if measure == .caseloadAverage, number.value > 100 { return nil }
      if measure == .councilsRunByTrusts || measure == .councilCount {
        let prefix = String(decoding: bytes[max(0, offset - 8)..<offset], as: UTF8.self)
        measure = prefix.hasSuffix("of the ") ? .councilCount : .councilsRunByTrusts
      }
    }
    return (measure, range)
  }

  /// Measures about the country as a whole rather than one body.
  static func isNational(_ measure: Measure) -> Bool {
    [.trustCount, .councilCount, .councilsRunByTrusts, .trustsCreated, .shareOfCouncils]
      .contains(measure)
  }
}

extension Decimal {
  fileprivate var rounded: Decimal {
    var value = self
    var result = Decimal()
    NSDecimalRound(&result, &value, 0, .plain)
    return result
  }
}
