/// One row of DfE's workforce indicators: an area in one reporting year.
public struct WorkforceRecord: Hashable, Sendable {
  /// The reporting year (census at 30 September).
  public var year: Int
  /// National, regional or local authority.
  public var level: GeographicLevel
  /// The region's name (empty for England).
  public var regionName: String
  /// DfE `old_la_code`, such as `"871"` or `"940 / 941"`; empty above authority level.
  public var laCode: String
  /// The authority's name, or the region's or `England` above authority level.
  public var name: String
  /// The published cells, by indicator.
  public var values: [WorkforceIndicator: OfficialValue]
  /// The 1-based line of the row in its file, for messages.
  public var line: Int

  /// Creates a record.
  public init(
    year: Int, level: GeographicLevel, regionName: String, laCode: String, name: String,
    values: [WorkforceIndicator: OfficialValue], line: Int
  ) {
    self.year = year
    self.level = level
    self.regionName = regionName
    self.laCode = laCode
    self.name = name
    self.values = values
    self.line = line
  }

  /// The cell for an indicator; a column absent from the file reads as not available.
  public subscript(indicator: WorkforceIndicator) -> OfficialValue {
    values[indicator] ?? .suppressed(.notAvailable)
  }

  /// The separate codes of a merged row (`"940 / 941"` gives `["940", "941"]`).
  public var memberCodes: [String] { Self.memberCodes(of: laCode) }

  /// The separate codes of a code as the file writes it (`"940 / 941"` gives `["940", "941"]`,
  /// `"871"` gives `["871"]`).
  public static func memberCodes(of code: String) -> [String] {
    code.split(separator: "/").map { String($0.trimmingPrefixAndSuffixSpaces()) }
  }
}

extension Substring {
  func trimmingPrefixAndSuffixSpaces() -> Substring {
    var text = self
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return text
  }
}
