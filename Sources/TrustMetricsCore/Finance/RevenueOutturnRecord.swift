/// One value of MHCLG's revenue outturn for children's social care (RO3): an authority's service
/// line and column in one financial year, in £ thousand.
public struct RevenueOutturnRecord: Hashable, Sendable {
  /// The year the financial year starts (2024 for 2024-25).
  public var year: Int
  /// The authority's ONS code (`E06000039`), the join key to the other files' `new_la_code`.
  public var onsCode: String
  /// The authority's name as that year's return spells it.
  public var name: String
  /// The service line, such as `TOTAL CHILDREN SOCIAL CARE`.
  public var serviceLine: String
  /// The column.
  public var column: Column
  /// Whether the return was certified: `true` (Y), `false` (N), `nil` when not received.
  public var isCertified: Bool?
  /// The value in £ thousand, or the marker published.
  public var thousands: OfficialValue
  /// The 1-based line of the row in its file, for messages.
  public var fileLine: Int

  /// The service line holding the totals and the agency memorandum.
  public static let totalServiceLine = "TOTAL CHILDREN SOCIAL CARE"

  /// A column of the RO3 return.
  public enum Column: String, CaseIterable, Sendable {
    /// Total expenditure, C3 = C1 + C2.
    case totalExpenditure = "Total Expenditure (C3 = C1 + C2)"
    /// Total income, C6 = C4 + C5.
    case totalIncome = "Total Income (C6 = C4 + C5)"
    /// Net current expenditure, C7 = C3 − C6.
    case netCurrentExpenditure = "Net Current Expenditure (C7 = C3 - C6)"
    /// What the council paid for agency staff in children's social care (a memorandum item).
    case agencyStaffCost = "agency staff cost memorandum item"
  }

  /// Creates a record.
  public init(
    year: Int, onsCode: String, name: String, serviceLine: String, column: Column,
    isCertified: Bool?, thousands: OfficialValue, fileLine: Int
  ) {
    self.year = year
    self.onsCode = onsCode
    self.name = name
    self.serviceLine = serviceLine
    self.column = column
    self.isCertified = isCertified
    self.thousands = thousands
    self.fileLine = fileLine
  }
}
