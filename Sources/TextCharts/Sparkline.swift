/// A one-line chart of a series: one glyph per value, ▁ for the lowest and █ for the highest.
///
/// A missing value is a gap (a space), never the bottom glyph. Levels are scaled over the series'
/// own minimum and maximum, or over a given range so several sparklines share one scale.
public struct Sparkline: Hashable, Sendable {
  /// The Unicode levels, lowest first.
  public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// The ASCII levels, lowest first.
  public static let asciiLevels: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

  /// The values, `nil` where missing.
  public let values: [Double?]
  /// The range the levels span.
  public let range: ClosedRange<Double>?

  /// Creates a sparkline.
  ///
  /// - Parameters:
  ///   - values: The series, `nil` where missing.
  ///   - range: The values drawn as ▁ and █; by default the series' minimum and maximum.
  /// - Throws: ``ChartError/nonFiniteValue(series:index:)`` for NaN or an infinity.
  public init(_ values: [Double?], range: ClosedRange<Double>? = nil) throws(ChartError) {
    try ChartError.check(values, series: "sparkline")
    if let range, !range.lowerBound.isFinite || !range.upperBound.isFinite {
      throw .nonFiniteValue(series: "sparkline range", index: 0)
    }
    self.values = values
    self.range = range
  }

  /// The level (0 lowest … 7 highest) each value is drawn at, `nil` for a gap.
  ///
  /// `level = round((v − min) ÷ (max − min) × 7)`, clamped to 0…7; a flat series (max = min),
  /// including a single point, is drawn at mid-height (level 3).
  public var levelIndices: [Int?] {
    let present = values.compactMap { $0 }
    guard let low = range?.lowerBound ?? present.min(),
      let high = range?.upperBound ?? present.max()
    else { return values.map { _ in nil } }
    let span = high - low
    return values.map { value in
      guard let value else { return nil }
      guard span > 0, span.isFinite else { return 3 }
      let scaled = ((value - low) / span * 7).rounded()
      return scaled.isFinite ? min(7, max(0, Int(scaled))) : 3
    }
  }

  /// The sparkline as one glyph per value.
  ///
  /// - Parameter style: ASCII uses `_.-~=+*#`.
  /// - Returns: Text as wide as there are values.
  public func rendered(style: RenderStyle = .plain) -> String {
    let glyphs = style.isASCII ? Sparkline.asciiLevels : Sparkline.levels
    return String(levelIndices.map { $0.map { glyphs[$0] } ?? " " })
  }
}
