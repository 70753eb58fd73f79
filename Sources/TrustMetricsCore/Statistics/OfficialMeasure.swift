/// A measure the official statistics give for every authority: one of DfE's four social-work
/// workforce rates (census at 30 September) or a finance measure from DfE's section 251 outturn
/// or MHCLG's RO3 return (financial years, April to March).
///
/// One vocabulary: comparisons, series, ranks and charts take any case. The raw value is the
/// name `--measure` takes and JSON writes.
public enum OfficialMeasure: String, CaseIterable, Sendable {
  /// Agency rate: agency FTE ÷ (agency FTE + in-post FTE) × 100, in percent.
  case agency
  /// Vacancy rate: vacancy FTE ÷ (vacancy FTE + in-post FTE) × 100, in percent.
  case vacancy
  /// Turnover rate: leavers FTE ÷ in-post FTE at 30 September × 100, in percent.
  case turnover
  /// Average caseload: cases ÷ case-holder FTE, in cases per worker.
  case caseload
  /// s251 `C&YPExpenditure` ÷ children aged 0–17 (ONS mid-year of the year the financial year
  /// starts), in £ per child.
  case spendPerChild = "spend_per_child"
  /// s251 `TotalLACFinance` ÷ children aged 0–17, in £ per child.
  case lookedAfterSpendPerChild = "looked_after_spend_per_child"
  /// s251 `SafeguardingFinance` ÷ children aged 0–17, in £ per child.
  case safeguardingSpendPerChild = "safeguarding_spend_per_child"
  /// s251 `FamilySupportFinance` ÷ children aged 0–17, in £ per child.
  case familySupportSpendPerChild = "family_support_spend_per_child"
  /// s251 `TotalLACFinance` ÷ `C&YPExpenditure` × 100, in percent.
  case lookedAfterShare = "looked_after_share"
  /// s251 `LACFinance` as published: looked-after children's weekly unit cost, £ per week.
  case lacWeeklyUnitCost = "lac_weekly_unit_cost"
  /// s251 `SWFinance` as published: social work's weekly unit cost, £ per week.
  case socialWorkWeeklyUnitCost = "social_work_weekly_unit_cost"
  /// RO3 TOTAL CHILDREN SOCIAL CARE total expenditure (C3, £ thousand × 1000) ÷ children aged
  /// 0–17, in £ per child.
  case cscSpendPerChild = "csc_spend_per_child"
  /// An indicator: RO3 agency staff cost memorandum (£ thousand × 1000) for financial year
  /// Y-(Y+1) ÷ DfE agency social worker FTE at the census of 30 September Y, in £ per FTE.
  case agencyCostPerAgencyFTE = "agency_cost_per_agency_fte"

  /// The four workforce rates, the default of commands given no `--measure`.
  public static let workforce: [OfficialMeasure] = [.agency, .vacancy, .turnover, .caseload]

  /// The finance measures, in the order reports and sheets show them.
  public static let finance: [OfficialMeasure] = [
    .spendPerChild, .lookedAfterSpendPerChild, .safeguardingSpendPerChild,
    .familySupportSpendPerChild, .lookedAfterShare, .lacWeeklyUnitCost, .socialWorkWeeklyUnitCost,
    .cscSpendPerChild, .agencyCostPerAgencyFTE,
  ]

  /// Creates the workforce measure a figure measure corresponds to, or `nil` when the measure is
  /// not one of the four rates.
  ///
  /// - Parameter measure: A figure measure such as ``Measure/agencyRate``.
  public init?(_ measure: Measure) {
    guard let found = OfficialMeasure.workforce.first(where: { $0.measure == measure }) else {
      return nil
    }
    self = found
  }

  /// Where the values come from.
  public var origin: Origin {
    switch self {
    case .agency, .vacancy, .turnover, .caseload: .workforceCensus
    case .spendPerChild, .lookedAfterSpendPerChild, .safeguardingSpendPerChild,
      .familySupportSpendPerChild, .lookedAfterShare, .lacWeeklyUnitCost,
      .socialWorkWeeklyUnitCost:
      .section251
    case .cscSpendPerChild, .agencyCostPerAgencyFTE: .revenueOutturn
    }
  }

  /// Where an official measure's values come from.
  public enum Origin: Sendable {
    /// DfE's children's social work workforce census, 30 September each year.
    case workforceCensus
    /// DfE's section 251 outturn, financial years.
    case section251
    /// MHCLG's revenue outturn (RO3), financial years.
    case revenueOutturn
  }

  /// Whether the measure's periods are financial years (April to March) rather than census years.
  public var isFinance: Bool { origin != .workforceCensus }

  /// The figure measure with the same definition, for the four workforce rates.
  public var measure: Measure? {
    switch self {
    case .agency: .agencyRate
    case .vacancy: .vacancyRate
    case .turnover: .turnoverRate
    case .caseload: .caseloadAverage
    default: nil
    }
  }

  /// Whether a lower or a higher value is better: lower for the workforce rates; neutral for
  /// spend, which has no better direction (LAIT shows finance without polarity).
  public var polarity: Polarity { isFinance ? .neutral : .lowIsGood }

  /// The order ranks and quartile bands use: ascending for every measure (rank 1 = the lowest
  /// value; band A = the lowest quarter).
  public var rankingPolarity: Polarity { .lowIsGood }

  /// The unit of the value.
  public var unit: FigureUnit {
    switch self {
    case .agency, .vacancy, .turnover, .lookedAfterShare: .percent
    case .caseload: .casesPerWorker
    case .spendPerChild, .lookedAfterSpendPerChild, .safeguardingSpendPerChild,
      .familySupportSpendPerChild, .cscSpendPerChild:
      .gbpPerChild
    case .lacWeeklyUnitCost, .socialWorkWeeklyUnitCost: .gbpPerWeek
    case .agencyCostPerAgencyFTE: .gbpPerFTE
    }
  }

  /// The column DfE publishes the value in, on the FTE basis; `nil` for finance measures.
  public var publishedIndicator: WorkforceIndicator? {
    switch self {
    case .agency: .agencyRateFTE
    case .vacancy: .vacancyRateFTE
    case .turnover: .turnoverRateFTE
    case .caseload: .caseloadFTE
    default: nil
    }
  }

  /// A short name for headings, such as `Agency rate` or `Spend per child`.
  public var displayName: String {
    switch self {
    case .agency: "Agency rate"
    case .vacancy: "Vacancy rate"
    case .turnover: "Turnover rate"
    case .caseload: "Average caseload"
    case .spendPerChild: "Spend per child"
    case .lookedAfterSpendPerChild: "Looked-after spend per child"
    case .safeguardingSpendPerChild: "Safeguarding spend per child"
    case .familySupportSpendPerChild: "Family support spend per child"
    case .lookedAfterShare: "Looked-after share of spend"
    case .lacWeeklyUnitCost: "Looked-after weekly unit cost"
    case .socialWorkWeeklyUnitCost: "Social work weekly unit cost"
    case .cscSpendPerChild: "Children's social care spend per child"
    case .agencyCostPerAgencyFTE: "Agency cost per agency FTE (indicator)"
    }
  }

  /// What the value means, with its sources, for notes and `--help`.
  public var definition: String {
    switch self {
    case .agency: "agency FTE ÷ (agency + in post) × 100 (DfE workforce census)"
    case .vacancy: "vacancy FTE ÷ (vacancies + in post) × 100 (DfE workforce census)"
    case .turnover: "leavers FTE ÷ in post at 30 September × 100 (DfE workforce census)"
    case .caseload: "cases ÷ case-holder FTE (DfE workforce census)"
    case .spendPerChild:
      "children and young people's services gross spend (s251 C&YPExpenditure) ÷ children aged 0–17 (ONS mid-year)"
    case .lookedAfterSpendPerChild:
      "children looked after gross spend (s251 TotalLACFinance) ÷ children aged 0–17 (ONS mid-year)"
    case .safeguardingSpendPerChild:
      "safeguarding gross spend (s251 SafeguardingFinance) ÷ children aged 0–17 (ONS mid-year)"
    case .familySupportSpendPerChild:
      "family support gross spend (s251 FamilySupportFinance) ÷ children aged 0–17 (ONS mid-year)"
    case .lookedAfterShare:
      "children looked after spend ÷ children and young people's services spend × 100 (s251)"
    case .lacWeeklyUnitCost:
      "looked-after children's weekly unit cost as DfE publishes it (s251 LACFinance)"
    case .socialWorkWeeklyUnitCost:
      "social work and commissioning weekly unit cost as DfE publishes it (s251 SWFinance)"
    case .cscSpendPerChild:
      "children's social care total expenditure (MHCLG RO3 C3) ÷ children aged 0–17 (ONS mid-year)"
    case .agencyCostPerAgencyFTE:
      "an indicator: what the council paid for all agency staff in children's social care (RO3 memorandum) ÷ agency social workers (FTE) at the 30 September census in that financial year"
    }
  }

  /// The unit as printed after a value: `%`, `cases`, `£ per child`, `£ per week`, `£ per FTE`.
  public var unitLabel: String { unit.label }

  /// What a change in the value is counted in: `percentage points`, `cases` or the money unit.
  public var changeUnitLabel: String {
    switch unit {
    case .percent: "percentage points"
    case .casesPerWorker: "cases"
    default: unit.label
    }
  }

  /// Places a value is shown to: one for the rates and shares, none for money.
  public var decimalPlaces: Int { unit.isMoneyRate ? 0 : 1 }

  /// Whether the value is a share that must lie in 0–100 (agency and vacancy rates).
  public var isBoundedShare: Bool { measure?.isBoundedShare ?? false }

  /// A period of the measure as text: `2025` for a census year, `FY2024-25` for a financial
  /// year starting in 2024.
  ///
  /// - Parameter year: The census year, or the year the financial year starts.
  /// - Returns: The period as written.
  public func periodText(_ year: Int) -> String {
    isFinance ? FinancialYear(startYear: year).description : String(year)
  }
}
