import TrustMetricsCore

/// Decides whether the number of a quote that states a figure's value is the one the quote
/// attaches to the figure's period and body.
///
/// Each number of the quote that could state the figure (same kind, not a date or a duration)
/// is read for its period and body (``QuoteBinder``). A number *claims* the figure when what
/// its structure says fits the figure's period and body and says something; it *contradicts*
/// it when any of that does not fit. The value's number:
/// - contradicts: **mismatch**, naming the number the quote gives the figure's period or body;
/// - claims, and no other value claims as much: **bound** (`verified`);
/// - says nothing, and every other value contradicts: **bound** by elimination (a quote with
///   one such number is bound this way);
/// - otherwise: **unbound** (`verified_unbound`).
struct BindingJudge: Sendable {
  var names: EntityNames

  /// The judgement on one figure.
  enum Outcome: Equatable {
    /// The number at `index` is the figure's; `reason` says how the quote ties it.
    case bound(index: Int, reason: String?)
    /// The number at `index` states the value, but which period or body it is for cannot be
    /// read.
    case unbound(index: Int, reason: String)
    /// The number at `index` states the value, but the quote gives it to another period or
    /// body.
    case mismatch(index: Int, reason: String)
  }

  /// How a number's binding fits a figure: how many of period and body fit, and whether any
  /// does not.
  struct Fit {
    var fitting = 0
    var contradicts = false
    var claims: Bool { fitting > 0 && !contradicts }
  }

  /// The judgement.
  ///
  /// - Parameters:
  ///   - period: The figure's period.
  ///   - entity: The figure's entity (canonical name).
  ///   - numbers: The numbers of the text read.
  ///   - reading: Their bindings.
  ///   - candidates: The indices of the numbers that could state the figure (in the quote).
  ///   - matches: Those among them whose value is the figure's.
  /// - Returns: The outcome; `nil` when `matches` is empty.
  func outcome(
    period: Period, entity: String, numbers: [WrittenNumber], reading: QuoteBinder.Reading,
    candidates: [Int], matches: [Int]
  ) -> Outcome? {
    guard !matches.isEmpty else { return nil }
    let others = candidates.filter { !matches.contains($0) }
    func fit(_ index: Int) -> Fit {
      var fit = Fit()
      let binding = reading.bindings[index]
      if let bound = binding.period {
        if bound == .present {
          // The present is after every other dated number of the quote.
          let dated = candidates.compactMap { other -> Int? in
            other == index ? nil : reading.bindings[other].period?.months?.upperBound
          }
          if let latest = dated.max() {
            if period.months.lowerBound > latest {
              fit.fitting += 1
            } else {
              fit.contradicts = true
            }
          }
        } else if bound.overlaps(period) == true {
          fit.fitting += 1
        } else {
          fit.contradicts = true
        }
      }
      switch binding.entity {
      case .named(let name):
        if names.sameBody(name, entity) { fit.fitting += 1 } else { fit.contradicts = true }
      case .otherThan(let name):
        if names.sameBody(name, entity) { fit.contradicts = true } else { fit.fitting += 1 }
      case nil: break
      }
      return fit
    }
    let fits = Dictionary(uniqueKeysWithValues: candidates.map { ($0, fit($0)) })
    func rank(_ index: Int) -> Int {
      guard let fit = fits[index] else { return 0 }
      return fit.contradicts ? 0 : fit.fitting > 0 ? 2 + fit.fitting : 1
    }
    guard let best = matches.max(by: { rank($0) < rank($1) }), let bestFit = fits[best] else {
      return nil
    }
    let claimingOthers = others.filter { fits[$0]?.claims == true }
    if bestFit.contradicts {
      let strongest = claimingOthers.max { (fits[$0]?.fitting ?? 0) < (fits[$1]?.fitting ?? 0) }
      let own = describe(reading.bindings[best])
      guard let strongest else {
        return .mismatch(
          index: best,
          reason: "the quote gives “\(numbers[best].text)” for \(own), not for "
            + figureWords(period, entity))
      }
      return .mismatch(
        index: best,
        reason: "the quote gives \(numbers[strongest].text) for "
          + "\(describe(reading.bindings[strongest])); “\(numbers[best].text)” is for \(own)")
    }
    if bestFit.claims {
      let rival = claimingOthers.first { (fits[$0]?.fitting ?? 0) >= bestFit.fitting }
      if let rival {
        return .unbound(
          index: best,
          reason: "the quote also gives “\(numbers[rival].text)” for "
            + "\(describe(reading.bindings[rival])); which is \(figureWords(period, entity)) "
            + "cannot be read")
      }
      return .bound(index: best, reason: cues(reading.bindings[best]))
    }
    if others.allSatisfy({ fits[$0]?.contradicts == true }) {
      guard !others.isEmpty else { return .bound(index: best, reason: nil) }
      return .bound(
        index: best,
        reason: "every other number of its kind in the quote is for another period or body ("
          + others.map { "“\(numbers[$0].text)”: \(describe(reading.bindings[$0]))" }
          .joined(separator: "; ") + ")")
    }
    let open = others.filter { fits[$0]?.contradicts != true }
    return .unbound(
      index: best,
      reason: "the quote also states "
        + open.map { "“\(numbers[$0].text)”" }.joined(separator: ", ")
        + "; which is \(figureWords(period, entity)) cannot be read from its structure")
  }

  /// What a binding says: "2015", "West Midlands", "2021-09 and a body other than West
  /// Midlands".
  func describe(_ binding: NumberBinding) -> String {
    var parts: [String] = []
    if let period = binding.period { parts.append(period.description) }
    if let entity = binding.entity { parts.append(entity.description) }
    return parts.isEmpty ? "an unstated period and body" : parts.joined(separator: ", ")
  }

  /// The figure's period and body as details name them.
  func figureWords(_ period: Period, _ entity: String) -> String { "\(entity) in \(period)" }

  /// How a binding was read, for a bound number's detail.
  func cues(_ binding: NumberBinding) -> String? {
    var parts: [String] = []
    if let period = binding.period, let cue = binding.periodCue {
      parts.append("\(period) by \(cue)")
    }
    if let entity = binding.entity, let cue = binding.entityCue {
      parts.append("\(entity) by \(cue)")
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }
}
