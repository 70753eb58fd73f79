/// A line of DfE's section 251 outturn as LAIT codes it.
public enum Section251Line: String, CaseIterable, Sendable {
  /// Children and young people's services, gross expenditure (excluding CERA), in £.
  case childrenAndYoungPeople = "C&YPExpenditure"
  /// Children looked after, gross, in £.
  case lookedAfter = "TotalLACFinance"
  /// Safeguarding children and young people's services, gross, in £.
  case safeguarding = "SafeguardingFinance"
  /// Family support services, gross, in £.
  case familySupport = "FamilySupportFinance"
  /// Other children's and families services, gross, in £.
  case otherChildrenAndFamily = "OtherChildren&FamilyFinance"
  /// Youth justice, gross, in £.
  case youthJustice = "YouthJusticeFinance"
  /// Services for young people, gross, in £.
  case youngPeople = "YoungPeopleFinance"
  /// Sure Start children's centres and early years, gross, in £.
  case sureStart = "SureStartFinance"
  /// Looked-after children's weekly unit cost, £ per child per week, rounded to £5.
  case lookedAfterUnitCost = "LACFinance"
  /// Social work and commissioning weekly unit cost, £ per child per week, rounded to £5.
  case socialWorkUnitCost = "SWFinance"
  /// Fostering weekly unit cost, £ per week.
  case fosteringUnitCost = "FosteringFinance"
  /// Residential care weekly unit cost, £ per week.
  case residentialUnitCost = "RescareFinance"
  /// Adoption weekly unit cost, £ per week.
  case adoptionUnitCost = "AdoptionFinance"

  /// The seven gross service lines whose re-booking the series-break rule looks for.
  public static let grossServiceLines: [Section251Line] = [
    .lookedAfter, .safeguarding, .familySupport, .otherChildrenAndFamily, .youthJustice,
    .youngPeople, .sureStart,
  ]

  /// Whether the line is a published unit cost (which cannot be summed over authorities).
  public var isUnitCost: Bool {
    switch self {
    case .lookedAfterUnitCost, .socialWorkUnitCost, .fosteringUnitCost, .residentialUnitCost,
      .adoptionUnitCost:
      true
    default: false
    }
  }

  /// The line's name in plain words, such as `safeguarding`.
  public var displayName: String {
    switch self {
    case .childrenAndYoungPeople: "children and young people's services (total)"
    case .lookedAfter: "children looked after"
    case .safeguarding: "safeguarding"
    case .familySupport: "family support"
    case .otherChildrenAndFamily: "other children's and families services"
    case .youthJustice: "youth justice"
    case .youngPeople: "services for young people"
    case .sureStart: "Sure Start and early years"
    case .lookedAfterUnitCost: "looked-after weekly unit cost"
    case .socialWorkUnitCost: "social work weekly unit cost"
    case .fosteringUnitCost: "fostering weekly unit cost"
    case .residentialUnitCost: "residential care weekly unit cost"
    case .adoptionUnitCost: "adoption weekly unit cost"
    }
  }
}
