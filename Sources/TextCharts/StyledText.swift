/// Text made of styled runs, measured in display columns and written with or without colour.
///
/// Layout is done on the plain text, so escapes never count towards a width.
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
  /// A piece of text in one style.
  public struct Run: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Its style.
    public var style: TextStyle

    /// Creates a run.
    public init(_ text: String, style: TextStyle = .plain) {
      self.text = text
      self.style = style
    }
  }

  /// The runs, in order.
  public private(set) var runs: [Run]

  /// Creates text in one style.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - style: Its style.
  public init(_ text: String, style: TextStyle = .plain) {
    runs = text.isEmpty ? [] : [Run(text, style: style)]
  }

  /// Creates text in one colour.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - color: Its colour, or `nil` for the terminal's own.
  public init(_ text: String, color: TextColor?) {
    self.init(text, style: TextStyle(color: color))
  }

  /// Creates text from runs.
  public init(runs: [Run]) { self.runs = runs.filter { !$0.text.isEmpty } }

  /// Creates plain text from a literal.
  public init(stringLiteral value: String) { self.init(value) }

  /// The text without styles.
  public var plainText: String { runs.map(\.text).joined() }

  /// The width in display columns: `DisplayWidth.of(plainText)`.
  public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

  /// Whether there is no text.
  public var isEmpty: Bool { runs.isEmpty }

  /// The text with ANSI escapes around styled runs when `colored`, else plain.
  ///
  /// - Parameter colored: Whether to write escapes.
  /// - Returns: The text to print.
  public func rendered(colored: Bool) -> String {
    guard colored else { return plainText }
    return runs.map { run in
      let escape = run.style.escape
      return escape.isEmpty ? run.text : escape + run.text + "\u{1B}[0m"
    }.joined()
  }

  /// Appends text.
  public mutating func append(_ other: StyledText) { runs += other.runs }

  /// Two texts one after the other.
  public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var joined = lhs
    joined.append(rhs)
    return joined
  }

  /// The text padded with spaces to a display width, on the right or (`alignRight`) the left.
  ///
  /// - Parameters:
  ///   - width: The width wanted; text already as wide or wider is returned as is.
  ///   - alignRight: Whether the padding goes on the left.
  /// - Returns: The padded text.
  public func padded(to width: Int, alignRight: Bool = false) -> StyledText {
    let padding = StyledText(String(repeating: " ", count: max(0, width - self.width)))
    return alignRight ? padding + self : self + padding
  }

  /// The text cut to at most `width` display columns, ending in `ellipsis` when cut.
  ///
  /// - Parameters:
  ///   - width: The largest width allowed, at least 0.
  ///   - ellipsis: What marks a cut, such as `…` or `.`; dropped when even it does not fit.
  /// - Returns: The text itself when it fits, else its longest prefix that fits with the mark.
  public func truncated(to width: Int, ellipsis: String = "…") -> StyledText {
    guard self.width > width else { return self }
    let mark = DisplayWidth.of(ellipsis) <= width ? ellipsis : ""
    var budget = max(0, width - DisplayWidth.of(mark))
    var kept: [Run] = []
    var lastStyle = TextStyle.plain
    outer: for run in runs {
      var text = ""
      for character in run.text {
        let columns = DisplayWidth.width(of: character)
        if columns > budget {
          if !text.isEmpty { kept.append(Run(text, style: run.style)) }
          lastStyle = run.style
          break outer
        }
        budget -= columns
        text.append(character)
      }
      kept.append(Run(text, style: run.style))
      lastStyle = run.style
    }
    if !mark.isEmpty { kept.append(Run(mark, style: lastStyle)) }
    return StyledText(runs: kept)
  }

  /// The text with trailing spaces removed.
  public var trimmingTrailingSpaces: StyledText {
    var trimmed = runs
    while let last = trimmed.last {
      var text = last.text
      while text.last == " " { text.removeLast() }
      if text.isEmpty {
        trimmed.removeLast()
      } else {
        trimmed[trimmed.count - 1].text = text
        break
      }
    }
    return StyledText(runs: trimmed)
  }
}
