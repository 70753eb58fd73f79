/// The terminal a rendering is for: whether colour escapes may be written and whether only
/// printable ASCII may be used.
public struct RenderStyle: Hashable, Sendable {
  /// Whether ANSI colour escapes are written.
  public var isColored: Bool
  /// Whether output is restricted to printable ASCII (`#`, `=`, `-`, `|`, `*`, `.`).
  public var isASCII: Bool

  /// Creates a style.
  ///
  /// - Parameters:
  ///   - isColored: Whether ANSI colour escapes are written.
  ///   - isASCII: Whether output is restricted to printable ASCII.
  public init(isColored: Bool = false, isASCII: Bool = false) {
    self.isColored = isColored
    self.isASCII = isASCII
  }

  /// Unicode glyphs, no colour: what goes to a pipe or a file.
  public static let plain = RenderStyle()

  /// The Unicode glyph, or its ASCII stand-in when ``isASCII`` is set.
  ///
  /// - Parameters:
  ///   - unicode: The glyph for Unicode terminals.
  ///   - ascii: The printable ASCII stand-in.
  /// - Returns: One of the two.
  public func glyph(_ unicode: String, ascii: String) -> String { isASCII ? ascii : unicode }
}
