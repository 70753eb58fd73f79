import Foundation
import TrustMetricsCore

/// A text prepared for extraction: its bytes, lines, sentences, the numbers written in it, the
/// named bodies it mentions and the periods it states, by UTF-8 offset.
///
/// Topics live in extensions: `+Furniture` (numbers that are not figures), `+Periods` (dates,
/// years and financial years), `+Entities` (named bodies).
struct ExtractionDocument {
  /// A body named in the text.
  struct Mention {
    /// Where the name stands.
    var range: Range<Int>
    /// The name a figure carries: an entity's canonical name, an authority's name, or the body
    /// as written.
    var name: String
  }

  let text: String
  let bytes: [UInt8]
  /// The bytes with ASCII letters lower-cased (same offsets as `bytes`).
  let lower: [UInt8]
  /// Where each line starts.
  let lineStarts: [Int]
  /// Every number written, in text order: as ``NumberReader`` reads them, with the forms it does
  /// not read added (see ``readNumbers(in:bytes:lower:)``).
  let numbers: [WrittenNumber]
  /// Mentions of named bodies, in text order.
  let mentions: [Mention]
  /// Periods stated in the text, in text order.
  let periods: [PeriodMention]
  /// The article's date: given, or the first date in its opening lines.
  let published: PartialDate?

  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  init(text: String, entities: [Entity], authorityNames: [String], published: PartialDate?) {
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    let lower = bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }
    self.lower = lower
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == 10 { starts.append(offset + 1) }
    lineStarts = starts
    let numbers = Self.readNumbers(in: text, bytes: bytes, lower: lower)
    self.numbers = numbers
    mentions = Self.findMentions(
      bytes: bytes, lower: lower, entities: entities, authorityNames: authorityNames)
    let dates = Self.findMonthDates(numbers: numbers, lower: lower)
    let date = published ?? Self.openingDate(dates: dates, numbers: numbers, lower: lower)
    self.published = date
    periods = Self.findPeriods(
      numbers: numbers, bytes: bytes, lower: lower, dates: dates, lineStarts: starts,
      published: date)
  }

  // MARK: Bytes and words

  static func isWordByte(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte)
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (97...122).contains(byte)
  }

  /// The 1-based line an offset is on.
  func line(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// The line's range (without its line break) around an offset.
  func lineRange(of offset: Int) -> Range<Int> {
    let index = line(of: offset) - 1
    let start = lineStarts[index]
    let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
    return start..<max(start, end)
  }

  func lowercased(_ range: Range<Int>) -> String {
    String(decoding: lower[range.clamped(to: 0..<lower.count)], as: UTF8.self)
  }

  func text(of range: Range<Int>) -> String {
    String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
  }

  /// Whether the lower-cased text at `offset` starts with `word`.
  func hasLower(_ word: String, at offset: Int) -> Bool {
    let needle = Array(word.utf8)
    guard offset >= 0, offset + needle.count <= lower.count else { return false }
    return lower[offset..<offset + needle.count].elementsEqual(needle)
  }

  /// Whether the lower-cased text just before `offset` ends with `word`.
  func endsWithLower(_ word: String, before offset: Int) -> Bool {
    let needle = Array(word.utf8)
    guard offset - needle.count >= 0, offset <= lower.count else { return false }
    return lower[(offset - needle.count)..<offset].elementsEqual(needle)
  }

  /// The width of a space at `offset` (space, tab, no-break space), or 0.
  func spaceWidth(at offset: Int) -> Int {
    guard offset < bytes.count else { return 0 }
    if bytes[offset] == 32 || bytes[offset] == 9 { return 1 }
    if bytes[offset] == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xA0 { return 2 }
    return 0
  }

  /// Up to `count` words after `offset`, lower-cased.
  ///
  /// Spaces are skipped; the words stop at any other punctuation or a digit. A word keeps inner
  /// hyphens and apostrophes ("looked-after", "children’s").
  func words(after offset: Int, count: Int) -> [String] {
    var result: [String] = []
    var position = offset
    while result.count < count, position < bytes.count {
      while spaceWidth(at: position) > 0 { position += spaceWidth(at: position) }
      guard position < bytes.count, Self.isLetter(bytes[position]) else { break }
      let start = position
      while position < bytes.count {
        if Self.isLetter(bytes[position]) {
          position += 1
        } else if bytes[position] == 45 || bytes[position] == 39, position + 1 < bytes.count,
          Self.isLetter(bytes[position + 1])
        {
          position += 1
        } else if bytes[position] == 0xE2, position + 3 < bytes.count, bytes[position + 1] == 0x80,
          bytes[position + 2] == 0x99, Self.isLetter(bytes[position + 3])
        {
          position += 3
        } else {
          break
        }
      }
      result.append(lowercased(start..<position))
    }
    return result
  }

  /// The word just before `offset` (spaces between allowed), lower-cased, and where it starts.
  func word(before offset: Int) -> (word: String, start: Int)? {
    var end = offset
    while end > 0, bytes[end - 1] == 32 || bytes[end - 1] == 9 || bytes[end - 1] == 0xA0 {
      end -= bytes[end - 1] == 0xA0 && end >= 2 && bytes[end - 2] == 0xC2 ? 2 : 1
    }
    var start = end
    while start > 0, Self.isLetter(bytes[start - 1]) { start -= 1 }
    guard start < end else { return nil }
    return (lowercased(start..<end), start)
  }

  // MARK: Sentences and clauses

  /// The sentence around a range, between sentence ends (full stop, semicolon, question or
  /// exclamation mark followed by a space, or a line end).
  func sentence(around range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    while start > 0 {
      let byte = bytes[start - 1]
      if byte == 10 { break }
      if start >= 2, [46, 59, 63, 33].contains(bytes[start - 2]), byte == 32,
        !(start >= 3 && (48...57).contains(bytes[start - 3]) && bytes[start - 2] == 46),
        !(bytes[start - 2] == 46 && start < bytes.count && (97...122).contains(bytes[start]))
      {
        break
      }
      start -= 1
    }
    var end = range.upperBound
    while end < bytes.count {
      let byte = bytes[end]
      if byte == 10 { break }
      // A full stop before a lower-case word ends an abbreviation ("i.e. outside"), not a
      // sentence.
      if [46, 59, 63, 33].contains(byte),
        end + 1 >= bytes.count || bytes[end + 1] == 32 || bytes[end + 1] == 10,
        !(byte == 46 && end + 2 < bytes.count && bytes[end + 1] == 32
          && (97...122).contains(bytes[end + 2]))
      {
        break
      }
      end += 1
    }
    while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
    return start..<max(start, end)
  }

  /// The shortest run of comma- or dash-separated clauses of a sentence that covers the number
  /// and its cue word; the whole sentence when that run has fewer than four words.
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
    let words = text(of: start..<end).split(separator: " ").count
    return words >= 4 ? start..<end : sentence
  }

  // MARK: Numbers

  /// Hedges the number reader does not know, with the qualifier each implies.
  static let extraHedges: [(String, Qualifier)] = [
    ("at least ", .over), ("close to ", .nearly), ("in the region of ", .approximate),
    ("c. ", .approximate), ("circa ", .approximate), ("below ", .justUnder),
  ]

  /// The numbers of a text: ``NumberReader``'s, re-read where extraction needs more.
  ///
  /// - A scale letter after a space is applied ("c. 7.6 m" is 7,600,000).
  /// - Hedges the reader does not know are added ("at least", "close to", "in the region of",
  ///   "c.", "below"; "or more" after the number).
  /// - "N-fold" is a multiple.
  /// - "half" before an opening bracket ("just over half (54.2%)") is a share, as "half of" is.
  static func readNumbers(in text: String, bytes: [UInt8], lower: [UInt8]) -> [WrittenNumber] {
    func has(_ word: String, at offset: Int) -> Bool {
      let needle = Array(word.utf8)
      guard offset >= 0, offset + needle.count <= lower.count else { return false }
      return lower[offset..<offset + needle.count].elementsEqual(needle)
    }
    func hedge(before start: Int) -> Qualifier? {
      for (words, qualifier) in extraHedges {
        let count = words.utf8.count
        if start - count >= 0, has(words, at: start - count),
          start - count == 0 || !isLetter(bytes[start - count - 1])
        {
          return qualifier
        }
      }
      return nil
    }
    var result: [WrittenNumber] = []
    for var number in NumberReader().numbers(in: text) {
      let start = number.utf8Offsets.lowerBound
      var end = number.utf8Offsets.upperBound
      if number.hedge == nil { number.hedge = hedge(before: start) }
      if number.hedge == nil, has(" or more", at: end) { number.hedge = .over }
      // "7.6 m", "2.3 bn": a lone scale word after a space.
      if !number.isWords, number.upperValue == nil, number.kind == .plain || number.kind == .pounds,
        number.text.utf8.allSatisfy({ !isLetter($0) }), end + 1 < bytes.count, bytes[end] == 32
      {
        for (word, scale) in [("m", 1_000_000), ("bn", 1_000_000_000)] {
          let wordEnd = end + 1 + word.utf8.count
          if has(word, at: end + 1), wordEnd >= bytes.count || !isWordByte(bytes[wordEnd]) {
            number.value *= Decimal(scale)
            end = wordEnd
            number.utf8Offsets = start..<end
            number.text = String(decoding: bytes[start..<end], as: UTF8.self)
            break
          }
        }
      }
      if number.unitWord == "fold" { number.kind = .multiple }
      result.append(number)
    }
    // "half (": a share the reader leaves, as it only reads "half of" and "half,".
    let half = Array("half (".utf8)
    if lower.count >= half.count {
      for start in 0...(lower.count - half.count)
      where lower[start] == 104 && lower[start..<start + half.count].elementsEqual(half)
        && (start == 0 || !isLetter(bytes[start - 1]))
        && !result.contains(where: { $0.utf8Offsets.contains(start) })
      {
        var readerHedge: Qualifier?
        for (words, qualifier) in NumberReader.hedges {
          let count = words.utf8.count
          if start - count >= 0, has(words, at: start - count),
            start - count == 0 || !isLetter(bytes[start - count - 1])
          {
            readerHedge = qualifier
            break
          }
        }
        result.append(
          WrittenNumber(
            value: 50, kind: .fraction, isWords: true, hedge: readerHedge ?? hedge(before: start),
            text: String(decoding: bytes[start..<start + 4], as: UTF8.self),
            utf8Offsets: start..<start + 4))
      }
    }
    return result.sorted { $0.utf8Offsets.lowerBound < $1.utf8Offsets.lowerBound }
  }
}
