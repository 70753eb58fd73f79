/// Breaks text into lines no wider than a width, at spaces where it can.
public enum WordWrap {
  /// The text's lines, each at most `width` display columns.
  ///
  /// Words are kept whole unless one alone is wider than the line, which is then broken at the
  /// width. Continuation lines start with `indent` (dropped when it leaves no room). Existing
  /// line breaks are kept.
  ///
  /// - Parameters:
  ///   - text: The text to wrap.
  ///   - width: The largest line width, at least 1.
  ///   - indent: Prefix of every line after the first of a paragraph.
  ///   - style: The style of the whole text.
  /// - Returns: The lines, without trailing spaces.
  public static func lines(
    _ text: String, width: Int, indent: String = "", style: TextStyle = .plain
  ) -> [StyledText] {
    let width = max(1, width)
    let indent = DisplayWidth.of(indent) < width / 2 ? indent : ""
    var output: [StyledText] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var hasContent = false
      func flush() {
        output.append(StyledText(line, style: style).trimmingTrailingSpaces)
        line = indent
        hasContent = false
      }
      for word in paragraph.split(separator: " ") {
        let gap = hasContent ? " " : ""
        if DisplayWidth.of(line) + DisplayWidth.of(gap) + DisplayWidth.of(word) <= width {
          line += gap + word
          hasContent = true
          continue
        }
        if hasContent { flush() }
        var rest = Substring(word)
        while DisplayWidth.of(line) + DisplayWidth.of(rest) > width {
          var piece = ""
          var room = width - DisplayWidth.of(line)
          for character in rest {
            let columns = DisplayWidth.width(of: character)
            if columns > room, !piece.isEmpty { break }
            piece.append(character)
            room -= columns
          }
          line += piece
          rest = rest.dropFirst(piece.count)
          flush()
        }
        if !rest.isEmpty {
          line += rest
          hasContent = true
        }
      }
      if hasContent || paragraph.isEmpty { flush() }
    }
    return output.map { $0.truncated(to: width, ellipsis: "") }
  }
}
