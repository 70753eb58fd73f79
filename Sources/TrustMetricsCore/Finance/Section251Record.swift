/// One value of DfE's section 251 outturn: a line, a financial year and an area.
public struct Section251Record: Hashable, Sendable {
  /// The line (LAIT's measure code).
  public var line: Section251Line
  /// The year the financial year starts (2024 for 2024-25).
  public var year: Int
  /// DfE's three-digit code: an authority's, or 970 for England and 980–990 for regions.
  public var laCode: String
  /// The area's name as published.
  public var area: String
  /// The authority's region (`Inner London` for an inner London borough); empty for England
  /// and the regions' own rows.
  public var regionName: String
  /// The value: £ for spend lines, £ per week for unit costs, or the marker published.
  public var value: OfficialValue
  /// The 1-based line of the row in its file, for messages.
  public var fileLine: Int

  /// Creates a record.
  public init(
    line: Section251Line, year: Int, laCode: String, area: String, regionName: String,
    value: OfficialValue, fileLine: Int
  ) {
    self.line = line
    self.year = year
    self.laCode = laCode
    self.area = area
    self.regionName = regionName
    self.value = value
    self.fileLine = fileLine
  }

  /// Whether the row is an authority's (not England's or a region's).
  public var isAuthority: Bool { !regionName.isEmpty }

  /// The name the workforce statistics give the area: the s251 file writes `London (Inner)`,
  /// `London (Outer)` and `Yorkshire and the Humber` where DfE's workforce and ONS files write
  /// `Inner London`, `Outer London` and `Yorkshire and The Humber`.
  public static func standardAreaName(_ name: String) -> String {
    switch name {
    case "London (Inner)": "Inner London"
    case "London (Outer)": "Outer London"
    case "Yorkshire and the Humber": "Yorkshire and The Humber"
    default: name
    }
  }
}
