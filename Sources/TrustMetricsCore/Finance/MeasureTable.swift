/// One official measure in one year for every authority, England and the regions.
public struct MeasureTable: Sendable {
  /// Every authority (joint rows as one), ordered by code.
  public let authorities: [AreaValue]
  /// England.
  public let england: AreaValue?
  /// The regions by name, including `London` beside `Inner London` and `Outer London`.
  public let regions: [String: AreaValue]
  private let indexByCode: [String: Int]

  /// Creates a table; a later authority with the same code replaces an earlier one.
  public init(authorities: [AreaValue], england: AreaValue?, regions: [String: AreaValue]) {
    self.authorities = authorities
    self.england = england
    self.regions = regions
    var index: [String: Int] = [:]
    for (position, area) in authorities.enumerated() { index[area.code] = position }
    indexByCode = index
  }

  /// The authority with this code as the workforce statistics write it (`"940 / 941"`).
  public func authority(code: String) -> AreaValue? {
    indexByCode[code].map { authorities[$0] }
  }
}
