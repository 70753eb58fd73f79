import Foundation
import TrustMetricsCore

/// Rows copied verbatim from the bundled official finance files in `datasets/official/`.
///
/// Bradford (380), Worcestershire (885) and North and West Northamptonshire (940, 941), which
/// DfE's workforce file publishes as one row, `940 / 941`; financial years 2023-24 and 2024-25.
/// With Worcestershire Children First's £148.4m 2023-24 budget from the news, and the trusts of
/// Bradford and Northamptonshire.
enum FinanceSheetFixture {
  /// `s251_outturn_2016-17_to_2024-25.csv`.
  static let section251 = """
    measure,description,financial_year,la_code,area,region,value
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2023-24,380,Bradford,Yorkshire and The Humber,266506617
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2023-24,885,Worcestershire,West Midlands,139635466
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2023-24,940,North Northamptonshire,East Midlands,89889637
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2023-24,941,West Northamptonshire,East Midlands,111024810
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2024-25,380,Bradford,Yorkshire and The Humber,253549261
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2024-25,885,Worcestershire,West Midlands,140293921
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2024-25,940,North Northamptonshire,East Midlands,95523723
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2024-25,941,West Northamptonshire,East Midlands,118755822
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2024-25,970,England,,16012355892
    C&YPExpenditure,Children and Young People Budget (excluding CERA) - Gross,2024-25,982,Yorkshire and the Humber,,1628694479
    LACFinance,Looked after Children Finance,2023-24,380,Bradford,Yorkshire and The Humber,2045
    LACFinance,Looked after Children Finance,2023-24,885,Worcestershire,West Midlands,1800
    LACFinance,Looked after Children Finance,2023-24,940,North Northamptonshire,East Midlands,2010
    LACFinance,Looked after Children Finance,2023-24,941,West Northamptonshire,East Midlands,2075
    LACFinance,Looked after Children Finance,2024-25,380,Bradford,Yorkshire and The Humber,2310
    LACFinance,Looked after Children Finance,2024-25,885,Worcestershire,West Midlands,1855
    LACFinance,Looked after Children Finance,2024-25,940,North Northamptonshire,East Midlands,2015
    LACFinance,Looked after Children Finance,2024-25,941,West Northamptonshire,East Midlands,2410
    TotalLACFinance,Total Children Looked After (finance),2023-24,380,Bradford,Yorkshire and The Humber,158058343
    TotalLACFinance,Total Children Looked After (finance),2023-24,885,Worcestershire,West Midlands,97880181
    TotalLACFinance,Total Children Looked After (finance),2023-24,940,North Northamptonshire,East Midlands,55908484
    TotalLACFinance,Total Children Looked After (finance),2023-24,941,West Northamptonshire,East Midlands,70172267
    TotalLACFinance,Total Children Looked After (finance),2024-25,380,Bradford,Yorkshire and The Humber,164460799
    TotalLACFinance,Total Children Looked After (finance),2024-25,885,Worcestershire,West Midlands,100084930
    TotalLACFinance,Total Children Looked After (finance),2024-25,940,North Northamptonshire,East Midlands,59738301
    TotalLACFinance,Total Children Looked After (finance),2024-25,941,West Northamptonshire,East Midlands,75641488
    """

  /// `ro3_childrens_social_care_2022-23_to_2024-25.csv`.
  static let revenueOutturn = """
    financial_year,e_code,ons_code,la_name,class,certified,service_line,column,value_thousands
    2023-24,E4701,E08000032,Bradford,MD,[x],TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),[x]
    2023-24,E2801,E06000061,North Northamptonshire,UA,N,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),92893
    2023-24,E2802,E06000062,West Northamptonshire,UA,N,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),112733
    2023-24,E1821,E10000034,Worcestershire CC,SC,N,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),147901
    2023-24,E4701,E08000032,Bradford,MD,[x],TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,[x]
    2023-24,E2801,E06000061,North Northamptonshire,UA,N,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,1922
    2023-24,E2802,E06000062,West Northamptonshire,UA,N,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,0
    2023-24,E1821,E10000034,Worcestershire CC,SC,N,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,3531
    2024-25,E4701,E08000032,Bradford,MD,Y,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),262209
    2024-25,E2801,E06000061,North Northamptonshire,UA,Y,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),99326
    2024-25,E2802,E06000062,West Northamptonshire,UA,Y,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),124556.32
    2024-25,E1821,E10000034,Worcestershire CC,SC,Y,TOTAL CHILDREN SOCIAL CARE,Total Expenditure (C3 = C1 + C2),145616
    2024-25,E4701,E08000032,Bradford,MD,Y,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,19584
    2024-25,E2801,E06000061,North Northamptonshire,UA,Y,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,12520
    2024-25,E2802,E06000062,West Northamptonshire,UA,Y,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,334
    2024-25,E1821,E10000034,Worcestershire CC,SC,Y,TOTAL CHILDREN SOCIAL CARE,agency staff cost memorandum item,3931
    """

  /// `ons_mid_year_population_2012_to_2024.csv`.
  static let population = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,age_group,population_estimate
    2024,Reporting year,National,E92000001,England,,,,,,Children aged 0 to 17 years,12183016
    2024,Reporting year,Regional,E92000001,England,E12000003,Yorkshire and The Humber,,,,Children aged 0 to 17 years,1181103
    2024,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,380,E08000032,Bradford,Children aged 0 to 17 years,142483
    2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,940,E06000061,North Northamptonshire,Children aged 0 to 17 years,83113
    2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,941,E06000062,West Northamptonshire,Children aged 0 to 17 years,96295
    2024,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,885,E10000034,Worcestershire,Children aged 0 to 17 years,120119
    2023,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,380,E08000032,Bradford,Children aged 0 to 17 years,141374
    2023,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,940,E06000061,North Northamptonshire,Children aged 0 to 17 years,81494
    2023,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,941,E06000062,West Northamptonshire,Children aged 0 to 17 years,95133
    2023,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,885,E10000034,Worcestershire,Children aged 0 to 17 years,119662
    """

  /// `csww_indicators_2017_to_2025.csv`: time_period, region_name, old_la_code, la_name,
  /// agency_fte, agency_rate_fte.
  static let workforce: [(Int, String, String, String, Double, Double)] = [
    (2024, "Yorkshire and The Humber", "380", "Bradford", 186.7, 31.8),
    (
      2024, "East Midlands", "940 / 941", "North Northamptonshire / West Northamptonshire", 123,
      24.5
    ),
    (2024, "West Midlands", "885", "Worcestershire", 41.6, 13),
    (2023, "Yorkshire and The Humber", "380", "Bradford", 340.7, 49.9),
    (
      2023, "East Midlands", "940 / 941", "North Northamptonshire / West Northamptonshire", 123,
      26.7
    ),
    (2023, "West Midlands", "885", "Worcestershire", 33, 10.9),
  ]

  static let source = "news.txt"
  static let text = """
    Worcestershire Children First, whose gross expenditure budget for 2023-24 was £148.4m.
    """

  /// The rows of a CSV text without quoted fields, by header name.
  static func rows(_ text: String) -> [[String: String]] {
    let lines = text.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  /// A finance cell: a number or its marker.
  static func value(_ text: String?) -> OfficialValue {
    let text = text ?? ""
    if let number = Double(text) { return .number(number) }
    return .suppressed(SuppressionMarker.finance(text) ?? .blank)
  }

  /// `2023-24` as 2023.
  static func startYear(_ text: String?) -> Int {
    FinancialYear(parsing: text ?? "")?.startYear ?? 0
  }

  static var dataset: Dataset {
    let records = workforce.map { year, region, code, name, agencyFTE, agencyRate in
      WorkforceRecord(
        year: year, level: .localAuthority, regionName: region, laCode: code, name: name,
        values: [.agencyFTE: .number(agencyFTE), .agencyRateFTE: .number(agencyRate)], line: 1)
    }
    let statistics = WorkforceStatistics(records: records)
    let section251Records = rows(section251).enumerated().compactMap { index, row in
      Section251Line(rawValue: row["measure"] ?? "").map { line in
        Section251Record(
          line: line, year: startYear(row["financial_year"]), laCode: row["la_code"] ?? "",
          area: row["area"] ?? "", regionName: row["region"] ?? "", value: value(row["value"]),
          fileLine: index + 2)
      }
    }
    let outturnRecords = rows(revenueOutturn).enumerated().compactMap { index, row in
      RevenueOutturnRecord.Column(rawValue: row["column"] ?? "").map { column in
        RevenueOutturnRecord(
          year: startYear(row["financial_year"]), onsCode: row["ons_code"] ?? "",
          name: row["la_name"] ?? "", serviceLine: row["service_line"] ?? "", column: column,
          isCertified: row["certified"] == "[x]" ? nil : row["certified"] == "Y",
          thousands: value(row["value_thousands"]), fileLine: index + 2)
      }
    }
    let populationRecords = rows(population).enumerated().compactMap { index, row in
      GeographicLevel(rawValue: row["geographic_level"] ?? "").map { level in
        PopulationRecord(
          year: Int(row["time_period"] ?? "") ?? 0, level: level,
          regionName: row["region_name"] ?? "", laCode: row["old_la_code"] ?? "",
          onsCode: row["new_la_code"] ?? "",
          name: level == .national
            ? row["country_name"] ?? ""
            : level == .regional ? row["region_name"] ?? "" : row["la_name"] ?? "",
          children: value(row["population_estimate"]), fileLine: index + 2)
      }
    }
    let finance = FinanceStatistics(
      section251: section251Records, revenueOutturn: outturnRecords,
      population: populationRecords, workforce: statistics)
    let budgetQuote = "gross expenditure budget for 2023-24 was £148.4m"
    return Dataset(
      figures: [
        Figure(
          id: "wcf-gross-budget-fy2023-24", entity: "Worcestershire Children First",
          measure: .grossBudget, period: .financialYear(startYear: 2023), value: 148_400_000,
          qualifiers: [.forecast], provenance: Provenance(source: source, quote: budgetQuote))
      ],
      entities: [
        Entity(name: "England", kind: .country),
        Entity(name: "Worcestershire", kind: .council, laCode: "885", region: "West Midlands"),
        Entity(
          name: "Worcestershire Children First", kind: .trust, laCode: "885",
          region: "West Midlands", aliases: ["WCF"]),
        Entity(
          name: "Bradford Children and Families Trust", kind: .trust, laCode: "380",
          region: "Yorkshire and The Humber", aliases: ["BCFT"]),
        Entity(
          name: "Northamptonshire Children's Trust", kind: .trust, laCode: "940 / 941",
          region: "East Midlands", aliases: ["NCT"]),
      ],
      trusts: [
        TrustSpell(
          trust: "Northamptonshire Children's Trust", laCode: "940 / 941",
          from: PartialDate(year: 2020, month: 11), to: nil,
          provenance: Provenance(source: source, quote: "Worcestershire Children First")),
        TrustSpell(
          trust: "Bradford Children and Families Trust", laCode: "380",
          from: PartialDate(year: 2023), to: nil,
          provenance: Provenance(source: source, quote: "Worcestershire Children First")),
      ],
      sources: [
        SourceDocument(
          source: source, title: "Worcestershire Children First", publisher: "Example News",
          date: PartialDate(year: 2024, month: 10), url: "https://example.org/wcf")
      ],
      articles: [], sourceTexts: [source: text], workforce: statistics,
      neighbours: StatisticalNeighbours(neighboursByCode: [
        "380": ["885", "940"], "885": ["380"], "940": ["380", "885"],
      ]),
      finance: finance)
  }
}
