public import TextCharts

/// The colours pictures are drawn in on a white page: each series colour, the text and the
/// axes, chosen so that every colour used for text has a contrast of at least 4.5:1 with white
/// (WCAG 2 relative luminance), and the lines and bars at least 3:1.
public enum SVGPalette {
  /// The page behind the pictures.
  public static let background = "#ffffff"
  /// Text: labels, ticks and legends.
  public static let text = "#1b1b1b"
  /// Axes and tick marks.
  public static let axis = "#767676"
  /// Grid lines (decoration only, never the only carrier of a value).
  public static let grid = "#d9d9d9"
  /// A bar with no colour of its own.
  public static let bar = "#4b6a88"

  /// The colour a terminal colour is drawn in on the page.
  ///
  /// - Parameter color: The terminal colour of a series, bar or text run.
  /// - Returns: A `#rrggbb` colour with a contrast of at least 4.5:1 on white.
  public static func hex(_ color: TextColor) -> String {
    switch color {
    case .blue: "#1f57a4"
    case .yellow: "#8a5a00"
    case .magenta: "#8b2f8b"
    case .cyan: "#00697a"
    case .green: "#2b6e2f"
    case .red: "#b0281f"
    case .gray: "#595959"
    }
  }
}
