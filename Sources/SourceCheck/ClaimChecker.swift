import Foundation
import TrustMetricsCore

/// Recomputes derived claims from their figures and tests them with the rule their word sets.
struct ClaimChecker {
  var figures: [String: Figure]
  var workforce: WorkforceStatistics
  var quotes: QuoteChecker

  func result(for claim: Claim) -> CheckResult {
    func make(_ status: CheckStatus, _ detail: String) -> CheckResult {
      CheckResult(
        scope: .claims, subject: claim.id, kind: claim.kind.rawValue, status: status,
        detail: detail, source: claim.provenance.source)
    }
    let located = quotes.sources[claim.provenance.source]?.offsets(of: claim.provenance.quote) ?? []
    guard !located.isEmpty else {
      var quoteResult = quotes.result(
        subject: claim.id, kind: claim.kind.rawValue, quote: claim.provenance.quote,
        source: claim.provenance.source, [])
      quoteResult.scope = .claims
      quoteResult.detail = "the claim's quote is " + quoteResult.detail
      return quoteResult
    }
    let parts = claim.figureIDs.compactMap { figures[$0] }
    guard parts.count == claim.figureIDs.count else {
      return make(.unverifiable, "a figure it names is not loaded")
    }
    let (status, detail) = evaluate(claim, parts)
    var result = make(status, detail)
    result.position = quotes.sources[claim.provenance.source]?.position(ofOffset: located[0])
    return result
  }

  private func evaluate(_ claim: Claim, _ parts: [Figure]) -> (CheckStatus, String) {
    let rule = claim.rule
    switch claim.kind {
    case .ratio, .share:
      guard
        let computed = claim.kind == .ratio
          ? Proportion.ratio(of: parts[0], to: parts[1])
          : Proportion.share(of: parts[0], in: parts[1])
      else { return (.unverifiable, "the reference is zero") }
      let formula =
        claim.kind == .ratio
        ? "\(parts[0].value) ÷ \(parts[1].value) = \(Numbers.text(computed))"
        : "\(parts[0].value) ÷ \(parts[1].value) × 100 = \(Numbers.text(computed))%"
      guard case .value(let expected) = claim.expected else {
        return (.unverifiable, formula + "; expected is not a number")
      }
      if let meaning = Self.meaning(of: rule), expected != meaning {
        return (
          .mismatch,
          formula + "; claims.csv expects \(expected) but “\(rule.rawValue)” means \(meaning)"
        )
      }
      let (lower, upper) = band(rule, expected)
      let holds = computed >= lower - 1e-9 && computed <= upper + 1e-9
      return (
        holds ? .verified : .mismatch,
        formula + "; “\(rule.rawValue)” allows \(Numbers.text(lower))–\(Numbers.text(upper))"
      )
    case .change:
      return change(claim, from: parts[0], to: parts[1])
    case .partOfWhole:
      let part = parts[0].doubleValue
      let whole = parts[1].doubleValue
      let isWhole = part.rounded() == part && whole.rounded() == whole
      var detail = "\(parts[0].value) of \(parts[1].value)"
      if let share = Proportion.share(of: part, in: whole) {
        detail += " = \(Numbers.text(share, places: 1))%"
      }
      if case .value(let expected) = claim.expected, expected != parts[0].value {
        return (.mismatch, detail + "; the claim states \(expected)")
      }
      guard isWhole, part <= whole, part >= 0 else {
        return (.mismatch, detail + "; “of” needs whole numbers with the part no greater")
      }
      return (.verified, detail + "; a whole number no greater than the whole")
    case .partition:
      return partition(claim, parts)
    case .comparison:
      return comparison(claim, parts[0])
    }
  }

  /// The number a multiple's word means: 2 for "double" and "twice", 0.5 for "half".
  static func meaning(of rule: ToleranceRule) -> Decimal? {
    switch rule {
    case .double, .twice: 2
    case .half: Decimal(sign: .plus, exponent: -1, significand: 5)
    default: nil
    }
  }

  /// The range a rule allows around an expected number.
  private func band(_ rule: ToleranceRule, _ expected: Decimal) -> (Double, Double) {
    let value = NSDecimalNumber(decimal: expected).doubleValue
    switch rule {
    case .double, .twice: return (1.9, 2.1)
    case .half: return (0.45, 0.55)
    case .about, .approximately:
      let half = FigureInterval.unit(of: expected) / 2
      return (value - half, value + half)
    default:
      // Exact: equal once rounded to the expected value's written decimals.
      let half = FigureInterval.unit(of: expected) / 2
      return (value - half, value + half - 1e-9)
    }
  }

  private func change(_ claim: Claim, from: Figure, to: Figure) -> (CheckStatus, String) {
    let difference = to.doubleValue - from.doubleValue
    let fromInterval = FigureInterval(from)
    let toInterval = FigureInterval(to)
    let certain: Direction? =
      toInterval.upper < fromInterval.lower
      ? .down : toInterval.lower > fromInterval.upper ? .up : nil
    let unit = from.unit == .percent ? " percentage points" : ""
    var detail =
      "\(from.value) → \(to.value): \(difference > 0 ? "+" : "")\(Numbers.text(difference))\(unit)"
    if let relative = Change(from: from.doubleValue, to: to.doubleValue).relativePercent,
      from.unit != .count
    {
      detail += " (\(relative > 0 ? "+" : "")\(Numbers.text(relative, places: 1))%)"
    }
    let wordDirection: Direction
    switch claim.rule {
    case .up, .rise: wordDirection = .up
    case .improve:
      switch from.measure.polarity {
      case .lowIsGood: wordDirection = .down
      case .highIsGood: wordDirection = .up
      case .neutral:
        return (.unverifiable, detail + "; “improve” has no direction for this measure")
      }
    default: wordDirection = .down
    }
    if case .direction(let expected) = claim.expected, expected != wordDirection {
      return (
        .mismatch,
        detail + "; claims.csv expects \(expected.rawValue) but “\(claim.rule.rawValue)” means "
          + wordDirection.rawValue
      )
    }
    guard let certain else {
      return (
        .unverifiable,
        detail + "; the hedges overlap, so the direction cannot be told"
      )
    }
    guard certain == wordDirection else {
      return (
        .mismatch,
        detail + "; it went \(certain.rawValue), not \(wordDirection.rawValue) as "
          + "“\(claim.rule.rawValue)” says"
      )
    }
    if case .value(let expected) = claim.expected {
      let expectedValue = NSDecimalNumber(decimal: expected).doubleValue
      guard abs(difference - expectedValue) < 1e-9 else {
        return (.mismatch, detail + "; the claim implies a change of \(expected)")
      }
      return (
        .verified,
        detail
          + "; \(wordDirection.rawValue) by exactly \(expected), as “\(claim.rule.rawValue)” says"
      )
    }
    return (.verified, detail + "; \(wordDirection.rawValue), as “\(claim.rule.rawValue)” says")
  }

  private func partition(_ claim: Claim, _ parts: [Figure]) -> (CheckStatus, String) {
    let shares = parts.prefix { $0.unit == .percent }
    let base = parts.dropFirst(shares.count).first
    guard case .value(let expected) = claim.expected, !shares.isEmpty else {
      return (.unverifiable, "a partition needs shares in percent and an expected total")
    }
    let sum = shares.reduce(0.0) { $0 + $1.doubleValue }
    let tolerance = shares.reduce(0.0) { $0 + FigureInterval.unit(of: $1.value) / 2 }
    let expectedValue = NSDecimalNumber(decimal: expected).doubleValue
    var detail =
      shares.map { "\($0.value)%" }.joined(separator: " + ") + " = \(Numbers.text(sum))%"
      + "; “in total” allows \(Numbers.text(expectedValue - tolerance))–"
      + "\(Numbers.text(expectedValue + tolerance))"
    if let base {
      let counts = shares.map { $0.doubleValue * base.doubleValue / 100 }
      detail +=
        "; of \(base.value): " + counts.map { Numbers.text($0, places: 2) }.joined(separator: " + ")
      let fractional = zip(shares, counts).filter { $0.1.rounded() != $0.1 }
      if let (share, count) = fractional.first {
        let low = count.rounded(.down)
        let high = count.rounded(.up)
        detail +=
          " — \(share.value)% of \(base.value) is \(Numbers.text(count)) cases, not a whole "
          + "number, so the shares are rounded: \(Numbers.text(low)) or \(Numbers.text(high)) "
          + "cases (\(Numbers.text(low / base.doubleValue * 100, places: 1))% or "
          + "\(Numbers.text(high / base.doubleValue * 100, places: 1))%)"
      }
    }
    let holds = abs(sum - expectedValue) <= tolerance + 1e-9
    return (holds ? .verified : .mismatch, detail)
  }

  private func comparison(_ claim: Claim, _ figure: Figure) -> (CheckStatus, String) {
    guard let (indicator, _) = OfficialReconciler.indicators(for: figure.measure) else {
      return (.unverifiable, "DfE publishes no national \(figure.measure.rawValue)")
    }
    let year = figure.period.censusYear
    guard let england = workforce.england(year: year)?[indicator].number else {
      return (.unverifiable, "no England \(indicator.rawValue) for census \(year)")
    }
    let interval = FigureInterval(figure)
    let isBelow = claim.expected == .below
    let detail =
      "\(figure.id) covers \(Numbers.text(interval.lower))–\(Numbers.text(interval.upper)); "
      + "England's \(indicator.rawValue) for census \(year) is \(Numbers.text(england))"
    let holds = isBelow ? interval.upper < england : interval.lower > england
    let fails = isBelow ? interval.lower >= england : interval.upper <= england
    if holds { return (.verified, detail + "; \(isBelow ? "below" : "above") it throughout") }
    if fails { return (.mismatch, detail + "; not \(isBelow ? "below" : "above") it") }
    return (.unverifiable, detail + "; the hedge spans the national value, so it cannot be told")
  }
}
