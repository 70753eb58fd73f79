import TextCharts
import TrustMetricsCore

/// How the report writes values, changes and bands.
enum ReportText {
  /// A published value to one decimal place with `%` for rates, or its marker; empty if absent.
  static func value(_ value: OfficialValue?, measure: OfficialMeasure) -> String {
    switch value {
    case .number(let number)?: self.value(number, measure: measure)
    case .suppressed(let marker)?: marker.rawValue
    case nil: ""
    }
  }

  /// A computed value to one decimal place with `%` for rates; empty if absent.
  static func value(_ value: Double?, measure: OfficialMeasure) -> String {
    guard let value else { return "" }
    return Cell.fixed(value, places: 1) + (measure.unitLabel == "%" ? "%" : "")
  }

  /// A change to one decimal place with its sign (`+1.2`, `-0.4`, `0.0`); empty if absent.
  static func signed(_ value: Double?) -> String {
    guard let value else { return "" }
    let text = Cell.fixed(value, places: 1)
    return text.hasPrefix("-") || text == "0.0" ? text : "+" + text
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
    guard let difference else { return "" }
    let text = signed(difference)
    guard text != "0.0" else { return StyledText("= 0.0") }
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

  /// The band's letter, coloured from green (A) to red (D).
  static func band(_ band: QuartileBand) -> StyledText {
    StyledText(band.rawValue, style: TextStyle(color: color(of: band), isBold: true))
  }

  /// A band's colour: A green, B cyan, C yellow, D red.
  static func color(of band: QuartileBand) -> TextColor {
    switch band {
    case .a: .green
    case .b: .cyan
    case .c: .yellow
    case .d: .red
    }
  }
}
