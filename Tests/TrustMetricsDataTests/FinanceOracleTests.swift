import Foundation
import Testing
import TrustMetricsCore
import TrustMetricsData

/// The finance files (and the workforce file's agency FTE and the neighbour model) as plain text,
/// read without the project's CSV parser or loaders: lines split on newlines, fields on commas
/// outside double quotes, every cell kept as text.
private struct RawFinanceTables {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Rows as column → text dictionaries.
  static func table(_ name: String) throws -> [[String: String]] {
    let url = packageRoot.appendingPathComponent("datasets/official").appendingPathComponent(name)
    var text = try String(contentsOf: url, encoding: .utf8)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let lines = text.split(whereSeparator: \.isNewline).map(fields)
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
  }

  static func fields<Line: StringProtocol>(_ line: Line) -> [String] {
    var result: [String] = []
    var current = ""
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if character == ",", !quoted {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    result.append(current)
    return result
  }

  /// The tables, read once.
  static let loaded = Result { try RawFinanceTables() }

  /// s251 value text by `measure|2024-25|la_code` (authorities) and `measure|2024-25|area`
  /// (England and the regions, whose region column is empty).
  var section251: [String: String] = [:]
  /// ONS children by `2024|380` (authorities), `2024|England`, `2024|region name`.
  var children: [String: String] = [:]
  /// ONS code and region by `2024|380`.
  var onsCode: [String: String] = [:]
  var regionOf: [String: String] = [:]
  /// The ONS authority codes of each year.
  var authorityCodes: [Int: [String]] = [:]
  /// RO3 TOTAL CHILDREN SOCIAL CARE value text by `2024-25|E08000032|column`.
  var revenueOutturn: [String: String] = [:]
  /// Workforce agency FTE text by `2024|940 / 941`.
  var agencyFTE: [String: String] = [:]
  /// The workforce file's joint rows (`940 / 941`, `314 / 318`).
  var jointRows: Set<String> = []
  /// The neighbour model: `SN_1` to `SN_10` by authority code.
  var neighbours: [String: [String]] = [:]

  init() throws {
    for row in try Self.table("s251_outturn_2016-17_to_2024-25.csv") {
      let place = (row["region"] ?? "").isEmpty ? row["area"] : row["la_code"]
      section251[
        "\(row["measure"] ?? "")|\(row["financial_year"] ?? "")|\(place ?? "")"] = row["value"]
    }
    for row in try Self.table("ons_mid_year_population_2012_to_2024.csv") {
      let year = row["time_period"] ?? ""
      switch row["geographic_level"] {
      case "National": children["\(year)|England"] = row["population_estimate"]
      case "Regional": children["\(year)|\(row["region_name"] ?? "")"] = row["population_estimate"]
      default:
        let code = row["old_la_code"] ?? ""
        children["\(year)|\(code)"] = row["population_estimate"]
        onsCode["\(year)|\(code)"] = row["new_la_code"]
        regionOf["\(year)|\(code)"] = row["region_name"]
        authorityCodes[Int(year) ?? 0, default: []].append(code)
      }
    }
    for row in try Self.table("ro3_childrens_social_care_2022-23_to_2024-25.csv")
    where row["service_line"] == "TOTAL CHILDREN SOCIAL CARE" {
      let key = "\(row["financial_year"] ?? "")|\(row["ons_code"] ?? "")|\(row["column"] ?? "")"
      revenueOutturn[key] = row["value_thousands"]
    }
    for row in try Self.table("csww_indicators_2017_to_2025.csv")
    where row["geographic_level"] == "Local authority" {
      let code = row["old_la_code"] ?? ""
      agencyFTE["\(row["time_period"] ?? "")|\(code)"] = row["agency_fte"]
      if code.contains("/") { jointRows.insert(code) }
    }
    for row in try Self.table("sn_model_2025_wide.csv") {
      neighbours[row["old_la_code"] ?? ""] = (1...10).map { row["SN_\($0)"] ?? "" }
    }
  }
}

/// A finance value worked out from the raw text alone.
private struct OracleValue: Equatable {
  /// The number, or the reason there is none (a published marker such as `[x]`, or
  /// `not_reported`, `joint_row`).
  var value: Result
  var numerator: Double?
  var denominator: Double?

  enum Result: Equatable, CustomStringConvertible {
    case number(Double)
    case none(String)

    var description: String {
      switch self {
      case .number(let number): "\(number)"
      case .none(let reason): reason
      }
    }
  }
}

/// The finance measures computed straight from the text: the definitions of issue 14, written
/// as plainly as possible.
private struct FinanceOracle {
  let tables: RawFinanceTables

  static func financialYear(_ year: Int) -> String {
    let end = (year + 1) % 100
    return "\(year)-\(end < 10 ? "0" : "")\(end)"
  }

  static func members(_ code: String) -> [String] {
    code.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// The number in a cell, or the cell's text as the reason there is none.
  static func number(_ text: String?) -> OracleValue.Result {
    guard let text else { return .none("no row") }
    if let number = Double(text) { return .number(number) }
    return .none(text)
  }

  /// Σ of the members' numbers, or the first member's reason for having none.
  static func sum(_ values: [OracleValue.Result]) -> OracleValue.Result {
    var total = 0.0
    for value in values {
      switch value {
      case .number(let number): total += number
      case .none: return value
      }
    }
    return .number(total)
  }

  static func ratio(_ top: OracleValue.Result, _ bottom: OracleValue.Result, times scale: Double)
    -> OracleValue
  {
    guard case .number(let numerator) = top else { return OracleValue(value: top) }
    guard case .number(let denominator) = bottom else {
      return OracleValue(value: bottom, numerator: numerator)
    }
    // An authority counting no agency FTE at the census has no cost per FTE.
    guard denominator > 0 else {
      return OracleValue(value: .none("undefined"), numerator: numerator, denominator: denominator)
    }
    return OracleValue(
      value: .number(numerator / denominator * scale), numerator: numerator,
      denominator: denominator)
  }

  func s251(_ measure: String, _ code: String, _ year: Int) -> OracleValue.Result {
    Self.sum(
      Self.members(code).map {
        Self.number(tables.section251["\(measure)|\(Self.financialYear(year))|\($0)"])
      })
  }

  func children(_ code: String, _ year: Int) -> OracleValue.Result {
    Self.sum(Self.members(code).map { Self.number(tables.children["\(year)|\($0)"]) })
  }

  func ro3(_ column: String, _ code: String, _ year: Int) -> [OracleValue.Result] {
    Self.members(code).map { member in
      let ons = tables.onsCode["\(year)|\(member)"] ?? ""
      return Self.number(tables.revenueOutturn["\(Self.financialYear(year))|\(ons)|\(column)"])
    }
  }

  /// An authority's (or joint row's) value.
  func authority(_ measure: OfficialMeasure, _ code: String, _ year: Int) -> OracleValue {
    let s251Line: [OfficialMeasure: String] = [
      .spendPerChild: "C&YPExpenditure", .lookedAfterSpendPerChild: "TotalLACFinance",
      .safeguardingSpendPerChild: "SafeguardingFinance",
      .familySupportSpendPerChild: "FamilySupportFinance",
    ]
    switch measure {
    case .lookedAfterShare:
      return Self.ratio(
        s251("TotalLACFinance", code, year), s251("C&YPExpenditure", code, year), times: 100)
    case .lacWeeklyUnitCost:
      guard Self.members(code).count == 1 else { return OracleValue(value: .none("joint_row")) }
      return OracleValue(value: s251("LACFinance", code, year))
    case .cscSpendPerChild:
      let pounds = Self.sum(ro3("Total Expenditure (C3 = C1 + C2)", code, year))
      guard case .number(let thousands) = pounds else { return OracleValue(value: pounds) }
      return Self.ratio(.number(thousands * 1000), children(code, year), times: 1)
    case .agencyCostPerAgencyFTE:
      var total = 0.0
      for memorandum in ro3("agency staff cost memorandum item", code, year) {
        guard case .number(let thousands) = memorandum else {
          return OracleValue(value: memorandum)
        }
        guard thousands > 0 else { return OracleValue(value: .none("not_reported")) }
        total += thousands * 1000
      }
      return Self.ratio(
        .number(total), Self.number(tables.agencyFTE["\(year)|\(code)"]), times: 1)
    default:
      guard let line = s251Line[measure] else { return OracleValue(value: .none("unsupported")) }
      return Self.ratio(s251(line, code, year), children(code, year), times: 1)
    }
  }

  /// England's (`area` "England") or a region's value: s251 measures from the published area
  /// rows ÷ ONS children; RO3 measures summed over the reporting authorities.
  func area(_ measure: OfficialMeasure, _ area: String, _ year: Int) -> OracleValue {
    switch measure {
    case .cscSpendPerChild, .agencyCostPerAgencyFTE:
      var numerator = 0.0
      var denominator = 0.0
      for unit in units(year: year) {
        let region = tables.regionOf["\(year)|\(Self.members(unit)[0])"] ?? ""
        let inArea =
          area == "England" || region == area
          || (area == "London" && region.hasSuffix(" London"))
        guard inArea else { continue }
        let value = authority(measure, unit, year)
        guard case .number = value.value, let top = value.numerator, let bottom = value.denominator
        else { continue }
        numerator += top
        denominator += bottom
      }
      return OracleValue(
        value: .number(numerator / denominator), numerator: numerator, denominator: denominator)
    case .lookedAfterShare:
      return Self.ratio(
        s251Area("TotalLACFinance", area, year), s251Area("C&YPExpenditure", area, year),
        times: 100)
    default:
      let line = measure == .spendPerChild ? "C&YPExpenditure" : "TotalLACFinance"
      return Self.ratio(
        s251Area(line, area, year), Self.number(tables.children["\(year)|\(area)"]), times: 1)
    }
  }

  /// The s251 file writes three area names differently from ONS.
  func s251Area(_ measure: String, _ area: String, _ year: Int) -> OracleValue.Result {
    let written =
      [
        "Inner London": "London (Inner)", "Outer London": "London (Outer)",
        "Yorkshire and The Humber": "Yorkshire and the Humber",
      ][area] ?? area
    return Self.number(tables.section251["\(measure)|\(Self.financialYear(year))|\(written)"])
  }

  /// The year's ONS authorities, the workforce file's joint rows as one.
  func units(year: Int) -> [String] {
    var result: Set<String> = []
    for code in tables.authorityCodes[year] ?? [] {
      result.insert(tables.jointRows.first { Self.members($0).contains(code) } ?? code)
    }
    return result.sorted()
  }

  /// The authority's neighbours' numbers (distinct rows, closest first) and how many have none.
  func neighbourNumbers(_ measure: OfficialMeasure, of code: String, year: Int)
    -> (numbers: [Double], withoutValue: Int)
  {
    var numbers: [Double] = []
    var withoutValue = 0
    for neighbour in tables.neighbours[code] ?? [] {
      let unit = tables.jointRows.first { Self.members($0).contains(neighbour) } ?? neighbour
      switch authority(measure, unit, year).value {
      case .number(let number): numbers.append(number)
      case .none: withoutValue += 1
      }
    }
    return (numbers, withoutValue)
  }
}

/// `dataset.official` for the finance measures checked against figures worked out by hand from
/// the CSV rows quoted below, and against a second computation made straight from the text.
@Suite struct FinanceOracleTests {
  enum Place: Sendable, CustomStringConvertible {
    case authority(String)
    case england
    case region(String)

    var description: String {
      switch self {
      case .authority(let code): code
      case .england: "England"
      case .region(let name): name
      }
    }
  }

  struct Case: Sendable, CustomStringConvertible {
    var measure: OfficialMeasure
    var place: Place
    var year: Int
    /// The hand-worked number, or the reason there is none.
    var number: Double?
    var marker: String?
    var description: String {
      "\(measure.rawValue) \(place) \(FinancialYear(startYear: year))"
    }

    init(_ measure: OfficialMeasure, _ place: Place, _ year: Int, _ number: Double) {
      self.measure = measure
      self.place = place
      self.year = year
      self.number = number
    }

    init(_ measure: OfficialMeasure, _ place: Place, _ year: Int, marker: String) {
      self.measure = measure
      self.place = place
      self.year = year
      self.marker = marker
    }
  }

  // Rows quoted from datasets/official (s251 descriptions shortened to "..."; ONS rows to year,
  // level, region, codes, name and estimate).
  static let cases: [Case] = [
    // s251 C&YPExpenditure,...,2024-25,380,Bradford,Yorkshire and The Humber,253549261
    // ONS 2024,Local authority,Yorkshire and The Humber,380,E08000032,Bradford,142483
    // 253,549,261 ÷ 142,483 = 1,779.50535...
    Case(.spendPerChild, .authority("380"), 2024, 253_549_261 / 142_483),
    // s251 C&YPExpenditure,...,2024-25,940,North Northamptonshire,East Midlands,95523723
    //      C&YPExpenditure,...,2024-25,941,West Northamptonshire,East Midlands,118755822
    // ONS 2024,...,940,E06000061,North Northamptonshire,83113; 2024,...,941,E06000062,...,96295
    // (95,523,723 + 118,755,822) ÷ (83,113 + 96,295) = 214,279,545 ÷ 179,408 = 1,194.37007...
    Case(.spendPerChild, .authority("940 / 941"), 2024, 214_279_545 / 179_408),
    // s251 C&YPExpenditure,...,2018-19,928,Northamptonshire,East Midlands,117567335
    // ONS 2018,...,East Midlands,928,E10000021,Northamptonshire,169274
    // 117,567,335 ÷ 169,274 = 694.53865...
    Case(.spendPerChild, .authority("928"), 2018, 117_567_335 / 169_274),
    // s251 C&YPExpenditure,...,2019-20,333,Sandwell,West Midlands,80915886
    // ONS 2019,...,West Midlands,333,E08000028,Sandwell,84741
    // 80,915,886 ÷ 84,741 = 954.86112...
    Case(.spendPerChild, .authority("333"), 2019, 80_915_886 / 84_741),
    // s251 C&YPExpenditure,...,2016-17,871,Slough,South East,29890709
    // ONS 2016,...,South East,871,E06000039,Slough,41701
    // 29,890,709 ÷ 41,701 = 716.78638...
    Case(.spendPerChild, .authority("871"), 2016, 29_890_709 / 41_701),
    // s251 C&YPExpenditure,...,2024-25,970,England,,16012355892
    // ONS 2024,Reporting year,National,E92000001,England,...,12183016
    // 16,012,355,892 ÷ 12,183,016 = 1,314.31789...
    Case(.spendPerChild, .england, 2024, 16_012_355_892 / 12_183_016),
    // s251 C&YPExpenditure,...,2024-25,982,Yorkshire and the Humber,,1628694479
    // ONS 2024,Reporting year,Regional,...,Yorkshire and The Humber,...,1181103
    // 1,628,694,479 ÷ 1,181,103 = 1,378.96058...
    Case(.spendPerChild, .region("Yorkshire and The Humber"), 2024, 1_628_694_479 / 1_181_103),
    // s251 SafeguardingFinance,...,2019-20,333,Sandwell,West Midlands,3309702
    // ONS 2019,...,333,E08000028,Sandwell,84741 → 3,309,702 ÷ 84,741 = 39.05668...
    Case(.safeguardingSpendPerChild, .authority("333"), 2019, 3_309_702 / 84_741),
    // s251 FamilySupportFinance,...,2017-18,330,Birmingham,West Midlands,22322034
    // ONS 2017,...,330,E08000025,Birmingham,291299 → 22,322,034 ÷ 291,299 = 76.62928...
    Case(.familySupportSpendPerChild, .authority("330"), 2017, 22_322_034 / 291_299),
    // s251 TotalLACFinance,...,2021-22,314,Kingston upon Thames,Outer London,16314451
    //      TotalLACFinance,...,2021-22,318,Richmond upon Thames,Outer London,17046968
    // ONS 2021,...,314,...,36435; 2021,...,318,...,43785
    // (16,314,451 + 17,046,968) ÷ (36,435 + 43,785) = 33,361,419 ÷ 80,220 = 415.87408...
    Case(.lookedAfterSpendPerChild, .authority("314 / 318"), 2021, 33_361_419 / 80_220),
    // s251 TotalLACFinance,...,2024-25,940,...,59738301; TotalLACFinance,...,2024-25,941,...,75641488
    // and the C&YPExpenditure rows above: (59,738,301 + 75,641,488) ÷ 214,279,545 × 100
    // = 135,379,789 ÷ 214,279,545 × 100 = 63.17905...
    Case(.lookedAfterShare, .authority("940 / 941"), 2024, 135_379_789 / 214_279_545 * 100),
    // s251 TotalLACFinance,...,2023-24,314,...,20838870; TotalLACFinance,...,2023-24,318,...,22644636
    //      C&YPExpenditure,...,2023-24,314,...,41238419; C&YPExpenditure,...,2023-24,318,...,43087623
    // (20,838,870 + 22,644,636) ÷ (41,238,419 + 43,087,623) × 100 = 43,483,506 ÷ 84,326,042 × 100
    // = 51.56593...
    Case(.lookedAfterShare, .authority("314 / 318"), 2023, 43_483_506 / 84_326_042 * 100),
    // s251 TotalLACFinance,...,2021-22,330,Birmingham,West Midlands,126755655
    //      C&YPExpenditure,...,2021-22,330,Birmingham,West Midlands,251717681
    // 126,755,655 ÷ 251,717,681 × 100 = 50.35628...
    Case(.lookedAfterShare, .authority("330"), 2021, 126_755_655 / 251_717_681 * 100),
    // s251 TotalLACFinance,...,2017-18,970,England,,4536594422
    //      C&YPExpenditure,...,2017-18,970,England,,9419007972
    // 4,536,594,422 ÷ 9,419,007,972 × 100 = 48.16425...
    Case(.lookedAfterShare, .england, 2017, 4_536_594_422 / 9_419_007_972 * 100),
    // s251 LACFinance,...,2024-25,940,...,2015 and LACFinance,...,2024-25,941,...,2410: a
    // published weekly unit cost cannot be added, so the joint row has none.
    Case(.lacWeeklyUnitCost, .authority("940 / 941"), 2024, marker: "joint_row"),
    // s251 LACFinance,Looked after Children Finance,2018-19,928,Northamptonshire,East Midlands,1355
    Case(.lacWeeklyUnitCost, .authority("928"), 2018, 1355),
    // s251 LACFinance,Looked after Children Finance,2024-25,333,Sandwell,West Midlands,1360
    Case(.lacWeeklyUnitCost, .authority("333"), 2024, 1360),
    // s251 LACFinance,...,2018-19,314,...,1605 and LACFinance,...,2018-19,318,...,2185: joint.
    Case(.lacWeeklyUnitCost, .authority("314 / 318"), 2018, marker: "joint_row"),
    // RO3 2024-25,E2801,E06000061,North Northamptonshire,UA,Y,TOTAL CHILDREN SOCIAL CARE,
    //     Total Expenditure (C3 = C1 + C2),99326
    //     2024-25,E2802,E06000062,West Northamptonshire,UA,Y,TOTAL CHILDREN SOCIAL CARE,
    //     Total Expenditure (C3 = C1 + C2),124556.32
    // (99,326 + 124,556.32) × 1000 ÷ (83,113 + 96,295) = 223,882,320 ÷ 179,408 = 1,247.89485...
    Case(.cscSpendPerChild, .authority("940 / 941"), 2024, 223_882_320 / 179_408),
    // RO3 2023-24,E4701,E08000032,Bradford,MD,[x],TOTAL CHILDREN SOCIAL CARE,
    //     Total Expenditure (C3 = C1 + C2),[x]  → not received.
    Case(.cscSpendPerChild, .authority("380"), 2023, marker: "[x]"),
    // RO3 2022-23,E4604,E08000028,Sandwell,MD,N,TOTAL CHILDREN SOCIAL CARE,
    //     Total Expenditure (C3 = C1 + C2),85621
    // ONS 2022,...,333,E08000028,Sandwell,85920 → 85,621,000 ÷ 85,920 = 996.52002...
    Case(.cscSpendPerChild, .authority("333"), 2022, 85_621_000 / 85_920),
    // RO3 2023-24,...,E09000021,Kingston Upon Thames,...,Total Expenditure (C3 = C1 + C2),37841
    //     2023-24,...,E09000027,Richmond upon Thames,...,Total Expenditure (C3 = C1 + C2),48062
    // ONS 2023,...,314,...,36769; 2023,...,318,...,44215
    // (37,841 + 48,062) × 1000 ÷ (36,769 + 44,215) = 85,903,000 ÷ 80,984 = 1,060.74039...
    Case(.cscSpendPerChild, .authority("314 / 318"), 2023, 85_903_000 / 80_984),
    // RO3 2024-25,E4604,E08000028,Sandwell,MD,Y,TOTAL CHILDREN SOCIAL CARE,
    //     agency staff cost memorandum item,0 → not reported (the trust's agency spend is not in
    //     the council's return).
    Case(.agencyCostPerAgencyFTE, .authority("333"), 2024, marker: "not_reported"),
    // RO3 2023-24,E5043,E09000021,Kingston Upon Thames,...,agency staff cost memorandum item,0
    //     2023-24,E5047,E09000027,Richmond upon Thames,...,agency staff cost memorandum item,-3102
    // Richmond's −£3.1m (and Kingston's 0) are not reported, so the joint row has no value.
    Case(.agencyCostPerAgencyFTE, .authority("314 / 318"), 2023, marker: "not_reported"),
    // RO3 2024-25,E2801,E06000061,...,agency staff cost memorandum item,12520
    //     2024-25,E2802,E06000062,...,agency staff cost memorandum item,334
    // Workforce 2024,...,940 / 941,...,North Northamptonshire / West Northamptonshire,
    //     agency_fte 123
    // (12,520 + 334) × 1000 ÷ 123 = 12,854,000 ÷ 123 = 104,504.06504...
    Case(.agencyCostPerAgencyFTE, .authority("940 / 941"), 2024, 12_854_000 / 123),
    // RO3 2024-25,E4701,E08000032,Bradford,...,agency staff cost memorandum item,19584
    // Workforce 2024,...,380,E08000032,Bradford,... agency_fte 186.7
    // 19,584,000 ÷ 186.7 = 104,895.55437...
    Case(.agencyCostPerAgencyFTE, .authority("380"), 2024, 19_584_000 / 186.7),
    // RO3 2023-24,E0304,E06000039,Slough UA,...,agency staff cost memorandum item,68
    // Workforce 2023,...,871,E06000039,Slough,... agency_fte 38.2 → 68,000 ÷ 38.2 = 1,780.10471...
    Case(.agencyCostPerAgencyFTE, .authority("871"), 2023, 68_000 / 38.2),
    // RO3 2024-25,E4703,E08000034,Kirklees,MD,Y,...,agency staff cost memorandum item,348
    // Workforce 2024,...,382,E08000034,Kirklees,... agency_fte 0 → 348,000 ÷ 0 is undefined.
    Case(.agencyCostPerAgencyFTE, .authority("382"), 2024, marker: "undefined"),
    // RO3 2023-24,E4601,E08000025,Birmingham,MD,[x],...,agency staff cost memorandum item,[x]
    Case(.agencyCostPerAgencyFTE, .authority("330"), 2023, marker: "[x]"),
  ]

  /// England and regions of the RO3 measures: sums over the reporting authorities, too many
  /// rows to add by hand; checked against the text oracle alone (and, when written, an
  /// independent Python sum: csc England FY2024-25 = 16,398,636,569.59 ÷ 11,790,982
  /// = 1,390.77785 over 148 authorities, 3 left out).
  static let totals: [(OfficialMeasure, Place, Int)] = [
    (.cscSpendPerChild, .england, 2024),
    (.cscSpendPerChild, .region("West Midlands"), 2024),
    (.agencyCostPerAgencyFTE, .england, 2024),
    (.agencyCostPerAgencyFTE, .region("London"), 2023),
    (.spendPerChild, .region("Inner London"), 2020),
  ]

  fileprivate static func oracle() throws -> FinanceOracle {
    FinanceOracle(tables: try RawFinanceTables.loaded.get())
  }

  fileprivate static func oracleValue(_ measure: OfficialMeasure, _ place: Place, _ year: Int)
    throws
    -> OracleValue
  {
    let oracle = try oracle()
    switch place {
    case .authority(let code): return oracle.authority(measure, code, year)
    case .england: return oracle.area(measure, "England", year)
    case .region(let name): return oracle.area(measure, name, year)
    }
  }

  static func loaded(_ measure: OfficialMeasure, _ place: Place, _ year: Int) throws -> AreaValue {
    let official = try BundledDataset.dataset().official
    let value: AreaValue? =
      switch place {
      case .authority(let code): official.authority(measure, code: code, year: year)
      case .england: official.england(measure, year: year)
      case .region(let name): official.region(measure, named: name, year: year)
      }
    return try #require(value)
  }

  static func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
  }

  @Test func theCasesSpanMeasuresAuthoritiesAndYears() {
    #expect(Self.cases.count >= 20)
    #expect(Set(Self.cases.map(\.measure)).count >= 5)
    #expect(Set(Self.cases.map(\.year)).count >= 5)
    #expect(Set(Self.cases.map(\.place.description)).count >= 8)
    #expect(Self.cases.contains { $0.place.description.contains("/") })
  }

  @Test(arguments: cases)
  func theRawTextGivesTheHandWorkedValue(expected: Case) throws {
    let oracle = try Self.oracleValue(expected.measure, expected.place, expected.year)
    if let number = expected.number {
      guard case .number(let computed) = oracle.value else {
        Issue.record("the oracle has no number: \(oracle.value)")
        return
      }
      #expect(Self.close(computed, number), "\(computed) ≠ \(number)")
    } else {
      #expect(oracle.value == .none(try #require(expected.marker)))
    }
  }

  @Test(arguments: cases)
  func theLoadedStatisticsAgreeWithTheRawText(expected: Case) throws {
    let oracle = try Self.oracleValue(expected.measure, expected.place, expected.year)
    let area = try Self.loaded(expected.measure, expected.place, expected.year)
    switch (oracle.value, area.value) {
    case (.number(let computed), .number(let loaded)):
      #expect(Self.close(computed, loaded), "\(loaded) ≠ \(computed)")
      if let numerator = oracle.numerator, let denominator = oracle.denominator {
        #expect(Self.close(try #require(area.numerator), numerator))
        #expect(Self.close(try #require(area.denominator), denominator))
      }
    case (.none(let reason), .suppressed(let marker)):
      #expect(marker.rawValue == reason)
    default:
      Issue.record("oracle \(oracle.value), loaded \(area.value)")
    }
    if case .authority(let code) = expected.place {
      #expect(area.code == code)
      #expect(area.memberCount == FinanceOracle.members(code).count)
      #expect(area.isJointRow == code.contains("/"))
    }
  }

  @Test(arguments: 0..<totals.count)
  func totalsOverReportingAuthoritiesAgreeWithTheRawText(index: Int) throws {
    let (measure, place, year) = Self.totals[index]
    let oracle = try Self.oracleValue(measure, place, year)
    let area = try Self.loaded(measure, place, year)
    guard case .number(let computed) = oracle.value, let loaded = area.value.number else {
      Issue.record("oracle \(oracle.value), loaded \(area.value)")
      return
    }
    #expect(Self.close(computed, loaded), "\(loaded) ≠ \(computed)")
    if let numerator = oracle.numerator, let denominator = oracle.denominator,
      measure.origin == .revenueOutturn
    {
      #expect(Self.close(try #require(area.numerator), numerator))
      #expect(Self.close(try #require(area.denominator), denominator))
    }
  }

  // RO3 Total Expenditure for FY2024-25 over the 151 units of 153 ONS authorities (940 / 941
  // and 314 / 318 joint): 148 have a value; Cumberland (E06000063), Birmingham (E08000025) and
  // Slough (E06000039) are `[x]` and counted as left out.
  @Test func englandCountsTheAuthoritiesItAddsUpAndLeavesOut() throws {
    let oracle = try Self.oracle()
    let units = oracle.units(year: 2024)
    let withValue = units.filter {
      if case .number = oracle.authority(.cscSpendPerChild, $0, 2024).value { return true }
      return false
    }
    let england = try Self.loaded(.cscSpendPerChild, .england, 2024)
    #expect(units.count == 151)
    #expect(withValue.count == 148)
    #expect(england.memberCount == withValue.count)
    #expect(england.leftOut == units.count - withValue.count)
  }

  // Sandwell's neighbours for spend per child, FY2024-25 (s251 C&YPExpenditure ÷ ONS 2024):
  // Wolverhampton 99,149,317 ÷ 68,405 = 1,449.45; Hull 109,755,163 ÷ 62,379 = 1,759.49;
  // Stoke-on-Trent 123,073,003 ÷ 62,520 = 1,968.54; Walsall 98,681,484 ÷ 71,799 = 1,374.41;
  // Rochdale 78,104,473 ÷ 58,087 = 1,344.61; Bradford 1,779.51 (above); Middlesbrough `-`
  // (C&YPExpenditure,...,2024-25,806,Middlesbrough,North East,-); Coventry 125,173,916 ÷ 83,561
  // = 1,497.99; Oldham 94,555,053 ÷ 64,069 = 1,475.83; Luton 71,751,938 ÷ 62,280 = 1,152.09.
  // Sorted nine: 1,152.09, 1,344.61, 1,374.41, 1,449.45, [1,475.83], 1,497.99, 1,759.49,
  // 1,779.51, 1,968.54 → median Oldham's 94,555,053 ÷ 64,069.
  @Test func sandwellsNeighbourMedianAgreesWithTheRawText() throws {
    let dataset = try BundledDataset.dataset()
    let comparison = try #require(
      OfficialComparison.compare(
        .spendPerChild, authority: "333", year: 2024, statistics: dataset.official,
        neighbours: dataset.neighbours))
    let oracle = try Self.oracle().neighbourNumbers(.spendPerChild, of: "333", year: 2024)
    let sorted = oracle.numbers.sorted()
    #expect(sorted.count == 9)
    #expect(oracle.withoutValue == 1)
    let median = sorted[4]
    #expect(Self.close(median, 94_555_053.0 / 64_069))
    #expect(comparison.neighbourCount == 9)
    #expect(comparison.neighboursSuppressed == 1)
    #expect(comparison.neighboursMissing == 0)
    #expect(Self.close(try #require(comparison.neighbourMedian), median))
    let mean = oracle.numbers.reduce(0, +) / Double(oracle.numbers.count)
    #expect(Self.close(try #require(comparison.neighbourMean), mean))
  }
}
