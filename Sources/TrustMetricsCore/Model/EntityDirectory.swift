/// Finds entities by name, ignoring case and apostrophe style (’ or '), across aliases.
public struct EntityDirectory: Sendable {
  /// The outcome of looking a name up.
  public enum Match: Equatable, Sendable {
    /// Exactly one entity answers to the name.
    case found(Entity)
    /// Several entities answer to it.
    case ambiguous([Entity])
    /// None does; the closest names are given, best first.
    case unknown(closest: [String])
  }

  /// The entities searched.
  public let entities: [Entity]

  /// Creates a directory over entities.
  public init(entities: [Entity]) { self.entities = entities }

  /// A name folded for comparison: lowercased, curly apostrophes and quotes made straight,
  /// runs of spaces collapsed.
  public static func key(_ name: some StringProtocol) -> String {
    var folded = ""
    var lastWasSpace = true
    for character in name.lowercased() {
      let mapped: Character =
        switch character {
        case "\u{2019}", "\u{2018}", "`", "\u{02BC}": "'"
        case "\u{00A0}", "\t": " "
        default: character
        }
      if mapped == " " {
        if !lastWasSpace { folded.append(" ") }
        lastWasSpace = true
      } else {
        folded.append(mapped)
        lastWasSpace = false
      }
    }
    if folded.last == " " { folded.removeLast() }
    return folded
  }

  /// Looks a name up among canonical names and aliases.
  ///
  /// - Parameter name: The name as typed.
  /// - Returns: The single match, the ambiguous set, or the closest names (edit distance).
  public func match(_ name: String) -> Match {
    let wanted = EntityDirectory.key(name)
    let hits = entities.filter { entity in
      entity.names.contains { EntityDirectory.key($0) == wanted }
    }
    if hits.count == 1 { return .found(hits[0]) }
    if hits.count > 1 { return .ambiguous(hits) }
    let prefixHits = entities.filter { entity in
      entity.names.contains { EntityDirectory.key($0).hasPrefix(wanted) }
    }
    if prefixHits.count == 1, wanted.count >= 3 { return .found(prefixHits[0]) }
    if prefixHits.count > 1, wanted.count >= 3 { return .ambiguous(prefixHits) }
    let scored = entities.map { entity in
      (
        entity.name,
        entity.names.map { EntityDirectory.distance(EntityDirectory.key($0), wanted) }.min() ?? .max
      )
    }
    let closest = scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    return .unknown(closest: Array(closest))
  }

  /// The Levenshtein edit distance between two strings, by characters.
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
