/// A terminal colour, written as an ANSI SGR escape when colour is on.
public enum TextColor: String, CaseIterable, Sendable {
  /// Red (SGR 31).
  case red
  /// Green (SGR 32).
  case green
  /// Yellow (SGR 33).
  case yellow
  /// Blue (SGR 34).
  case blue
  /// Magenta (SGR 35).
  case magenta
  /// Cyan (SGR 36).
  case cyan
  /// Bright black, shown as grey (SGR 90).
  case gray

  /// The SGR parameter of the colour.
  var code: Int {
    switch self {
    case .red: 31
    case .green: 32
    case .yellow: 33
    case .blue: 34
    case .magenta: 35
    case .cyan: 36
    case .gray: 90
    }
  }

  /// Colours for successive series, chosen to stay apart on dark and light backgrounds.
  public static let seriesPalette: [TextColor] = [.blue, .yellow, .magenta, .cyan, .green, .red]
}
