/// ONS's mid-year estimate of children aged 0–17 for England, a region or an authority.
public struct PopulationRecord: Hashable, Sendable {
  /// The mid-year of the estimate (30 June).
  public var year: Int
  /// National, regional or local authority.
  public var level: GeographicLevel
  /// The region's name (`Inner London` for an inner London borough); empty for England.
  public var regionName: String
  /// DfE's three-digit code; empty above authority level.
  public var laCode: String
  /// The ONS code (`E06000039`); empty above authority level.
  public var onsCode: String
  /// The authority's, region's or country's name.
  public var name: String
  /// Children aged 0–17, or the marker published (`x` where ONS gives none).
  public var children: OfficialValue
  /// The 1-based line of the row in its file, for messages.
  public var fileLine: Int

  /// Creates a record.
  public init(
    year: Int, level: GeographicLevel, regionName: String, laCode: String, onsCode: String,
    name: String, children: OfficialValue, fileLine: Int
  ) {
    self.year = year
    self.level = level
    self.regionName = regionName
    self.laCode = laCode
    self.onsCode = onsCode
    self.name = name
    self.children = children
    self.fileLine = fileLine
  }
}
