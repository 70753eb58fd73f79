import Foundation
import TrustMetricsCore

/// Checks that the number a figure's quote states, read as written, is the figure's value.
///
/// The value is in the figure's unit; for a range qualifier, the matching end of a range. When a
/// binder is given, also that the quote attaches that number to the figure's period and body
/// (``BindingJudge``): a quote stating several numbers of the figure's kind is read with the
/// start of its sentence in the source, for a date opening the sentence.
struct ValueChecker {
  var reader = NumberReader()
  /// Whether results say what was found (`detail`), or give the status alone.
  var writesDetails = true
  /// Reads which period and body the quote gives each number; `nil` to check the value alone.
  var binder: QuoteBinder?
  /// The sources' texts by name, for the start of a quote's sentence.
  var sourceTexts: [String: String] = [:] {
    didSet { sourceBytes = SourceBytes(texts: sourceTexts) }
  }
  /// The sources' bytes, made once for each source a quote is looked up in.
  private var sourceBytes = SourceBytes(texts: [:])

  init(writesDetails: Bool = true, binder: QuoteBinder? = nil, sourceTexts: [String: String] = [:])
  {
    self.writesDetails = writesDetails
    self.binder = binder
    self.sourceTexts = sourceTexts
    sourceBytes = SourceBytes(texts: sourceTexts)
  }

  /// The result for a figure.
  func result(for figure: Figure) -> CheckResult {
    let quote = figure.provenance.quote
    let unit = figure.unit
    let value = figure.value
    func make(_ status: CheckStatus, _ detail: @autoclosure () -> String) -> CheckResult {
      CheckResult(
        scope: .values, subject: figure.id, kind: "value", status: status,
        detail: writesDetails ? detail() : "", source: figure.provenance.source)
    }
    let qualifiers = QualifierSet(figure.qualifiers)
    var passage = Passage(text: quote, quoteStart: 0, numbers: reader.numbers(in: quote))
    var reading = binder.map { $0.reading(of: passage.numbers, in: quote) }
    func candidates() -> [Int] {
      passage.numbers.indices.filter { index in
        let number = passage.numbers[index]
        return number.utf8Offsets.lowerBound >= passage.quoteStart && number.canState(unit)
          && reading.map { $0.roles[index] == .quantity } != false
          && (unit == .years || !Self.isDuration(number, in: passage.text))
      }
    }
    func agrees(_ index: Int) -> Bool {
      guard let end = end(of: passage.numbers[index], for: qualifiers) else { return false }
      return WrittenNumber.agrees(end, kind: passage.numbers[index].kind, with: value)
    }
    var stating = candidates()
    var matches = stating.filter(agrees)
    if let binder, !matches.isEmpty, stating.count > 1,
      let widened = sourceBytes.passage(of: quote, in: figure.provenance.source)
    {
      passage = Passage(
        text: widened.text, quoteStart: widened.quoteStart,
        numbers: reader.numbers(in: widened.text))
      reading = binder.reading(of: passage.numbers, in: passage.text)
      stating = candidates()
      matches = stating.filter(agrees)
    }
    let numbers = passage.numbers
    guard let first = matches.first else {
      let quoteNumbers = numbers.filter { $0.utf8Offsets.lowerBound >= passage.quoteStart }
      let canState = quoteNumbers.filter { $0.canState(unit) }
      if canState.isEmpty {
        let found =
          quoteNumbers.isEmpty
          ? "no number"
          : "only "
            + quoteNumbers.map { "“\($0.text)” (\($0.kind.rawValue))" }.joined(
              separator: ", ")
        return make(
          .mismatch, "the quote states \(found); none can state a value in \(unit.rawValue)")
      }
      return make(
        .mismatch,
        "the quote states " + canState.map { "“\($0.text)”" }.joined(separator: ", ")
          + "; none reads \(Numbers.text(figure.exactValue, unit: unit))"
          + (qualifiers.contains(.rangeLow) || qualifiers.contains(.rangeHigh)
            ? " at the qualified end of a range" : ""))
    }
    var index = first
    var status = CheckStatus.verified
    var binding: String?
    if let binder, let reading {
      let judge = BindingJudge(names: binder.names)
      switch judge.outcome(
        period: figure.period, entity: figure.entity, numbers: numbers,
        reading: reading, candidates: stating, matches: matches)
      {
      case .bound(let chosen, let reason)?:
        index = chosen
        binding = reason.map { "bound: " + $0 }
      case .unbound(let chosen, let reason)?:
        (index, status) = (chosen, .verifiedUnbound)
        binding = "unbound: " + reason
      case .mismatch(let chosen, let reason)?:
        return make(
          .mismatch,
          "“\(numbers[chosen].text)” reads \(Numbers.text(figure.exactValue, unit: unit)), but \(reason)"
        )
      case nil: break
      }
    }
    guard writesDetails else { return make(status, "") }
    let shown = numbers.indices.filter { numbers[$0].utf8Offsets.lowerBound >= passage.quoteStart }
    var detail = valueDetail(
      numbers: shown.map { numbers[$0] }, index: shown.firstIndex(of: index) ?? 0, unit: unit,
      value: figure.exactValue, qualifiers: qualifiers)
    if let binding { detail += "; " + binding }
    return make(status, detail)
  }

  /// Whether a number counts a span of time ("two week period", "12 months"), which cannot state
  /// a count, FTE or caseload.
  static func isDuration(_ number: borrowing WrittenNumber, in text: String) -> Bool {
    // Money "a year" or "per week" is a rate, not a span of time.
    guard number.kind == .plain else { return false }
    if let word = number.unitWord, Self.timeWords.contains(word) { return true }
    let after = text.utf8.dropFirst(number.utf8Offsets.upperBound)
    guard after.first == 0x20 else { return false }
    let word = after.dropFirst().prefix { ($0 | 0x20) &- 0x61 < 26 }
    return Self.timeWords.contains(String(decoding: word, as: UTF8.self).lowercased())
  }

  static let timeWords: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes",
  ]

  /// The detail of a value that holds: how the number reads, which of the quote's numbers it is,
  /// and a note when its hedge and the figure's qualifier differ.
  private func valueDetail(
    numbers: [WrittenNumber], index: Int, unit: FigureUnit, value: ExactDecimal,
    qualifiers: QualifierSet
  ) -> String {
    let expected = Numbers.text(value, unit: unit)
    let note = hedgeNote(numbers[index], qualifiers)
    var capacity = 80 + numbers[index].text.utf8.count + expected.utf8.count
    if numbers.count > 1 {
      capacity += 90
      for other in numbers.indices { capacity += numbers[other].text.utf8.count + 8 }
    }
    if let note { capacity += 2 + note.utf8.count }
    return TextWriter.text(capacity: capacity) { detail in
      let number = numbers[index]
      detail.append("“")
      detail.append(number.text)
      detail.append("” reads ")
      detail.append(expected)
      if number.kind == .fraction { detail.append(" (a fraction word, to one decimal place)") }
      if number.isRange {
        detail.append(qualifiers.contains(.rangeLow) ? " (low end)" : " (high end)")
      }
      if numbers.count > 1 {
        detail.append("; number ")
        detail.append(index + 1)
        detail.append(" of ")
        detail.append(numbers.count)
        detail.append(" in the quote (")
        for other in numbers.indices {
          if other > 0 { detail.append(", ") }
          detail.append("“")
          detail.append(numbers[other].text)
          detail.append("”")
        }
        detail.append(")")
      }
      if let note {
        detail.append("; ")
        detail.append(note)
      }
    }
  }

  /// The value to compare: the range end a range qualifier names, else a single value.
  private func end(of number: borrowing WrittenNumber, for qualifiers: QualifierSet) -> Decimal? {
    if qualifiers.contains(.rangeLow) { return number.isRange ? number.value : nil }
    if qualifiers.contains(.rangeHigh) { return number.upperValue }
    return number.isRange ? nil : number.value
  }

  /// The hedges, in the order of their raw values.
  private static let hedges: [Qualifier] = [.approximate, .justUnder, .nearly, .over]

  /// A note when the hedge written before the number and the figure's qualifier differ.
  private func hedgeNote(_ number: borrowing WrittenNumber, _ qualifiers: QualifierSet) -> String? {
    guard let hedge = number.hedge else {
      let qualified = Self.hedges.filter { qualifiers.contains($0) }
      return qualified.isEmpty
        ? nil
        : "qualifier \(qualified.map(\.rawValue).joined(separator: ";")) "
          + "is not written just before the number"
    }
    return qualifiers.contains(hedge)
      ? nil : "the quote hedges it (\(hedge.rawValue)) but the figure has no such qualifier"
  }
}

/// A figure's qualifiers as bits, for membership tests without a `Set`.
struct QualifierSet {
  private var bits: UInt16 = 0

  init(_ qualifiers: [Qualifier]) {
    for qualifier in qualifiers { bits |= Self.bit(qualifier) }
  }

  func contains(_ qualifier: Qualifier) -> Bool { bits & Self.bit(qualifier) != 0 }

  private static func bit(_ qualifier: Qualifier) -> UInt16 {
    switch qualifier {
    case .approximate: 1
    case .justUnder: 2
    case .nearly: 4
    case .over: 8
    case .forecast: 16
    case .target: 32
    case .rangeLow: 64
    case .rangeHigh: 128
    }
  }
}

/// A quote, alone or with the start of its sentence in its source before it, and its numbers.
struct Passage {
  /// The text read.
  var text: String
  /// Where the quote starts in it (UTF-8 bytes).
  var quoteStart: Int
  /// Every number of the text.
  var numbers: [WrittenNumber] = []

  init(text: String, quoteStart: Int, numbers: [WrittenNumber]) {
    self.text = text
    self.quoteStart = quoteStart
    self.numbers = numbers
  }

  /// The quote with the start of the sentence it stands in (its first place in the source).
  ///
  /// The sentence starts after the last full stop, question or exclamation mark followed by a
  /// space, or line break, before it. `nil` when the source is not given or does not hold the
  /// quote.
  init?(sentenceOf quote: String, in source: [UInt8]?) {
    let needle = Array(quote.utf8)
    guard let source, let first = needle.first, needle.count <= source.count else { return nil }
    var found: Int?
    var index = 0
    while index + needle.count <= source.count {
      if source[index] == first, source[index..<index + needle.count].elementsEqual(needle) {
        found = index
        break
      }
      index += 1
    }
    guard let offset = found else { return nil }
    var start = offset
    while start > 0 {
      let byte = source[start - 1]
      if byte == 0x0A || byte == 0x0D { break }
      if byte == 0x20, start >= 2, [0x2E, 0x3F, 0x21].contains(source[start - 2]) { break }
      start -= 1
    }
    let prefix = String(decoding: source[start..<offset], as: UTF8.self)
    self.init(text: prefix + quote, quoteStart: offset - start, numbers: [])
  }
}

/// The bytes of the sources a check looks quotes up in, each made once, when first asked for,
/// and the sentence each quote stands in, each found once.
final class SourceBytes {
  private let texts: [String: String]
  private var made: [String: [UInt8]] = [:]
  private var passages: [String: [String: Passage?]] = [:]

  init(texts: [String: String]) { self.texts = texts }

  /// A quote with the start of its sentence in a source (``Passage/init(sentenceOf:in:)``).
  func passage(of quote: String, in source: String) -> Passage? {
    if let known = passages[source]?[quote] { return known }
    let found = Passage(sentenceOf: quote, in: bytes(of: source))
    passages[source, default: [:]][quote] = .some(found)
    return found
  }

  /// The bytes of a source, `nil` when it was not loaded.
  func bytes(of source: String) -> [UInt8]? {
    if let known = made[source] { return known }
    guard let text = texts[source] else { return nil }
    let bytes = Array(text.utf8)
    made[source] = bytes
    return bytes
  }
}
