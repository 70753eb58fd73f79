public import TrustMetricsCore

/// Reads DfE's workforce indicators file by header name, typing every suppression marker.
public enum WorkforceParser {
  /// Columns that identify a row; all must be present.
  public static let identifyingColumns = [
    "time_period", "time_identifier", "geographic_level", "country_code", "country_name",
    "region_code", "region_name", "old_la_code", "new_la_code", "la_name",
  ]

  /// Parses the file; columns may come in any order, but every one must be known and present.
  ///
  /// - Throws: `DatasetError` for an unexpected or missing column, an unknown marker, an
  ///   unknown geographic level, or an area given twice for one year.
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> WorkforceStatistics
  {
    let records = try CSVTable.parseRecords(bytes: bytes, file: file)
    guard let header = records.first else {
      throw .empty(file: file, expected: "DfE's workforce indicators with a header line")
    }
    let expected = identifyingColumns + WorkforceIndicator.allCases.map(\.rawValue)
    let expectedText = "DfE's columns: " + expected.joined(separator: ",")
    var index: [String: Int] = [:]
    for (position, name) in header.fields.enumerated() {
      guard expected.contains(name), index[name] == nil else {
        throw .unexpectedHeader(
          file: file, found: "column \(position + 1) is \"\(name)\"", expected: expectedText)
      }
      index[name] = position
    }
    if let absent = expected.first(where: { index[$0] == nil }) {
      throw .unexpectedHeader(
        file: file, found: "no column \"\(absent)\"", expected: expectedText)
    }
    let rows = records.dropFirst()
    guard !rows.isEmpty else { throw .empty(file: file, expected: "at least one row of data") }
    var result: [WorkforceRecord] = []
    result.reserveCapacity(rows.count)
    var firstLineOfArea: [String: Int] = [:]
    for row in rows {
      guard row.fields.count == header.fields.count else {
        throw .wrongFieldCount(
          file: file, line: row.line, found: row.fields.count, expected: header.fields.count)
      }
      func field(_ name: String) -> String { row.fields[index[name] ?? 0] }
      func invalid(_ name: String, _ expected: String) -> DatasetError {
        .invalidField(
          file: file, line: row.line, field: name, value: field(name), expected: expected)
      }
      guard let year = Int(field("time_period")), (1900...2099).contains(year) else {
        throw invalid("time_period", "a reporting year such as 2025")
      }
      guard let level = GeographicLevel(rawValue: field("geographic_level")) else {
        throw invalid("geographic_level", "National, Regional or Local authority")
      }
      let code = field("old_la_code")
      if level == .localAuthority, code.isEmpty {
        throw invalid("old_la_code", "an authority code on a Local authority row")
      }
      let regionName = field("region_name")
      if level == .regional, regionName.isEmpty {
        throw invalid("region_name", "a region name on a Regional row")
      }
      var values: [WorkforceIndicator: OfficialValue] = [:]
      for indicator in WorkforceIndicator.allCases {
        let text = field(indicator.rawValue)
        if let number = NumberField.double(text) {
          values[indicator] = .number(number)
        } else if let marker = SuppressionMarker(rawValue: text),
          SuppressionMarker.workforceMarkers.contains(marker)
        {
          values[indicator] = .suppressed(marker)
        } else {
          throw invalid(
            indicator.rawValue, "a number or a DfE marker (x, z, u, c, low, :)")
        }
      }
      let name =
        level == .national
        ? field("country_name") : (level == .regional ? regionName : field("la_name"))
      let areaKey = "\(year)|\(level.rawValue)|\(level == .localAuthority ? code : name)"
      if let first = firstLineOfArea[areaKey] {
        throw .duplicate(
          file: file, line: row.line, field: "area and year", value: "\(name) \(year)",
          firstLine: first)
      }
      firstLineOfArea[areaKey] = row.line
      result.append(
        WorkforceRecord(
          year: year, level: level, regionName: regionName, laCode: code, name: name,
          values: values, line: row.line))
    }
    return WorkforceStatistics(records: result)
  }
}
