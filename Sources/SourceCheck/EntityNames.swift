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

  init(entities list: [Entity]) {
    for entity in list where entities[entity.name] == nil {
      entities[entity.name] = entity
      for name in entity.names {
        let key = Self.normalised(name)
        guard !key.isEmpty, canonical[key] == nil else { continue }
        canonical[key] = entity.name
        longestWordCount = max(longestWordCount, key.split(separator: " ").count)
      }
    }
    if let country = list.first(where: { $0.kind == .country }) {
      for word in ["national", "nationally", "nationwide"] where canonical[word] == nil {
        canonical[word] = country.name
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

  /// Lower case, curly apostrophes straight, no-break spaces plain, a leading "the " and a
  /// trailing "'s" removed, outer spaces trimmed.
  static func normalised(_ text: some StringProtocol) -> String {
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
