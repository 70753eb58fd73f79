/// DfE's workforce indicators for England, its regions and every authority, indexed for look-up.
public struct WorkforceStatistics: Sendable {
  /// Every row, in file order.
  public let records: [WorkforceRecord]
  private let byCodeAndYear: [String: [Int: Int]]
  private let codeOfMember: [String: String]
  private let byAreaAndYear: [String: [Int: Int]]
  /// Each year's authority rows, in file order: comparisons rank every authority of a year,
  /// thousands of times in a listing, so the rows are not filtered out of every record each time.
  private let authoritiesByYear: [Int: [Int]]
  /// Each workforce measure's published value for every authority row of each year, in the
  /// order of ``authorities(year:)``: what ranks and quartiles read, made once.
  private let publishedByMeasureAndYear: [OfficialMeasure: [Int: [OfficialValue]]]
  /// The reporting years present, ascending (kept: callers ask for them in loops).
  public let years: [Int]

  /// Indexes records; later duplicates of an area and year are the loader's to reject.
  public init(records: [WorkforceRecord]) {
    self.records = records
    var byCode: [String: [Int: Int]] = [:]
    var members: [String: String] = [:]
    var byArea: [String: [Int: Int]] = [:]
    var authorityRows: [Int: [Int]] = [:]
    for (index, record) in records.enumerated() {
      switch record.level {
      case .localAuthority:
        byCode[record.laCode, default: [:]][record.year] = index
        authorityRows[record.year, default: []].append(index)
        members[record.laCode] = record.laCode
        for member in record.memberCodes { members[member] = record.laCode }
      case .regional:
        byArea[record.regionName, default: [:]][record.year] = index
      case .national:
        byArea[WorkforceStatistics.englandName, default: [:]][record.year] = index
      }
    }
    byCodeAndYear = byCode
    codeOfMember = members
    byAreaAndYear = byArea
    authoritiesByYear = authorityRows
    var published: [OfficialMeasure: [Int: [OfficialValue]]] = [:]
    for measure in OfficialMeasure.workforce {
      published[measure] = authorityRows.mapValues { rows in
        rows.map { WorkforceRates.publishedValue(of: measure, in: records[$0]) }
      }
    }
    publishedByMeasureAndYear = published
    years = Array(Set(records.map(\.year))).sorted()
  }

  /// The name the national rows go by.
  public static let englandName = "England"

  /// The code of the row an authority code belongs to: `"940"` resolves to `"940 / 941"`.
  ///
  /// - Parameter code: An `old_la_code`, alone or merged.
  /// - Returns: The code as the file writes it, or `nil` when no row has it.
  public func resolvedCode(_ code: String) -> String? { codeOfMember[code] }

  /// The authority's row for a year, resolving codes inside merged rows.
  public func authority(code: String, year: Int) -> WorkforceRecord? {
    guard let resolved = resolvedCode(code), let index = byCodeAndYear[resolved]?[year] else {
      return nil
    }
    return records[index]
  }

  /// Every authority row of one year.
  public func authorities(year: Int) -> [WorkforceRecord] {
    (authoritiesByYear[year] ?? []).map { records[$0] }
  }

  /// Every authority's published value of a workforce measure in a year, in the order of
  /// ``authorities(year:)``; empty for a finance measure or a year without rows.
  public func authorityValues(of measure: OfficialMeasure, year: Int) -> [OfficialValue] {
    publishedByMeasureAndYear[measure]?[year] ?? []
  }

  /// England's row for a year.
  public func england(year: Int) -> WorkforceRecord? {
    byAreaAndYear[WorkforceStatistics.englandName]?[year].map { records[$0] }
  }

  /// A region's row for a year, by DfE region name (`London`, `Inner London`, `West Midlands`).
  public func region(named name: String, year: Int) -> WorkforceRecord? {
    byAreaAndYear[name]?[year].map { records[$0] }
  }

  /// The region an authority is compared with: Inner and Outer London boroughs compare with
  /// London.
  public static func comparatorRegion(of regionName: String) -> String {
    regionName == "Inner London" || regionName == "Outer London" ? "London" : regionName
  }

  /// The latest name the file gives an authority code, resolving merged rows.
  public func name(ofCode code: String) -> String? {
    guard let resolved = resolvedCode(code), let years = byCodeAndYear[resolved],
      let latest = years.keys.max(), let index = years[latest]
    else { return nil }
    return records[index].name
  }
}

extension WorkforceStatistics {
  /// The attribution the Open Government Licence v3.0 requires wherever DfE data is shown.
  public static let attribution =
    "Contains public sector information licensed under the Open Government Licence v3.0."
}
