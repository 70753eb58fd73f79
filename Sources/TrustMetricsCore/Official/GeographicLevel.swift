/// The level of a row in the official statistics.
public enum GeographicLevel: String, Sendable {
  case national = "National"
  case regional = "Regional"
  case localAuthority = "Local authority"
}
