import TrustMetricsCore
import XlsxWriter

/// An amount a finance measure is computed from, shown on a row of its own so that the
/// measure's cell can divide live: children aged 0–17, a section 251 line, RO3 totals, the agency
/// memorandum or agency FTE.
enum FinancePart: Hashable {
  /// ONS's mid-year estimate of children aged 0–17.
  case children
  /// A gross section 251 line, in £.
  case section251(Section251Line)
  /// RO3 TOTAL CHILDREN SOCIAL CARE total expenditure (C3), in £.
  case careTotal
  /// RO3 agency staff cost memorandum, in £.
  case agencyCost
  /// DfE's agency social workers (FTE) at the census of 30 September.
  case agencyFTE

  /// The parts a ratio measure divides and its scale: value = numerator ÷ denominator × scale;
  /// `nil` for a published unit cost.
  static func ratio(of measure: OfficialMeasure) -> (
    numerator: FinancePart, denominator: FinancePart, scale: Double
  )? {
    switch measure {
    case .spendPerChild, .lookedAfterSpendPerChild, .safeguardingSpendPerChild,
      .familySupportSpendPerChild:
      measure.section251Line.map { (.section251($0), .children, 1) }
    case .lookedAfterShare: (.section251(.lookedAfter), .section251(.childrenAndYoungPeople), 100)
    case .cscSpendPerChild: (.careTotal, .children, 1)
    case .agencyCostPerAgencyFTE: (.agencyCost, .agencyFTE, 1)
    default: nil
    }
  }

  /// The row's label.
  var label: String {
    switch self {
    case .children: "Children aged 0–17 (ONS)"
    case .section251(let line):
      switch line {
      case .childrenAndYoungPeople: "Total C&YP spend, s251 (£)"
      case .lookedAfter: "Looked-after spend, s251 (£)"
      case .safeguarding: "Safeguarding spend, s251 (£)"
      case .familySupport: "Family support spend, s251 (£)"
      default: "\(line.rawValue), s251 (£)"
      }
    case .careTotal: "Social care spend, RO3 C3 (£)"
    case .agencyCost: "Agency staff cost, RO3 (£)"
    case .agencyFTE: "Agency social workers (FTE)"
    }
  }

  /// Where the amount is published, for the notes on missing values: `s251
  /// C&YPExpenditure`, `RO3 children's social care C3`.
  var source: String {
    switch self {
    case .children: "ONS children aged 0–17"
    case .section251(let line): "s251 \(line.rawValue)"
    case .careTotal: "RO3 children's social care C3"
    case .agencyCost: "RO3 agency staff cost memorandum"
    case .agencyFTE: "DfE agency FTE"
    }
  }

  /// What the row holds, for the notes under the tables.
  var definition: String {
    switch self {
    case .children:
      "ONS's mid-year estimate of children aged 0–17, at the middle of the year the financial year starts"
    case .section251(let line):
      "DfE section 251 outturn \(line.rawValue): \(line.displayName), gross, in £"
    case .careTotal:
      "MHCLG RO3, TOTAL CHILDREN SOCIAL CARE, total expenditure (C3 = C1 + C2), £ thousand × 1,000"
    case .agencyCost:
      "MHCLG RO3 agency staff cost memorandum item (TOTAL CHILDREN SOCIAL CARE): what the council paid for all agency staff in children's social care, £ thousand × 1,000"
    case .agencyFTE:
      "DfE workforce census: agency social workers (FTE) at 30 September of the year the financial year starts"
    }
  }

  /// The cell style of its amounts.
  var style: CellStyle {
    switch self {
    case .children: FinanceStyles.count
    case .section251, .careTotal, .agencyCost: FinanceStyles.millions
    case .agencyFTE: FinanceStyles.fte
    }
  }

  /// Whether a joint row's amount is the sum of its authorities' (agency FTE is published for
  /// the joint row itself).
  var isSummedOverMembers: Bool { self != .agencyFTE }
}
