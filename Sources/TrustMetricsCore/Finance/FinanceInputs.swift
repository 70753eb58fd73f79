/// The three finance files indexed for joining, and the arithmetic of every finance measure.
struct FinanceInputs {
  /// An authority in one year as ONS and DfE know it.
  struct Authority {
    var code: String
    var onsCode: String
    var name: String
    var regionName: String
    var children: OfficialValue
  }

  /// Where a section 251 value is: its line, year and area.
  ///
  /// The area is an authority's code, `""` for England or a region's standard name. One flat
  /// table, so a look-up hashes one key.
  struct Section251Key: Hashable {
    var line: Section251Line
    var year: Int
    var area: String
  }

  /// Where an RO3 TOTAL CHILDREN SOCIAL CARE value is: its column, year and ONS code.
  struct RevenueOutturnKey: Hashable {
    var column: RevenueOutturnRecord.Column
    var year: Int
    var onsCode: String
  }

  /// Section 251 values.
  private var section251: [Section251Key: OfficialValue] = [:]
  /// The years with any `C&YPExpenditure` row.
  private var section251Years: Set<Int> = []
  /// Section 251 names of England and the regions by year: code → standard name.
  private var section251Areas: [Int: [String: String]] = [:]
  /// RO3 TOTAL CHILDREN SOCIAL CARE values.
  private var revenueOutturn: [RevenueOutturnKey: OfficialValue] = [:]
  /// The years with any RO3 total expenditure row.
  private var revenueOutturnYears: Set<Int> = []
  /// Authorities by year and code (ONS rows, and s251 authorities ONS does not list).
  private var authorities: [Int: [String: Authority]] = [:]
  /// Children aged 0–17 in England (`""`) and each region, by year and name.
  private var areaChildren: [Int: [String: OfficialValue]] = [:]
  /// The s251 authority rows, for the series-break rule.
  private let section251Records: [Section251Record]

  init(
    section251 records: [Section251Record], revenueOutturn: [RevenueOutturnRecord],
    population: [PopulationRecord]
  ) {
    section251Records = records
    section251.reserveCapacity(records.count)
    for record in population {
      switch record.level {
      case .localAuthority:
        authorities[record.year, default: [:]][record.laCode] = Authority(
          code: record.laCode, onsCode: record.onsCode, name: record.name,
          regionName: record.regionName, children: record.children)
      case .regional: areaChildren[record.year, default: [:]][record.name] = record.children
      case .national: areaChildren[record.year, default: [:]][""] = record.children
      }
    }
    for record in records {
      if record.line == .childrenAndYoungPeople { section251Years.insert(record.year) }
      if record.isAuthority {
        section251[Section251Key(line: record.line, year: record.year, area: record.laCode)] =
          record.value
        if authorities[record.year]?[record.laCode] == nil, record.value.number != nil {
          authorities[record.year, default: [:]][record.laCode] = Authority(
            code: record.laCode, onsCode: "", name: record.area, regionName: record.regionName,
            children: .suppressed(.noCounterpart))
        }
      } else {
        let name =
          record.laCode == Self.englandCode ? "" : Section251Record.standardAreaName(record.area)
        section251[Section251Key(line: record.line, year: record.year, area: name)] = record.value
        section251Areas[record.year, default: [:]][record.laCode] = name
      }
    }
    for record in revenueOutturn where record.serviceLine == RevenueOutturnRecord.totalServiceLine {
      let key = RevenueOutturnKey(column: record.column, year: record.year, onsCode: record.onsCode)
      self.revenueOutturn[key] = record.thousands
      if record.column == .totalExpenditure { revenueOutturnYears.insert(record.year) }
    }
  }

  /// DfE's code for England in the section 251 file.
  static let englandCode = "970"

  /// The years a measure can be computed for.
  func years(of measure: OfficialMeasure) -> [Int] {
    let sourceYears: Set<Int>
    switch measure.origin {
    case .section251: sourceYears = section251Years
    case .revenueOutturn: sourceYears = revenueOutturnYears
    case .workforceCensus: return []
    }
    return sourceYears.filter { authorities[$0] != nil }.sorted()
  }

  // MARK: - Tables

  /// The measure's table for a year, over the year's units (see ``units(year:workforce:)``).
  func table(
    _ measure: OfficialMeasure, year: Int, units: [Unit], workforce: WorkforceStatistics
  ) -> MeasureTable {
    let values = units.map { unit in
      authorityValue(
        measure, year: year, members: unit.members, code: unit.code, name: unit.name,
        regionName: unit.regionName, workforce: workforce)
    }
    switch measure.origin {
    case .section251:
      var regions: [String: AreaValue] = [:]
      for name in Set(section251Areas[year]?.values ?? [:].values) where !name.isEmpty {
        regions[name] = publishedAreaValue(measure, year: year, name: name)
      }
      return MeasureTable(
        authorities: values, england: publishedAreaValue(measure, year: year, name: ""),
        regions: regions)
    case .revenueOutturn, .workforceCensus:
      var groups: [String: [AreaValue]] = [:]
      for value in values {
        groups[value.regionName, default: []].append(value)
        let comparator = WorkforceStatistics.comparatorRegion(of: value.regionName)
        if comparator != value.regionName { groups[comparator, default: []].append(value) }
      }
      var regions: [String: AreaValue] = [:]
      for (name, members) in groups {
        regions[name] = Self.total(of: members, measure: measure, name: name)
      }
      return MeasureTable(
        authorities: values,
        england: Self.total(of: values, measure: measure, name: WorkforceStatistics.englandName),
        regions: regions)
    }
  }

  /// A unit of comparison: one authority, or the authorities the workforce file publishes as one.
  struct Unit {
    var code: String
    var name: String
    var regionName: String
    var members: [Authority]
  }

  /// The year's authorities grouped into the workforce statistics' units, ordered by code.
  func units(year: Int, workforce: WorkforceStatistics) -> [Unit] {
    var units: [String: Unit] = [:]
    for authority in (authorities[year] ?? [:]).values {
      let resolved = workforce.resolvedCode(authority.code) ?? authority.code
      let code = resolved.contains("/") ? resolved : authority.code
      if var unit = units[code] {
        unit.members.append(authority)
        unit.members.sort { $0.code < $1.code }
        unit.name = unit.members.map(\.name).joined(separator: " / ")
        units[code] = unit
      } else {
        units[code] = Unit(
          code: code, name: authority.name, regionName: authority.regionName,
          members: [authority])
      }
    }
    return units.values.sorted { $0.code < $1.code }
  }

  /// An authority's (or a joint row's) value of a finance measure.
  private func authorityValue(
    _ measure: OfficialMeasure, year: Int, members: [Authority], code: String, name: String,
    regionName: String, workforce: WorkforceStatistics
  ) -> AreaValue {
    func area(_ value: OfficialValue, _ numerator: Double? = nil, _ denominator: Double? = nil)
      -> AreaValue
    {
      AreaValue(
        code: code, name: name, regionName: regionName, value: value, numerator: numerator,
        denominator: denominator, memberCount: members.count)
    }
    let children = Self.sum(members.map(\.children))
    func s251(_ line: Section251Line) -> OfficialValue {
      Self.sum(
        members.map {
          section251[Section251Key(line: line, year: year, area: $0.code)]
            ?? .suppressed(.noValue)
        })
    }
    func ro3(_ column: RevenueOutturnRecord.Column) -> OfficialValue {
      Self.sum(
        members.map { member in
          guard !member.onsCode.isEmpty,
            let value = revenueOutturn[
              RevenueOutturnKey(column: column, year: year, onsCode: member.onsCode)]
          else { return .suppressed(.noCounterpart) }
          return value
        })
    }
    switch measure {
    case .spendPerChild, .lookedAfterSpendPerChild, .safeguardingSpendPerChild,
      .familySupportSpendPerChild:
      guard let line = measure.section251Line else { return area(.suppressed(.noCounterpart)) }
      return Self.ratio(s251(line), children, scale: 1, area: area)
    case .lookedAfterShare:
      return Self.ratio(s251(.lookedAfter), s251(.childrenAndYoungPeople), scale: 100, area: area)
    case .lacWeeklyUnitCost, .socialWorkWeeklyUnitCost:
      guard members.count == 1, let line = measure.section251Line else {
        return area(.suppressed(.jointRow))
      }
      return area(s251(line))
    case .cscSpendPerChild:
      return Self.ratio(
        Self.thousands(ro3(.totalExpenditure)), children, scale: 1, area: area)
    case .agencyCostPerAgencyFTE:
      let memorandums = members.map { member -> OfficialValue in
        guard !member.onsCode.isEmpty,
          let value = revenueOutturn[
            RevenueOutturnKey(column: .agencyStaffCost, year: year, onsCode: member.onsCode)]
        else { return .suppressed(.noCounterpart) }
        if let number = value.number, number <= 0 { return .suppressed(.notReported) }
        return value
      }
      let cost = Self.thousands(Self.sum(memorandums))
      let agencyFTE: OfficialValue =
        workforce.authority(code: code, year: year)?[.agencyFTE] ?? .suppressed(.noCounterpart)
      return Self.ratio(cost, agencyFTE, scale: 1, area: area)
    case .agency, .vacancy, .turnover, .caseload:
      return area(.suppressed(.noCounterpart))
    }
  }

  /// England's (`name` empty) or a region's published section 251 value of a measure.
  private func publishedAreaValue(_ measure: OfficialMeasure, year: Int, name: String)
    -> AreaValue
  {
    let displayName = name.isEmpty ? WorkforceStatistics.englandName : name
    func area(_ value: OfficialValue, _ numerator: Double? = nil, _ denominator: Double? = nil)
      -> AreaValue
    {
      AreaValue(
        code: "", name: displayName, regionName: name, value: value, numerator: numerator,
        denominator: denominator)
    }
    func s251(_ line: Section251Line) -> OfficialValue {
      section251[Section251Key(line: line, year: year, area: name)] ?? .suppressed(.noCounterpart)
    }
    let children = areaChildren[year]?[name] ?? .suppressed(.noCounterpart)
    switch measure {
    case .lookedAfterShare:
      return Self.ratio(s251(.lookedAfter), s251(.childrenAndYoungPeople), scale: 100, area: area)
    case .lacWeeklyUnitCost, .socialWorkWeeklyUnitCost:
      return area(measure.section251Line.map(s251) ?? .suppressed(.noCounterpart))
    default:
      guard let line = measure.section251Line else { return area(.suppressed(.noCounterpart)) }
      return Self.ratio(s251(line), children, scale: 1, area: area)
    }
  }

  /// A total over authorities: Σ numerators ÷ Σ denominators of those with a value, the others
  /// counted as left out.
  static func total(of values: [AreaValue], measure: OfficialMeasure, name: String) -> AreaValue {
    var numerator = 0.0
    var denominator = 0.0
    var used = 0
    for value in values {
      guard value.value.number != nil, let top = value.numerator, let bottom = value.denominator
      else { continue }
      numerator += top
      denominator += bottom
      used += 1
    }
    let result: OfficialValue =
      used > 0 && denominator > 0 ? .number(numerator / denominator) : .suppressed(.undefined)
    return AreaValue(
      code: "", name: name, regionName: name, value: result,
      numerator: used > 0 ? numerator : nil, denominator: used > 0 ? denominator : nil,
      memberCount: used, leftOut: values.count - used)
  }

  /// The sum of values, or the first marker among them.
  static func sum(_ values: [OfficialValue]) -> OfficialValue {
    var total = 0.0
    for value in values {
      switch value {
      case .number(let number): total += number
      case .suppressed: return value
      }
    }
    return values.isEmpty ? .suppressed(.noCounterpart) : .number(total)
  }

  /// A value in £ thousand as £.
  static func thousands(_ value: OfficialValue) -> OfficialValue {
    value.number.map { .number($0 * 1000) } ?? value
  }

  /// numerator ÷ denominator × scale, keeping both parts; a marker on either side, or a
  /// denominator of 0 or below, gives no value.
  static func ratio(
    _ numerator: OfficialValue, _ denominator: OfficialValue, scale: Double,
    area: (OfficialValue, Double?, Double?) -> AreaValue
  ) -> AreaValue {
    guard let top = numerator.number else {
      return area(numerator, nil, denominator.number)
    }
    guard let bottom = denominator.number else { return area(denominator, top, nil) }
    guard bottom > 0 else { return area(.suppressed(.undefined), top, bottom) }
    return area(.number(top / bottom * scale), top, bottom)
  }

  // MARK: - Breaks

  /// Every possible reclassification over authorities' gross service lines, by code then year.
  func seriesBreaks() -> [SeriesBreak] {
    // Each authority's name as its total row gives it, by year: a break is named as the row of
    // its later year names the authority.
    var names: [String: [Int: String]] = [:]
    for record in section251Records
    where record.line == .childrenAndYoungPeople && record.isAuthority {
      names[record.laCode, default: [:]][record.year] = record.area
    }
    var result: [SeriesBreak] = []
    func value(_ line: Section251Line, _ year: Int, _ code: String) -> Double? {
      section251[Section251Key(line: line, year: year, area: code)]?.number
    }
    let years = section251Years.sorted()
    for code in names.keys.sorted() {
      for (before, after) in zip(years, years.dropFirst()) where after == before + 1 {
        guard let totalBefore = value(.childrenAndYoungPeople, before, code),
          let totalAfter = value(.childrenAndYoungPeople, after, code)
        else { continue }
        for line in Section251Line.grossServiceLines {
          guard let lineBefore = value(line, before, code),
            let lineAfter = value(line, after, code),
            SeriesBreak.isBreak(
              lineBefore: lineBefore, lineAfter: lineAfter, totalBefore: totalBefore,
              totalAfter: totalAfter)
          else { continue }
          result.append(
            SeriesBreak(
              laCode: code, name: names[code]?[after] ?? code, line: line, year: after,
              before: lineBefore, after: lineAfter, totalBefore: totalBefore,
              totalAfter: totalAfter))
        }
      }
    }
    return result
  }
}
