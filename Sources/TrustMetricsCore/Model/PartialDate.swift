/// A date given to the precision a source states it: a year, a month or a day.
///
/// Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A precision the source does not give is never
/// filled in.
public struct PartialDate: Hashable, Sendable, Comparable {
  /// The year.
  public var year: Int
  /// The month 1–12, when stated.
  public var month: Int?
  /// The day of the month, when stated (only with a month).
  public var day: Int?

  /// Creates a partial date; `day` requires `month`.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  ///
  /// Fails when the text is not one of the three forms or names an impossible month or day.
  ///
  /// - Parameter text: The date as written.
  public init?(parsing text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
      let year = Int(parts[0])
    else { return nil }
    let month = parts.count > 1 ? Int(parts[1]) : nil
    let day = parts.count > 2 ? Int(parts[2]) : nil
    if let month, !(1...12).contains(month) { return nil }
    if let day, let month {
      let lengths = [
        31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30,
        31, 30, 31, 31, 30, 31, 30, 31,
      ]
      guard (1...lengths[month - 1]).contains(day) else { return nil }
    }
    self.init(year: year, month: month, day: day)
  }

  /// Orders by year, then month, then day; a missing part sorts first.
  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  /// The last DfE reporting year whose 30 September census falls before this date.
  ///
  /// A trust that took over in November 2018 was first counted in the 2019 census, so the last
  /// census before it is 2018; one that took over in April 2018 (or in 2018, month unknown) has
  /// 2017 as the last census wholly before it.
  public var lastCensusYearBefore: Int {
    guard let month else { return year - 1 }
    if month > 9 || (month == 9 && (day ?? 1) > 30) { return year }
    return year - 1
  }

  /// The start year of the last financial year (1 April to 31 March) that ended before this
  /// date: a start in April 2018 or later in 2018 gives 2017 (FY2017-18); January to March 2018
  /// gives 2016; a year alone counts as January, the earliest it can be.
  public var lastFinancialYearBefore: Int {
    guard let month, month >= 4 else { return year - 2 }
    return year - 1
  }
}

extension PartialDate: CustomStringConvertible {
  /// The date in its written form, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public var description: String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var text = String(year)
    if let month { text += "-" + two(month) }
    if let day { text += "-" + two(day) }
    return text
  }
}
