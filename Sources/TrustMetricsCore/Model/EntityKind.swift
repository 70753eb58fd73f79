/// What sort of body an entity is.
public enum EntityKind: String, CaseIterable, Sendable {
  case trust
  case council
  case region
  case country
}
