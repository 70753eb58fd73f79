/// A financial year, 1 April of `startYear` to 31 March of the next, written `FY2024-25`.
public struct FinancialYear: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The calendar year the financial year starts in (2024 for FY2024-25).
  public var startYear: Int

  /// Creates the financial year starting in April of `startYear`.
  public init(startYear: Int) { self.startYear = startYear }

  /// Reads `2024`, `FY2024-25` or the published form `2024-25`; the two-digit end must be the
  /// next year.
  ///
  /// `nil` when the text is none of those forms or lies outside 1900–2098.
  ///
  /// - Parameter text: The written year.
  public init?(parsing text: some StringProtocol) {
    var body = Substring(text)
    if body.hasPrefix("FY") { body = body.dropFirst(2) }
    let digits = body.utf8.filter { $0 != UInt8(ascii: "-") }
    guard digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
    let parts = body.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let start = Int(first),
      (1900...2098).contains(start)
    else { return nil }
    switch parts.count {
    case 1 where !text.hasPrefix("FY"): break
    case 2:
      guard parts[1].count == 2, Int(parts[1]) == (start + 1) % 100 else { return nil }
    default: return nil
    }
    self.init(startYear: start)
  }

  /// `FY2024-25`.
  public var description: String { "FY" + publishedForm }

  /// Financial years as one phrase, from the first start year to the last: `FY2016-17 to
  /// FY2024-25`, or `FY2024-25` for one year.
  ///
  /// - Parameter years: Start years, ascending.
  /// - Returns: The phrase, or `nil` when there are no years.
  public static func span(ofStartYears years: [Int]) -> String? {
    guard let first = years.first, let last = years.last else { return nil }
    let from = FinancialYear(startYear: first).description
    return first == last ? from : "\(from) to \(FinancialYear(startYear: last))"
  }

  /// `2024-25`, as DfE and MHCLG write the year.
  public var publishedForm: String {
    let end = (startYear + 1) % 100
    return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
  }

  public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool {
    lhs.startYear < rhs.startYear
  }
}
