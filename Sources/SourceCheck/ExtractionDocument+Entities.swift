import Foundation
import TrustMetricsCore

extension ExtractionDocument {
  /// Endings that make the capitalised words before them a body's name ("Sandwell Council",
  /// "Bradford Children and Families Trust"), longest first.
  static let bodyEndings = [
    " Metropolitan Borough Council", " Metropolitan District Council", " Borough Council",
    " County Council", " City Council", " District Council", " Council",
    " Children’s Services Trust", " Children's Services Trust", " Children and Families Trust",
    " Children’s Trust", " Children's Trust", " Children First",
  ]

  /// Mentions of named bodies: each entity's name and aliases (straight and curly apostrophes),
  /// each authority's name, and capitalised words before a body's ending ("Tameside Council").
  static func findMentions(
    bytes: [UInt8], lower: [UInt8], entities: [Entity], authorityNames: [String]
  ) -> [Mention] {
    var found: [Mention] = []
    var names: [(String, String)] = []
    for entity in entities {
      for name in entity.names where name.utf8.count >= 3 {
        names.append((name, entity.name))
        let curly = String(name.map { $0 == "'" ? "\u{2019}" : $0 })
        if curly != name { names.append((curly, entity.name)) }
      }
    }
    var known = Set(names.map(\.0))
    for authority in authorityNames {
      var parts = authority.components(separatedBy: " / ")
      // "Bristol, City of" is written "Bristol".
      for suffix in [", City of", ", County of"] where authority.hasSuffix(suffix) {
        parts.append(String(authority.dropLast(suffix.count)))
      }
      for part in parts where part.utf8.count >= 3 {
        if !known.contains(part) {
          names.append((part, part))
          known.insert(part)
        }
      }
    }
    // One pass: at each word start, only the names beginning with its byte are tried.
    var byFirstByte = [[([UInt8], String)]](repeating: [], count: 256)
    for (name, canonical) in names {
      let needle = Array(name.utf8)
      if let first = needle.first { byFirstByte[Int(first)].append((needle, canonical)) }
    }
    for start in bytes.indices where start == 0 || !isWordByte(bytes[start - 1]) {
      for (needle, canonical) in byFirstByte[Int(bytes[start])]
      where start + needle.count <= bytes.count
        && bytes[start..<start + needle.count].elementsEqual(needle)
        && (start + needle.count == bytes.count || !isWordByte(bytes[start + needle.count]))
      {
        found.append(Mention(range: start..<start + needle.count, name: canonical))
      }
    }
    // Capitalised words before a body's ending.
    for ending in bodyEndings {
      let needle = Array(ending.utf8)
      for offset in offsets(of: Array(needle.dropFirst()), in: bytes) {
        guard offset > 0, bytes[offset - 1] == 32 else { continue }
        var start = offset - 1
        var wordsTaken = 0
        while wordsTaken < 4 {
          var wordStart = start
          while wordStart > 0, isWordByte(bytes[wordStart - 1]) || bytes[wordStart - 1] >= 0x80 {
            wordStart -= 1
          }
          guard wordStart < start, (65...90).contains(bytes[wordStart]) else { break }
          start = wordStart
          wordsTaken += 1
          guard start > 0, bytes[start - 1] == 32 else { break }
          start -= 1
        }
        while start < offset, bytes[start] == 32 { start += 1 }
        guard start < offset - 1 else { continue }
        let prefix = String(decoding: bytes[start..<(offset - 1)], as: UTF8.self)
        let whole = String(decoding: bytes[start..<(offset + needle.count - 1)], as: UTF8.self)
        guard !["The", "This", "That", "A", "An"].contains(prefix) else { continue }
        let name =
          names.first { $0.0 == whole }?.1 ?? names.first { $0.0 == prefix }?.1
          ?? (ending.contains("Council") ? prefix : whole)
        found.append(Mention(range: start..<(offset + needle.count - 1), name: name))
      }
    }
    // Where mentions overlap, the longest stands ("Sandwell Children's Trust" over "Sandwell").
    found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    var kept: [Mention] = []
    for mention in found {
      if let last = kept.last, last.range.overlaps(mention.range) {
        if mention.range.count > last.range.count { kept[kept.count - 1] = mention }
        continue
      }
      kept.append(mention)
    }
    return kept
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

  /// Words that put a figure at national level when they stand just before it or name its
  /// whole ("the national average of 17%", "councils in England").
  static let nationalWords = [
    "national", "nationally", "nationwide", "england", "english", "across the country",
  ]

  /// Words for councils in aggregate: a sentence that uses them and names no body speaks of
  /// the country ("councils overspent by £800m").
  static let aggregateWords = [
    "councils", "local authorities", "authorities in", "top-tier", "counties",
  ]

  /// The body a number is about.
  ///
  /// In order: a body matched by "respectively" ("Tameside and Lambeth recruited 43% and 39%
  /// ... respectively"); a body named just after it ("£45m in Bradford Children and Families
  /// Trust"); a national word just before it ("the national average of 17%"); the body named
  /// nearest before it in its sentence; the nearest within the 1,500 bytes before it; else
  /// empty.
  func entity(for number: WrittenNumber, index: Int, sentence: Range<Int>, proposed: [Int])
    -> String
  {
    let start = number.utf8Offsets.lowerBound
    let end = number.utf8Offsets.upperBound
    if let respective = respectiveEntity(for: index, sentence: sentence, proposed: proposed) {
      return respective
    }
    let after = mentions.first {
      $0.range.lowerBound >= end && $0.range.lowerBound - end <= 24
        && $0.range.upperBound <= sentence.upperBound
    }
    if let after {
      let gap = lowercased(end..<after.range.lowerBound)
      if gap.hasSuffix(" in ") || gap.hasSuffix(" at ") || gap.hasSuffix(" for ")
        || gap.hasSuffix(" by ") || gap.hasSuffix(" of ") || gap.hasSuffix(" to ")
      {
        return after.name
      }
    }
    let before = lowercased(max(sentence.lowerBound, start - 40)..<start)
    if Self.nationalWords.contains(where: { before.contains($0) }) { return "England" }
    if let inSentence = mentions.last(where: {
      $0.range.upperBound <= start && $0.range.lowerBound >= sentence.lowerBound
    }) {
      return inSentence.name
    }
    let sentenceWords = lowercased(sentence)
    let namesNone = !mentions.contains { sentence.contains($0.range.lowerBound) }
    if Self.nationalWords.contains(where: { sentenceWords.contains($0) })
      || (namesNone && Self.aggregateWords.contains(where: { sentenceWords.contains($0) }))
    {
      return "England"
    }
    if let earlier = mentions.last(where: {
      $0.range.upperBound <= start && start - $0.range.upperBound < 1500
    }) {
      return earlier.name
    }
    // A headline naming no body: the first body the lines after it name.
    guard line(of: start) <= 2 else { return "" }
    return mentions.first {
      $0.range.lowerBound >= end
        && line(of: $0.range.lowerBound)
          > line(
            of: start)
    }?.name ?? ""
  }

  /// With "respectively", the k-th of k coordinated numbers belongs to the k-th of k bodies
  /// named before them in the sentence.
  func respectiveEntity(for index: Int, sentence: Range<Int>, proposed: [Int]) -> String? {
    guard firstOffset(of: "respectively", in: sentence) != nil else { return nil }
    let inSentence = proposed.filter {
      sentence.contains(numbers[$0].utf8Offsets.lowerBound)
        && numbers[$0].kind == numbers[index].kind
    }
    guard inSentence.count >= 2, let position = inSentence.firstIndex(of: index),
      let firstNumber = inSentence.first
    else { return nil }
    let names = mentions.filter {
      $0.range.lowerBound >= sentence.lowerBound
        && $0.range.upperBound <= numbers[firstNumber].utf8Offsets.lowerBound
    }.map(\.name)
    guard names.count == inSentence.count else { return nil }
    return names[position]
  }
}
