/// How a run of text is drawn: a colour, bold or neither.
public struct TextStyle: Hashable, Sendable {
  /// The foreground colour, or `nil` for the terminal's own.
  public var color: TextColor?
  /// Whether the text is bold.
  public var isBold: Bool

  /// Creates a style.
  ///
  /// - Parameters:
  ///   - color: The foreground colour, or `nil` for the terminal's own.
  ///   - isBold: Whether the text is bold.
  public init(color: TextColor? = nil, isBold: Bool = false) {
    self.color = color
    self.isBold = isBold
  }

  /// No colour, not bold.
  public static let plain = TextStyle()

  /// Bold in the terminal's own colour.
  public static let bold = TextStyle(isBold: true)

  /// The ANSI SGR escape that starts the style, or `""` for plain text.
  var escape: String {
    var codes: [String] = []
    if isBold { codes.append("1") }
    if let color { codes.append(String(color.code)) }
    return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
