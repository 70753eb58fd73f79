import TrustMetricsCore

/// One source text prepared once for many quote look-ups: exact byte search (one pass over the
/// text for many quotes, ``offsets(of:)-swift.method``), line and column of any offset, and the
/// closest passage after normalising typography.
public struct SourceText: Sendable {
  /// The text's bytes.
  public let bytes: [UInt8]
  /// The byte offset at which each line starts.
  private let lineStarts: [Int]

  /// Prepares a text.
  ///
  /// - Parameter text: The source's full text.
  public init(text: String) {
    bytes = Array(text.utf8)
    lineStarts = QuoteLocator.lineStarts(in: bytes)
  }

  /// The byte offsets of every exact occurrence of `quote`, ascending.
  ///
  /// Byte-exact: curly quotes, dashes and non-breaking spaces must agree.
  ///
  /// - Parameter quote: The passage searched for.
  /// - Returns: The offsets; empty when the quote is not in the text.
  public func offsets(of quote: String) -> [Int] {
    offsets(of: [quote])[0]
  }

  /// The byte offsets of every exact occurrence of each quote, found in one pass over the text
  /// (``QuoteLocator/offsets(of:in:)``).
  ///
  /// - Parameter quotes: The passages searched for.
  /// - Returns: One ascending array of offsets per quote, in order.
  public func offsets(of quotes: [String]) -> [[Int]] {
    QuoteLocator.offsets(of: quotes, in: bytes)
  }

  /// The 1-based line and column (in characters) of a byte offset.
  ///
  /// - Parameter offset: A byte offset into the text.
  /// - Returns: The position, counted as `QuoteLocator` counts it.
  public func position(ofOffset offset: Int) -> TextPosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let start = lineStarts[low]
    // A line's prefix holds no line feed.
    let column = PlainScalars.characterCount(bytes[start..<max(start, offset)]) + 1
    return TextPosition(line: low + 1, column: column)
  }

  /// The passage most like `quote` once typography is normalised (runs of whitespace,
  /// non-breaking spaces, curly and straight quotes, dashes), for showing where a missing quote
  /// probably belongs.
  ///
  /// Scored by how many of the quote's normalised three-word sequences the passage holds.
  ///
  /// - Parameter quote: A quote not found byte-exact.
  /// - Returns: The passage, its byte offset, whether it equals the quote once normalised, and
  ///   its score from 0 to 1; `nil` when nothing shares three words in a row with the quote.
  public func closestPassage(to quote: String) -> ClosestPassage? {
    let bytes = self.bytes
    let quoteWords = NormalisedWord.words(in: Array(quote.utf8)).map(\.text)
    guard !quoteWords.isEmpty else { return nil }
    // Only quotes that are not found get here, so the words are split on demand.
    let words = NormalisedWord.words(in: bytes)
    guard !words.isEmpty else { return nil }
    let span = quoteWords.count
    // Exact match of the normalised words.
    if span <= words.count {
      for start in 0...(words.count - span)
      where words[start].text.hasSuffix(quoteWords[0])
        && words[start + span - 1].text.hasPrefix(quoteWords[span - 1])
        && (1..<max(1, span - 1)).allSatisfy({ words[start + $0].text == quoteWords[$0] })
      {
        // Trim the outer words to the quote's own letters ("locums," when it ends "locums").
        let firstWord = words[start]
        let lastWord = words[start + span - 1]
        let firstText = String(decoding: bytes[firstWord.range], as: UTF8.self).unicodeScalars
        let lastText = String(decoding: bytes[lastWord.range], as: UTF8.self).unicodeScalars
        // Words compare as canonically equivalent, so a quote in another normalisation form
        // (NFD "é" against NFC) can have more scalars than the text's word: clamp to the word.
        let dropped = firstText.prefix(
          max(0, firstText.count - quoteWords[0].unicodeScalars.count))
        let lowerBound = firstWord.range.lowerBound + dropped.reduce(0) { $0 + UTF8.width($1) }
        let kept = lastText.prefix(quoteWords[span - 1].unicodeScalars.count)
        var upperBound = lastWord.range.lowerBound + kept.reduce(0) { $0 + UTF8.width($1) }
        if span == 1 {
          upperBound = min(firstWord.range.upperBound, lowerBound + quoteWords[0].utf8.count)
        }
        let range = lowerBound..<max(lowerBound, upperBound)
        return ClosestPassage(
          text: String(decoding: bytes[range], as: UTF8.self), offset: range.lowerBound,
          position: position(ofOffset: range.lowerBound), score: 1, isNormalisedMatch: true)
      }
    }
    let size = min(3, span)
    var shingles = Set<[String]>()
    for start in 0...(span - size) { shingles.insert(Array(quoteWords[start..<start + size])) }
    guard words.count >= size else { return nil }
    var hits = [Int](repeating: 0, count: words.count)
    for start in 0...(words.count - size)
    where shingles.contains(words[start..<start + size].map(\.text)) {
      hits[start] = 1
    }
    let window = max(1, span - size + 1)
    var sum = 0
    var best = (start: 0, sum: 0)
    for index in 0..<hits.count {
      sum += hits[index]
      if index >= window { sum -= hits[index - window] }
      if sum > best.sum { best = (max(0, index - window + 1), sum) }
    }
    guard best.sum > 0 else { return nil }
    // Start the passage at the first matching run of the best window.
    var first = best.start
    while first < hits.count - 1, hits[first] == 0 { first += 1 }
    best.start = max(0, min(first, words.count - span))
    let count = min(span, words.count - best.start)
    return passage(
      words, in: bytes, from: best.start, count: count,
      score: Double(best.sum) / Double(shingles.count), isNormalisedMatch: false)
  }

  private func passage(
    _ words: [NormalisedWord], in bytes: [UInt8], from start: Int, count: Int, score: Double,
    isNormalisedMatch: Bool
  ) -> ClosestPassage {
    let range = words[start].range.lowerBound..<words[start + count - 1].range.upperBound
    return ClosestPassage(
      text: String(decoding: bytes[range], as: UTF8.self), offset: range.lowerBound,
      position: position(ofOffset: range.lowerBound), score: min(1, score),
      isNormalisedMatch: isNormalisedMatch)
  }
}

/// The passage of a source most like a quote that was not found byte-exact.
public struct ClosestPassage: Hashable, Sendable {
  /// The passage, exactly as the source writes it.
  public var text: String
  /// Its byte offset in the source.
  public var offset: Int
  /// Its line and column.
  public var position: TextPosition
  /// The share of the quote's three-word sequences found in it, 0 to 1.
  public var score: Double
  /// Whether it equals the quote once typography is normalised (the quote's typing differs).
  public var isNormalisedMatch: Bool
}

/// A word with its typography normalised: curly quotes made straight, dashes made hyphens;
/// words split on any whitespace, non-breaking spaces included.
struct NormalisedWord: Sendable {
  var text: String
  var range: Range<Int>

  static func words(in bytes: [UInt8]) -> [NormalisedWord] {
    let text = String(decoding: bytes, as: UTF8.self)
    var result: [NormalisedWord] = []
    var current = ""
    var start = 0
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      // ASCII white space is tab to carriage return and space; the property look-up is slow.
      let isSpace =
        scalar.isASCII
        ? scalar == " " || (0x09...0x0D).contains(scalar.value)
        : scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{202F}"
      if isSpace {
        if !current.isEmpty { result.append(NormalisedWord(text: current, range: start..<offset)) }
        current = ""
      } else {
        if current.isEmpty { start = offset }
        current.unicodeScalars.append(normalised(scalar))
      }
      offset += width
    }
    if !current.isEmpty { result.append(NormalisedWord(text: current, range: start..<offset)) }
    return result
  }

  static func normalised(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`": "'"
    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": "\""
    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
    default: scalar
    }
  }
}

/// A 1-based line and column (in characters) in a source text.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in characters.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}
