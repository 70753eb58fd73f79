public import Foundation
public import TrustMetricsCore

/// Proposes every stated quantity of an article, minutes or report text as a figure for a
/// person to review.
///
/// Every number read as written (see ``NumberReader``) that is not page furniture becomes a
/// proposal: money with its scale, ranges and lists; percentages and fractions; rates per
/// worker, per child or per week; counts of a noun; multiples ("double", "10-fold"). Furniture is
/// skipped: years and dates alone, times, phone numbers, codes and addresses, numbers that name
/// rather than count ("Quarter 2", "section 3.1", "level 3 and 4", list numbers), ages, spans of
/// time ("in five years"), subscription prices, and "one" as a pronoun.
///
/// The measure comes from a documented vocabulary of domain words (``MeasureVocabulary``), or is
/// `other`; the entity from the bodies named near it (`entities.csv` names and aliases, DfE's
/// authority names, "X Council", "X Children's Trust"); the period from dates, years and
/// financial years near it, or words such as "last year" against the article's date; the
/// qualifiers from words (about, nearly, more than, at least, forecast, target, a range). The
/// rules name no source, body or sentence: only general words.
public struct FigureExtractor: Sendable {
  /// The bodies figures can be about, found by name or alias in the text.
  public var entities: [Entity]
  /// Further names of bodies: DfE's authority and region names (a joint name such as
  /// `Kingston upon Thames / Richmond upon Thames` counts as each of its parts).
  public var authorityNames: [String]

  /// Creates an extractor that knows these bodies.
  ///
  /// - Parameter entities: Entities with names and aliases (`entities.csv`).
  public init(entities: [Entity]) { self.init(entities: entities, authorityNames: []) }

  /// Creates an extractor that knows these bodies and authority names.
  ///
  /// - Parameters:
  ///   - entities: Entities with names and aliases (`entities.csv`).
  ///   - authorityNames: DfE's authority and region names (the workforce statistics' `la_name`
  ///     and `region_name`).
  public init(entities: [Entity], authorityNames: [String]) {
    self.entities = entities
    self.authorityNames = authorityNames
  }

  /// The candidates a text holds, in text order: the proposals whose measure is a dataset
  /// measure.
  ///
  /// - Parameters:
  ///   - text: The document's text.
  ///   - source: The name the `source` field carries.
  /// - Returns: The candidates; a range gives two (`range_low`, `range_high`).
  public func candidates(in text: String, source: String) -> [FigureCandidate] {
    proposals(in: text, source: source).compactMap(FigureCandidate.init)
  }

  /// Every stated quantity of a text, proposed as a figure, in text order.
  ///
  /// - Parameters:
  ///   - text: The document's text.
  ///   - source: The name the `source` field carries.
  ///   - published: The article's date, against which "last year" or "currently" is read; when
  ///     `nil`, the first date in its opening lines.
  /// - Returns: The proposals; a range gives two (`range_low`, `range_high`).
  public func proposals(in text: String, source: String, published: PartialDate? = nil)
    -> [FigureProposal]
  {
    let document = ExtractionDocument(
      text: text, entities: entities, authorityNames: authorityNames, published: published)
    let numbers = document.numbers
    // Furniture first: a reference number makes the next joined one furniture too.
    var stated: [Int] = []
    var previous: (WrittenNumber, Furniture?)?
    for (index, number) in numbers.enumerated() {
      let reason = document.furniture(of: number, previous: previous)
      previous = (number, reason)
      if reason == nil { stated.append(index) }
    }
    let ranges = betweenRanges(stated, in: document)
    var result: [FigureProposal] = []
    var usedIDs: [String: Int] = [:]
    // The high end of a range in words names the unit of both: "between £9,600 and £32,500 a
    // week".
    var rangeUnits: [Int: FigureUnit] = [:]
    for (position, low) in stated.enumerated()
    where ranges[low] == .rangeLow && position + 1 < stated.count {
      let high = stated[position + 1]
      guard numbers[high].kind == .pounds else { continue }
      let counted = document.words(after: numbers[high].utf8Offsets.upperBound, count: 6)
      let unit = MeasureVocabulary.moneyRate(numbers[high], counted: counted.joined(separator: " "))
      if unit != .gbp { rangeUnits[low] = unit }
    }
    for index in stated {
      let number = numbers[index]
      let sentence = document.sentence(around: number.utf8Offsets)
      let offset = number.utf8Offsets.lowerBound - sentence.lowerBound
      let counted = document.words(after: number.utf8Offsets.upperBound, count: 6)
      var (measure, unit, cue) = MeasureVocabulary.proposal(
        for: number, counted: counted, sentence: document.lowercased(sentence), offset: offset)
      if let rangeUnit = rangeUnits[index], measure == .other { unit = rangeUnit }
      let cueRange =
        cue.map { ($0.lowerBound + sentence.lowerBound)..<($0.upperBound + sentence.lowerBound) }
        ?? number.utf8Offsets
      let clause = document.clause(in: sentence, covering: number.utf8Offsets, and: cueRange)
      let entity =
        measure.measure.map(MeasureVocabulary.isNational) == true
        ? "England"
        : document.entity(for: number, index: index, sentence: sentence, proposed: stated)
      let period = document.period(
        near: number.utf8Offsets, sentence: sentence, isMoney: number.kind == .pounds)
      let qualifiers = self.qualifiers(of: number, in: document.lowercased(clause))
      let quote = document.text(of: clause)
      var ends: [(Decimal, Qualifier?)] =
        number.upperValue.map { [(number.value, .rangeLow), ($0, .rangeHigh)] }
        ?? [(number.value, nil)]
      if let end = ranges[index] { ends = [(number.value, end)] }
      for (value, end) in ends {
        var all = qualifiers
        if let end { all.insert(end) }
        var scaled = value
        if number.kind == .fraction {
          var exact = value
          var rounded = Decimal()
          NSDecimalRound(&rounded, &exact, 1, .plain)
          scaled = rounded
        }
        var id = [entity, measure.name, period].filter { !$0.isEmpty }.map(Self.slug)
          .joined(separator: "-")
        if let end, end == .rangeLow || end == .rangeHigh {
          id += end == .rangeLow ? "-low" : "-high"
        }
        usedIDs[id, default: 0] += 1
        if let count = usedIDs[id], count > 1 { id += "-\(count)" }
        result.append(
          FigureProposal(
            id: id, entity: entity, measure: measure, unit: unit, period: period, value: scaled,
            qualifiers: all.sorted(), source: source, quote: quote, number: number,
            line: document.line(of: number.utf8Offsets.lowerBound)))
      }
    }
    return result
  }

  /// The hedge, forecast and target words of a number's clause.
  func qualifiers(of number: WrittenNumber, in clause: String) -> Set<Qualifier> {
    var result: Set<Qualifier> = []
    if let hedge = number.hedge { result.insert(hedge) }
    let forecastWords = ["forecast", "expected to", "predict", "projected", "likely to", "set to"]
    if forecastWords.contains(where: { clause.contains($0) }) { result.insert(.forecast) }
    let targetWords = ["target", "ambition", "aim ", "aims to", "plans to", "aspiration"]
    if targetWords.contains(where: { clause.contains($0) }) { result.insert(.target) }
    return result
  }

  /// The ends of ranges written in words: "between £9,600 and £32,500", "between 17 and 18",
  /// "ranged/varied from 12 to 33": the first number's index maps to `range_low`, the second's
  /// to `range_high`.
  func betweenRanges(_ stated: [Int], in document: ExtractionDocument) -> [Int: Qualifier] {
    var result: [Int: Qualifier] = [:]
    let numbers = document.numbers
    for (position, index) in stated.enumerated() where position + 1 < stated.count {
      let first = numbers[index]
      let second = numbers[stated[position + 1]]
      guard first.upperValue == nil, second.upperValue == nil,
        first.utf8Offsets.upperBound <= second.utf8Offsets.lowerBound
      else { continue }
      let start = first.utf8Offsets.lowerBound
      let gap = document.lowercased(first.utf8Offsets.upperBound..<second.utf8Offsets.lowerBound)
      let opensBetween = document.endsWithLower("between ", before: start)
      let opensFrom =
        document.endsWithLower("from ", before: start)
        && (document.endsWithLower("range from ", before: start)
          || document.endsWithLower("ranged from ", before: start)
          || document.endsWithLower("varied from ", before: start)
          || document.endsWithLower("ranging from ", before: start)
          || document.endsWithLower("vary from ", before: start))
      if opensBetween && (gap == " and " || gap == " and £"),
        !(second.kind == .pounds && first.kind != .pounds && first.kind != .plain)
      {
        result[index] = .rangeLow
        result[stated[position + 1]] = .rangeHigh
      } else if opensFrom && gap == " to " {
        result[index] = .rangeLow
        result[stated[position + 1]] = .rangeHigh
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
