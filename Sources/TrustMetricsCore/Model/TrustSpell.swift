/// A period during which a trust ran an authority's children's services, as a source states it.
public struct TrustSpell: Hashable, Sendable {
  /// The trust's canonical entity name.
  public var trust: String
  /// DfE `old_la_code` of the authority whose services it ran.
  public var laCode: String
  /// When the trust took over, if a source says.
  public var from: PartialDate?
  /// When the services returned or passed on, if a source says; `nil` while still running or
  /// unknown.
  public var to: PartialDate?
  /// The source and quote that state the dates.
  public var provenance: Provenance

  /// Creates a trust spell.
  public init(
    trust: String, laCode: String, from: PartialDate?, to: PartialDate?, provenance: Provenance
  ) {
    self.trust = trust
    self.laCode = laCode
    self.from = from
    self.to = to
    self.provenance = provenance
  }
}
