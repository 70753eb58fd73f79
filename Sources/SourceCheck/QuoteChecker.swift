import TrustMetricsCore

/// Checks that each figure's quote is a byte-exact passage of its source, reporting where it
/// stands, or where the closest passage stands when it is missing.
///
/// Quotes are grouped by source: each source is searched once, in one pass, for all of its
/// distinct quotes.
struct QuoteChecker {
  var sources: [String: SourceText]

  /// The results of the figures that cite one source, written at their figures' indices.
  ///
  /// Each distinct quote is searched once. Quotes are told apart by their bytes and then, as
  /// `String` equality does, by canonical equivalence: a quote canonically equal to an earlier
  /// one of the same source (the same letters, composed differently) shares its search.
  ///
  /// - Parameters:
  ///   - members: The indices of the figures citing the source, ascending.
  ///   - figures: Every figure.
  ///   - text: The source's text.
  ///   - detailed: Whether results say where the quote stands (`detail`, `position`), or give
  ///     the status alone.
  ///   - output: Where each member's index and result are appended, in order.
  static func results(
    of members: ArraySlice<Int>, in figures: [Figure], text: SourceText, detailed: Bool = true,
    into output: inout [(Int, CheckResult)]
  ) {
    let groups = QuoteGroups(members: members, figures: figures)
    let found = text.offsets(of: groups.searched.map { figures[$0].provenance.quote })
    for (position, index) in zip(members.indices, members) {
      let provenance = figures[index].provenance
      output.append(
        (
          index,
          result(
            subject: figures[index].id, kind: "quote", quote: provenance.quote,
            source: provenance.source, text: text,
            found[groups.searchOf[position - members.startIndex]], detailed: detailed)
        ))
    }
  }

  /// The result for one quote given its exact offsets.
  func result(subject: String, kind: String, quote: String, source: String, _ offsets: [Int])
    -> CheckResult
  {
    Self.result(
      subject: subject, kind: kind, quote: quote, source: source, text: sources[source], offsets)
  }

  /// The result for one quote given its source's text (`nil` when not loaded) and the quote's
  /// exact offsets.
  static func result(
    subject: String, kind: String, quote: String, source: String, text: SourceText?,
    _ offsets: [Int], detailed: Bool = true
  ) -> CheckResult {
    guard let text else {
      return CheckResult(
        scope: .quotes, subject: subject, kind: kind, status: .notFound,
        detail: detailed ? "source \(source) is not loaded" : "", source: source)
    }
    guard detailed else {
      return CheckResult(
        scope: .quotes, subject: subject, kind: kind,
        status: offsets.isEmpty ? .notFound : .verified, detail: "", source: source)
    }
    if let first = offsets.first {
      let position = text.position(ofOffset: first)
      let others = offsets.dropFirst().prefix(3).map { text.position(ofOffset: $0) }
      let detail = TextWriter.text(capacity: 64 + 44 * others.count + 48) { detail in
        detail.append("found byte-exact at ")
        position.append(to: &detail)
        if !others.isEmpty {
          detail.append("; also at ")
          for (number, other) in others.enumerated() {
            if number > 0 { detail.append(", ") }
            other.append(to: &detail)
          }
          if offsets.count > 4 {
            detail.append(" and ")
            detail.append(offsets.count - 4)
            detail.append(" more")
          }
        }
      }
      return CheckResult(
        scope: .quotes, subject: subject, kind: kind, status: .verified, detail: detail,
        source: source, position: position)
    }
    guard let closest = text.closestPassage(to: quote) else {
      return CheckResult(
        scope: .quotes, subject: subject, kind: kind, status: .notFound,
        detail: "not in the source, and no passage shares three words in a row with it",
        source: source)
    }
    let detail =
      closest.isNormalisedMatch
      ? "not in the source byte-exact; the same words with different typography (quotes, dashes "
        + "or spaces) stand at \(closest.position): “\(closest.text)”"
      : "not in the source byte-exact; closest passage after normalising typography, at "
        + "\(closest.position) (\(Int((closest.score * 100).rounded()))% of its three-word runs): "
        + "“\(closest.text)”"
    return CheckResult(
      scope: .quotes, subject: subject, kind: kind, status: .notFound, detail: detail,
      source: source, position: closest.position)
  }
}

extension TextPosition {
  /// Appends `line:column` (the description) to a text: at most 41 bytes.
  func append(to text: inout TextWriter) {
    text.append(line)
    text.append(":")
    text.append(column)
  }
}

/// The distinct quotes of the figures citing one source, as `String` equality tells them apart:
/// which figure's quote is searched for, and which search each figure takes its offsets from.
struct QuoteGroups {
  /// The figure whose quote is searched, one per distinct quote, in order of first citation.
  var searched: [Int] = []
  /// For each member, in order, the index of its search in `searched`.
  var searchOf: [Int]

  init(members: ArraySlice<Int>, figures: [Figure]) {
    searchOf = []
    searchOf.reserveCapacity(members.count)
    // Byte-distinct quotes first, through an open-addressed table of their hashes.
    var capacity = 16
    while capacity < members.count * 2 { capacity <<= 1 }
    var table = [Int32](repeating: -1, count: capacity)
    var hashes: [UInt64] = []
    var distinct: [Int] = []
    var allNormalised = true
    for index in members {
      let quote = figures[index].provenance.quote
      let (hash, isNormalised) = QuoteGroups.hash(quote)
      allNormalised = allNormalised && isNormalised
      var slot = Int(truncatingIfNeeded: hash >> 32) & (capacity - 1)
      var match = -1
      while table[slot] >= 0 {
        let candidate = Int(table[slot])
        if hashes[candidate] == hash,
          QuoteGroups.sameBytes(figures[distinct[candidate]].provenance.quote, quote)
        {
          match = candidate
          break
        }
        slot = (slot + 1) & (capacity - 1)
      }
      if match < 0 {
        match = distinct.count
        table[slot] = Int32(match)
        hashes.append(hash)
        distinct.append(index)
      }
      searchOf.append(match)
    }
    guard !allNormalised else {
      searched = distinct
      return
    }
    // Some quote may be written in another normalisation form: merge the byte-distinct quotes
    // that `String` holds equal, keeping the first.
    var firstOf: [String: Int] = [:]
    var searchOfDistinct: [Int] = []
    searchOfDistinct.reserveCapacity(distinct.count)
    for index in distinct {
      let quote = figures[index].provenance.quote
      if let first = firstOf[quote] {
        searchOfDistinct.append(first)
      } else {
        firstOf[quote] = searched.count
        searchOfDistinct.append(searched.count)
        searched.append(index)
      }
    }
    for position in searchOf.indices { searchOf[position] = searchOfDistinct[searchOf[position]] }
  }

  /// A hash of a quote's bytes, and whether all its scalars are ``PlainScalars`` (then the quote
  /// is in NFC, and two byte-distinct such quotes are unequal).
  static func hash(_ quote: String) -> (UInt64, Bool) {
    let bytes = quote.utf8.span
    let (hash, isASCII) = hashAndASCII(bytes)
    return (hash, isASCII || PlainScalars.containsAll(bytes))
  }

  /// A hash of some bytes.
  static func hash(_ bytes: Span<UInt8>) -> UInt64 { hashAndASCII(bytes).0 }

  /// A hash of some bytes, and whether they are all ASCII.
  static func hashAndASCII(_ bytes: Span<UInt8>) -> (UInt64, Bool) {
    var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
    var high: UInt64 = 0
    var index = 0
    let count = bytes.count
    while index + 8 <= count {
      var word: UInt64 = 0
      for byte in 0..<8 { word |= UInt64(bytes[index + byte]) << UInt64(8 * byte) }
      high |= word & 0x8080_8080_8080_8080
      hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < count {
      high |= UInt64(bytes[index] & 0x80)
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
    hash ^= hash >> 32
    return (hash, high == 0)
  }

  /// Whether two strings have the same bytes (not only canonically equal).
  static func sameBytes(_ left: String, _ right: String) -> Bool {
    let left = left.utf8.span
    let right = right.utf8.span
    guard left.count == right.count else { return false }
    for index in left.indices where left[index] != right[index] { return false }
    return true
  }
}
