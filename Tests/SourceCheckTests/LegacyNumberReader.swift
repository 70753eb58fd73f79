// The scalar-by-scalar number reader as it was before the byte-level reader, verbatim but for
// its names: the oracle the byte reader is compared with (NumberReaderOracleTests).
import Foundation
import SourceCheck
import TrustMetricsCore

/// The scalar-by-scalar reader the byte reader replaced, kept as its oracle.
enum LegacyNumberReader {
  static func numbers(in text: String) -> [WrittenNumber] {
    var scanner = LegacyScanner(text)
    return scanner.scanAll()
  }

  static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
  ]
  static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]
  static let scales: [String: Int] = [
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
  ]
  /// Fraction words: denominators by singular and plural.
  static let denominators: [String: Int] = [
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "tenth": 10, "tenths": 10,
  ]
  static let multiples: [String: Int] = [
    "twice": 2, "double": 2, "treble": 3, "triple": 3,
  ]
  /// Hedges, longest first, with the qualifier each implies.
  static let hedges: [(String, Qualifier)] = [
    ("just under ", .justUnder), ("just below ", .justUnder), ("less than ", .justUnder),
    ("under ", .justUnder), ("just over ", .over), ("more than ", .over), ("over ", .over),
    ("nearly ", .nearly), ("almost ", .nearly), ("an estimated ", .approximate),
    ("estimated ", .approximate), ("approximately ", .approximate), ("about ", .approximate),
    ("around ", .approximate), ("roughly ", .approximate), ("some ", .approximate),
  ]
}

/// The scanning state over one text's Unicode scalars.
private struct LegacyScanner {
  let utf8: [UInt8]
  let scalars: [Unicode.Scalar]
  /// Lower-cased scalars, for word matching.
  let lower: [Unicode.Scalar]
  /// UTF-8 offset of each scalar, plus the end.
  let offsets: [Int]
  var found: [WrittenNumber] = []

  init(_ text: String) {
    utf8 = Array(text.utf8)
    scalars = Array(text.unicodeScalars)
    lower = scalars.map { scalar in
      if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 32) ?? scalar }
      return scalar
    }
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.offsets = offsets
  }

  // MARK: Character classes

  func isDigit(_ index: Int) -> Bool {
    index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
  }
  func isLetter(_ index: Int) -> Bool {
    guard index >= 0, index < scalars.count else { return false }
    let scalar = scalars[index]
    // The only alphabetic ASCII scalars are the letters; the property look-up is slow.
    if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic
  }
  func isDash(_ index: Int) -> Bool {
    guard index >= 0, index < scalars.count else { return false }
    switch scalars[index] {
    case "-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2212}": return true
    default: return false
    }
  }
  func isSpace(_ index: Int) -> Bool {
    guard index >= 0, index < scalars.count else { return false }
    return scalars[index] == " " || scalars[index] == "\u{00A0}" || scalars[index] == "\u{202F}"
  }
  /// Whether the lower-cased text at `index` starts with `word`.
  func has(_ word: String, at index: Int) -> Bool {
    var position = index
    for scalar in word.unicodeScalars {
      guard position < lower.count else { return false }
      if scalar == " " {
        guard isSpace(position) else { return false }
      } else if lower[position] != scalar {
        return false
      }
      position += 1
    }
    return true
  }
  /// Whether `word` stands at `index` as a whole word (no letter after it).
  func hasWord(_ word: String, at index: Int) -> Bool {
    has(word, at: index) && !isLetter(index + word.unicodeScalars.count)
  }
  /// The letters of the word starting at `index`, lower-cased.
  func word(at index: Int) -> (text: String, end: Int)? {
    guard isLetter(index), !isLetter(index - 1) else { return nil }
    var end = index
    var result = ""
    while end < lower.count, isLetter(end) {
      result.unicodeScalars.append(lower[end])
      end += 1
    }
    return (result, end)
  }
  func skipSpaces(_ index: Int) -> Int {
    var position = index
    while isSpace(position) { position += 1 }
    return position
  }

  // MARK: Scanning

  mutating func scanAll() -> [WrittenNumber] {
    var index = 0
    while index < scalars.count {
      if let (number, end) = number(at: index) {
        found.append(number)
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  /// A number starting at `index`, with the index just after it.
  func number(at index: Int) -> (WrittenNumber, Int)? {
    if scalars[index] == "£" {
      let start = skipSpaces(index + 1)
      guard isDigit(start), var value = numeral(at: start) else { return nil }
      value.isPounds = true
      return finish(value, start: index)
    }
    if isDigit(index) {
      guard !isDigit(index - 1), !isLetter(index - 1), !(index > 0 && scalars[index - 1] == "."),
        let value = numeral(at: index)
      else { return nil }
      return finish(value, start: index)
    }
    if let word = word(at: index) {
      if let fraction = fraction(at: index) { return fraction }
      if let multiple = LegacyNumberReader.multiples[word.text] {
        return make(
          value: Decimal(multiple), kind: .multiple, words: true, start: index, end: word.end)
      }
      if let value = wordNumber(at: index) {
        return finish(value, start: index)
      }
    }
    return nil
  }

  /// A number read before its unit: digits or words, its scale applied.
  struct Raw {
    var value: Decimal
    var end: Int
    var isWords = false
    var isPounds = false
    var isPlainInteger = false
    var digitCount = 0
  }

  /// Digits with optional thousands separators and decimals, then a multiplier (m, bn, k,
  /// million).
  func numeral(at index: Int) -> Raw? {
    var position = index
    var digits = ""
    var integerDigits = 0
    while isDigit(position) {
      digits.unicodeScalars.append(scalars[position])
      position += 1
      integerDigits += 1
    }
    var hasSeparator = false
    while position < scalars.count, scalars[position] == ",", isDigit(position + 1),
      isDigit(position + 2), isDigit(position + 3), !isDigit(position + 4),
      integerDigits <= 3
        || hasSeparator
    {
      for offset in 1...3 { digits.unicodeScalars.append(scalars[position + offset]) }
      position += 4
      hasSeparator = true
    }
    var fractionDigits = 0
    if position < scalars.count, scalars[position] == ".", isDigit(position + 1) {
      position += 1
      while isDigit(position) {
        digits.unicodeScalars.append(scalars[position])
        position += 1
        fractionDigits += 1
      }
    }
    guard digits.count <= 18 else { return nil }
    var significand: Decimal = 0
    for scalar in digits.unicodeScalars {
      significand = significand * 10 + Decimal(Int(scalar.value) - 48)
    }
    var value = Decimal(sign: .plus, exponent: -fractionDigits, significand: significand)
    var raw = Raw(value: value, end: position)
    raw.isPlainInteger = !hasSeparator && fractionDigits == 0
    raw.digitCount = integerDigits
    // Ordinals are not numbers.
    for suffix in ["st", "nd", "rd", "th"] where hasWord(suffix, at: position) {
      return nil
    }
    if let (multiplier, end) = multiplier(at: position) {
      value *= multiplier
      raw.value = value
      raw.end = end
      raw.isPlainInteger = false
    }
    return raw
  }

  func multiplier(at position: Int) -> (Decimal, Int)? {
    for (suffix, scale) in [("bn", 1_000_000_000), ("m", 1_000_000), ("k", 1000)]
    where hasWord(suffix, at: position) {
      return (Decimal(scale), position + suffix.count)
    }
    let afterSpace = skipSpaces(position)
    for (word, scale) in [("billion", 1_000_000_000), ("million", 1_000_000), ("mn", 1_000_000)]
    where hasWord(word, at: afterSpace) {
      return (Decimal(scale), afterSpace + word.count)
    }
    return nil
  }

  /// Number words: "seven", "forty-eight", "twenty one", "two hundred", "five thousand".
  func wordNumber(at index: Int) -> Raw? {
    guard let first = word(at: index) else { return nil }
    var value: Int
    var end = first.end
    if let unit = LegacyNumberReader.units[first.text] {
      value = unit
    } else if let ten = LegacyNumberReader.tens[first.text] {
      value = ten
      // "forty-eight", "twenty one"
      if end < scalars.count, isDash(end) || isSpace(end), let next = word(at: end + 1),
        let unit = LegacyNumberReader.units[next.text], unit < 10, unit > 0
      {
        value += unit
        end = next.end
      }
    } else {
      return nil
    }
    if first.text == "dozen" { return nil }
    if isSpace(end), let next = word(at: end + 1), let scale = LegacyNumberReader.scales[next.text]
    {
      value *= scale
      end = next.end
    }
    return Raw(value: Decimal(value), end: end, isWords: true)
  }

  /// "a third", "two-thirds", "three quarters", "half", "nine out of 10", "one in five".
  func fraction(at index: Int) -> (WrittenNumber, Int)? {
    var numerator = 1
    var position = index
    if hasWord("a", at: index) || hasWord("one", at: index) {
      let isArticle = hasWord("a", at: index)
      position = skipSpaces(index + (isArticle ? 1 : 3))
    } else if let raw = wordNumber(at: index), raw.value < 10, isSpace(raw.end) || isDash(raw.end) {
      numerator = NSDecimalNumber(decimal: raw.value).intValue
      position = raw.end + 1
    }
    if let word = word(at: position), let denominator = LegacyNumberReader.denominators[word.text],
      position != index || word.text == "half"
    {
      // A fraction word is a share only when followed by "of" or punctuation ("a third of
      // councils"), not when it is an ordinal ("a third group").
      let after = skipSpaces(word.end)
      let isShare =
        hasWord("of", at: after) || after >= scalars.count
        || [",", ".", ")", ";", ":"].contains(scalars[after])
      guard isShare else { return nil }
      let value = Decimal(numerator) * 100 / Decimal(denominator)
      return make(value: value, kind: .fraction, words: true, start: index, end: word.end)
    }
    return nil
  }

  /// Applies units, ranges, "out of" and hedges to a raw number.
  func finish(_ raw: Raw, start: Int) -> (WrittenNumber, Int)? {
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
      for connector in ["out of ", "in "] where has(connector, at: afterSpace) {
        let next = afterSpace + connector.count
        let denominator = isDigit(next) ? numeral(at: next) : wordNumber(at: next)
        if let denominator, denominator.value > 0, denominator.value <= 100,
          raw.value < denominator.value, connector == "out of " || denominator.value <= 100
        {
          return make(
            value: raw.value * 100 / denominator.value, kind: .fraction, words: raw.isWords,
            start: start, end: denominator.end)
        }
      }
    }
    // Ranges: "£200,000-£300,000", "£200,000 – £300,000", "100-250", "10-15%", "2022-23".
    var dash = skipSpaces(end)
    if isDash(dash), !raw.isWords {
      dash = skipSpaces(dash + 1)
      var secondStart = dash
      let secondIsPounds = secondStart < scalars.count && scalars[secondStart] == "£"
      if secondIsPounds { secondStart = skipSpaces(secondStart + 1) }
      if isDigit(secondStart), let second = numeral(at: secondStart) {
        let isYearRange =
          raw.isPlainInteger && raw.digitCount == 4 && (1900...2099).contains(raw.value)
          && second.isPlainInteger && (second.digitCount == 2 || second.digitCount == 4)
        if isYearRange {
          isYear = true
          end = second.end
          let century = Decimal(NSDecimalNumber(decimal: raw.value).intValue / 100 * 100)
          upper = second.digitCount == 2 ? century + second.value : second.value
        } else if secondIsPounds == (kind == .pounds) || kind == .pounds {
          var secondEnd = second.end
          if let percentEnd = percentSuffix(at: secondEnd) {
            if kind == .plain { kind = .percent }
            secondEnd = percentEnd
          }
          if second.value >= raw.value {
            upper = second.value
            end = secondEnd
          }
        }
      }
    }
    if !isYear, kind == .plain, upper == nil, raw.isPlainInteger, raw.digitCount == 4,
      (1900...2099).contains(raw.value)
    {
      isYear = true
    }
    // "seven-year", "24-hour": the counted thing.
    if isDash(end), let word = word(at: end + 1), upper == nil {
      unitWord = word.text
      end = word.end
    } else if has(" per ", at: end) || has(" a ", at: end) || has(" / ", at: end)
      || has("/", at: end)
    {
      let connector = has(" per ", at: end) ? 5 : has("/", at: end) ? 1 : 3
      if let word = word(at: skipSpaces(end + connector)),
        ["year", "week", "month", "day", "annum", "hour"].contains(word.text)
      {
        unitWord = word.text
        end = word.end
      }
    }
    return make(
      value: raw.value, upper: upper, kind: kind, words: raw.isWords, isYear: isYear,
      unitWord: unitWord, start: start, end: end)
  }

  /// The end of "%", " per cent", " percent" after a number, if present.
  func percentSuffix(at position: Int) -> Int? {
    if position < scalars.count, scalars[position] == "%" { return position + 1 }
    let afterSpace = skipSpaces(position)
    if afterSpace < scalars.count, scalars[afterSpace] == "%", afterSpace == position + 1 {
      return afterSpace + 1
    }
    for word in ["per cent", "percent", "pc"] where hasWord(word, at: afterSpace) {
      return afterSpace + word.count
    }
    return nil
  }

  func make(
    value: Decimal, upper: Decimal? = nil, kind: WrittenNumber.Kind, words: Bool,
    isYear: Bool = false, unitWord: String? = nil, start: Int, end: Int
  ) -> (WrittenNumber, Int) {
    let bytes = offsets[start]..<offsets[end]
    let written = String(decoding: utf8[bytes], as: UTF8.self)
    let number = WrittenNumber(
      value: value, upperValue: upper, kind: kind, isWords: words, isYear: isYear,
      hedge: hedge(before: start), unitWord: unitWord, text: written, utf8Offsets: bytes)
    return (number, end)
  }

  /// The hedge written just before a number ("about £600,000", "nearly 19%").
  func hedge(before start: Int) -> Qualifier? {
    for (words, qualifier) in LegacyNumberReader.hedges {
      let length = words.unicodeScalars.count
      let from = start - length
      guard from >= 0, !isLetter(from - 1) else { continue }
      if has(words, at: from) { return qualifier }
    }
    return nil
  }
}
