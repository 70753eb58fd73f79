import TrustMetricsCore

/// The bodies a passage can name, looked up by any of their names or aliases, ignoring case,
/// apostrophe style, a leading "the" and a trailing possessive; "national" names England.
struct EntityNames: Sendable {
  /// Canonical name by normalised name.
  private var canonical: [String: String] = [:]
  /// Entity by canonical name.
  private var entities: [String: Entity] = [:]
  /// The most words any name has.
  private(set) var longestWordCount = 1
  /// The first and the last word of every name (normalised): a run of words can name a body
  /// only when it starts with one and ends with the other.
  private(set) var firstWords: Set<String> = []
  private(set) var lastWords: Set<String> = []

  init(entities list: [Entity]) {
    for entity in list where entities[entity.name] == nil {
      entities[entity.name] = entity
      for name in entity.names {
        let key = Self.normalised(name)
        guard !key.isEmpty, canonical[key] == nil else { continue }
        canonical[key] = entity.name
        let words = key.split(separator: " ")
        longestWordCount = max(longestWordCount, words.count)
        if let first = words.first, let last = words.last {
          firstWords.insert(String(first))
          lastWords.insert(String(last))
        }
      }
    }
    if let country = list.first(where: { $0.kind == .country }) {
      for word in ["national", "nationally", "nationwide"] where canonical[word] == nil {
        canonical[word] = country.name
        firstWords.insert(word)
        lastWords.insert(word)
      }
    }
  }

  /// The canonical name a text names, if any.
  func name(of text: some StringProtocol) -> String? { canonical[Self.normalised(text)] }

  /// The entity with a canonical name.
  func entity(named name: String) -> Entity? { entities[name] }

  /// Whether two canonical names are the same body for the official statistics: equal, or a
  /// trust and the council it serves (the same authority code).
  func sameBody(_ first: String, _ second: String) -> Bool {
    if first == second { return true }
    guard let left = entities[first]?.laCode, let right = entities[second]?.laCode else {
      return false
    }
    return left == right
  }

  /// Whether a word (normalised) can start a name.
  func canStartName(_ word: some StringProtocol) -> Bool {
    let key = Self.normalised(word)
    return key == "the" || firstWords.contains(key)
  }

  /// Whether a word (normalised) can end a name.
  func canEndName(_ word: some StringProtocol) -> Bool {
    lastWords.contains(Self.normalised(word))
  }

  /// Lower case, curly apostrophes straight, no-break spaces plain, a leading "the " and a
  /// trailing "'s" removed, outer spaces trimmed.
  static func normalised(_ text: some StringProtocol) -> String {
    // ASCII, the usual case: lower-cased byte by byte.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      while bytes.last == 0x20 { bytes.removeLast() }
      var start = 0
      while start < bytes.count, bytes[start] == 0x20 { start += 1 }
      if bytes.count - start >= 4, bytes[start..<start + 4].elementsEqual("the ".utf8) {
        start += 4
      }
      if bytes.count - start >= 2, bytes.suffix(2).elementsEqual("'s".utf8) {
        bytes.removeLast(2)
      }
      return String(decoding: bytes[start...], as: UTF8.self)
    }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{2019}", "\u{2018}": result.unicodeScalars.append("'")
      case "\u{A0}", "\u{202F}": result.unicodeScalars.append(" ")
      default:
        result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    while result.hasPrefix(" ") { result.removeFirst() }
    while result.hasSuffix(" ") { result.removeLast() }
    if result.hasPrefix("the ") { result.removeFirst(4) }
    if result.hasSuffix("'s") { result.removeLast(2) }
    return result
  }
}
