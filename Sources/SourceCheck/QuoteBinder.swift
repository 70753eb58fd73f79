import Foundation
import TrustMetricsCore

/// Reads which period and body a passage attaches each of its numbers to, from the passage's
/// structure alone; the rules name no source, body or sentence, only general words.
///
/// Periods: a date beside a number ("52% in 2015", "25 as of January 2022", "£7.6m in
/// 2022-23"); a date opening a clause, which governs the numbers after it ("As of September
/// 2021, 31.5% ..."); "from A in Y1 to B in Y2" (each number's own date); "A, up from B the year
/// before" (B a year before A); "currently"/"now" beside a number (the present); "A and B
/// respectively" after a list of dates. Bodies: "A (Name: B)" (B the named body's, A another
/// body's); "the Name average (B)", "the Name average of B"; "B in Name", "B nationally"; "Name:
/// B"; "A and B respectively" after a list of bodies.
struct QuoteBinder: Sendable {
  var names: EntityNames

  init(entities: [Entity]) { names = EntityNames(entities: entities) }

  init(names: EntityNames) { self.names = names }

  /// What each number of a text is: a quantity, a date (a year or year range), the day of a
  /// date ("1" in "1 October 2015"), or a multiple ("double", "twice") relating two quantities.
  enum Role: Hashable, Sendable {
    case quantity
    case date
    case day
    case multiple
  }

  /// The bindings of a text's numbers.
  struct Reading: Sendable {
    /// One binding per number, in the order given.
    var bindings: [NumberBinding]
    /// What each number is.
    var roles: [Role]
    /// Byte ranges naming a body set against another number ("West Midlands" in "(West
    /// Midlands: 18.2%)"): not the subject of the passage's other numbers.
    var comparatorRanges: [Range<Int>]
  }

  /// Reads the bindings of numbers in a text.
  ///
  /// - Parameters:
  ///   - numbers: The numbers ``NumberReader`` reads in `text`, in order.
  ///   - text: The passage (a sentence, or a quote with the start of its sentence).
  /// - Returns: A binding and a role per number, and the ranges naming comparators.
  func reading(of numbers: [WrittenNumber], in text: String) -> Reading {
    var scan = BindingScan(bytes: Array(text.utf8), numbers: numbers, names: names)
    scan.run()
    return Reading(
      bindings: scan.bindings, roles: scan.roles, comparatorRanges: scan.comparatorRanges)
  }
}

/// One pass of ``QuoteBinder`` over a text's bytes.
private struct BindingScan {
  let bytes: [UInt8]
  let numbers: [WrittenNumber]
  let names: EntityNames
  var roles: [QuoteBinder.Role] = []
  var bindings: [NumberBinding]
  var comparatorRanges: [Range<Int>] = []
  /// Dates written in the text: where each starts and ends, and its period.
  var dates: [(range: Range<Int>, period: BoundPeriod)] = []
  /// Numbers whose period is "the year before" the number at the index given.
  var relative: [Int: Int] = [:]

  init(bytes: [UInt8], numbers: [WrittenNumber], names: EntityNames) {
    self.bytes = bytes
    self.numbers = numbers
    self.names = names
    bindings = [NumberBinding](repeating: NumberBinding(), count: numbers.count)
  }

  static let months: [(String, Int)] = [
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sept", 9), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
  ]
  /// Words joining a number to the date after it, longest first ("32% in 2017").
  static let connectors = [
    "in the year to", "in the year ending", "as at the end of", "at the end of", "in the year",
    "as of", "as at", "in", "at", "by", "for", "during",
  ]
  /// Prepositions that open a clause with a date ("As of September 2021, ...").
  static let openers = [
    "in the year to", "in the year ending", "at the end of", "as of", "as at", "in", "at", "by",
    "during", "for",
  ]
  /// Words after a number that put it a year before the number preceding it.
  static let yearBefore = [
    "the year before", "the previous year", "a year earlier", "a year before", "the year earlier",
    "in the previous year", "the prior year", "in the prior year", "twelve months earlier",
    "12 months earlier",
  ]
  /// Words that set a number against another (a comparison with a named body's value).
  static let comparisons = [
    "double", "twice", "half", "treble", "triple", "above", "below", "compared", "against",
    "than", "higher", "lower", "versus", "vs", "behind", "ahead", "beside", "exceeding",
  ]
  /// The hedges ``NumberReader`` reads before a number ("just under", "about").
  static let hedgeWords = NumberReader.hedges.map {
    String(describing: $0.0).trimmingCharacters(in: .whitespaces)
  }
  /// Words naming what a body's value is, between its name and the number.
  static let valueWords = ["average", "figure", "rate", "mean", "level", "overall", "median"]

  // MARK: Running

  mutating func run() {
    roles = numbers.indices.map(role(of:))
    for index in numbers.indices where roles[index] == .date { addDate(index) }
    for index in numbers.indices where roles[index] == .quantity {
      bindOwnDate(index)
      bindEntity(index)
    }
    if roles.filter({ $0 == .quantity }).count >= 2 { bindRespectively() }
    for index in numbers.indices where roles[index] == .quantity && bindings[index].period == nil {
      bindRelative(index)
    }
    bindOpeningDates()
    resolveRelative()
  }

  // MARK: Bytes

  func lowered(_ index: Int) -> UInt8 {
    guard index >= 0, index < bytes.count else { return 0 }
    let byte = bytes[index]
    return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// Whether the scalar covering byte `index` is a letter or digit (a byte inside a multi-byte
  /// scalar answers for the whole scalar: curly quotes, dashes, no-break spaces and £ are not).
  func isWordByte(_ index: Int) -> Bool {
    guard index >= 0, index < bytes.count else { return false }
    let byte = bytes[index]
    if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
    var lead = index
    while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    return !isPunctuation(lead) && bytes[lead] != 0xC2
  }

  /// Curly quotes, dashes and other general punctuation (U+2000–U+206F) at `index`.
  func isPunctuation(_ index: Int) -> Bool {
    index + 1 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
  }

  func spaceWidth(_ index: Int) -> Int {
    guard index >= 0, index < bytes.count else { return 0 }
    switch bytes[index] {
    case 0x20, 0x09: return 1
    case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
    case 0xE2
    where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF:
      return 3
    default: return 0
    }
  }

  func isSpace(_ index: Int) -> Bool { spaceWidth(index) != 0 }

  func skipSpaces(_ index: Int) -> Int {
    var position = index
    while true {
      let width = spaceWidth(position)
      if width == 0 { return position }
      position += width
    }
  }

  /// The position after the last non-space before `index`.
  func skipSpacesBack(_ index: Int) -> Int {
    var position = index
    while position > 0 {
      if bytes[position - 1] == 0x20 || bytes[position - 1] == 0x09 {
        position -= 1
      } else if position >= 2, bytes[position - 2] == 0xC2, bytes[position - 1] == 0xA0 {
        position -= 2
      } else if position >= 3, bytes[position - 3] == 0xE2, bytes[position - 2] == 0x80,
        bytes[position - 1] == 0xAF
      {
        position -= 3
      } else {
        break
      }
    }
    return position
  }

  /// Where `phrase` (lower case, single spaces matching any space) ends when the text at `index`
  /// starts with it as whole words.
  func phraseEnd(_ phrase: String, at index: Int) -> Int? {
    guard index >= 0, index < bytes.count, lowered(index) == phrase.utf8.first else { return nil }
    if let first = phrase.utf8.first, Self.isLetterByte(first), isWordByte(index - 1) {
      return nil
    }
    var position = index
    for byte in phrase.utf8 {
      if byte == 0x20 {
        let width = spaceWidth(position)
        guard width != 0 else { return nil }
        position += width
      } else {
        guard lowered(position) == byte else { return nil }
        position += 1
      }
    }
    return isWordByte(position) && phrase.utf8.last.map(Self.isLetterByte) == true
      ? nil : position
  }

  /// Where `phrase` starts when the text just before `index` ends with it as whole words.
  func phraseStart(_ phrase: String, endingAt index: Int) -> Int? {
    guard index > 0, lowered(index - 1) == phrase.utf8.last else { return nil }
    var position = index
    for byte in phrase.utf8.reversed() {
      if byte == 0x20 {
        let back = skipSpacesBack(position)
        guard back < position else { return nil }
        position = back
      } else {
        guard position > 0, lowered(position - 1) == byte else { return nil }
        position -= 1
      }
    }
    return isWordByte(position - 1) ? nil : position
  }

  static func isLetterByte(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  func text(_ range: Range<Int>) -> String {
    String(
      decoding: bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)], as: UTF8.self)
  }

  /// The month named by a word starting at `index`, and where the word ends (a full stop after
  /// an abbreviation included).
  func month(at index: Int) -> (Int, Int)? {
    for (word, month) in Self.months {
      if let end = phraseEnd(word, at: index) {
        return (month, bytes.count > end && bytes[end] == 0x2E ? end + 1 : end)
      }
    }
    return nil
  }

  /// The month named by a word ending at `index`, and where the word starts.
  func month(endingAt index: Int) -> (Int, Int)? {
    var end = index
    if end > 0, bytes[end - 1] == 0x2E { end -= 1 }
    for (word, month) in Self.months {
      if let start = phraseStart(word, endingAt: end) { return (month, start) }
    }
    return nil
  }

  /// The start of a run of one or two digits ending at `index`.
  func dayDigits(endingAt index: Int) -> Int? {
    var start = index
    while start > 0, bytes[start - 1] &- 0x30 < 10, index - start < 2 { start -= 1 }
    guard start < index, !isWordByte(start - 1) else { return nil }
    return start
  }

  // MARK: Roles and dates

  func role(of index: Int) -> QuoteBinder.Role {
    let number = numbers[index]
    if number.isYear { return .date }
    if number.kind == .multiple { return .multiple }
    guard number.kind == .plain, !number.isWords, number.upperValue == nil,
      number.text.utf8.count <= 2, number.text.utf8.allSatisfy({ $0 &- 0x30 < 10 }),
      (1...31).contains(Int(truncating: NSDecimalNumber(decimal: number.value)))
    else { return .quantity }
    let start = number.utf8Offsets.lowerBound
    let end = number.utf8Offsets.upperBound
    if let (month, monthEnd) = month(at: skipSpaces(end)) {
      // "may" is a month only before a year ("1 May 2021"), else a verb ("10 may leave").
      let yearFollows = numbers.contains {
        $0.isYear && $0.utf8Offsets.lowerBound == skipSpaces(monthEnd)
      }
      if month != 5 || yearFollows { return .day }
    }
    if month(endingAt: skipSpacesBack(start)) != nil { return .day }
    return .quantity
  }

  /// Records the date a year (or year range) writes, with the month and day before it.
  mutating func addDate(_ index: Int) {
    let number = numbers[index]
    let year = Int(truncating: NSDecimalNumber(decimal: number.value))
    var start = number.utf8Offsets.lowerBound
    let period: BoundPeriod
    if let upper = number.upperValue {
      period = .years(from: year, to: Int(truncating: NSDecimalNumber(decimal: upper)))
    } else {
      var back = skipSpacesBack(start)
      var named: Int?
      if back > 0, bytes[back - 1] == 0x2C, let dayStart = dayDigits(endingAt: back - 1),
        let (found, monthStart) = month(endingAt: skipSpacesBack(dayStart))
      {
        // "October 2, 2018"
        named = found
        start = monthStart
      } else if let (found, monthStart) = month(endingAt: back) {
        // "September 2021", "1 October 2015", "Wed, 06 Jul 2022"
        named = found
        start = monthStart
        back = skipSpacesBack(monthStart)
        if back < monthStart, let dayStart = dayDigits(endingAt: back) { start = dayStart }
      }
      period = named.map { .month(year: year, month: $0) } ?? .year(year)
    }
    dates.append((start..<number.utf8Offsets.upperBound, period))
  }

  /// The date starting at `index`, if one does.
  func date(startingAt index: Int) -> (range: Range<Int>, period: BoundPeriod)? {
    dates.first { $0.range.lowerBound == index }
  }

  // MARK: Periods

  /// A date written just after the number ("52% in 2015", "942.01 as of September 2023",
  /// "32% (2017)"), or "currently"/"now" beside it.
  mutating func bindOwnDate(_ index: Int) {
    let end = numbers[index].utf8Offsets.upperBound
    let after = skipSpaces(end)
    if after < bytes.count, bytes[after] == 0x28,
      let date = date(startingAt: skipSpaces(after + 1)),
      skipSpaces(date.range.upperBound) < bytes.count,
      bytes[skipSpaces(date.range.upperBound)] == 0x29
    {
      setPeriod(index, date.period, "the date in brackets after it")
      return
    }
    for connector in Self.connectors {
      if let connectorEnd = phraseEnd(connector, at: after),
        let date = date(startingAt: skipSpaces(connectorEnd))
      {
        setPeriod(index, date.period, "“\(text(after..<date.range.upperBound))” after it")
        return
      }
    }
    for word in ["currently", "now", "at present", "today"] where phraseEnd(word, at: after) != nil
    {
      setPeriod(index, .present, "“\(word)” after it")
      return
    }
    var start = numbers[index].utf8Offsets.lowerBound
    start = skipSpacesBack(start)
    for words in Self.hedgeWords {
      if let hedgeStart = phraseStart(words, endingAt: start) {
        start = skipSpacesBack(hedgeStart)
        break
      }
    }
    for lead in ["stands at", "at", "is"] {
      if let leadStart = phraseStart(lead, endingAt: start) {
        start = skipSpacesBack(leadStart)
        break
      }
    }
    for word in ["currently", "now"] where phraseStart(word, endingAt: start) != nil {
      setPeriod(index, .present, "“\(word)” before it")
      return
    }
  }

  mutating func setPeriod(_ index: Int, _ period: BoundPeriod, _ cue: String) {
    bindings[index].period = period
    bindings[index].periodCue = cue
  }

  /// "A, up from B the year before": B is a year before the quantity preceding it.
  mutating func bindRelative(_ index: Int) {
    let after = skipSpaces(numbers[index].utf8Offsets.upperBound)
    guard let phrase = Self.yearBefore.first(where: { phraseEnd($0, at: after) != nil }),
      let previous = numbers.indices.last(where: { $0 < index && roles[$0] == .quantity })
    else { return }
    relative[index] = previous
    bindings[index].comparedWith = previous
    bindings[index].periodCue = "“\(phrase)” the number before it"
  }

  /// Periods of "the year before" numbers, from the number each follows, in text order.
  mutating func resolveRelative() {
    for index in numbers.indices {
      guard let previous = relative[index] else { continue }
      bindings[index].period = bindings[previous].period?.yearEarlier
      if let period = bindings[previous].period, period != .present {
        bindings[index].periodCue =
          (bindings[index].periodCue ?? "") + " (\(numbers[previous].text), \(period))"
      }
    }
  }

  /// A date opening a clause ("As of September 2021, ...", "In 2019, ...", "and, in 2019, ...")
  /// governs the quantities after it that have no date of their own, up to the next such date.
  mutating func bindOpeningDates() {
    var openings: [(position: Int, period: BoundPeriod, words: String)] = []
    for date in dates {
      let after = skipSpaces(date.range.upperBound)
      guard after < bytes.count, bytes[after] == 0x2C else { continue }
      let before = skipSpacesBack(date.range.lowerBound)
      for opener in Self.openers {
        guard let openerStart = phraseStart(opener, endingAt: before) else { continue }
        let previous = skipSpacesBack(openerStart)
        if opensClause(at: previous) {
          openings.append((after, date.period, text(openerStart..<date.range.upperBound)))
        }
        break
      }
    }
    guard !openings.isEmpty else { return }
    for index in numbers.indices
    where roles[index] == .quantity && bindings[index].period == nil && relative[index] == nil {
      let start = numbers[index].utf8Offsets.lowerBound
      guard let opening = openings.last(where: { $0.position <= start }) else { continue }
      setPeriod(index, opening.period, "“\(opening.words)” opening its clause")
    }
  }

  /// Whether a clause starts at `index` (the position after the last non-space before a word):
  /// the text's start, or after a comma, semicolon, colon, bracket, dash or "and"/"but"/"while".
  func opensClause(at index: Int) -> Bool {
    guard index > 0 else { return true }
    let byte = bytes[index - 1]
    if byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x2E
      || byte == 0x0A
    {
      return true
    }
    // En and em dashes (E2 80 93, E2 80 94).
    if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80,
      bytes[index - 1] == 0x93 || bytes[index - 1] == 0x94
    {
      return true
    }
    for word in ["and", "but", "while", "whereas"] where phraseStart(word, endingAt: index) != nil {
      return true
    }
    return false
  }

  // MARK: Bodies

  /// The canonical name a run of up to ``EntityNames/longestWordCount`` words ending at `index`
  /// names (longest first), with where it starts.
  func name(endingAt index: Int) -> (String, Int)? {
    var starts: [Int] = []
    var position = index
    while starts.count < names.longestWordCount + 1, position > 0 {
      var start = position
      while start > 0, !isSpace(start - 1), bytes[start - 1] != 0x28, bytes[start - 1] != 0x2C {
        start -= 1
      }
      guard start < position else { break }
      starts.append(start)
      position = skipSpacesBack(start)
      guard position < start else { break }
    }
    guard let last = starts.first, names.canEndName(text(last..<index)) else { return nil }
    for start in starts.reversed() {
      if let name = names.name(of: text(start..<index)) { return (name, start) }
    }
    return nil
  }

  /// The canonical name a run of words starting at `index` names (longest first), with where it
  /// ends.
  func name(startingAt index: Int) -> (String, Int)? {
    var ends: [Int] = []
    var position = index
    while ends.count < names.longestWordCount + 1, position < bytes.count {
      var end = position
      while end < bytes.count, !isSpace(end), bytes[end] != 0x29, bytes[end] != 0x2C,
        bytes[end] != 0x2E, bytes[end] != 0x3B, bytes[end] != 0x3A
      {
        end += 1
      }
      guard end > position else { break }
      ends.append(end)
      position = skipSpaces(end)
      guard position > end else { break }
    }
    guard let first = ends.first, names.canStartName(text(index..<first)) else { return nil }
    for end in ends.reversed() {
      if let name = names.name(of: text(index..<end)) { return (name, end) }
    }
    return nil
  }

  /// The end of a value word ("average", "rate") standing at `index`, if any.
  func valueWordStart(endingAt index: Int) -> Int? {
    for word in Self.valueWords {
      if let start = phraseStart(word, endingAt: index) { return start }
    }
    return nil
  }

  mutating func bindEntity(_ index: Int) {
    let number = numbers[index]
    let start = number.utf8Offsets.lowerBound
    let end = number.utf8Offsets.upperBound
    let before = skipSpacesBack(start)
    let closing = skipSpaces(end)
    let closes = closing < bytes.count && bytes[closing] == 0x29
    // "A (Name: B)", "(Name average: B)", "(Name B)".
    if closes {
      var nameEnd = before
      if nameEnd > 0, bytes[nameEnd - 1] == 0x3A { nameEnd = skipSpacesBack(nameEnd - 1) }
      if let wordStart = valueWordStart(endingAt: nameEnd) { nameEnd = skipSpacesBack(wordStart) }
      if let (name, nameStart) = name(endingAt: nameEnd) {
        let open = skipSpacesBack(nameStart)
        if open > 0, bytes[open - 1] == 0x28 {
          setEntity(index, .named(name), "“(\(text(nameStart..<before))” before it")
          comparatorRanges.append(nameStart..<closing + 1)
          setSubject(before: open - 1, against: name, comparedBy: index)
          return
        }
      }
    }
    // "the Name average (B)".
    if closes, before > 0, bytes[before - 1] == 0x28 {
      let beforeBracket = skipSpacesBack(before - 1)
      if let wordStart = valueWordStart(endingAt: beforeBracket),
        let (name, nameStart) = name(endingAt: skipSpacesBack(wordStart))
      {
        setEntity(index, .named(name), "“\(text(nameStart..<beforeBracket)) (” before it")
        comparatorRanges.append(nameStart..<closing + 1)
        setComparedSubject(before: nameStart, against: name, comparedBy: index)
        return
      }
    }
    // "the Name average of B".
    if let ofStart = phraseStart("of", endingAt: before),
      let wordStart = valueWordStart(endingAt: skipSpacesBack(ofStart)),
      let (name, nameStart) = name(endingAt: skipSpacesBack(wordStart))
    {
      setEntity(index, .named(name), "“\(text(nameStart..<before))” before it")
      comparatorRanges.append(nameStart..<end)
      setComparedSubject(before: nameStart, against: name, comparedBy: index)
      return
    }
    // "Name: B" (not in brackets).
    if before > 0, bytes[before - 1] == 0x3A,
      let (name, nameStart) = name(endingAt: skipSpacesBack(before - 1))
    {
      setEntity(index, .named(name), "“\(text(nameStart..<before))” before it")
      comparatorRanges.append(nameStart..<end)
      return
    }
    // "B in Name", "B for Name", "B across Name", "B nationally".
    let after = skipSpaces(end)
    for connector in ["in", "for", "across"] {
      guard let connectorEnd = phraseEnd(connector, at: after) else { continue }
      let nameStart = skipSpaces(connectorEnd)
      if let (name, nameEnd) = name(startingAt: nameStart) {
        setEntity(index, .named(name), "“\(text(after..<nameEnd))” after it")
        comparatorRanges.append(nameStart..<nameEnd)
        return
      }
    }
    for word in ["nationally", "nationwide"] where phraseEnd(word, at: after) != nil {
      if let name = names.name(of: word) {
        setEntity(index, .named(name), "“\(word)” after it")
        return
      }
    }
  }

  mutating func setEntity(_ index: Int, _ entity: BoundEntity, _ cue: String) {
    bindings[index].entity = entity
    bindings[index].entityCue = cue
  }

  /// "A (Name: B)": A, the quantity just before the bracket, is another body's, and B is set
  /// against it.
  mutating func setSubject(before bracket: Int, against name: String, comparedBy index: Int) {
    let end = skipSpacesBack(bracket)
    guard
      let subject = numbers.indices.last(where: {
        $0 < index && roles[$0] == .quantity && numbers[$0].utf8Offsets.upperBound == end
      })
    else { return }
    bindings[index].comparedWith = subject
    if bindings[subject].entity == nil {
      setEntity(subject, .otherThan(name), "“(\(name): …)” after it")
    }
  }

  /// "A, double the Name average (B)": when a comparison word stands between the quantity before
  /// and the name, A is another body's and B is set against it.
  mutating func setComparedSubject(
    before nameStart: Int, against name: String, comparedBy index: Int
  ) {
    guard
      let subject = numbers.indices.last(where: {
        $0 < index && roles[$0] == .quantity && numbers[$0].utf8Offsets.upperBound <= nameStart
      })
    else { return }
    let between = EntityNames.normalised(
      text(numbers[subject].utf8Offsets.upperBound..<nameStart))
    let words = between.split(whereSeparator: { !$0.isLetter }).suffix(4)
    guard words.contains(where: { Self.comparisons.contains(String($0)) }) else { return }
    bindings[index].comparedWith = subject
    if bindings[subject].entity == nil {
      setEntity(subject, .otherThan(name), "set against the \(name) value after it")
    }
  }

  // MARK: Respectively

  /// Lists bound by "respectively": the n-th quantity takes the n-th item of the list before it.
  ///
  /// "In Sandwell and Birmingham the rates were 31% and 22% respectively", "in 2019 and 2020 ...
  /// 14% and 16% respectively".
  mutating func bindRespectively() {
    var searchFrom = 0
    while let word = firstOccurrence(of: "respectively", from: searchFrom) {
      searchFrom = word + 1
      let chain = quantityChain(endingBefore: word)
      guard chain.count >= 2, let first = chain.first else { continue }
      let listEnd = numbers[first].utf8Offsets.lowerBound
      if let items = dateChain(count: chain.count, before: listEnd) {
        for (index, period) in zip(chain, items) where bindings[index].period == nil {
          setPeriod(index, period, "“respectively” after a list of dates")
        }
      } else if let items = nameChain(count: chain.count, before: listEnd) {
        for (index, name) in zip(chain, items) where bindings[index].entity == nil {
          setEntity(index, .named(name), "“respectively” after a list of bodies")
        }
      }
    }
  }

  func firstOccurrence(of word: String, from start: Int) -> Int? {
    guard let first = word.utf8.first else { return nil }
    var index = start
    while index < bytes.count {
      if lowered(index) == first, phraseEnd(word, at: index) != nil { return index }
      index += 1
    }
    return nil
  }

  /// Whether the bytes between two positions are only a list separator: ",", "and", ", and".
  func isListSeparator(_ range: Range<Int>) -> Bool {
    guard range.lowerBound <= range.upperBound else { return false }
    let words = EntityNames.normalised(text(range))
    return ["", ",", "and", ", and", ",and", "&"].contains(words)
  }

  /// The quantities joined by list separators just before `index` (then spaces only).
  func quantityChain(endingBefore index: Int) -> [Int] {
    var chain: [Int] = []
    var end = skipSpacesBack(index)
    for candidate in numbers.indices.reversed() where roles[candidate] == .quantity {
      let range = numbers[candidate].utf8Offsets
      guard range.upperBound <= end else { continue }
      guard chain.isEmpty ? range.upperBound == end : isListSeparator(range.upperBound..<end)
      else { break }
      chain.insert(candidate, at: 0)
      end = range.lowerBound
    }
    return chain
  }

  /// The last `count` dates joined by list separators before `index`.
  func dateChain(count: Int, before index: Int) -> [BoundPeriod]? {
    let candidates = dates.filter { $0.range.upperBound <= index }
    guard candidates.count >= count else { return nil }
    for last in stride(from: candidates.count - 1, through: count - 1, by: -1) {
      let run = Array(candidates[(last - count + 1)...last])
      let joined = zip(run, run.dropFirst()).allSatisfy {
        isListSeparator($0.range.upperBound..<$1.range.lowerBound)
      }
      if joined { return run.map(\.period) }
    }
    return nil
  }

  /// The last `count` body names joined by list separators before `index`.
  func nameChain(count: Int, before index: Int) -> [String]? {
    var found: [(range: Range<Int>, name: String)] = []
    var position = 0
    while position < index {
      if !isWordByte(position - 1), isWordByte(position),
        let (name, end) = name(startingAt: position), end <= index
      {
        found.append((position..<end, name))
        position = end
      } else {
        position += 1
      }
    }
    guard found.count >= count else { return nil }
    for last in stride(from: found.count - 1, through: count - 1, by: -1) {
      let run = Array(found[(last - count + 1)...last])
      let joined = zip(run, run.dropFirst()).allSatisfy {
        isListSeparator($0.range.upperBound..<$1.range.lowerBound)
      }
      if joined { return run.map(\.name) }
    }
    return nil
  }
}
