import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsData

/// Every number in every seed is either a figure, a deliberate exclusion, or plainly not a
/// figure — so no figure a source states is silently missed.
///
/// This is the rule set of the dev checker `check_dataset.py` (also documented in the README):
///
/// - A *number* is a maximal match of `[0-9]+(?:[.,][0-9]+)*` in a seed (`1,234`, `942.01`,
///   `2022` and the `168` inside other text all count).
/// - A number is *accounted for* when its whole span lies inside one of:
///   1. an occurrence of the quote of some figure from the same source (`figures.csv`;
///      occurrences found left to right without overlap);
///   2. an occurrence of an `excluded.csv` row's text on that row's line of that source;
///   3. a span of one of the automatic rules:
///      - a URL, `https?://\S+`;
///      - a time of day, `\b\d{1,2}:\d{2}(?::\d{2})?\b`;
///      - a timezone offset after a digit, `(?<=\d) [+-]\d{4}\b`;
///      - a range of years, `\b(?:19|20)\d\d[-–](?:\d\d)\b` (`2022-23`, `2014–20`);
///      - a day of the month next to a month name, `\b\d{1,2}(?:st|nd|rd|th)? MONTH\b` or
///        `MONTH \d{1,2}(?:st|nd|rd|th)?,`, where MONTH is a full name (`January`…) or an
///        abbreviation (`Jan`, `Feb`, `Mar`, `Apr`, `Jun`, `Jul`, `Aug`, `Sep`, `Sept`, `Oct`,
///        `Nov`, `Dec`);
///      - a year standing alone, `\b(?:19|20)\d\d\b`.
///
/// Spans are UTF-16 offsets into the whole seed text. Anything else is listed as
/// `source:line:col: 'text'` (line 1-based; column 1-based in Unicode scalars, as Python counts).
@Suite struct CompletenessTests {
  static let months =
    "(January|February|March|April|May|June|July|August|September|October|November|December"
    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"

  /// The automatic rules, in the checker's order.
  static let rulePatterns = [
    #"https?://\S+"#,
    #"\b\d{1,2}:\d{2}(?::\d{2})?\b"#,
    #"(?<=\d) [+-]\d{4}\b"#,
    #"\b(?:19|20)\d\d[-–](?:\d\d)\b"#,
    #"\b\d{1,2}(?:st|nd|rd|th)? "# + months + #"\b"#,
    months + #" \d{1,2}(?:st|nd|rd|th)?,"#,
    #"\b(?:19|20)\d\d\b"#,
  ]

  static let numberPattern = #"[0-9]+(?:[.,][0-9]+)*"#

  @Test func accountsForEveryNumberInEverySeed() throws {
    let dataset = try BundledDataset.dataset()
    let exclusions = try Self.loadExclusions(sourceNames: Set(dataset.sourceTexts.keys))
    let unaccounted = try Self.unaccountedNumbers(
      texts: dataset.sourceTexts, figures: dataset.figures, exclusions: exclusions)
    #expect(
      unaccounted == [],
      """
      \(unaccounted.count) numbers in seeds/ are neither a figure nor excluded:
      \(unaccounted.joined(separator: "\n"))
      """)
  }

  @Test func findsEachExclusionOnItsLine() throws {
    let dataset = try BundledDataset.dataset()
    let exclusions = try Self.loadExclusions(sourceNames: Set(dataset.sourceTexts.keys))
    #expect(!exclusions.isEmpty)
    for exclusion in exclusions {
      let text = try #require(dataset.sourceTexts[exclusion.source])
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      try #require(exclusion.line <= lines.count, "\(exclusion.source):\(exclusion.line)")
      #expect(
        lines[exclusion.line - 1].contains(exclusion.text),
        "\(exclusion.source):\(exclusion.line): \(exclusion.text)")
    }
  }

  // Hand-checked: which numbers of a small text the rules account for.
  @Test func appliesEachAutomaticRule() throws {
    let text = """
      See https://example.com/2024/01/page-3 at 10:30 +0100 in 2022-23, on 1 October and Oct 2,
      or 3rd Sept in 2019. Also 1,234 and 17 and 12:5 and 2150 and FY2014-20.
      """
    let unaccounted = try Self.unaccountedNumbers(
      texts: ["t.txt": text], figures: [], exclusions: [])
    #expect(
      unaccounted == [
        "t.txt:2:27: '1,234'", "t.txt:2:37: '17'", "t.txt:2:44: '12'", "t.txt:2:47: '5'",
        "t.txt:2:53: '2150'", "t.txt:2:64: '2014'", "t.txt:2:69: '20'",
      ])
  }

  @Test func accountsForNumbersInsideQuotesAndExclusionsOnly() throws {
    let text = "It cost £7.6m in 2022.\nFrom £15 / month, £15 again.\n"
    let figure = Figure(
      id: "a", entity: "E", measure: .overspend, period: .year(2022), value: 7_600_000,
      provenance: Provenance(source: "t.txt", quote: "cost £7.6m"))
    let exclusion = Exclusion(source: "t.txt", line: 2, text: "From £15 / month", reason: "price")
    #expect(
      try Self.unaccountedNumbers(
        texts: ["t.txt": text], figures: [figure], exclusions: [exclusion])
        == ["t.txt:2:20: '15'"])
    // A quote from another source accounts for nothing here.
    let elsewhere = Figure(
      id: "b", entity: "E", measure: .overspend, period: .year(2022), value: 7_600_000,
      provenance: Provenance(source: "u.txt", quote: "cost £7.6m"))
    #expect(
      try Self.unaccountedNumbers(
        texts: ["t.txt": text], figures: [elsewhere], exclusions: [exclusion])
        == ["t.txt:1:10: '7.6'", "t.txt:2:20: '15'"])
  }

  // MARK: - The checker

  static func loadExclusions(sourceNames: Set<String>) throws -> [Exclusion] {
    let path = TestFiles.datasetsDirectory + "/excluded.csv"
    return try ExclusionParser.parse(
      bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))),
      file: "datasets/excluded.csv",
      sourceNames: sourceNames)
  }

  /// Every number no rule accounts for, as `source:line:col: 'text'`, sources in name order.
  static func unaccountedNumbers(
    texts: [String: String], figures: [Figure], exclusions: [Exclusion]
  ) throws -> [String] {
    let numberRegex = try NSRegularExpression(pattern: numberPattern)
    let ruleRegexes = try rulePatterns.map { try NSRegularExpression(pattern: $0) }
    var result: [String] = []
    for (source, text) in texts.sorted(by: { $0.key < $1.key }) {
      let units = Array(text.utf16)
      let whole = NSRange(location: 0, length: units.count)
      var covered: [Range<Int>] = []
      for quote in Set(figures.filter { $0.provenance.source == source }.map(\.provenance.quote)) {
        covered += occurrences(of: Array(quote.utf16), in: units[...])
      }
      let lineStarts = lineStartOffsets(units)
      for exclusion in exclusions where exclusion.source == source {
        guard exclusion.line <= lineStarts.count else { continue }
        let start = lineStarts[exclusion.line - 1]
        let end = exclusion.line < lineStarts.count ? lineStarts[exclusion.line] - 1 : units.count
        covered += occurrences(of: Array(exclusion.text.utf16), in: units[start..<end])
      }
      for regex in ruleRegexes {
        for match in regex.matches(in: text, range: whole) {
          covered.append(match.range.location..<(match.range.location + match.range.length))
        }
      }
      for match in numberRegex.matches(in: text, range: whole) {
        let span = match.range.location..<(match.range.location + match.range.length)
        if covered.contains(where: {
          $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound
        }) {
          continue
        }
        let line = lineStarts.lastIndex { $0 <= span.lowerBound } ?? 0
        let lineStart = String.Index(utf16Offset: lineStarts[line], in: text)
        let numberStart = String.Index(utf16Offset: span.lowerBound, in: text)
        let column = text.unicodeScalars[lineStart..<numberStart].count + 1
        let number = String(decoding: units[span], as: UTF16.self)
        result.append("\(source):\(line + 1):\(column): '\(number)'")
      }
    }
    return result
  }

  /// The UTF-16 offset where each line starts (lines split at LF).
  static func lineStartOffsets(_ units: [UInt16]) -> [Int] {
    var starts = [0]
    for (offset, unit) in units.enumerated() where unit == 10 { starts.append(offset + 1) }
    return starts
  }

  /// Non-overlapping occurrences of a needle, left to right, as offsets into the whole text
  /// (a slice keeps the indices of the text it was cut from).
  static func occurrences(of needle: [UInt16], in haystack: ArraySlice<UInt16>) -> [Range<Int>] {
    guard !needle.isEmpty else { return [] }
    var found: [Range<Int>] = []
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index..<(index + needle.count)].elementsEqual(needle) {
        found.append(index..<(index + needle.count))
        index += needle.count
      } else {
        index += 1
      }
    }
    return found
  }
}
