import Foundation
import TrustMetricsCore

extension ExtractionDocument {
  /// Words after which a number names a thing rather than counts it.
  static let referenceWords: Set<String> = [
    "quarter", "q", "section", "sections", "paragraph", "paragraphs", "para", "page", "pages",
    "item", "items", "appendix", "appendices", "annex", "table", "figure", "chapter", "part",
    "clause", "level", "levels", "grade", "year", "month", "week", "phase", "stage", "tier",
    "schedule", "line", "row", "column", "option", "rule", "article", "regulation", "version",
    "round", "wave", "step", "ref", "reference", "priority", "standard", "ward", "room", "floor",
    "box", "covid", "act", "minute", "minutes", "agenda", "slide", "point", "unit",
  ]
  /// Words that make a plain number a span of time.
  static let timeWords: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
    "minutes", "second", "seconds", "decade", "decades", "fortnight", "fortnights",
  ]
  /// Words that may stand between a number and its unit of time ("two following years").
  static let spanModifiers: Set<String> = [
    "following", "previous", "past", "consecutive", "successive", "further", "more", "full",
    "calendar", "working", "financial",
  ]
  /// Words that make a span of years the length of an agreement ("a seven-year contract").
  static let agreementWords: Set<String> = [
    "contract", "contracts", "deal", "lease", "agreement", "partnership", "arrangement",
  ]

  /// Why a number is furniture, or `nil` when it states a quantity.
  ///
  /// - Parameters:
  ///   - number: The number.
  ///   - previous: The number before it and why it was furniture, if it was.
  /// - Returns: The reason, or `nil` for a stated quantity.
  func furniture(of number: WrittenNumber, previous: (WrittenNumber, Furniture?)?) -> Furniture? {
    let start = number.utf8Offsets.lowerBound
    let end = number.utf8Offsets.upperBound
    if number.isYear { return .year }
    if isInCodeToken(start..<end) { return .code }
    if isTime(after: end) { return .time }
    if isPhone(start) { return .phone }
    if !number.isWords, number.value <= 31, isDayOfMonth(start..<end) { return .date }
    if let reason = referenceOrChain(number, previous: previous) { return reason }
    if isListNumber(number) { return .listNumber }
    if isAge(number) { return .age }
    if isGlued(start..<end) { return .glued }
    let next = words(after: end, count: 3)
    if number.kind == .plain || number.kind == .multiple {
      if let unit = number.unitWord, Self.timeWords.contains(unit),
        !Self.agreementWords.contains(next.first ?? "")
      {
        return .timeSpan
      }
      if let first = next.first, Self.timeWords.contains(first), number.unitWord == nil,
        !(next.count > 1 && Self.agreementWords.contains(next[1])), !hasLower("-", at: end)
      {
        return .timeSpan
      }
      // "the two following years", "three consecutive months"
      if next.count > 1, Self.spanModifiers.contains(next[0]), Self.timeWords.contains(next[1]) {
        return .timeSpan
      }
      if let first = next.first, ["words", "characters", "chars"].contains(first) {
        return .pageText
      }
    }
    if number.kind == .pounds, isSubscriptionPrice(number) { return .price }
    if isWordUse(number, next: next) { return .wordUse }
    return nil
  }

  /// Whether the token holding the number (between spaces) has `/`, `:`, `=`, `@` or `+`.
  func isInCodeToken(_ range: Range<Int>) -> Bool {
    var tokenStart = range.lowerBound
    while tokenStart > 0, bytes[tokenStart - 1] != 32, bytes[tokenStart - 1] != 10,
      bytes[tokenStart - 1] != 9
    {
      tokenStart -= 1
    }
    var tokenEnd = range.upperBound
    while tokenEnd < bytes.count, bytes[tokenEnd] != 32, bytes[tokenEnd] != 10,
      bytes[tokenEnd] != 9
    {
      tokenEnd += 1
    }
    return bytes[tokenStart..<tokenEnd].contains { [47, 58, 61, 64, 43].contains($0) }
  }

  /// Whether "am" or "pm" follows (a time of day such as "10.30am" or "9 pm").
  func isTime(after end: Int) -> Bool {
    var position = end
    if position < bytes.count, bytes[position] == 32 { position += 1 }
    for marker in ["am", "pm", "a.m.", "p.m."] where hasLower(marker, at: position) {
      let after = position + marker.utf8.count
      if after >= bytes.count || !Self.isLetter(bytes[after]) { return true }
    }
    return false
  }

  /// Whether the digits at `start` are part of a telephone number: a run of digits, spaces and
  /// hyphens beginning with `0` (or `+`), at least nine digits long.
  func isPhone(_ start: Int) -> Bool {
    // Walk back over the run the number belongs to.
    var first = start
    while first > 0 {
      let before = bytes[first - 1]
      if (48...57).contains(before) {
        first -= 1
      } else if before == 32 || before == 45, first >= 2, (48...57).contains(bytes[first - 2]) {
        first -= 1
      } else {
        break
      }
    }
    if first > 0, bytes[first - 1] == 43 { first -= 1 }
    guard first < bytes.count, bytes[first] == 48 || bytes[first] == 43 else { return false }
    if first + 1 < bytes.count, bytes[first] == 48, !(48...57).contains(bytes[first + 1]) {
      return false
    }
    var digits = 0
    var position = first
    while position < bytes.count {
      let byte = bytes[position]
      if (48...57).contains(byte) {
        digits += 1
      } else if byte == 32 || byte == 45 || byte == 43, position + 1 < bytes.count,
        (48...57).contains(bytes[position + 1])
      {
      } else {
        break
      }
      position += 1
    }
    return digits >= 9
  }

  /// Whether the number is a day of the month beside a month's name ("23 Aug", "Oct 30,").
  func isDayOfMonth(_ range: Range<Int>) -> Bool {
    let after = lowercased(range.upperBound..<min(bytes.count, range.upperBound + 12))
    let before = lowercased(max(0, range.lowerBound - 12)..<range.lowerBound)
    for month in Self.months {
      let short = String(month.prefix(3))
      if after.hasPrefix(" " + month) || after.hasPrefix(" " + short + " ")
        || after.hasPrefix(" " + short + ",") || after.hasPrefix(" " + short + ".")
        || after.hasPrefix(" sept ")
      {
        return true
      }
      if before.hasSuffix(month + " ") || before.hasSuffix(short + " ")
        || before.hasSuffix(short + ". ") || before.hasSuffix("sept ")
      {
        return true
      }
    }
    return false
  }

  /// A number after a reference word ("Quarter 2", "Item 79", "level 3"), or joined by "to",
  /// "and", "or", "of", a dash or a comma to a number that was one ("Appendix 1 to 3").
  func referenceOrChain(_ number: WrittenNumber, previous: (WrittenNumber, Furniture?)?)
    -> Furniture?
  {
    let start = number.utf8Offsets.lowerBound
    if !number.isWords, let (word, wordStart) = word(before: start),
      wordStart + word.utf8.count
        <= start, Self.referenceWords.contains(word)
    {
      // Only a space between: "section 3.1", not "year, 5".
      let gap = bytes[(wordStart + word.utf8.count)..<start]
      if gap.allSatisfy({ $0 == 32 || $0 == 0xC2 || $0 == 0xA0 }), !gap.isEmpty {
        return .reference
      }
    }
    if endsWithLower("no. ", before: start) { return .reference }
    if let (previousNumber, reason) = previous, reason == .reference || reason == .listNumber,
      previousNumber.utf8Offsets.upperBound <= start
    {
      let gap = lowercased(previousNumber.utf8Offsets.upperBound..<start)
      if [" to ", " and ", " or ", " of ", "-", "–", ", ", " & ", " – ", "of "].contains(gap) {
        return .reference
      }
    }
    return nil
  }

  /// A list or heading number opening a line: "1.", "2)", "(3)", or a plain number followed by
  /// a capitalised word ("79 Payment of Market Supplements").
  func isListNumber(_ number: WrittenNumber) -> Bool {
    guard !number.isWords, number.kind == .plain, number.upperValue == nil,
      number.value < 1000, number.value == number.value.rounded0
    else { return false }
    let start = number.utf8Offsets.lowerBound
    let end = number.utf8Offsets.upperBound
    var lineStart = start
    while lineStart > 0, bytes[lineStart - 1] != 10 { lineStart -= 1 }
    let leading = bytes[lineStart..<start]
    let bulletBytes: Set<UInt8> = [32, 9, 40, 0xC2, 0xA0, 0xB7, 42, 45]
    guard leading.allSatisfy({ bulletBytes.contains($0) }) else { return false }
    guard end < bytes.count else { return false }
    if [46, 41].contains(bytes[end]),
      end + 1 >= bytes.count || [32, 9, 10].contains(bytes[end + 1])
    {
      return true
    }
    if bytes[end] == 32, end + 1 < bytes.count, (65...90).contains(bytes[end + 1]) {
      return true
    }
    return false
  }

  /// "aged 10", "12-year-old", "12 years old", "under-18", "under 18", "over 16".
  func isAge(_ number: WrittenNumber) -> Bool {
    let start = number.utf8Offsets.lowerBound
    let end = number.utf8Offsets.upperBound
    if endsWithLower("aged ", before: start) || hasLower("-year-old", at: end)
      || hasLower(" years old", at: end) || hasLower(" year old", at: end)
      || hasLower("-year old", at: end)
    {
      return true
    }
    if number.unitWord == "year", hasLower("-old", at: end) { return true }
    let ageLimits: Set<Decimal> = [16, 17, 18, 19, 21, 25]
    if ageLimits.contains(number.value), number.kind == .plain,
      endsWithLower("under-", before: start) || endsWithLower("over-", before: start)
        || endsWithLower("under ", before: start) || endsWithLower("over ", before: start)
    {
      // "over 18" as an age, unless a counted noun follows ("over 18 councils").
      let next = words(after: end, count: 1).first ?? ""
      return next.isEmpty
        || ["was", "is", "are", "were", "population", "year-olds", "s"].contains(
          next)
        || hasLower("?", at: end) || hasLower(",", at: end)
    }
    return false
  }

  /// Digits glued to letters: "1of", "3B" after, or "Covid-19" (a word and a hyphen) before.
  func isGlued(_ range: Range<Int>) -> Bool {
    if range.upperBound < bytes.count, Self.isLetter(bytes[range.upperBound]),
      let last = bytes[range].last, (48...57).contains(last)
    {
      return true
    }
    if range.lowerBound >= 2, bytes[range.lowerBound - 1] == 45,
      Self.isLetter(bytes[range.lowerBound - 2]), let first = bytes[range].first,
      (48...57).contains(first)
    {
      return true
    }
    return false
  }

  /// A price per month on a subscription offer: the line speaks of subscribing or opens with
  /// "From £".
  func isSubscriptionPrice(_ number: WrittenNumber) -> Bool {
    let line = lowercased(lineRange(of: number.utf8Offsets.lowerBound))
    let monthly =
      number.unitWord == "month" || hasLower(" / month", at: number.utf8Offsets.upperBound)
      || hasLower(" a month", at: number.utf8Offsets.upperBound)
    return monthly
      && (line.contains("subscri") || line.trimmingCharacters(in: .whitespaces).hasPrefix("from £"))
  }

  /// "one" as a pronoun or in an idiom, and "double figures".
  func isWordUse(_ number: WrittenNumber, next: [String]) -> Bool {
    guard number.isWords else { return false }
    let written = number.text.lowercased()
    if let unit = number.unitWord, ["off", "to", "way", "stop", "sided", "time"].contains(unit) {
      return true
    }
    if number.kind == .multiple, next.first == "figures" { return true }
    guard written == "one" else { return false }
    let before = word(before: number.utf8Offsets.lowerBound)?.word ?? ""
    if ["the", "this", "that", "each", "any", "no", "every", "which", "another"].contains(before) {
      return true
    }
    if next.first == "another" || next.first == "off" { return true }
    if next.first == "of", !["least", "only", "just", "than"].contains(before) { return true }
    return false
  }
}
