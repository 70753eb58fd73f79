public import TrustMetricsCore

/// The date a text gives itself: the first full date (day, month and year) written on one of
/// its lines, such as a feed's `Wed, 06 Jul 2022 21:17:11 +0000`, a byline's `Monday, 3 March
/// 2025`, `October 2, 2018` or `2022-07-06`.
public struct TextDate: Hashable, Sendable {
  /// The date.
  public var date: PartialDate
  /// The 1-based line it is written on.
  public var line: Int

  /// Creates a text date.
  public init(date: PartialDate, line: Int) {
    self.date = date
    self.line = line
  }

  /// The first full date written in a text, line by line; a day that the month does not have
  /// ("31 June 2022") is no date.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The date and its line, or `nil` when no line holds a full date.
  public static func first(in text: String) -> TextDate? {
    // Multi-line literals: spaces are not matched, `\s` is.
    let dayFirst =
      #/
      (?i) \b (\d{1,2}) (?: st|nd|rd|th )? \s+
      ( jan(?:uary)? | feb(?:ruary)? | mar(?:ch)? | apr(?:il)? | may | june? | july?
        | aug(?:ust)? | sep(?:t|tember)? | oct(?:ober)? | nov(?:ember)? | dec(?:ember)? )
      \.? ,? \s+ ( (?:19|20) \d\d ) \b
      /#
    let monthFirst =
      #/
      (?i) \b
      ( jan(?:uary)? | feb(?:ruary)? | mar(?:ch)? | apr(?:il)? | may | june? | july?
        | aug(?:ust)? | sep(?:t|tember)? | oct(?:ober)? | nov(?:ember)? | dec(?:ember)? )
      \.? \s+ (\d{1,2}) (?: st|nd|rd|th )? , \s+ ( (?:19|20) \d\d ) \b
      /#
    let iso = #/\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/#
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var found: [(position: Substring.Index, date: PartialDate)] = []
      for match in line.matches(of: dayFirst) {
        let (_, day, name, year) = match.output
        if let date = Self.date(year: year, name: name, day: day) {
          found.append((match.range.lowerBound, date))
          break
        }
      }
      for match in line.matches(of: monthFirst) {
        let (_, name, day, year) = match.output
        if let date = Self.date(year: year, name: name, day: day) {
          found.append((match.range.lowerBound, date))
          break
        }
      }
      for match in line.matches(of: iso) {
        let (_, year, month, day) = match.output
        if let date = PartialDate(parsing: "\(year)-\(month)-\(day)"), date.day != nil {
          found.append((match.range.lowerBound, date))
          break
        }
      }
      if let first = found.min(by: { $0.position < $1.position }) {
        return TextDate(date: first.date, line: number + 1)
      }
    }
    return nil
  }

  /// The datelines of a text, in order: each full date written with its weekday before it
  /// (`Wed, 06 Jul 2022`, `Monday, 3 March 2025`) or a time of day after it (`6 July 2022
  /// 21:17`), as feeds and bylines stamp each article, with where each starts (UTF-8 bytes).
  ///
  /// - Parameter text: Any text, such as a feed of several articles.
  /// - Returns: The dates, their lines and their offsets.
  public static func datelines(in text: String) -> [(offset: Int, date: TextDate)] {
    let stamped =
      #/
      (?i) \b (?: (?: mon|tue|wed|thu|fri|sat|sun ) [a-z]* ,? \s+ )?
      (\d{1,2}) (?: st|nd|rd|th )? \s+
      ( jan(?:uary)? | feb(?:ruary)? | mar(?:ch)? | apr(?:il)? | may | june? | july?
        | aug(?:ust)? | sep(?:t|tember)? | oct(?:ober)? | nov(?:ember)? | dec(?:ember)? )
      \.? ,? \s+ ( (?:19|20) \d\d ) \b ( \s+ \d{1,2} : \d\d )?
      /#
    var result: [(offset: Int, date: TextDate)] = []
    var line = 1
    var counted = text.startIndex
    for match in text.matches(of: stamped) {
      let (whole, day, name, year, time) = match.output
      // A weekday before the day, or a time after the year.
      let hasWeekday = whole.first.map { !$0.isNumber } ?? false
      guard hasWeekday || time != nil,
        let date = Self.date(year: year, name: name, day: day)
      else { continue }
      line += text[counted..<match.range.lowerBound].reduce(0) { $1.isNewline ? $0 + 1 : $0 }
      counted = match.range.lowerBound
      let offset = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
      result.append((offset, TextDate(date: date, line: line)))
    }
    return result
  }

  /// The three-letter month names, in order.
  static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// A full date from its written parts, `nil` when the month has no such day.
  static func date(year: Substring, name: Substring, day: Substring) -> PartialDate? {
    guard let month = months.firstIndex(of: String(name.lowercased().prefix(3))) else { return nil }
    let dayText = day.count == 1 ? "0" + day : String(day)
    let monthText = month < 9 ? "0\(month + 1)" : "\(month + 1)"
    return PartialDate(parsing: "\(year)-\(monthText)-\(dayText)")
  }
}
