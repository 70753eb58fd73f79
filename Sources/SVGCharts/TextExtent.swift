import TextCharts

/// How wide text is likely to be drawn, without font metrics: the pictures use the reader's
/// own sans-serif font, so layout allows an average advance per character.
enum TextExtent {
  /// Average advance of a character in a sans-serif font, as a fraction of the font size,
  /// erring wide: DejaVu Sans, a common fallback, advances digits 0.64 em, Arial and Helvetica
  /// 0.56 em.
  static let advance = 0.64

  /// The estimated width of `text` at `fontSize`.
  static func width(_ text: String, fontSize: Double) -> Double {
    Double(DisplayWidth.of(text)) * advance * fontSize
  }

  /// The text cut with `…` to fit `width` at `fontSize`.
  static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
    guard self.width(text, fontSize: fontSize) > width else { return text }
    let room = max(1, Int(width / (advance * fontSize)))
    return StyledText(text).truncated(to: room, ellipsis: "…").plainText
  }
}
