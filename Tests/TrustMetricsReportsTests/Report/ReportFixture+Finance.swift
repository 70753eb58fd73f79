import TrustMetricsCore

/// The finance part of ``ReportFixture``: section 251 spend and ONS children for FY2018-19 to
/// FY2020-21 (years 2018–2020), chosen so every value is a round number of pounds per child.
///
/// Children aged 0–17, the same each year: Alpha (100) 50,000; Beta Borough (200) 40,000;
/// Other 101 20,000, 102 30,000, 103 40,000, 104 50,000; North 300,000; London 1,000,000;
/// England 10,000,000.
///
/// `C&YPExpenditure` (£m, 2018 / 2019 / 2020) and so spend per child (£):
///
/// | area | £m | £ per child |
/// | --- | --- | --- |
/// | Alpha | 50 / 55 / 60 | 1,000 / 1,100 / 1,200 |
/// | Beta Borough | `-` / 52 / 54 | – / 1,300 / 1,350 |
/// | Other 101 | 15 / 15.5 / 16 | 750 / 775 / 800 |
/// | Other 102 | 25.5 / 26.4 / 27 | 850 / 880 / 900 |
/// | Other 103 | 40 / 42 / 44 | 1,000 / 1,050 / 1,100 |
/// | Other 104 | 65 / 67.5 / 70 | 1,300 / 1,350 / 1,400 |
/// | North | 300 / 315 / 330 | 1,000 / 1,050 / 1,100 |
/// | London | 1,200 / 1,250 / 1,300 | 1,200 / 1,250 / 1,300 |
/// | England | 10,000 / 10,500 / 11,000 | 1,000 / 1,050 / 1,100 |
///
/// `SafeguardingFinance`: Alpha £10m / £2m / £11m (£200 / £40 / £220 per child), a possible
/// reclassification in 2019 and again in 2020 while the total moves 10% and 9%; the others
/// steady (101 £3m, 102 £4.5m, 103 £8m, 104 £12.5m, Beta `-` / £10m / £10m; North £60m,
/// London £250m, England £2,000m).
enum ReportFinanceFixture {
  static let years = [2018, 2019, 2020]

  /// (code, name, region, children, C&YP £ by year, safeguarding £ by year); `nil` is `-`.
  static let authorities: [(String, String, String, Double, [Double?], [Double?])] = [
    ("100", "Alpha", "North", 50_000, [50e6, 55e6, 60e6], [10e6, 2e6, 11e6]),
    ("200", "Beta Borough", "Inner London", 40_000, [nil, 52e6, 54e6], [nil, 10e6, 10e6]),
    ("101", "Other 101", "North", 20_000, [15e6, 15.5e6, 16e6], [3e6, 3e6, 3e6]),
    ("102", "Other 102", "North", 30_000, [25.5e6, 26.4e6, 27e6], [4.5e6, 4.5e6, 4.5e6]),
    ("103", "Other 103", "North", 40_000, [40e6, 42e6, 44e6], [8e6, 8e6, 8e6]),
    ("104", "Other 104", "North", 50_000, [65e6, 67.5e6, 70e6], [12.5e6, 12.5e6, 12.5e6]),
  ]

  /// (s251 code, name, children, C&YP £ by year, safeguarding £ by year) for England and regions.
  static let areas: [(String, String, Double, [Double], Double)] = [
    ("970", "England", 10_000_000, [10_000e6, 10_500e6, 11_000e6], 2_000e6),
    ("981", "North", 300_000, [300e6, 315e6, 330e6], 60e6),
    ("986", "London", 1_000_000, [1_200e6, 1_250e6, 1_300e6], 250e6),
  ]

  static func statistics(workforce: WorkforceStatistics) -> FinanceStatistics {
    var spend: [Section251Record] = []
    var population: [PopulationRecord] = []
    func value(_ number: Double?) -> OfficialValue {
      number.map(OfficialValue.number) ?? .suppressed(.noValue)
    }
    for (index, year) in years.enumerated() {
      for (code, name, region, children, total, safeguarding) in authorities {
        spend.append(
          Section251Record(
            line: .childrenAndYoungPeople, year: year, laCode: code, area: name,
            regionName: region, value: value(total[index]), fileLine: 0))
        spend.append(
          Section251Record(
            line: .safeguarding, year: year, laCode: code, area: name, regionName: region,
            value: value(safeguarding[index]), fileLine: 0))
        population.append(
          PopulationRecord(
            year: year, level: .localAuthority, regionName: region, laCode: code,
            onsCode: "E0900\(code)", name: name, children: .number(children), fileLine: 0))
      }
      for (code, name, children, total, safeguarding) in areas {
        spend.append(
          Section251Record(
            line: .childrenAndYoungPeople, year: year, laCode: code, area: name, regionName: "",
            value: .number(total[index]), fileLine: 0))
        spend.append(
          Section251Record(
            line: .safeguarding, year: year, laCode: code, area: name, regionName: "",
            value: .number(safeguarding), fileLine: 0))
        population.append(
          PopulationRecord(
            year: year, level: code == "970" ? .national : .regional,
            regionName: code == "970" ? "" : name, laCode: "", onsCode: "", name: name,
            children: .number(children), fileLine: 0))
      }
    }
    return FinanceStatistics(
      section251: spend, revenueOutturn: [], population: population, workforce: workforce)
  }
}
