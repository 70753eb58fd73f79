import Foundation
public import TrustMetricsCore

/// Proposes candidate figures from any article, minutes or report text, for a person to review.
///
/// Each number read as written (see ``NumberReader``) becomes a candidate when words near it name
/// a measure: the unit comes from how it is written, the measure from the clause's words, the
/// entity from the nearest named body before it, the period from the nearest date or year, the
/// qualifier from its hedge and words such as "forecast". Page furniture is skipped: years and
/// dates alone, times, prices per month, phone numbers, ages, ordinals, numbers in addresses.
/// The rules name no source, body or sentence: only general words.
public struct FigureExtractor: Sendable {
  /// The bodies figures can be about, found by name or alias in the text.
  public var entities: [Entity]

  /// Creates an extractor that knows these bodies.
  ///
  /// - Parameter entities: Entities with names and aliases (`entities.csv`).
  public init(entities: [Entity]) { self.entities = entities }

  /// The candidates a text holds, in text order.
  ///
  /// - Parameters:
  ///   - text: The document's text.
  ///   - source: The name the `source` field carries.
  /// - Returns: The candidates; a range gives two (`range_low`, `range_high`).
  public func candidates(in text: String, source: String) -> [FigureCandidate] {
    let document = ExtractionDocument(text: text, entities: entities)
    var result: [FigureCandidate] = []
    var usedIDs: [String: Int] = [:]
    for number in NumberReader().numbers(in: text) {
      guard !document.isFurniture(number) else { continue }
      let sentence = document.sentence(around: number.utf8Offsets)
      let words = document.lowercased(sentence)
      guard
        let (measure, cue) = MeasureGuess.measure(
          for: number, in: words, at: number.utf8Offsets.lowerBound - sentence.lowerBound)
      else { continue }
      let cueRange = (cue.lowerBound + sentence.lowerBound)..<(cue.upperBound + sentence.lowerBound)
      let clause = document.clause(in: sentence, covering: number.utf8Offsets, and: cueRange)
      let entity =
        MeasureGuess.isNational(measure)
        ? "England" : document.entity(before: number.utf8Offsets.lowerBound) ?? ""
      let period = document.period(near: number.utf8Offsets, sentence: sentence, measure: measure)
      var qualifiers: [Qualifier] = []
      if let hedge = number.hedge { qualifiers.append(hedge) }
      if words.contains("forecast") || words.contains("expected to") {
        qualifiers.append(.forecast)
      }
      if words.contains("target") || words.contains("ambition") { qualifiers.append(.target) }
      let quote = document.text(of: clause)
      let ends: [(Decimal, Qualifier?)] =
        number.upperValue.map { [(number.value, .rangeLow), ($0, .rangeHigh)] }
        ?? [(number.value, nil)]
      for (value, end) in ends {
        var all = qualifiers
        if let end { all.append(end) }
        var scaled = value
        if number.kind == .fraction {
          var exact = value
          var rounded = Decimal()
          NSDecimalRound(&rounded, &exact, 1, .plain)
          scaled = rounded
        }
        var id = [entity, measure.rawValue, period].filter { !$0.isEmpty }.map(Self.slug)
          .joined(separator: "-")
        if let end { id += end == .rangeLow ? "-low" : "-high" }
        usedIDs[id, default: 0] += 1
        if let count = usedIDs[id], count > 1 { id += "-\(count)" }
        result.append(
          FigureCandidate(
            id: id, entity: entity, measure: measure, period: period, value: scaled,
            qualifiers: Array(Set(all)).sorted(), source: source, quote: quote, number: number))
      }
    }
    return result
  }

  /// Lower-case letters and digits joined by single hyphens.
  static func slug(_ text: String) -> String {
    var result = ""
    var pendingHyphen = false
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingHyphen, !result.isEmpty { result.append("-") }
        pendingHyphen = false
        result.unicodeScalars.append(scalar)
      } else if scalar != "'" && scalar != "\u{2019}" {
        pendingHyphen = true
      }
    }
    return result
  }
}
