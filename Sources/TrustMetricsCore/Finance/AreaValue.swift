/// One area's value of an official measure in one year, with the parts it was computed from.
///
/// For a ratio measure (spend per child, a share, agency cost per FTE) `numerator` and
/// `denominator` are the amounts divided, so a workbook can show them and divide live.
public struct AreaValue: Hashable, Sendable {
  /// DfE's code as the workforce statistics write it (`"871"`, `"940 / 941"`); empty for
  /// England and the regions.
  public var code: String
  /// The authority's, region's or country's name (`North Northamptonshire / West
  /// Northamptonshire` for a joint row).
  public var name: String
  /// The authority's region as published (`Inner London`); empty above authority level.
  public var regionName: String
  /// The value, or why there is none.
  public var value: OfficialValue
  /// The amount divided (£, or £ of looked-after spend for a share), when the measure is a ratio.
  public var numerator: Double?
  /// What it is divided by (children aged 0–17, total spend, agency FTE), when a ratio.
  public var denominator: Double?
  /// How many authorities the value adds up: 2 for a joint row, the reporting authorities for a
  /// total England or a region computed from authorities; 1 otherwise.
  public var memberCount: Int
  /// For a total computed from authorities (RO3's England and regions): the authorities left out
  /// because they have no value.
  public var leftOut: Int

  /// Creates a value.
  public init(
    code: String, name: String, regionName: String, value: OfficialValue,
    numerator: Double? = nil, denominator: Double? = nil, memberCount: Int = 1, leftOut: Int = 0
  ) {
    self.code = code
    self.name = name
    self.regionName = regionName
    self.value = value
    self.numerator = numerator
    self.denominator = denominator
    self.memberCount = memberCount
    self.leftOut = leftOut
  }

  /// Whether the value sums two authorities that the workforce statistics publish jointly.
  public var isJointRow: Bool { code.contains("/") }
}
