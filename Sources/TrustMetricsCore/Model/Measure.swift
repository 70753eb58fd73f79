/// What a figure measures: one entry of the documented vocabulary (see the README's table).
public enum Measure: String, CaseIterable, Sendable {
  case agencyRate = "agency_rate"
  case agencyAndNewlyQualifiedRate = "agency_and_newly_qualified_rate"
  case vacancyRate = "vacancy_rate"
  case turnoverRate = "turnover_rate"
  case caseloadAverage = "caseload_average"
  case openCases = "open_cases"
  case childrenWithTwoOrMoreSocialWorkersRate = "children_with_two_or_more_social_workers_rate"
  case staffHeadcount = "staff_headcount"
  case staffFTE = "staff_fte"
  case grossBudget = "gross_budget"
  case overspend
  case insourcingOneOffCost = "insourcing_one_off_cost"
  case insourcingAnnualSaving = "insourcing_annual_saving"
  case trustCount = "trust_count"
  case councilCount = "council_count"
  case shareOfCouncils = "share_of_councils"
  case caseAuditRate = "case_audit_rate"
  case caseReviews = "case_reviews"
  case contractLength = "contract_length"
  case auditSpecialists = "audit_specialists"
  case escalatedCases = "escalated_cases"
  case auditRecommendations = "audit_recommendations"
  case councilsRunByTrusts = "councils_run_by_trusts"
  case trustsCreated = "trusts_created"
  case permanentManagerRate = "permanent_manager_rate"
  case staffTransferring = "staff_transferring"

  /// The unit every figure of this measure is written in.
  public var unit: FigureUnit {
    switch self {
    case .agencyRate, .agencyAndNewlyQualifiedRate, .vacancyRate, .turnoverRate,
      .childrenWithTwoOrMoreSocialWorkersRate, .shareOfCouncils, .caseAuditRate,
      .permanentManagerRate:
      .percent
    case .caseloadAverage: .casesPerWorker
    case .openCases, .staffHeadcount, .trustCount, .councilCount, .caseReviews,
      .auditSpecialists, .escalatedCases, .auditRecommendations, .councilsRunByTrusts,
      .trustsCreated, .staffTransferring:
      .count
    case .staffFTE: .fte
    case .grossBudget, .overspend, .insourcingOneOffCost, .insourcingAnnualSaving: .gbp
    case .contractLength: .years
    }
  }

  /// A one-line definition, as printed in the README's vocabulary table.
  public var definition: String {
    switch self {
    case .agencyRate:
      "Agency (locum) social workers as a share of all social workers: agency ÷ (agency + in post)."
    case .agencyAndNewlyQualifiedRate:
      "Agency and newly qualified social workers together as a share of the workforce."
    case .vacancyRate: "Vacant posts as a share of all posts: vacancies ÷ (vacancies + in post)."
    case .turnoverRate: "Leavers in the year as a share of social workers in post at 30 September."
    case .caseloadAverage: "Average cases per case-holding social worker (cases ÷ case-holder FTE)."
    case .openCases: "Open cases held by the service."
    case .childrenWithTwoOrMoreSocialWorkersRate:
      "Children who had two or more social workers in the last 12 months, as a share."
    case .staffHeadcount: "Staff, counted as people."
    case .staffFTE: "Staff, counted as full-time equivalents."
    case .grossBudget: "Children's services budget for the period, in pounds."
    case .overspend: "Spending above budget (outturn − budget), in pounds; a forecast is qualified."
    case .insourcingOneOffCost: "One-off cost of bringing services back in-house, in pounds."
    case .insourcingAnnualSaving: "Expected saving each year from bringing services in-house."
    case .trustCount: "Number of children's trusts or alternative delivery bodies."
    case .councilCount: "Number of councils."
    case .shareOfCouncils: "Councils of a kind as a share of all councils."
    case .caseAuditRate: "Audited cases given one grade, as a share of cases audited (grade in id)."
    case .caseReviews: "Number of cases reviewed or audited."
    case .contractLength: "Length of a service contract, in years."
    case .auditSpecialists: "Independent specialists commissioned to carry out an audit."
    case .escalatedCases: "Cases escalated during a review or audit."
    case .auditRecommendations: "Recommendations made by an audit."
    case .councilsRunByTrusts:
      "Councils whose children's services are run by a trust or company (of all councils)."
    case .trustsCreated: "Trusts created during the period (a span)."
    case .permanentManagerRate: "Team and service managers in permanent roles, as a share."
    case .staffTransferring: "Staff transferring from one body to another (a trust to its council)."
    }
  }

  /// Whether a lower or a higher value is better.
  public var polarity: Polarity {
    switch self {
    case .agencyRate, .agencyAndNewlyQualifiedRate, .vacancyRate, .turnoverRate, .caseloadAverage,
      .childrenWithTwoOrMoreSocialWorkersRate, .overspend:
      .lowIsGood
    default: .neutral
    }
  }

  /// Whether the measure describes the social-work workforce, aligned to the 30 September census.
  public var isWorkforce: Bool {
    switch self {
    case .agencyRate, .agencyAndNewlyQualifiedRate, .vacancyRate, .turnoverRate, .caseloadAverage,
      .staffHeadcount, .staffFTE:
      true
    default: false
    }
  }

  /// Whether the value is a share that must lie in 0–100.
  ///
  /// Turnover is a percentage too, but leavers can outnumber staff in post, so it has no upper
  /// bound.
  public var isBoundedShare: Bool { unit == .percent && self != .turnoverRate }

  /// Whether a negative value is meaningful (an underspend is a negative overspend).
  public var allowsNegative: Bool { self == .overspend }
}
