import Foundation
import TrustMetricsCore

/// Reads numbers as people write them: digits with separators and decimals, currency, "per
/// cent", multipliers ("£7.6m", "£1.2bn"), ranges ("£200,000 – £300,000"), number words
/// ("Forty-eight", "seven-year"), fractions ("a third", "nine out of 10"), multiples ("twice")
/// and the hedges before them ("about", "nearly", "just under", "over").
///
/// Ordinals ("50th", "first") are not read. Pure: it only looks at the text it is given.
///
/// The text is scanned as UTF-8 bytes: positions are byte offsets, a step is one Unicode scalar,
/// words are compared with a small table byte by byte, and digits are accumulated as integers,
/// made a `Decimal` only for the numbers returned.
public struct NumberReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Every number written in a text, in order.
  ///
  /// - Parameter text: Any text, such as a figure's quote.
  /// - Returns: The numbers, each with its value, kind and exact position.
  public func numbers(in text: String) -> [WrittenNumber] {
    var scanner = ByteScanner(Array(text.utf8))
    return scanner.scanAll()
  }
}

extension NumberReader {
  /// Hedges, longest first, with the qualifier each implies.
  static let hedges: [(String, Qualifier)] = [
    ("just under ", .justUnder), ("just below ", .justUnder), ("less than ", .justUnder),
    ("under ", .justUnder), ("just over ", .over), ("more than ", .over), ("over ", .over),
    ("nearly ", .nearly), ("almost ", .nearly), ("an estimated ", .approximate),
    ("estimated ", .approximate), ("approximately ", .approximate), ("about ", .approximate),
    ("around ", .approximate), ("roughly ", .approximate), ("some ", .approximate),
  ]

  /// The hedges by the letter before their final space (`a` first), each list in the order of
  /// ``hedges``.
  static let hedgesByEnding: [[(String, Qualifier)]] = {
    var lists = [[(String, Qualifier)]](repeating: [], count: 26)
    for (words, qualifier) in hedges {
      let letters = Array(words.utf8)
      let last = letters[letters.count - 2]
      lists[Int(last &- 0x61)].append((words, qualifier))
    }
    return lists
  }()
}

/// The number words the reader knows, looked up by their lower-cased ASCII bytes.
///
/// The word lists are disjoint, so each word has one meaning: a unit ("seven", "dozen"), a ten
/// ("forty"), a scale ("thousand"), a fraction's denominator ("third", "thirds") or a multiple
/// ("twice").
enum NumberWord {
  enum Role: UInt8 {
    case unit, ten, scale, denominator, multiple
  }

  struct Entry {
    var key: WordKey
    var role: Role
    var value: Int
  }

  static let units: [(String, Int)] = [
    ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
    ("eighteen", 18), ("nineteen", 19), ("dozen", 12),
  ]
  static let tens: [(String, Int)] = [
    ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
    ("eighty", 80), ("ninety", 90),
  ]
  static let scales: [(String, Int)] = [
    ("hundred", 100), ("thousand", 1000), ("million", 1_000_000), ("billion", 1_000_000_000),
  ]
  /// Fraction words: denominators by singular and plural.
  static let denominators: [(String, Int)] = [
    ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4),
    ("fifth", 5), ("fifths", 5), ("tenth", 10), ("tenths", 10),
  ]
  static let multiples: [(String, Int)] = [
    ("twice", 2), ("double", 2), ("treble", 3), ("triple", 3),
  ]

  /// Open-addressed table of every word, 64 slots.
  static let table: [Entry?] = {
    var slots = [Entry?](repeating: nil, count: slotCount)
    let lists: [(Role, [(String, Int)])] = [
      (.unit, units), (.ten, tens), (.scale, scales), (.denominator, denominators),
      (.multiple, multiples),
    ]
    for (role, words) in lists {
      for (word, value) in words {
        let bytes = Array(word.utf8)
        guard let key = WordKey(bytes, 0..<bytes.count) else {
          preconditionFailure("number words are ASCII letters")
        }
        var slot = key.slot
        while slots[slot] != nil { slot = (slot + 1) & (slotCount - 1) }
        slots[slot] = Entry(key: key, role: role, value: value)
      }
    }
    return slots
  }()
  static let slotCount = 64
  /// The length of the longest number word.
  static let longest =
    (units + tens + scales + denominators + multiples).map(\.0.utf8.count)
    .max() ?? 0
  /// The letters number words start with, as bits (`a` is bit 0).
  static let firstLetters: UInt32 = {
    var bits: UInt32 = 0
    for case let entry? in table { bits |= 1 << UInt32(entry.key.low & 0xFF &- 0x61) }
    return bits
  }()

  /// The entry for a word's bytes (matched case-insensitively for ASCII letters).
  static func lookup(_ key: WordKey) -> Entry? {
    var slot = key.slot
    while let entry = table[slot] {
      if entry.key == key { return entry }
      slot = (slot + 1) & (slotCount - 1)
    }
    return nil
  }
}

/// A word of up to 16 ASCII letters, lower-cased and packed into two integers.
struct WordKey: Equatable {
  var low: UInt64
  var high: UInt64

  /// The key of `bytes[range]`, or `nil` when the word is longer than 16 bytes or has a byte
  /// that is not an ASCII letter (no number word has one).
  init?(_ bytes: [UInt8], _ range: Range<Int>) {
    guard range.count <= 16 else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = 0
    var shift: UInt64 = 0
    for index in range {
      let byte = bytes[index]
      guard byte < 0x80 else { return nil }
      let lowered = UInt64(ByteScanner.lowered(byte))
      if shift < 64 { low |= lowered << shift } else { high |= lowered << (shift - 64) }
      shift += 8
    }
    self.low = low
    self.high = high
  }

  var slot: Int {
    Int(truncatingIfNeeded: ((low ^ (high &* 31)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
  }
}

/// A number read before its unit: digits or words, its scale applied.
///
/// Digits are kept as an integer significand (every digit written, at most 18), the number of
/// decimals and the multiplier's power of ten; the `Decimal` is made on demand, as the
/// `Decimal` arithmetic of earlier versions made it.
struct RawNumber {
  /// The digits as an integer (decimals included), or the value of number words.
  var significand: UInt64
  /// Digits after the decimal point.
  var fractionDigits = 0
  /// The multiplier written after the digits (1,000, 1,000,000, 1,000,000,000), or 0 for none.
  var multiplier = 0
  var end: Int
  var isWords = false
  var isPounds = false
  var isPlainInteger = false
  var digitCount = 0

  /// The value, as a `Decimal`.
  var value: Decimal {
    if isWords { return Decimal(Int(significand)) }
    var value = Decimal(
      sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
    if multiplier != 0 { value *= Decimal(multiplier) }
    return value
  }

  /// The value as an integer when it has no decimals and no multiplier.
  var integer: UInt64? {
    isWords || (fractionDigits == 0 && multiplier == 0) ? significand : nil
  }

  /// Whether the value is greater than zero.
  var isPositive: Bool { significand > 0 }

  /// Compares two values exactly: integers directly, anything else as `Decimal`.
  static func < (lhs: RawNumber, rhs: RawNumber) -> Bool {
    if let left = lhs.integer, let right = rhs.integer { return left < right }
    return lhs.value < rhs.value
  }

  /// Whether the value is at most `limit`.
  func isAtMost(_ limit: UInt64) -> Bool {
    if let integer { return integer <= limit }
    return value <= Decimal(limit)
  }
}

/// The scanning state over one text's UTF-8 bytes.
///
/// Positions are byte offsets at the start of a Unicode scalar; "the next scalar" steps over all
/// of its bytes.
struct ByteScanner {
  let bytes: [UInt8]
  let count: Int
  var found: [WrittenNumber] = []

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    count = bytes.count
    found.reserveCapacity(4)
  }

  // MARK: Bytes and scalars

  @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  @inline(__always) func byteAt(_ index: Int) -> UInt8 {
    index >= 0 && index < count ? bytes[index] : 0
  }

  /// The width in bytes of the scalar starting at `index`.
  @inline(__always) func width(_ index: Int) -> Int {
    let lead = bytes[index]
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The start of the scalar just before `index`.
  @inline(__always) func previous(_ index: Int) -> Int {
    var position = index - 1
    while position > 0, bytes[position] & 0xC0 == 0x80 { position -= 1 }
    return position
  }

  /// The scalar starting at `index` (a non-ASCII lead byte).
  func scalar(at index: Int) -> Unicode.Scalar {
    let lead = UInt32(bytes[index])
    var value: UInt32
    var extra: Int
    if lead < 0xE0 {
      value = lead & 0x1F
      extra = 1
    } else if lead < 0xF0 {
      value = lead & 0x0F
      extra = 2
    } else {
      value = lead & 0x07
      extra = 3
    }
    for offset in 1...extra { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  // MARK: Character classes

  func isDigit(_ index: Int) -> Bool {
    index >= 0 && index < count && bytes[index] &- 0x30 < 10
  }

  /// Whether the scalar starting at `index` is a letter (alphabetic).
  func isLetter(_ index: Int) -> Bool {
    guard index >= 0, index < count else { return false }
    let byte = bytes[index]
    // The only alphabetic ASCII scalars are the letters; the property look-up is slow.
    if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 }
    return Self.isAlphabetic(scalar(at: index), lead: byte, second: byteAt(index + 1))
  }

  /// Whether the scalar just before `index` is a letter.
  func isLetter(before index: Int) -> Bool {
    guard index > 0, index <= count else { return false }
    return isLetter(previous(index))
  }

  /// Whether a non-ASCII scalar is alphabetic.
  ///
  /// General punctuation (U+2000–U+203F: spaces, dashes, curly quotes) is not, without the
  /// property look-up.
  @inline(__always) static func isAlphabetic(
    _ scalar: Unicode.Scalar, lead: UInt8, second: UInt8
  ) -> Bool {
    if lead == 0xE2, second == 0x80 { return false }
    return scalar.properties.isAlphabetic
  }

  /// The width of the dash starting at `index` ("-", en and em dashes, figure dash, minus), or 0.
  func dashWidth(_ index: Int) -> Int {
    guard index >= 0, index < count else { return 0 }
    let byte = bytes[index]
    if byte == 0x2D { return 1 }
    guard byte == 0xE2, index + 2 < count else { return 0 }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    // U+2012, U+2013, U+2014 (E2 80 92–94) and U+2212 (E2 88 92).
    if second == 0x80, third >= 0x92, third <= 0x94 { return 3 }
    if second == 0x88, third == 0x92 { return 3 }
    return 0
  }

  /// The width of the space starting at `index` (space, no-break space, narrow no-break space),
  /// or 0.
  func spaceWidth(_ index: Int) -> Int {
    guard index >= 0, index < count else { return 0 }
    let byte = bytes[index]
    if byte == 0x20 { return 1 }
    if byte == 0xC2 { return index + 1 < count && bytes[index + 1] == 0xA0 ? 2 : 0 }
    if byte == 0xE2 {
      return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF ? 3 : 0
    }
    return 0
  }
  func isSpace(_ index: Int) -> Bool { spaceWidth(index) != 0 }

  /// The width of the space just before `index`, or 0.
  func spaceWidth(before index: Int) -> Int {
    guard index > 0, index <= count else { return 0 }
    let last = bytes[index - 1]
    if last == 0x20 { return 1 }
    if last == 0xA0, index >= 2, bytes[index - 2] == 0xC2 { return 2 }
    if last == 0xAF, index >= 3, bytes[index - 2] == 0x80, bytes[index - 3] == 0xE2 { return 3 }
    return 0
  }

  /// Whether the scalar at `index` is the pound sign (C2 A3).
  func isPound(_ index: Int) -> Bool {
    index >= 0 && index + 1 < count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA3
  }

  /// Where `word` ends when the lower-cased text at `index` starts with it, a space in `word`
  /// matching any space; `nil` when it does not.
  func matchEnd(of word: String, at index: Int) -> Int? {
    var position = index
    let pattern = word.utf8.span
    for offset in 0..<pattern.count {
      let character = pattern[offset]
      if character == 0x20 {
        let width = spaceWidth(position)
        guard width != 0 else { return nil }
        position += width
      } else {
        guard position >= 0, position < count, Self.lowered(bytes[position]) == character
        else { return nil }
        position += 1
      }
    }
    return position
  }

  /// Where `word` ends when it stands at `index` as a whole word (no letter after it).
  func endOfWord(_ word: String, at index: Int) -> Int? {
    guard let end = matchEnd(of: word, at: index), !isLetter(end) else { return nil }
    return end
  }
  func hasWord(_ word: String, at index: Int) -> Bool { endOfWord(word, at: index) != nil }

  /// Where `word` starts when the lower-cased text just before `index` ends with it.
  func matchStart(of word: String, endingAt index: Int) -> Int? {
    var position = index
    let pattern = word.utf8.span
    var offset = pattern.count - 1
    while offset >= 0 {
      let character = pattern[offset]
      if character == 0x20 {
        let width = spaceWidth(before: position)
        guard width != 0 else { return nil }
        position -= width
      } else {
        guard position > 0, Self.lowered(bytes[position - 1]) == character else { return nil }
        position -= 1
      }
      offset -= 1
    }
    return position
  }

  /// The word starting at `index`: its letters' range.
  func word(at index: Int) -> Range<Int>? {
    guard isLetter(index), !isLetter(before: index) else { return nil }
    return wordRange(from: index)
  }

  /// The letters from `index` (a letter) to the first scalar that is not one.
  func wordRange(from index: Int) -> Range<Int> {
    var end = index
    while end < count {
      let byte = bytes[end]
      if byte < 0x80 {
        guard (byte | 0x20) &- 0x61 < 26 else { break }
        end += 1
      } else {
        guard isLetter(end) else { break }
        end += width(end)
      }
    }
    return index..<end
  }

  /// The number word a word is, if any.
  func numberWord(_ range: Range<Int>) -> NumberWord.Entry? {
    guard range.count >= 3, range.count <= NumberWord.longest,
      NumberWord.firstLetters & (1 << UInt32(bytes[range.lowerBound] | 0x20 &- 0x61)) != 0,
      let key = WordKey(bytes, range)
    else { return nil }
    return NumberWord.lookup(key)
  }

  /// Whether a word's letters, lower-cased, are `text`.
  func word(_ range: Range<Int>, is text: String) -> Bool {
    let pattern = text.utf8.span
    guard range.count == pattern.count else { return false }
    for offset in 0..<range.count
    where Self.lowered(bytes[range.lowerBound + offset]) != pattern[offset] {
      return false
    }
    return true
  }

  /// A word's letters, lower-cased (ASCII letters only, as the scalar reader did).
  func lowered(_ range: Range<Int>) -> String {
    String(decoding: bytes[range].lazy.map(Self.lowered), as: UTF8.self)
  }

  /// Whether a byte is the punctuation after a fraction word that makes it a share: , . ) ; :
  static func isSharePunctuation(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x2E || byte == 0x29 || byte == 0x3B || byte == 0x3A
  }

  func skipSpaces(_ index: Int) -> Int {
    var position = index
    while true {
      let width = spaceWidth(position)
      if width == 0 { return position }
      position += width
    }
  }

  // MARK: Scanning

  mutating func scanAll() -> [WrittenNumber] {
    var index = 0
    // Whether the scalar before `index` is a letter: a word starts only after a non-letter.
    var afterLetter = false
    while index < count {
      let byte = bytes[index]
      let isCandidate: Bool
      var letter = false
      if byte < 0x80 {
        if byte &- 0x30 < 10 {
          isCandidate = true
        } else if (byte | 0x20) &- 0x61 < 26 {
          letter = true
          isCandidate = !afterLetter
        } else {
          isCandidate = false
        }
      } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA3 {
        isCandidate = true
      } else {
        letter = isLetter(index)
        isCandidate = letter && !afterLetter
      }
      if isCandidate {
        if letter {
          // A word: only "a" or a number word can start a number; any other is skipped whole
          // (no letter inside it starts a word).
          let word = wordRange(from: index)
          if !(word.count == 1 && byte | 0x20 == 0x61) && numberWord(word) == nil {
            index = word.upperBound
            afterLetter = true
            continue
          }
        }
        if let (number, end) = number(at: index) {
          found.append(number)
          index = end
          afterLetter = isLetter(before: end)
          continue
        }
      }
      afterLetter = letter
      index += width(index)
    }
    return found
  }

  /// A number starting at `index`, with the index just after it.
  func number(at index: Int) -> (WrittenNumber, Int)? {
    if isPound(index) {
      let start = skipSpaces(index + 2)
      guard isDigit(start), var value = numeral(at: start) else { return nil }
      value.isPounds = true
      return finish(value, start: index)
    }
    if isDigit(index) {
      guard !isDigit(index - 1), !isLetter(before: index), byteAt(index - 1) != 0x2E,
        let value = numeral(at: index)
      else { return nil }
      return finish(value, start: index)
    }
    if let word = word(at: index) {
      let entry = numberWord(word)
      // Only a number word or the article "a" starts a number (a fraction, a multiple, words).
      guard entry != nil || (word.count == 1 && bytes[index] | 0x20 == 0x61) else { return nil }
      if let fraction = fraction(at: index) { return fraction }
      if let entry, entry.role == .multiple {
        return make(
          value: Decimal(entry.value), kind: .multiple, words: true, start: index,
          end: word.upperBound)
      }
      if let entry, let value = wordNumber(first: word, entry: entry) {
        return finish(value, start: index)
      }
    }
    return nil
  }

  /// Digits with optional thousands separators and decimals, then a multiplier (m, bn, k,
  /// million).
  func numeral(at index: Int) -> RawNumber? {
    var position = index
    var significand: UInt64 = 0
    var digits = 0
    var integerDigits = 0
    while position < count, bytes[position] &- 0x30 < 10 {
      significand = significand &* 10 &+ UInt64(bytes[position] &- 0x30)
      position += 1
      integerDigits += 1
    }
    digits = integerDigits
    var hasSeparator = false
    while position < count, bytes[position] == 0x2C, isDigit(position + 1),
      isDigit(position + 2), isDigit(position + 3), !isDigit(position + 4),
      integerDigits <= 3
        || hasSeparator
    {
      for offset in 1...3 {
        significand = significand &* 10 &+ UInt64(bytes[position + offset] &- 0x30)
      }
      digits += 3
      position += 4
      hasSeparator = true
    }
    var fractionDigits = 0
    if position < count, bytes[position] == 0x2E, isDigit(position + 1) {
      position += 1
      while position < count, bytes[position] &- 0x30 < 10 {
        significand = significand &* 10 &+ UInt64(bytes[position] &- 0x30)
        position += 1
        fractionDigits += 1
      }
      digits += fractionDigits
    }
    guard digits <= 18 else { return nil }
    var raw = RawNumber(significand: significand, fractionDigits: fractionDigits, end: position)
    raw.isPlainInteger = !hasSeparator && fractionDigits == 0
    raw.digitCount = integerDigits
    // Ordinals are not numbers.
    let next = Self.lowered(byteAt(position))
    if next == 0x73 || next == 0x6E || next == 0x72 || next == 0x74,
      hasWord("st", at: position) || hasWord("nd", at: position) || hasWord("rd", at: position)
        || hasWord("th", at: position)
    {
      return nil
    }
    if let (multiplier, end) = multiplier(at: position) {
      raw.multiplier = multiplier
      raw.end = end
      raw.isPlainInteger = false
    }
    return raw
  }

  func multiplier(at position: Int) -> (Int, Int)? {
    let next = Self.lowered(byteAt(position))
    if next == 0x62 || next == 0x6D || next == 0x6B {
      if let end = endOfWord("bn", at: position) { return (1_000_000_000, end) }
      if let end = endOfWord("m", at: position) { return (1_000_000, end) }
      if let end = endOfWord("k", at: position) { return (1000, end) }
    }
    let afterSpace = skipSpaces(position)
    let after = Self.lowered(byteAt(afterSpace))
    guard after == 0x62 || after == 0x6D else { return nil }
    if let end = endOfWord("billion", at: afterSpace) { return (1_000_000_000, end) }
    if let end = endOfWord("million", at: afterSpace) { return (1_000_000, end) }
    if let end = endOfWord("mn", at: afterSpace) { return (1_000_000, end) }
    return nil
  }

  /// Number words: "seven", "forty-eight", "twenty one", "two hundred", "five thousand".
  func wordNumber(at index: Int) -> RawNumber? {
    guard let first = word(at: index), let entry = numberWord(first) else { return nil }
    return wordNumber(first: first, entry: entry)
  }

  /// ``wordNumber(at:)`` given the first word and its entry.
  func wordNumber(first: Range<Int>, entry: NumberWord.Entry) -> RawNumber? {
    var value: Int
    var end = first.upperBound
    if entry.role == .unit {
      value = entry.value
    } else if entry.role == .ten {
      value = entry.value
      // "forty-eight", "twenty one"
      let separator = max(dashWidth(end), spaceWidth(end))
      if end < count, separator != 0, let next = word(at: end + separator),
        let unit = numberWord(next), unit.role == .unit, unit.value < 10, unit.value > 0
      {
        value += unit.value
        end = next.upperBound
      }
    } else {
      return nil
    }
    if word(first, is: "dozen") { return nil }
    let space = spaceWidth(end)
    if space != 0, let next = word(at: end + space), let scale = numberWord(next),
      scale.role == .scale
    {
      value *= scale.value
      end = next.upperBound
    }
    var raw = RawNumber(significand: UInt64(value), end: end)
    raw.isWords = true
    return raw
  }

  /// "a third", "two-thirds", "three quarters", "half", "nine out of 10", "one in five".
  func fraction(at index: Int) -> (WrittenNumber, Int)? {
    var numerator = 1
    var position = index
    let isArticle = hasWord("a", at: index)
    if isArticle || hasWord("one", at: index) {
      position = skipSpaces(index + (isArticle ? 1 : 3))
    } else if let raw = wordNumber(at: index), raw.significand < 10 {
      let separator = max(spaceWidth(raw.end), dashWidth(raw.end))
      if separator != 0 {
        numerator = Int(raw.significand)
        position = raw.end + separator
      }
    }
    if let word = word(at: position), let entry = numberWord(word), entry.role == .denominator,
      position != index || self.word(word, is: "half")
    {
      // A fraction word is a share only when followed by "of" or punctuation ("a third of
      // councils"), not when it is an ordinal ("a third group").
      let after = skipSpaces(word.upperBound)
      let isShare =
        hasWord("of", at: after) || after >= count
        || Self.isSharePunctuation(bytes[after])
      guard isShare else { return nil }
      let value = Decimal(numerator) * 100 / Decimal(entry.value)
      return make(value: value, kind: .fraction, words: true, start: index, end: word.upperBound)
    }
    return nil
  }

  /// Applies units, ranges, "out of" and hedges to a raw number.
  func finish(_ raw: RawNumber, start: Int) -> (WrittenNumber, Int)? {
    var end = raw.end
    var kind: WrittenNumber.Kind = raw.isPounds ? .pounds : .plain
    var upper: Decimal?
    var isYear = false
    var unitWord: String?
    if let percentEnd = percentSuffix(at: end) {
      kind = .percent
      end = percentEnd
    }
    // "nine out of 10", "one in five"
    let afterSpace = skipSpaces(end)
    if kind == .plain, isSpace(end) {
      for connector in 0..<2 {
        let next =
          connector == 0
          ? matchEnd(of: "out of ", at: afterSpace) : matchEnd(of: "in ", at: afterSpace)
        guard let next else { continue }
        let denominator = isDigit(next) ? numeral(at: next) : wordNumber(at: next)
        if let denominator, denominator.isPositive, denominator.isAtMost(100), raw < denominator {
          return make(
            value: raw.value * 100 / denominator.value, kind: .fraction, words: raw.isWords,
            start: start, end: denominator.end)
        }
      }
    }
    // Ranges: "£200,000-£300,000", "£200,000 – £300,000", "100-250", "10-15%", "2022-23".
    var dash = skipSpaces(end)
    let firstDash = dashWidth(dash)
    if firstDash != 0, !raw.isWords {
      dash = skipSpaces(dash + firstDash)
      var secondStart = dash
      let secondIsPounds = isPound(secondStart)
      if secondIsPounds { secondStart = skipSpaces(secondStart + 2) }
      if isDigit(secondStart), let second = numeral(at: secondStart) {
        let isYearRange =
          raw.isPlainInteger && raw.digitCount == 4 && (1900...2099).contains(raw.significand)
          && second.isPlainInteger && (second.digitCount == 2 || second.digitCount == 4)
        if isYearRange {
          isYear = true
          end = second.end
          let century = Decimal(Int(raw.significand) / 100 * 100)
          upper = second.digitCount == 2 ? century + second.value : second.value
        } else if secondIsPounds == (kind == .pounds) || kind == .pounds {
          var secondEnd = second.end
          if let percentEnd = percentSuffix(at: secondEnd) {
            if kind == .plain { kind = .percent }
            secondEnd = percentEnd
          }
          if !(second < raw) {
            upper = second.value
            end = secondEnd
          }
        }
      }
    }
    if !isYear, kind == .plain, upper == nil, raw.isPlainInteger, raw.digitCount == 4,
      (1900...2099).contains(raw.significand)
    {
      isYear = true
    }
    // "seven-year", "24-hour": the counted thing.
    let dashAtEnd = dashWidth(end)
    if dashAtEnd != 0, let word = word(at: end + dashAtEnd), upper == nil {
      unitWord = lowered(word)
      end = word.upperBound
    } else if byteAt(end) == 0x2F || isSpace(end),
      let connectorEnd = matchEnd(of: " per ", at: end) ?? matchEnd(of: "/", at: end)
        ?? matchEnd(of: " a ", at: end) ?? matchEnd(of: " / ", at: end)
    {
      if let word = word(at: skipSpaces(connectorEnd)),
        self.word(word, is: "year") || self.word(word, is: "week")
          || self.word(word, is: "month") || self.word(word, is: "day")
          || self.word(word, is: "annum") || self.word(word, is: "hour")
      {
        unitWord = lowered(word)
        end = word.upperBound
      }
    }
    return make(
      value: raw.value, upper: upper, kind: kind, words: raw.isWords, isYear: isYear,
      unitWord: unitWord, start: start, end: end)
  }

  /// The end of "%", " per cent", " percent" after a number, if present.
  func percentSuffix(at position: Int) -> Int? {
    if position < count, bytes[position] == 0x25 { return position + 1 }
    let space = spaceWidth(position)
    if space != 0 {
      let afterOne = position + space
      if afterOne < count, bytes[afterOne] == 0x25, spaceWidth(afterOne) == 0 {
        return afterOne + 1
      }
    }
    let afterSpace = skipSpaces(position)
    guard Self.lowered(byteAt(afterSpace)) == 0x70 else { return nil }
    if let end = endOfWord("per cent", at: afterSpace) { return end }
    if let end = endOfWord("percent", at: afterSpace) { return end }
    if let end = endOfWord("pc", at: afterSpace) { return end }
    return nil
  }

  func make(
    value: Decimal, upper: Decimal? = nil, kind: WrittenNumber.Kind, words: Bool,
    isYear: Bool = false, unitWord: String? = nil, start: Int, end: Int
  ) -> (WrittenNumber, Int) {
    let range = start..<end
    let written = String(decoding: bytes[range], as: UTF8.self)
    let number = WrittenNumber(
      value: value, upperValue: upper, kind: kind, isWords: words, isYear: isYear,
      hedge: hedge(before: start), unitWord: unitWord, text: written, utf8Offsets: range)
    return (number, end)
  }

  /// The hedge written just before a number ("about £600,000", "nearly 19%").
  func hedge(before start: Int) -> Qualifier? {
    // Every hedge ends with a letter and a space.
    let space = spaceWidth(before: start)
    guard space != 0, start - space > 0 else { return nil }
    let letter = Self.lowered(bytes[start - space - 1]) &- 0x61
    guard letter < 26 else { return nil }
    // Only the hedges ending in that letter can stand there; the first of them, in list order.
    for (words, qualifier) in NumberReader.hedgesByEnding[Int(letter)] {
      if let from = matchStart(of: words, endingAt: start), !isLetter(before: from) {
        return qualifier
      }
    }
    return nil
  }
}
