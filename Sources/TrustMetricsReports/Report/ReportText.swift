import TextCharts
import TrustMetricsCore

/// How the report writes values, changes and bands.
enum ReportText {
  /// A published value in the measure's style, or its marker; empty if absent.
  ///
  /// Rates and shares to one decimal place with `%` (`18.0%`), caseloads to one place, money
  /// rates in whole pounds with thousands separated (`£1,234`).
  static func value(_ value: OfficialValue?, measure: OfficialMeasure) -> String {
    switch value {
    case .number(let number)?: self.value(number, measure: measure)
    case .suppressed(let marker)?: marker.rawValue
    case nil: ""
    }
  }

  /// A computed value in the measure's style (see ``value(_:measure:)-(OfficialValue?,_)``);
  /// empty if absent or not finite.
  static func value(_ value: Double?, measure: OfficialMeasure) -> String {
    guard let value, value.isFinite else { return "" }
    if measure.unit.isMoneyRate {
      let digits = grouped(Cell.fixed(value, places: measure.decimalPlaces))
      return digits.hasPrefix("-") ? "-£" + digits.dropFirst() : "£" + digits
    }
    return Cell.fixed(value, places: measure.decimalPlaces) + (measure.unitLabel == "%" ? "%" : "")
  }

  /// A change to one decimal place with its sign (`+1.2`, `-0.4`, `0.0`); empty if absent.
  static func signed(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    let text = Cell.fixed(value, places: 1)
    return text.hasPrefix("-") || text == "0.0" ? text : "+" + text
  }

  /// A change in the measure's unit with its sign: `+1.2` (percentage points or cases), `+£56`
  /// or `-£1,204` for money, `0.0` or `£0` when it rounds to nothing; empty if absent.
  static func signed(_ value: Double?, measure: OfficialMeasure) -> String {
    guard measure.unit.isMoneyRate else { return signed(value) }
    guard let value, value.isFinite else { return "" }
    let text = self.value(value, measure: measure)
    return isZero(text) || text.hasPrefix("-") ? text : "+" + text
  }

  /// A change with an arrow, coloured by whether the move is good for the measure.
  ///
  /// ▲ for a rise, ▼ for a fall, `=` when the rounded change is 0.0; green when the move is
  /// good (a fall, for a low-is-good measure), red when bad.
  static func change(_ change: Change?, polarity: Polarity, style: RenderStyle) -> StyledText {
    self.change(change?.difference, polarity: polarity, style: style)
  }

  /// A difference with an arrow, coloured by polarity; see ``change(_:polarity:style:)-(Change?,_,_)``.
  static func change(_ difference: Double?, polarity: Polarity, style: RenderStyle) -> StyledText {
    arrowed(difference, text: signed(difference), polarity: polarity, style: style)
  }

  /// A difference in the measure's unit with an arrow, coloured by the measure's polarity: a
  /// finance measure (neutral) is never coloured.
  static func change(_ difference: Double?, measure: OfficialMeasure, style: RenderStyle)
    -> StyledText
  {
    arrowed(
      difference, text: signed(difference, measure: measure), polarity: measure.polarity,
      style: style)
  }

  private static func arrowed(
    _ difference: Double?, text: String, polarity: Polarity, style: RenderStyle
  ) -> StyledText {
    guard let difference, !text.isEmpty else { return "" }
    guard !isZero(text) else { return StyledText("= " + text) }
    let isRise = difference > 0
    let arrow = isRise ? style.glyph("▲", ascii: "^") : style.glyph("▼", ascii: "v")
    let color: TextColor? =
      switch polarity {
      case .lowIsGood: isRise ? .red : .green
      case .highIsGood: isRise ? .green : .red
      case .neutral: nil
      }
    return StyledText(arrow + " " + text, color: color)
  }

  /// Whether a written change is zero once rounded (`0.0`, `£0`).
  private static func isZero(_ text: String) -> Bool {
    !text.contains { $0.isNumber && $0 != "0" }
  }

  /// Digits with a comma between thousands: `1234567.5` → `1,234,567.5`.
  static func grouped(_ digits: String) -> String {
    let isNegative = digits.hasPrefix("-")
    let body = isNegative ? digits.dropFirst() : Substring(digits)
    let point = body.firstIndex(of: ".") ?? body.endIndex
    let whole = Array(body[..<point])
    var text = ""
    for (index, character) in whole.enumerated() {
      if index > 0, (whole.count - index) % 3 == 0 { text.append(",") }
      text.append(character)
    }
    return (isNegative ? "-" : "") + text + body[point...]
  }

  /// The band's letter, coloured from green (A) to red (D) for a workforce measure; bold and
  /// uncoloured for a finance measure, whose bands are neither good nor bad.
  static func band(_ band: QuartileBand, measure: OfficialMeasure = .agency) -> StyledText {
    StyledText(
      band.rawValue, style: TextStyle(color: color(of: band, measure: measure), isBold: true))
  }

  /// A band's colour: A green, B cyan, C yellow, D red; none for a finance measure.
  static func color(of band: QuartileBand, measure: OfficialMeasure = .agency) -> TextColor? {
    guard measure.polarity != .neutral else { return nil }
    return switch band {
    case .a: .green
    case .b: .cyan
    case .c: .yellow
    case .d: .red
    }
  }

  /// Styled text made ASCII-safe run by run; see ``ascii(_:style:)-(String,_)``.
  static func ascii(_ text: StyledText, style: RenderStyle) -> StyledText {
    guard style.isASCII else { return text }
    return StyledText(
      runs: text.runs.map { StyledText.Run(ascii($0.text, style: style), style: $0.style) })
  }

  /// Text made ASCII-safe where `£` would otherwise print as one replacement character: `£` is
  /// written `GBP`, with a space before a number (`£1,234` → `GBP 1,234`, `£ per child` →
  /// `GBP per child`, `(£;` → `(GBP;`).
  static func ascii(_ text: String, style: RenderStyle) -> String {
    guard style.isASCII, text.contains("£") else { return text }
    var result = ""
    var characters = text.makeIterator()
    var next = characters.next()
    while let character = next {
      next = characters.next()
      guard character == "£" else {
        result.append(character)
        continue
      }
      result += next?.isNumber == true ? "GBP " : "GBP"
    }
    return result
  }

  /// The attribution as printed lines: for finance, the sources (DfE, MHCLG, ONS) on one line
  /// and the Open Government Licence sentence last on its own, as for workforce data alone.
  static func attributionLines(finance: Bool) -> [String] {
    let full = ComparisonListing.attribution(finance: finance)
    let licence = WorkforceStatistics.attribution
    guard full != licence, full.hasSuffix(licence) else { return [full] }
    var sources = String(full.dropLast(licence.count))
    while sources.last == " " { sources.removeLast() }
    return [sources, licence]
  }

  /// The notes with, for a page, the sources named before the licence when only workforce data
  /// are shown (the finance attribution names DfE, MHCLG and ONS already; terminal output keeps
  /// the licence line alone).
  static func notes(_ notes: [String], finance: Bool) -> [ReportDocument.Block] {
    let licence = attributionLines(finance: finance)
    return notes.enumerated().flatMap { index, note -> [ReportDocument.Block] in
      let paragraph = ReportDocument.Block.paragraph(note, style: TextStyle(color: .gray))
      guard !finance, index == notes.count - licence.count else { return [paragraph] }
      return [.onlyInHTML(.paragraph(workforceSources, style: TextStyle(color: .gray))), paragraph]
    }
  }

  /// The workforce data's sources, named on a page.
  static let workforceSources =
    "Sources: DfE (children's social work workforce census, statistical neighbours)."

  /// Chart or table lines, or one line saying why they could not be drawn.
  static func drawn(_ lines: Result<[StyledText], ChartError>) -> [StyledText] {
    switch lines {
    case .success(let lines): lines
    case .failure(let error): [StyledText("(not drawn: \(error))")]
    }
  }
}
