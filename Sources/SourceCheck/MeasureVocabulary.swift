import Foundation
import TrustMetricsCore

/// The documented vocabulary of domain words that name a figure's measure.
///
/// The README's table under `extract` lists it: general words of children's services money and
/// workforce, never a source's sentence. A number whose words name none is proposed as `other`.
///
/// The measure depends on how the number is written: a percentage or fraction, an amount in
/// pounds, or a plain number; and on the words near it: the counted words right after it
/// ("75,420 looked after children", "five independent specialists") and the cue words of its
/// sentence, the nearest winning.
enum MeasureVocabulary {
  /// A cue: words that name a measure, and how far from the number they may stand (bytes).
  struct Cue {
    var words: [String]
    var measure: Measure
    var reach: Int = 120
  }

  /// Cues for a percentage or fraction, most specific first.
  static let shareCues: [Cue] = [
    Cue(words: ["newly qualified"], measure: .agencyAndNewlyQualifiedRate),
    Cue(words: ["two or more social workers"], measure: .childrenWithTwoOrMoreSocialWorkersRate),
    Cue(words: ["permanent"], measure: .permanentManagerRate, reach: 80),
    Cue(words: ["agency", "agencies", "locum", "interim staff"], measure: .agencyRate),
    Cue(words: ["vacanc", "vacant"], measure: .vacancyRate),
    Cue(words: ["turnover", "turn over", "leavers"], measure: .turnoverRate),
  ]
  /// Ofsted's grades: a share of cases given one is a case-audit rate.
  static let grades = [
    "inadequate", "requires improvement", "required improvement", "good",
    "outstanding",
  ]
  /// The wholes a share of councils is taken of ("8% of the total", "a third of councils").
  static let councilWholes = [
    "councils", "local authorities", "authorities", "the total",
    "children’s services", "children's services", "local authority",
  ]

  /// Cues for an amount in pounds.
  static let moneyCues: [Cue] = [
    Cue(
      words: ["overspen", "over budget", "more than budgeted", "in the red", "deficit"],
      measure: .overspend),
    Cue(
      words: ["budget", "contract sum", "contract price", "contract value", "allocat"],
      measure: .grossBudget),
  ]
  /// Words that put costs and savings in bringing services back in-house.
  static let insourcingWords = [
    "back in-house", "back in house", "insourc", "winding up",
    "wind up", "wound up", "services back", "bringing services", "returned to the council",
    "return to the council", "returned in-house", "return in-house", "take back control",
    "taking back control", "takes back control",
  ]
  /// Words that make a count of councils a count of those whose services trusts run.
  static let runningWords = [
    "running", "run by", "responsib", "in the hands of", "under trust",
    "stewardship", "took over", "transferred to",
  ]

  /// Counted words for staff.
  static let staffWords = [
    "staff", "social workers", "social worker", "workers", "employees",
    "practitioners", "managers", "people employed", "posts filled", "temps",
  ]
  /// Counted words for councils.
  static let councilWords = [
    "councils", "council", "local authorities", "local authority",
    "authorities", "boroughs",
  ]
  /// Counted words for trusts and companies.
  static let trustWords = [
    "trusts", "trust", "companies", "company", "organisations",
    "organisation",
  ]
  /// Words that make trusts' counts a count of ones created.
  static let creationWords = ["created", "set up", "established", "launched", "formed"]

  /// The measure and unit a number's words propose, with the cue's byte range in the sentence
  /// when a cue named the measure.
  ///
  /// - Parameters:
  ///   - number: The number.
  ///   - counted: Up to four words right after the number, lower-cased.
  ///   - sentence: The number's sentence, lower-cased.
  ///   - offset: Where the number starts in the sentence (bytes).
  /// - Returns: The proposal, the unit (`nil` for a multiple) and the cue's range, if any.
  static func proposal(
    for number: WrittenNumber, counted: [String], sentence: String, offset: Int
  ) -> (MeasureProposal, FigureUnit?, Range<Int>?) {
    let countedText = counted.joined(separator: " ")
    switch number.kind {
    case .percent, .fraction:
      return share(number, counted: countedText, sentence: sentence, offset: offset)
    case .pounds:
      return money(number, counted: countedText, sentence: sentence, offset: offset)
    case .plain:
      return plain(number, counted: counted, sentence: sentence, offset: offset)
    case .multiple:
      return (.other, nil, nil)
    }
  }

  /// The nearest cue of a list within its reach, as (measure, range in the sentence).
  static func nearest(_ cues: [Cue], in sentence: String, offset: Int, length: Int)
    -> (Measure, Range<Int>)?
  {
    let bytes = Array(sentence.utf8)
    var best: (Measure, Range<Int>, Int)?
    for cue in cues {
      for word in cue.words {
        for start in occurrences(of: word, in: bytes) {
          let end = start + word.utf8.count
          let distance = end <= offset ? offset - end : max(0, start - (offset + length))
          guard distance <= cue.reach else { continue }
          // "cut budgets by £2.6m", "overspend its budget by £20m": the noun is not what the
          // amount is when "by" stands between.
          if cue.measure == .grossBudget, end <= offset {
            let gap = String(decoding: bytes[end..<offset], as: UTF8.self)
            if gap.hasSuffix(" by ") || gap.contains(" by nearly ") || gap.contains(" by more ")
              || gap.contains(" by about ") || gap.contains(" by over ")
              || gap.contains(" by a ")
            {
              continue
            }
          }
          if best == nil || distance < (best?.2 ?? .max) {
            best = (cue.measure, start..<end, distance)
          }
        }
      }
    }
    return best.map { ($0.0, $0.1) }
  }

  static func occurrences(of word: String, in bytes: [UInt8]) -> [Int] {
    let needle = Array(word.utf8)
    guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
    return (0...(bytes.count - needle.count)).filter {
      bytes[$0] == needle[0] && bytes[$0..<$0 + needle.count].elementsEqual(needle)
        && ($0 == 0 || !ExtractionDocument.isLetter(bytes[$0 - 1]))
    }
  }

  static func share(_ number: WrittenNumber, counted: String, sentence: String, offset: Int)
    -> (MeasureProposal, FigureUnit?, Range<Int>?)
  {
    let length = number.text.utf8.count
    // "8% of the total", "a third of councils": a share of councils.
    if counted.hasPrefix("of ") {
      let whole = counted.dropFirst(3)
      if councilWholes.contains(where: { whole.hasPrefix($0) }) {
        return (.measure(.shareOfCouncils), .percent, nil)
      }
    }
    if sentence.contains("of cases") || sentence.contains("audit"),
      grades.contains(where: { sentence.contains($0) }),
      !sentence.contains("agency"), !sentence.contains("vacan")
    {
      return (.measure(.caseAuditRate), .percent, nil)
    }
    if let (measure, range) = nearest(shareCues, in: sentence, offset: offset, length: length) {
      if measure == .permanentManagerRate, !sentence.contains("manager") {
        return (.other, .percent, nil)
      }
      if measure == .agencyAndNewlyQualifiedRate, !sentence.contains("agency") {
        return (.other, .percent, nil)
      }
      if measure.isBoundedShare, number.value > 100 { return (.other, .percent, nil) }
      return (.measure(measure), .percent, range)
    }
    return (.other, .percent, nil)
  }

  static func money(_ number: WrittenNumber, counted: String, sentence: String, offset: Int)
    -> (MeasureProposal, FigureUnit?, Range<Int>?)
  {
    let length = number.text.utf8.count
    let rate = moneyRate(number, counted: counted)
    if rate != .gbp { return (.other, rate, nil) }
    if insourcingWords.contains(where: { sentence.contains($0) }) {
      let insourcingCues = [
        Cue(words: ["saving", "save"], measure: .insourcingAnnualSaving),
        Cue(words: ["cost"], measure: .insourcingOneOffCost),
      ]
      if let (measure, range) = nearest(
        insourcingCues, in: sentence, offset: offset, length: length)
      {
        return (.measure(measure), .gbp, range)
      }
    }
    // "£42.3m more than its £174.0m budget": spending above a budget.
    if counted.hasPrefix("more than"), sentence.contains("budget") || sentence.contains("allocat") {
      return (.measure(.overspend), .gbp, nil)
    }
    if counted.hasPrefix("over budget") || counted.hasPrefix("over its") {
      return (.measure(.overspend), .gbp, nil)
    }
    if let (measure, range) = nearest(moneyCues, in: sentence, offset: offset, length: length) {
      return (.measure(measure), .gbp, range)
    }
    return (.other, .gbp, nil)
  }

  /// The money rate a written amount is: per child, per week, per FTE, else plain pounds.
  static func moneyRate(_ number: WrittenNumber, counted: String) -> FigureUnit {
    if number.unitWord == "week" { return .gbpPerWeek }
    let window = counted.split(separator: " ").prefix(6).joined(separator: " ")
    if window.hasPrefix("per child") || window.hasPrefix("a child") || window.contains(" per child")
      || window.contains("a year a child")
    {
      return .gbpPerChild
    }
    if window.contains("per week") || window.hasPrefix("a week")
      || window.contains("or more a week")
    {
      return .gbpPerWeek
    }
    if window.hasPrefix("per fte") || window.hasPrefix("per full-time") { return .gbpPerFTE }
    return .gbp
  }

  static func plain(_ number: WrittenNumber, counted: [String], sentence: String, offset: Int)
    -> (MeasureProposal, FigureUnit?, Range<Int>?)
  {
    let countedText = counted.joined(separator: " ")
    let isWhole = number.value == number.value.rounded0
    // "a seven-year contract"
    if number.unitWord == "year" || counted.first == "year" || counted.first == "years" {
      if counted.contains(where: { ExtractionDocument.agreementWords.contains($0) }) {
        return (.measure(.contractLength), .years, nil)
      }
    }
    if countedText.hasPrefix("fte") || countedText.hasPrefix("full-time equivalent") {
      return (.measure(.staffFTE), .fte, nil)
    }
    let caseloadWords = [
      "caseload", "case load", "cases per", "per worker", "per practitioner",
      "per social worker", "cases each", "children per worker",
    ]
    if number.value <= 60,
      caseloadWords.contains(where: { sentence.contains($0) || countedText.hasPrefix($0) })
        || (sentence.contains("average") && countedText.hasPrefix("cases"))
    {
      return (.measure(.caseloadAverage), .casesPerWorker, nil)
    }
    if countedText.contains("escalated") || sentence.contains("were escalated") {
      return (.measure(.escalatedCases), .count, nil)
    }
    if countedText.hasPrefix("case reviews") || countedText.hasPrefix("cases reviewed")
      || countedText.hasPrefix("cases audited") || countedText.hasPrefix("audits")
    {
      return (.measure(.caseReviews), .count, nil)
    }
    if countedText.contains("recommendations") {
      return (.measure(.auditRecommendations), .count, nil)
    }
    if countedText.contains("specialists") || countedText.contains("experts") {
      return (.measure(.auditSpecialists), .count, nil)
    }
    if countedText.hasPrefix("open cases") || (countedText.hasPrefix("cases") && number.value > 100)
    {
      return (.measure(.openCases), .count, nil)
    }
    if staffWords.contains(where: { countedText.contains($0) }) {
      if !isWhole { return (.measure(.staffFTE), .fte, nil) }
      if sentence.contains("transfer") { return (.measure(.staffTransferring), .count, nil) }
      return (.measure(.staffHeadcount), .count, nil)
    }
    if !isWhole, staffWords.contains(where: { sentence.contains($0) }) {
      return (.measure(.staffFTE), .fte, nil)
    }
    if let first = counted.first,
      trustWords.contains(first)
        || counted.dropFirst().first.map({
          trustWords.contains($0)
        }) == true
    {
      if creationWords.contains(where: { sentence.contains($0) }) {
        return (.measure(.trustsCreated), .count, nil)
      }
      return (.measure(.trustCount), .count, nil)
    }
    let countsCouncils =
      councilWords.contains(where: { countedText.hasPrefix($0) })
      || (counted.count > 1
        && councilWords.contains(where: {
          counted.dropFirst().joined(separator: " ").hasPrefix($0)
        }))
    let bytes = Array(sentence.utf8)
    let prefix = String(decoding: bytes[max(0, offset - 8)..<offset], as: UTF8.self)
    if prefix.hasSuffix("of the ") && number.value > 100 {
      return (.measure(.councilCount), .count, nil)
    }
    if countsCouncils {
      let runByTrusts =
        ["trust", "compan", "not-for-profit"].contains { sentence.contains($0) }
        && runningWords.contains { sentence.contains($0) }
      if runByTrusts, number.value <= 100 { return (.measure(.councilsRunByTrusts), .count, nil) }
      if number.value > 100 { return (.measure(.councilCount), .count, nil) }
    }
    return (.other, .count, nil)
  }

  /// Measures about the country as a whole rather than one body.
  static func isNational(_ measure: Measure) -> Bool {
    [.trustCount, .councilCount, .councilsRunByTrusts, .trustsCreated, .shareOfCouncils]
      .contains(measure)
  }
}
