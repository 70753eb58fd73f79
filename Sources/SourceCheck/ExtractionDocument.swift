import Foundation
import TrustMetricsCore

/// A text prepared for extraction: sentences, clauses, entity mentions and dates, by UTF-8
/// offset.
struct ExtractionDocument {
  let text: String
  let bytes: [UInt8]
  /// Mentions of known bodies: byte offset and canonical name, in text order.
  let mentions: [(offset: Int, name: String)]
  /// Dates written in the text (`13 Dec 2024`, `October 2, 2018`): offset, year, month.
  let dates: [(offset: Int, year: Int, month: Int)]

  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  init(text: String, entities: [Entity]) {
    self.text = text
    bytes = Array(text.utf8)
    var mentions: [(Int, String)] = []
    for entity in entities {
      var names = entity.names
      // A council's "X Council" also names it; straight and curly apostrophes both.
      names += names.map { $0.replacingApostrophes() }
      for name in Set(names) where name.utf8.count >= 3 {
        for offset in Self.offsets(of: Array(name.utf8), in: bytes) {
          mentions.append((offset, entity.name))
        }
      }
    }
    self.mentions = mentions.sorted { $0.0 < $1.0 }
    dates = Self.findDates(in: text)
  }

  static func offsets(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    var found: [Int] = []
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0]
      && haystack[start..<start + needle.count].elementsEqual(needle)
    {
      let before = start == 0 ? 32 : haystack[start - 1]
      let afterIndex = start + needle.count
      let after = afterIndex < haystack.count ? haystack[afterIndex] : 32
      if !isWordByte(before), !isWordByte(after) { found.append(start) }
    }
    return found
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte)
  }

  /// Dates such as "13 Dec 2024", "28 January 2025", "October 2, 2018".
  static func findDates(in text: String) -> [(offset: Int, year: Int, month: Int)] {
    var result: [(Int, Int, Int)] = []
    let numbers = NumberReader().numbers(in: text)
    let lower = Array(text.lowercased().utf8)
    for number in numbers where number.isYear && number.upperValue == nil {
      let start = number.utf8Offsets.lowerBound
      let window = String(decoding: lower[max(0, start - 16)..<start], as: UTF8.self)
      for (index, month) in months.enumerated() {
        let short = String(month.prefix(3))
        let hasMonth =
          window.range(of: month) != nil || window.range(of: short + " ") != nil
          || window.range(of: short + ",") != nil
        if hasMonth {
          let year = Int("\(number.value)") ?? 0
          result.append((start, year, index + 1))
          break
        }
      }
    }
    return result
  }

  func lowercased(_ range: Range<Int>) -> String {
    String(
      decoding: bytes[range].map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
  }

  func text(of range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  /// The sentence around a number, between sentence ends (full stop, semicolon, line end).
  func sentence(around range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    while start > 0 {
      let byte = bytes[start - 1]
      if byte == 10 { break }
      if start >= 2, [46, 59, 63, 33].contains(bytes[start - 2]), byte == 32,
        !(start >= 3 && (48...57).contains(bytes[start - 3]) && bytes[start - 2] == 46)
      {
        break
      }
      start -= 1
    }
    var end = range.upperBound
    while end < bytes.count {
      let byte = bytes[end]
      if byte == 10 { break }
      if [46, 59, 63, 33].contains(byte),
        end + 1 >= bytes.count || bytes[end + 1] == 32
          || bytes[end + 1] == 10
      {
        break
      }
      end += 1
    }
    while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
    return start..<end
  }

  /// The shortest run of comma- or dash-separated clauses of a sentence that covers the number
  /// and its cue word.
  func clause(in sentence: Range<Int>, covering number: Range<Int>, and cue: Range<Int>)
    -> Range<Int>
  {
    let from = min(number.lowerBound, cue.lowerBound)
    let to = max(number.upperBound, cue.upperBound)
    var start = from
    while start > sentence.lowerBound {
      if bytes[start - 1] == 32, start >= 2, bytes[start - 2] == 44 { break }
      // " – " (en dash between spaces)
      if start >= 4, bytes[start - 1] == 32, bytes[start - 2] == 0x93, bytes[start - 3] == 0x80,
        bytes[start - 4] == 0xE2
      {
        break
      }
      start -= 1
    }
    var end = to
    while end < sentence.upperBound {
      if bytes[end] == 44, end + 1 < bytes.count, bytes[end + 1] == 32,
        !(end >= 1 && (48...57).contains(bytes[end - 1]) && end + 1 < bytes.count
          && (48...57).contains(bytes[end + 1]))
      {
        break
      }
      if end + 3 < bytes.count, bytes[end] == 32, bytes[end + 1] == 0xE2, bytes[end + 2] == 0x80,
        bytes[end + 3] == 0x93, number.upperBound <= end,
        !(end + 4 < bytes.count
          && bytes[end + 4] == 32 && end + 5 < bytes.count && bytes[end + 5] == 0xC2)
      {
        break
      }
      end += 1
    }
    // Keep a clause of at least four words: widen to the sentence otherwise.
    let words = text(of: start..<end).split(separator: " ").count
    return words >= 4 ? start..<end : sentence
  }

  /// The body named nearest before an offset (within the preceding 1,500 bytes), else the
  /// first named after it in the same sentence.
  func entity(before offset: Int) -> String? {
    let before = mentions.last { $0.offset < offset && offset - $0.offset < 1500 }
    return before?.name
  }

  /// The period nearest the number: a month and year, a financial year (`2022-23`), a span
  /// (`From 2014-20`), a year; else the month of the nearest date written before it
  /// ("currently", "now", "this year", or no time word at all).
  func period(near number: Range<Int>, sentence: Range<Int>, measure: Measure) -> String {
    let numbers = NumberReader().numbers(in: text(of: sentence))
    let lowerSentence = lowercased(sentence)
    var best: (String, Int)?
    for candidate in numbers where candidate.isYear {
      let start = candidate.utf8Offsets.lowerBound + sentence.lowerBound
      let distance = abs(start - number.lowerBound)
      var written: String
      let year = Int("\(candidate.value)") ?? 0
      if let upper = candidate.upperValue {
        let end = Int("\(upper)") ?? 0
        let isFinance = measure.unit == .gbp || end == year + 1
        written =
          isFinance && end == year + 1
          ? "FY\(year)-\(String(format: "%02d", end % 100))" : "\(year)..\(end)"
      } else {
        written = "\(year)"
        if let date = dates.first(where: { $0.offset == start }) {
          written = "\(date.year)-" + (date.month < 10 ? "0" : "") + "\(date.month)"
        }
      }
      if best == nil || distance < (best?.1 ?? .max) { best = (written, distance) }
    }
    if let best, !lowerSentence.contains("currently"), !lowerSentence.contains(" now") {
      return best.0
    }
    if let date = dates.last(where: { $0.offset < number.lowerBound }) {
      var year = date.year
      if lowerSentence.contains("last year") { year -= 1 }
      return "\(year)-" + (date.month < 10 ? "0" : "") + "\(date.month)"
    }
    return best?.0 ?? ""
  }

  /// Page furniture and numbers that are not figures: years and dates alone, times, prices per
  /// month, phone numbers, numbers inside addresses, ages, hours of a service.
  func isFurniture(_ number: WrittenNumber) -> Bool {
    if number.isYear { return true }
    if let unit = number.unitWord,
      ["month", "hour", "day", "minute", "second", "old", "words"].contains(unit)
    {
      return true
    }
    let start = number.utf8Offsets.lowerBound
    let end = number.utf8Offsets.upperBound
    // Inside a token with / : = + or @ (addresses, times, phone numbers, feed markup).
    var tokenStart = start
    while tokenStart > 0, bytes[tokenStart - 1] != 32, bytes[tokenStart - 1] != 10 {
      tokenStart -= 1
    }
    var tokenEnd = end
    while tokenEnd < bytes.count, bytes[tokenEnd] != 32, bytes[tokenEnd] != 10 { tokenEnd += 1 }
    let token = text(of: tokenStart..<tokenEnd)
    if token.contains("/") || token.contains(":") || token.contains("=") || token.contains("+")
      || token.contains("@")
    {
      return true
    }
    // A day of the month beside a month name.
    let after = lowercased(end..<min(bytes.count, end + 12))
    let before = lowercased(max(0, start - 12)..<start)
    for month in Self.months {
      if after.hasPrefix(" " + month) || after.hasPrefix(" " + month.prefix(3) + " ") {
        return true
      }
      if before.hasSuffix(month + " ") || before.hasSuffix(month.prefix(3) + " ") { return true }
    }
    // Ages and page sizes.
    if after.hasPrefix("-year-old") || after.hasPrefix(" years old") || before.hasSuffix("aged ") {
      return true
    }
    if after.hasPrefix(" words") || after.hasPrefix(" seconds") || after.hasPrefix(" minutes") {
      return true
    }
    return false
  }
}

extension String {
  fileprivate func replacingApostrophes() -> String {
    String(map { $0 == "'" ? "\u{2019}" : $0 })
  }
}
