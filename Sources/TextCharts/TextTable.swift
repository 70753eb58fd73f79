/// A table of styled cells with aligned columns, fitted to a width.
///
/// Widths are display widths, so wide and combining characters line up. When the table is wider
/// than the width, the least important columns are dropped first, then truncatable columns are
/// cut with an ellipsis, and as a last resort each line is cut at the width.
public struct TextTable: Sendable {
  /// How a column's cells sit in it.
  public enum Alignment: Sendable {
    /// Flush left (text).
    case left
    /// Flush right (numbers).
    case right
  }

  /// A column of the table.
  public struct Column: Sendable {
    /// The heading.
    public var title: String
    /// How cells sit in the column.
    public var alignment: Alignment
    /// How important the column is: when space runs out, lower priorities go first; a column of
    /// priority `Int.max` is never dropped.
    public var priority: Int
    /// The narrowest the column may be cut to (with an ellipsis); `nil` if it is never cut.
    public var minimumWidth: Int?

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - title: The heading.
    ///   - alignment: How cells sit in the column.
    ///   - priority: Lower goes first when space runs out; `Int.max` is never dropped.
    ///   - minimumWidth: The narrowest the column may be cut to; `nil` if never cut.
    public init(
      _ title: String, alignment: Alignment = .left, priority: Int = .max,
      minimumWidth: Int? = nil
    ) {
      self.title = title
      self.alignment = alignment
      self.priority = priority
      self.minimumWidth = minimumWidth
    }
  }

  /// The columns.
  public let columns: [Column]
  /// The rows, one cell per column.
  public let rows: [[StyledText]]
  /// Spaces between columns.
  public var gap = 2

  /// Creates a table.
  ///
  /// - Parameters:
  ///   - columns: The columns.
  ///   - rows: The rows, one cell per column.
  /// - Throws: ``ChartError/rowLengthMismatch(row:expected:actual:)`` when a row has the wrong
  ///   number of cells.
  public init(columns: [Column], rows: [[StyledText]]) throws(ChartError) {
    if let index = rows.firstIndex(where: { $0.count != columns.count }) {
      throw .rowLengthMismatch(row: index, expected: columns.count, actual: rows[index].count)
    }
    self.columns = columns
    self.rows = rows
  }

  /// The indices of the columns shown at a width, in order, and each one's width.
  ///
  /// - Parameter width: The width available, or `nil` for no limit.
  /// - Returns: The kept columns and their widths.
  public func layout(width: Int?) -> [(index: Int, width: Int)] {
    var kept = Array(columns.indices)
    var widths = columns.indices.map { index in
      rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, $1[index].width) }
    }
    func total() -> Int {
      kept.reduce(0) { $0 + widths[$1] } + gap * max(0, kept.count - 1)
    }
    guard let width else { return kept.map { ($0, widths[$0]) } }
    while total() > width {
      let droppable = kept.filter { columns[$0].priority != .max }
      guard
        let victim = droppable.min(by: {
          (columns[$0].priority, -$0) < (columns[$1].priority, -$1)
        })
      else { break }
      kept.removeAll { $0 == victim }
    }
    for index in kept where total() > width {
      guard let minimum = columns[index].minimumWidth, widths[index] > minimum else { continue }
      widths[index] = max(minimum, widths[index] - (total() - width))
    }
    return kept.map { ($0, widths[$0]) }
  }

  /// The table as lines: heading, a rule, then the rows; none wider than `width`.
  ///
  /// - Parameters:
  ///   - width: The largest line width, or `nil` for no limit.
  ///   - style: ASCII draws the rule with `-` instead of `─`.
  /// - Returns: The lines, without trailing spaces.
  public func lines(width: Int?, style: RenderStyle = .plain) -> [StyledText] {
    let layout = layout(width: width)
    let ellipsis = style.glyph("…", ascii: ".")
    func line(_ cells: [StyledText]) -> StyledText {
      var text = StyledText("")
      for (position, (index, columnWidth)) in layout.enumerated() {
        if position > 0 { text.append(StyledText(String(repeating: " ", count: gap))) }
        let cell = cells[index].truncated(to: columnWidth, ellipsis: ellipsis)
        text.append(cell.padded(to: columnWidth, alignRight: columns[index].alignment == .right))
      }
      let trimmed = text.trimmingTrailingSpaces
      return width.map { trimmed.truncated(to: $0, ellipsis: "") } ?? trimmed
    }
    let rule = style.glyph("─", ascii: "-")
    var output = [line(columns.map { StyledText($0.title, style: .bold) })]
    output.append(
      line(
        columns.indices.map { index in
          let columnWidth = layout.first { $0.index == index }?.width ?? 0
          return StyledText(String(repeating: rule, count: columnWidth))
        }))
    output += rows.map(line)
    return output
  }

  /// The table as a GitHub-flavoured Markdown table, `|` in cells escaped.
  ///
  /// - Returns: The lines of the table, plain text.
  public func markdown() -> [String] {
    func escaped(_ text: String) -> String {
      text.reduce(into: "") { $0 += $1 == "|" ? "\\|" : String($1) }
    }
    func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    var output = [row(columns.map { escaped($0.title) })]
    output.append(row(columns.map { $0.alignment == .right ? "---:" : "---" }))
    output += rows.map { cells in row(cells.map { escaped($0.plainText) }) }
    return output
  }
}
