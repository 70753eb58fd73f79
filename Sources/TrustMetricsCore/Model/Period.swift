/// When a figure applies: a year, a financial year, a month or a span of years.
///
/// Written forms (nothing else parses): `2017` (a year; for workforce measures the DfE reporting
/// year whose census is 30 September 2017), `FY2022-23` (April 2022 to March 2023), `2021-09`
/// (a month) and `2014..2020` (a span of years, inclusive).
public enum Period: Hashable, Sendable {
  /// A calendar year, or the DfE reporting year ending at the 30 September census of that year.
  case year(Int)
  /// A financial year from 1 April of `startYear` to 31 March of the next year.
  case financialYear(startYear: Int)
  /// A calendar month.
  case month(year: Int, month: Int)
  /// An inclusive span of years, `from` before `to`.
  case span(from: Int, to: Int)

  /// Parses a period as written in the datasets.
  ///
  /// A `YYYY-MM` text whose two digits are also the next year's (`2011-12`) could be December 2011
  /// or the financial year 2011-12, so it is rejected as ambiguous: write `FY2011-12` for the
  /// financial year. Years lie in 1900–2099.
  ///
  /// Fails when the text is not one of the four forms.
  ///
  /// - Parameter text: The period as written, such as `FY2022-23`.
  public init?(parsing text: some StringProtocol) {
    let bytes = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    switch bytes.count {
    case 4:
      guard let year = number(0..<4), Period.isPlausible(year) else { return nil }
      self = .year(year)
    case 7 where bytes[4] == UInt8(ascii: "-"):
      guard let year = number(0..<4), let month = number(5..<7), Period.isPlausible(year),
        (1...12).contains(month), month != (year + 1) % 100
      else { return nil }
      self = .month(year: year, month: month)
    case 9
    where bytes[0] == UInt8(ascii: "F") && bytes[1] == UInt8(ascii: "Y")
      && bytes[6] == UInt8(ascii: "-"):
      guard let start = number(2..<6), let end = number(7..<9), Period.isPlausible(start),
        end == (start + 1) % 100
      else { return nil }
      self = .financialYear(startYear: start)
    case 10 where bytes[4] == UInt8(ascii: ".") && bytes[5] == UInt8(ascii: "."):
      guard let from = number(0..<4), let to = number(6..<10), Period.isPlausible(from),
        Period.isPlausible(to), from < to
      else { return nil }
      self = .span(from: from, to: to)
    default:
      return nil
    }
  }

  private static func isPlausible(_ year: Int) -> Bool { (1900...2099).contains(year) }

  /// The DfE reporting year whose 30 September census this period maps to.
  ///
  /// A year is its own reporting year; a month from April to September maps to the coming
  /// census (September of the same year), October to March to the previous one; a financial year
  /// FY2021-22 contains the September 2021 census; a span maps to its last year.
  public var censusYear: Int {
    switch self {
    case .year(let year): year
    case .month(let year, let month): month >= 4 ? year : year - 1
    case .financialYear(let start): start
    case .span(_, let to): to
    }
  }

  /// The first calendar year the period touches, for sorting.
  public var startYear: Int {
    switch self {
    case .year(let year), .month(let year, _), .financialYear(let year), .span(let year, _): year
    }
  }
}

extension Period: CustomStringConvertible {
  /// The period in its written form, such as `FY2022-23`.
  public var description: String {
    switch self {
    case .year(let year): return String(year)
    case .month(let year, let month): return "\(year)-\(month < 10 ? "0" : "")\(month)"
    case .financialYear(let start):
      let end = (start + 1) % 100
      return "FY\(start)-\(end < 10 ? "0" : "")\(end)"
    case .span(let from, let to): return "\(from)..\(to)"
    }
  }
}

extension Period: Comparable {
  /// Orders periods by their start, then by kind and extent.
  public static func < (lhs: Period, rhs: Period) -> Bool {
    func key(_ period: Period) -> (Int, Int, Int) {
      switch period {
      case .year(let year): (year, 0, 0)
      case .month(let year, let month): (year, 1, month)
      case .financialYear(let start): (start, 2, 0)
      case .span(let from, let to): (from, 3, to)
      }
    }
    return key(lhs) < key(rhs)
  }
}
