import Foundation
import TrustMetricsCore

extension ExtractionDocument {
  /// A date written with a month: the offset of its year, the year and the month.
  typealias MonthDate = (offset: Int, start: Int, year: Int, month: Int)

  /// The financial year (April to March) holding a month, as `FY2023-24`.
  static func financialYear(startingIn year: Int) -> String {
    "FY\(year)-" + String(format: "%02d", (year + 1) % 100)
  }

  static func monthPeriod(year: Int, month: Int) -> String {
    "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
  }

  /// Dates with a month: "March 2018", "30 September 2016", "September 30 2018",
  /// "Oct 30, 2023", "Wednesday, March 6, 2024".
  static func findMonthDates(numbers: [WrittenNumber], lower: [UInt8]) -> [MonthDate] {
    var result: [MonthDate] = []
    for number in numbers where number.isYear && number.upperValue == nil {
      let start = number.utf8Offsets.lowerBound
      let window = String(decoding: lower[max(0, start - 18)..<start], as: UTF8.self)
      // The month nearest the year: the last one named in the window.
      var best: (month: Int, at: Int)?
      for (index, month) in months.enumerated() {
        for name in [
          month, String(month.prefix(3)) + " ", String(month.prefix(3)) + ",",
          String(month.prefix(3)) + ".", index == 8 ? "sept " : month,
        ] {
          if let range = window.range(of: name, options: .backwards) {
            let at = window.utf8.distance(from: window.utf8.startIndex, to: range.lowerBound)
            if best == nil || at > (best?.at ?? 0) { best = (index + 1, at) }
          }
        }
      }
      if let best {
        let year = Int("\(number.value)") ?? 0
        let monthStart = start - (window.utf8.count - best.at)
        result.append((start, monthStart, year, best.month))
      }
    }
    return result
  }

  /// The article's date from its opening lines: the first date with a month in the first 400
  /// bytes, or "23 Aug 18" (a two-digit year after a month's short name).
  static func openingDate(dates: [MonthDate], numbers: [WrittenNumber], lower: [UInt8])
    -> PartialDate?
  {
    if let first = dates.first(where: { $0.offset < 400 }) {
      return PartialDate(year: first.year, month: first.month)
    }
    for number in numbers where number.utf8Offsets.lowerBound < 400 && !number.isYear {
      let start = number.utf8Offsets.lowerBound
      guard number.text.utf8.count == 2, start >= 5 else { continue }
      let before = String(decoding: lower[(start - 5)..<start], as: UTF8.self)
      for (index, month) in months.enumerated() where before.hasSuffix(" " + month.prefix(3) + " ")
      {
        let year = 2000 + (Int("\(number.value)") ?? 0)
        return PartialDate(year: year, month: index + 1)
      }
    }
    return nil
  }

  /// Every period the text states, in text order: years, months, financial years
  /// (`2024/25`, `2023-24`, `2015/2016`), spans ("between 2015 and 2019", "2014-20", "since
  /// 2011"), and words relative to the article's date ("last year", "this financial year",
  /// "currently", "last month").
  static func findPeriods(
    numbers: [WrittenNumber], bytes: [UInt8], lower: [UInt8], dates: [MonthDate],
    lineStarts: [Int], published: PartialDate?
  ) -> [PeriodMention] {
    func has(_ word: String, at offset: Int) -> Bool {
      let needle = Array(word.utf8)
      guard offset >= 0, offset + needle.count <= lower.count else { return false }
      return lower[offset..<offset + needle.count].elementsEqual(needle)
    }
    func digits(at offset: Int) -> (value: Int, count: Int) {
      var value = 0
      var count = 0
      while offset + count < bytes.count, (48...57).contains(bytes[offset + count]) {
        value = value * 10 + Int(bytes[offset + count] - 48)
        count += 1
      }
      return (value, count)
    }
    var result: [PeriodMention] = []
    let years = numbers.filter(\.isYear)
    var skip: Set<Int> = []
    for (index, number) in years.enumerated() where !skip.contains(index) {
      let start = number.utf8Offsets.lowerBound
      var end = number.utf8Offsets.upperBound
      let year = Int("\(number.value)") ?? 0
      if let upper = number.upperValue {
        let last = Int("\(upper)") ?? 0
        let period = last == year + 1 ? financialYear(startingIn: year) : "\(year)..\(last)"
        result.append(PeriodMention(range: start..<end, period: period))
        continue
      }
      // "2024/25", "2015/2016": a financial year.
      if end < bytes.count, bytes[end] == 47 {
        let (second, count) = digits(at: end + 1)
        if (count == 2 && second == (year + 1) % 100) || (count == 4 && second == year + 1) {
          end += 1 + count
          result.append(PeriodMention(range: start..<end, period: financialYear(startingIn: year)))
          continue
        }
      }
      // "between 2015 and 2019", "from 2015 to 2019": a span.
      if index + 1 < years.count, years[index + 1].upperValue == nil {
        let next = years[index + 1]
        let gap = String(decoding: lower[end..<next.utf8Offsets.lowerBound], as: UTF8.self)
        let opened =
          start >= 8 && has("between ", at: start - 8) || start >= 5 && has("from ", at: start - 5)
        if opened, gap == " and " || gap == " to " || gap == " until " {
          let last = Int("\(next.value)") ?? 0
          if last > year {
            skip.insert(index + 1)
            result.append(
              PeriodMention(range: start..<next.utf8Offsets.upperBound, period: "\(year)..\(last)"))
            continue
          }
        }
      }
      if start >= 6, has("since ", at: start - 6), let published, published.year > year {
        result.append(PeriodMention(range: start..<end, period: "\(year)..\(published.year)"))
        continue
      }
      if let date = dates.first(where: { $0.offset == start }) {
        result.append(
          PeriodMention(
            range: date.start..<end, period: monthPeriod(year: date.year, month: date.month)))
        continue
      }
      result.append(PeriodMention(range: start..<end, period: "\(year)"))
    }
    if let published {
      result += relativePeriods(lower: lower, published: published)
    }
    return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Words that date a figure against the article's date.
  static func relativePeriods(lower: [UInt8], published: PartialDate) -> [PeriodMention] {
    let year = published.year
    let fiscalStart: Int? = published.month.map { $0 >= 4 ? year : year - 1 }
    var phrases: [(String, String)] = [
      ("last year", "\(year - 1)"), ("this year", "\(year)"), ("next year", "\(year + 1)"),
    ]
    // For money, a year is a financial year: the last one ended, the current one, the next.
    var moneyYears: [String: String] = [:]
    if let fiscalStart {
      moneyYears = [
        "last year": financialYear(startingIn: fiscalStart - 1),
        "this year": financialYear(startingIn: fiscalStart),
        "next year": financialYear(startingIn: fiscalStart + 1),
        "the coming year": financialYear(startingIn: fiscalStart + 1),
      ]
      phrases.append(("the coming year", "\(year + 1)"))
    }
    if let fiscalStart {
      phrases += [
        ("last financial year", financialYear(startingIn: fiscalStart - 1)),
        ("previous financial year", financialYear(startingIn: fiscalStart - 1)),
        ("this financial year", financialYear(startingIn: fiscalStart)),
        ("current financial year", financialYear(startingIn: fiscalStart)),
        ("upcoming financial year", financialYear(startingIn: fiscalStart + 1)),
        ("next financial year", financialYear(startingIn: fiscalStart + 1)),
      ]
    }
    if let month = published.month {
      let now = monthPeriod(year: year, month: month)
      let previous =
        month == 1
        ? monthPeriod(year: year - 1, month: 12) : monthPeriod(year: year, month: month - 1)
      phrases += [
        ("currently", now), ("at present", now), (" now", now), ("last month", previous),
      ]
      for (index, name) in months.enumerated() {
        phrases.append((name + " last year", monthPeriod(year: year - 1, month: index + 1)))
        phrases.append((name + " this year", monthPeriod(year: year, month: index + 1)))
      }
    }
    var result: [PeriodMention] = []
    for (phrase, period) in phrases where !period.isEmpty {
      let needle = Array(phrase.utf8)
      guard needle.count <= lower.count else { continue }
      for start in 0...(lower.count - needle.count)
      where lower[start] == needle[0] && lower[start..<start + needle.count].elementsEqual(needle) {
        let before = start == 0 ? 32 : lower[start - 1]
        let afterIndex = start + needle.count
        let after = afterIndex < lower.count ? lower[afterIndex] : 32
        if !isLetter(before) || needle[0] == 32, !isLetter(after) {
          result.append(
            PeriodMention(
              range: start..<afterIndex, period: period, moneyPeriod: moneyYears[phrase]))
        }
      }
    }
    // "the financial year" inside "last financial year" is one mention: keep the longest.
    result.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    var kept: [PeriodMention] = []
    for mention in result
    where !kept.contains(where: {
      $0.range.overlaps(mention.range) && $0.range.count >= mention.range.count
    }) {
      kept.removeAll { $0.range.overlaps(mention.range) }
      kept.append(mention)
    }
    return kept
  }

  /// The period of a number: the period written nearest it in its sentence.
  ///
  /// One after the number counts as nearer ("£52 million in 2024/25"); "the following year" and
  /// "the year before" step from the period before them; with none in the sentence, the last of
  /// the sentence before it in the same paragraph; else the article's dateline or date. For
  /// money, "last year", "this year" and "next year" are financial years.
  func period(near number: Range<Int>, sentence: Range<Int>, isMoney: Bool) -> String {
    var inSentence = periods.filter {
      $0.range.lowerBound >= sentence.lowerBound && $0.range.upperBound <= sentence.upperBound
    }
    // None in the sentence: the last period of the sentence before it in the same paragraph
    // ("councils budgeted £542 million in 2018/19. Despite this, councils had to spend £770
    // million more").
    if inSentence.isEmpty, sentence.lowerBound >= 2,
      bytes[sentence.lowerBound - 1] != 10,
      lineRange(of: sentence.lowerBound).lowerBound
        < sentence.lowerBound
    {
      let before = self.sentence(around: (sentence.lowerBound - 2)..<(sentence.lowerBound - 2))
      if let last = periods.last(where: {
        $0.range.lowerBound >= before.lowerBound && $0.range.upperBound <= before.upperBound
      }) {
        return isMoney ? last.moneyPeriod ?? last.period : last.period
      }
    }
    if isMoney {
      inSentence = inSentence.map {
        PeriodMention(range: $0.range, period: $0.moneyPeriod ?? $0.period)
      }
    }
    var best: (PeriodMention, Int)?
    for mention in inSentence {
      let distance =
        mention.range.lowerBound >= number.upperBound
        ? mention.range.lowerBound - number.upperBound
        : (number.lowerBound - mention.range.upperBound) * 3 / 2 + 2
      if best == nil || distance < (best?.1 ?? .max) { best = (mention, distance) }
    }
    // Steps from an earlier period: "the following year", "the year before".
    let steps: [(String, Int)] = [
      ("the following year", 1), ("the year before", -1), ("the previous year", -1),
    ]
    for (phrase, step) in steps {
      guard let at = firstOffset(of: phrase, in: sentence) else { continue }
      let distance =
        at >= number.upperBound ? at - number.upperBound : (number.lowerBound - at) * 3 / 2 + 2
      guard distance < (best?.1 ?? .max) else { continue }
      let earlier = inSentence.last { $0.range.upperBound <= at }
      if let earlier, let stepped = Self.step(earlier.period, by: step) {
        best = (PeriodMention(range: at..<at + phrase.utf8.count, period: stepped), distance)
      }
    }
    if let best { return best.0.period }
    return fallbackPeriod(before: number.lowerBound)
  }

  /// Where a lower-cased phrase first starts within a range, if it does.
  func firstOffset(of phrase: String, in range: Range<Int>) -> Int? {
    let needle = Array(phrase.utf8)
    guard !needle.isEmpty, range.count >= needle.count else { return nil }
    for start in range.lowerBound...(range.upperBound - needle.count)
    where lower[start] == needle[0] && lower[start..<start + needle.count].elementsEqual(needle) {
      return start
    }
    return nil
  }

  /// A period moved by whole years: `2017` → `2018`, `FY2014-15` → `FY2015-16`.
  static func step(_ period: String, by years: Int) -> String? {
    if period.hasPrefix("FY"), let start = Int(period.dropFirst(2).prefix(4)) {
      return financialYear(startingIn: start + years)
    }
    if period.utf8.count == 4, let year = Int(period) { return "\(year + years)" }
    return nil
  }

  /// The month of the nearest dateline before an offset (a line that is little more than a
  /// date), else the article's date.
  func fallbackPeriod(before offset: Int) -> String {
    let datelines = periods.filter { mention in
      guard mention.range.upperBound <= offset, mention.period.utf8.count == 7,
        !mention.period.hasPrefix("FY"), !mention.period.contains(".")
      else { return false }
      let line = text(of: lineRange(of: mention.range.lowerBound))
      return line.split(separator: " ").count <= 6
    }
    if let last = datelines.last { return last.period }
    if let published {
      if let month = published.month { return Self.monthPeriod(year: published.year, month: month) }
      return "\(published.year)"
    }
    return ""
  }
}
