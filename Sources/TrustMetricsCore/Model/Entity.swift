/// A body figures are about: a trust, a council, a region or England.
public struct Entity: Hashable, Sendable {
  /// The canonical name used in the figures dataset.
  public var name: String
  /// What sort of body it is.
  public var kind: EntityKind
  /// DfE's `old_la_code` of the authority (for a trust, the authority it serves), such as `"871"` or
  /// `"940 / 941"`; `nil` for regions and England.
  public var laCode: String?
  /// The DfE region name, such as `West Midlands`; `nil` for England.
  public var region: String?
  /// Other names the body goes by ("BFfC", "Brighter Futures").
  public var aliases: [String]

  /// Creates an entity.
  public init(
    name: String, kind: EntityKind, laCode: String? = nil, region: String? = nil,
    aliases: [String] = []
  ) {
    self.name = name
    self.kind = kind
    self.laCode = laCode
    self.region = region
    self.aliases = aliases
  }

  /// Every name the entity answers to: its canonical name, then its aliases.
  public var names: [String] { [name] + aliases }
}
