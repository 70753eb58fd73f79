public import TextCharts

/// The terminal a report is laid out for: its width and its style.
public struct ReportDisplay: Sendable {
  /// The largest line width in display columns.
  public var width: Int
  /// Colour and ASCII.
  public var style: RenderStyle

  /// Creates a display.
  ///
  /// - Parameters:
  ///   - width: The largest line width in display columns, at least 1.
  ///   - style: Colour and ASCII.
  public init(width: Int, style: RenderStyle = .plain) {
    self.width = max(1, width)
    self.style = style
  }
}
