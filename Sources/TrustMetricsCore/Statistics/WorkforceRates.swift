/// Workforce rates computed from counts by DfE's definitions, and the published values beside
/// them.
///
/// Every rate is `nil` when its denominator is zero or when an input is negative or not finite,
/// so a result is never NaN or infinite. Percentages are scaled ×100 (52 for 52%).
public enum WorkforceRates {
  /// The agency rate.
  ///
  /// `agency ÷ (agency + inPost) × 100`, in percent; lies in 0–100.
  ///
  /// - Parameters:
  ///   - agency: Agency (locum) social workers, FTE.
  ///   - inPost: Social workers in post, FTE.
  /// - Returns: The rate, or `nil` when the denominator is 0 or an input is invalid.
  public static func agencyRate(agency: Double, inPost: Double) -> Double? {
    percent(agency, of: agency + inPost, inputs: [agency, inPost])
  }

  /// The vacancy rate.
  ///
  /// `vacancies ÷ (vacancies + inPost) × 100`, in percent; lies in 0–100.
  ///
  /// - Parameters:
  ///   - vacancies: Vacant posts, FTE.
  ///   - inPost: Social workers in post, FTE.
  /// - Returns: The rate, or `nil` when the denominator is 0 or an input is invalid.
  public static func vacancyRate(vacancies: Double, inPost: Double) -> Double? {
    percent(vacancies, of: vacancies + inPost, inputs: [vacancies, inPost])
  }

  /// The turnover rate.
  ///
  /// `leavers ÷ inPost × 100`, in percent, with `inPost` counted at 30 September; at least 0 and
  /// unbounded above (leavers can outnumber staff in post).
  ///
  /// - Parameters:
  ///   - leavers: Leavers in the year, FTE.
  ///   - inPost: Social workers in post at 30 September, FTE.
  /// - Returns: The rate, or `nil` when `inPost` is 0 or an input is invalid.
  public static func turnoverRate(leavers: Double, inPost: Double) -> Double? {
    percent(leavers, of: inPost, inputs: [leavers, inPost])
  }

  /// The average caseload.
  ///
  /// `cases ÷ caseHolders`, in cases per case-holding worker (FTE).
  ///
  /// - Parameters:
  ///   - cases: Cases held.
  ///   - caseHolders: Case-holding social workers, FTE.
  /// - Returns: The caseload, or `nil` when `caseHolders` is 0 or an input is invalid.
  public static func caseload(cases: Double, caseHolders: Double) -> Double? {
    quotient(cases, caseHolders, inputs: [cases, caseHolders])
  }

  /// A measure recomputed from a record's count columns.
  ///
  /// Agency uses `agency_fte` and `inpost_fte`; vacancy `vacancy_fte` and `inpost_fte`; turnover
  /// `leavers_fte` and `inpost_fte`; caseload `cases` and `case_holders_fte`.
  ///
  /// - Parameters:
  ///   - measure: The measure to recompute.
  ///   - record: The row whose counts are used.
  /// - Returns: The recomputed value, or `nil` when a count is suppressed or the denominator is 0.
  public static func recomputedRate(of measure: OfficialMeasure, in record: WorkforceRecord)
    -> Double?
  {
    func count(_ indicator: WorkforceIndicator) -> Double? { record[indicator].number }
    switch measure {
    case .agency:
      guard let agency = count(.agencyFTE), let inPost = count(.inPostFTE) else { return nil }
      return agencyRate(agency: agency, inPost: inPost)
    case .vacancy:
      guard let vacancies = count(.vacancyFTE), let inPost = count(.inPostFTE) else { return nil }
      return vacancyRate(vacancies: vacancies, inPost: inPost)
    case .turnover:
      guard let leavers = count(.leaversFTE), let inPost = count(.inPostFTE) else { return nil }
      return turnoverRate(leavers: leavers, inPost: inPost)
    case .caseload:
      guard let cases = count(.cases), let holders = count(.caseHoldersFTE) else { return nil }
      return caseload(cases: cases, caseHolders: holders)
    default:
      return nil
    }
  }

  /// The value DfE publishes for a measure in a record, number or marker.
  ///
  /// Reads `agency_rate_fte`, `vacancy_rate_fte`, `turnover_rate_fte` or `caseload_fte`.
  ///
  /// - Parameters:
  ///   - measure: The measure wanted.
  ///   - record: The row to read.
  /// - Returns: The published cell; a column absent from the file, or a finance measure (which
  ///   the workforce file does not hold), reads as not available.
  public static func publishedValue(of measure: OfficialMeasure, in record: WorkforceRecord)
    -> OfficialValue
  {
    guard let indicator = measure.publishedIndicator else { return .suppressed(.notAvailable) }
    return record[indicator]
  }

  private static func percent(_ part: Double, of whole: Double, inputs: [Double]) -> Double? {
    quotient(part, whole, inputs: inputs).map { $0 * 100 }
  }

  private static func quotient(_ numerator: Double, _ denominator: Double, inputs: [Double])
    -> Double?
  {
    guard inputs.allSatisfy({ $0.isFinite && $0 >= 0 }), denominator > 0 else { return nil }
    let result = numerator / denominator
    return result.isFinite ? result : nil
  }
}
