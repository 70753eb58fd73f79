public import Foundation

/// A derived claim a source makes ("double the West Midlands average"), to be recomputed from
/// figures.
public struct Claim: Hashable, Sendable {
  /// What the claim says the computation gives.
  public enum Expectation: Hashable, Sendable {
    /// A number, as the source writes it (2 for "double", 7 for "about 7%").
    case value(Decimal)
    /// A direction of change (`down` for "reduced from 38% to 24%").
    case direction(Direction)
    /// The figure lies below the reference.
    case below
    /// The figure lies above the reference.
    case above

    /// Parses `expected` as written in `claims.csv`: a plain number, `up`, `down`, `below` or
    /// `above`.
    ///
    /// - Parameter text: The field.
    public init?(parsing text: String) {
      switch text {
      case "up": self = .direction(.up)
      case "down": self = .direction(.down)
      case "below": self = .below
      case "above": self = .above
      default:
        guard let value = Claim.plainDecimal(text) else { return nil }
        self = .value(value)
      }
    }
  }

  /// A unique, stable slug.
  public var id: String
  /// What is computed.
  public var kind: ClaimKind
  /// The ids of the figures involved, in the kind's order.
  public var figureIDs: [String]
  /// What the source says the computation gives.
  public var expected: Expectation
  /// The word that sets the tolerance.
  public var rule: ToleranceRule
  /// The source and the words that make the claim.
  public var provenance: Provenance

  /// Creates a claim.
  public init(
    id: String, kind: ClaimKind, figureIDs: [String], expected: Expectation, rule: ToleranceRule,
    provenance: Provenance
  ) {
    self.id = id
    self.kind = kind
    self.figureIDs = figureIDs
    self.expected = expected
    self.rule = rule
    self.provenance = provenance
  }

  /// Reads an optional minus sign, digits and at most one decimal point, exactly.
  static func plainDecimal(_ text: String) -> Decimal? {
    var body = Substring(text)
    let isNegative = body.first == "-"
    if isNegative { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }),
      body.allSatisfy({ $0 == "." || ("0"..."9").contains($0) }), body.count <= 18
    else { return nil }
    var significand: Decimal = 0
    for character in body where character != "." {
      significand = significand * 10 + Decimal(Int(String(character)) ?? 0)
    }
    let exponent = parts.count == 2 ? -parts[1].count : 0
    return Decimal(sign: isNegative ? .minus : .plus, exponent: exponent, significand: significand)
  }
}
