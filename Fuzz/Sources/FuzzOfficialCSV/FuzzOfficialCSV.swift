// libFuzzer target: DfE's workforce indicators loader, the statistical-neighbour model loader and
// the three finance loaders (section 251, RO3, ONS children), fed from memory, then every
// comparison the CLI can make over whatever loaded.
//
// Checks beyond "no crash": no NaN or infinity in a comparison or a finance value; every error
// message is one line.
import Foundation
import TrustMetricsCore
import TrustMetricsData

/// Set `TRUSTMETRICS_FUZZ_PLANTED_CRASH=1` to plant a heap overflow behind a loaded authority
/// whose code starts `99`: proof that the fuzzer reaches through the loader and that ASan reports.
private let isCrashPlanted =
  ProcessInfo.processInfo.environment["TRUSTMETRICS_FUZZ_PLANTED_CRASH"]
  == "1"

/// Barking and Dagenham (301) and its ten statistical neighbours in 2025, from the bundled file,
/// for fuzzing the neighbour model's loader.
private let neighbourWorkforce: WorkforceStatistics = {
  let text = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,starters_headcount,leavers_fte,leavers_headcount,turnover_rate_fte,turnover_rate_headcount,agency_fte,agency_headcount,agency_rate_fte,agency_rate_headcount,agency_cover_fte,agency_cover_rate_fte,vacancy_fte,vacancy_rate_fte,vacancy_agency_cover_rate_fte,case_holders_fte,cases,caseload_fte,working_days_lost_fte,absence_rate_fte
    2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,333,E08000028,Sandwell,269.9,281,45,45,30,33,11.1,11.7,29.6,30,9.9,9.6,25.8,87.1,25.8,8.7,100,164.5,2505,15.2,3342,4.9
    2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,336,E08000031,Wolverhampton,226.4,239,33.5,34,24.4,26,10.8,10.9,25,25,9.9,9.5,25,100,44,16.3,56.8,110.3,1521,13.8,2457.2,4.3
    2025,Reporting year,Local authority,E92000001,England,E12000006,East of England,821,E06000032,Luton,166.9,173,34,34,33.4,34,20,19.7,67.8,68,28.9,28.2,67.8,100,78,31.9,86.9,97.3,1336,13.7,602,1.4
    2025,Reporting year,Local authority,E92000001,England,E12000006,East of England,874,E06000031,Peterborough,177,182,61.5,62,17.1,19,9.7,10.4,39.8,41,18.4,18.4,29,72.9,38,17.7,76.3,101.9,1740,17.1,922.5,2.1
    2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,301,E09000002,Barking and Dagenham,229,229,40,40,34,34,14.8,14.8,42,42,15.5,15.5,33,78.6,53,18.8,62.3,120,1801,15,1409.5,2.4
    2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,304,E09000005,Brent,183.6,186,30.4,31,25.9,26,14.1,14,37,37,16.8,16.6,31,83.8,31,14.4,100,143.2,2259,15.8,1681,3.6
    2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,307,E09000009,Ealing,214,227,26.1,27,18.8,23,8.8,10.1,88.1,91,29.2,28.6,45,51.1,51,19.2,88.2,151.4,1926,12.7,1640.4,3
    2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,308,E09000010,Enfield,235.4,245,45.3,46,25.8,27,11,11,20.1,21,7.9,7.9,16,79.6,18,7.1,88.9,121.5,1463,12,1238,2.1
    2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,203,E09000011,Greenwich,239.8,249,36.3,37,20.5,21,8.5,8.4,25,25,9.4,9.1,25,100,33,12.1,75.8,152.3,1850,12.1,1708.6,2.8
    2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,312,E09000017,Hillingdon,181,184,44.4,45,28.2,30,15.6,16.3,18,18,9,8.9,14,77.8,109,37.6,12.8,94.5,1308,13.8,880,1.9
    2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,313,E09000018,Hounslow,158.4,163,27,27,21.3,22,13.4,13.5,23,23,12.7,12.4,13,56.5,34,17.7,38.2,90.3,1259,13.9,1228,3.1
    """
  do {
    return try WorkforceParser.parse(bytes: Array(text.utf8), file: "embedded")
  } catch {
    preconditionFailure("the embedded workforce rows do not load: \(error)")
  }
}()

/// Sandwell (333) and Slough (871) in FY2024-25 in each finance file, from the bundled files, to
/// join whichever finance file the input loads as.
private let embeddedSection251 = embedded {
  try Section251Parser.parse(
    bytes: Array(
      """
      measure,description,financial_year,la_code,area,region,value
      C&YPExpenditure,Gross,2024-25,970,England,,16012355892
      C&YPExpenditure,Gross,2024-25,333,Sandwell,West Midlands,106554313
      TotalLACFinance,Gross,2024-25,333,Sandwell,West Midlands,57798488
      LACFinance,Unit cost,2024-25,333,Sandwell,West Midlands,1360
      C&YPExpenditure,Gross,2024-25,871,Slough,South East,46083852

      """.utf8), file: "embedded")
}

private let embeddedRevenueOutturn = embedded {
  try RevenueOutturnParser.parse(
    bytes: Array(
      """
      financial_year,e_code,ons_code,la_name,class,certified,service_line,column,value_thousands
      2024-25,E4604,E08000028,Sandwell,MD,Y,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),140328
      2024-25,E4604,E08000028,Sandwell,MD,Y,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,0
      2024-25,E0304,E06000039,Slough UA,UA,[x],TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),[x]

      """.utf8), file: "embedded")
}

private let embeddedPopulation = embedded {
  try PopulationParser.parse(
    bytes: Array(
      """
      time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,age_group,population_estimate
      2024,Reporting year,National,E92000001,England,,,,,,Children aged 0 to 17 years,12183016
      2024,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,333,E08000028,Sandwell,Children aged 0 to 17 years,88593
      2024,Reporting year,Local authority,E92000001,England,E12000008,South East,871,E06000039,Slough,Children aged 0 to 17 years,46686

      """.utf8), file: "embedded")
}

/// Rows embedded in the target, which must load.
private func embedded<T>(_ load: () throws -> T) -> T {
  do {
    return try load()
  } catch {
    preconditionFailure("embedded rows do not load: \(error)")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOfficialCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
  var workforce: WorkforceStatistics?
  do {
    workforce = try WorkforceParser.parse(bytes: bytes, file: "csww.csv")
  } catch {
    checkOneLine(error.description)
  }
  let neighbours: StatisticalNeighbours
  do {
    neighbours = try NeighbourParser.parse(
      bytes: bytes, file: "sn.csv", workforce: workforce ?? neighbourWorkforce)
  } catch {
    checkOneLine(error.description)
    neighbours = StatisticalNeighbours(neighboursByCode: [:])
  }
  if let workforce { compareEverything(workforce, neighbours) }
  compareFinance(bytes, workforce: workforce ?? neighbourWorkforce, neighbours: neighbours)
  return 0
}

/// The input read as each finance file; when one loads, it joins the embedded others and every
/// finance measure is compared for every authority and year.
private func compareFinance(
  _ bytes: UnsafeBufferPointer<UInt8>, workforce: WorkforceStatistics,
  neighbours: StatisticalNeighbours
) {
  var section251: [Section251Record]?
  var revenueOutturn: [RevenueOutturnRecord]?
  var population: [PopulationRecord]?
  do { section251 = try Section251Parser.parse(bytes: bytes, file: "s251.csv") } catch {
    checkOneLine(error.description)
  }
  do { revenueOutturn = try RevenueOutturnParser.parse(bytes: bytes, file: "ro3.csv") } catch {
    checkOneLine(error.description)
  }
  do { population = try PopulationParser.parse(bytes: bytes, file: "ons.csv") } catch {
    checkOneLine(error.description)
  }
  guard section251 != nil || revenueOutturn != nil || population != nil else { return }
  let finance = FinanceStatistics(
    section251: section251 ?? embeddedSection251,
    revenueOutturn: revenueOutturn ?? embeddedRevenueOutturn,
    population: population ?? embeddedPopulation, workforce: workforce)
  let statistics = OfficialStatistics(workforce: workforce, finance: finance)
  for move in finance.breaks { precondition(!move.note.isEmpty, "a break without a note") }
  for measure in OfficialMeasure.finance {
    for year in statistics.years(of: measure) {
      var areas = statistics.authorities(measure, year: year)
      areas += [statistics.england(measure, year: year)].compactMap { $0 }
      for area in areas {
        if let number = area.value.number { precondition(number.isFinite, "a value not finite") }
      }
      for area in statistics.authorities(measure, year: year) {
        if isCrashPlanted { plantedCrash(area.code) }
        guard
          let row = OfficialComparison.compare(
            measure, authority: area.code, year: year, statistics: statistics,
            neighbours: neighbours)
        else { continue }
        for number in [row.neighbourMean, row.neighbourMedian].compactMap({ $0 }) {
          precondition(number.isFinite, "a neighbour summary is not finite")
        }
        if let rank = row.rank { precondition((1...row.rankedCount).contains(rank), "bad rank") }
      }
    }
  }
}

/// Every comparison and series the commands compute, for every authority and year loaded.
private func compareEverything(
  _ statistics: WorkforceStatistics, _ neighbours: StatisticalNeighbours
) {
  let codes = Set(statistics.records.filter { $0.level == .localAuthority }.map(\.laCode))
  for code in codes.sorted() {
    if isCrashPlanted { plantedCrash(code) }
    for measure in OfficialMeasure.workforce {
      let series = YearSeries(published: measure, authority: code, statistics: statistics)
      if let rate = series.compoundAnnualRate { precondition(rate.isFinite, "rate not finite") }
      for year in statistics.years {
        guard
          let row = OfficialComparison.compare(
            measure, authority: code, year: year,
            statistics: OfficialStatistics(workforce: statistics, finance: .empty),
            neighbours: neighbours)
        else { continue }
        for number in [row.neighbourMean, row.neighbourMedian].compactMap({ $0 }) {
          precondition(number.isFinite, "a neighbour summary is not finite")
        }
        if let rank = row.rank { precondition((1...row.rankedCount).contains(rank), "bad rank") }
      }
    }
  }
}

private func checkOneLine(_ message: String) {
  precondition(
    !message.utf8.contains(UInt8(ascii: "\n")) && !message.utf8.contains(UInt8(ascii: "\r")),
    "an error message spans several lines")
}

private func plantedCrash(_ code: String) {
  // One byte per condition, so each byte matched is new coverage the fuzzer can climb.
  let bytes = Array(code.utf8)
  guard bytes.count >= 2, bytes[0] == UInt8(ascii: "9"), bytes[1] == UInt8(ascii: "9") else {
    return
  }
  let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
  buffer[4] = 1  // Out of bounds on purpose: ASan reports a heap-buffer-overflow.
  buffer.deallocate()
}
