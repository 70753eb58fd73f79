import TextCharts

/// A report as a list of blocks, printed as terminal text or as Markdown.
struct ReportDocument {
  enum Block {
    case title(String)
    case heading(String)
    case paragraph(String, style: TextStyle = .plain, indent: String = "")
    case styledLine(StyledText)
    case table(TextTable)
    case chart(title: String, draw: (Int, RenderStyle) -> [StyledText])
    case blank
  }

  var blocks: [Block] = []

  mutating func append(_ block: Block) { blocks.append(block) }

  /// The blocks with `£` written `GBP` when the style is ASCII, before they are laid out, so
  /// the wider text is fitted to the width like any other.
  func asciiMoney(_ style: RenderStyle) -> [Block] {
    guard style.isASCII else { return blocks }
    func fix(_ text: String) -> String { ReportText.ascii(text, style: style) }
    return blocks.map { block in
      switch block {
      case .title(let text): .title(fix(text))
      case .heading(let text): .heading(fix(text))
      case .paragraph(let text, let textStyle, let indent):
        .paragraph(fix(text), style: textStyle, indent: indent)
      case .styledLine(let text): .styledLine(ReportText.ascii(text, style: style))
      case .table(let table): .table(table.asciiMoney(style))
      case .chart(let title, let draw): .chart(title: fix(title), draw: draw)
      case .blank: .blank
      }
    }
  }

  /// Terminal text: no line wider than the display, escapes only when colour is on.
  func text(display: ReportDisplay) -> String {
    let width = display.width
    let style = display.style
    var lines: [StyledText] = []
    for block in asciiMoney(style) {
      switch block {
      case .title(let text):
        lines += WordWrap.lines(text, width: width, style: .bold)
        lines.append(StyledText(String(repeating: style.glyph("═", ascii: "="), count: width)))
      case .heading(let text):
        let rule = style.glyph("─", ascii: "-")
        let label = StyledText(rule + rule + " ") + StyledText(text, style: .bold) + " "
        if label.width + 2 <= width {
          lines.append(label + StyledText(String(repeating: rule, count: width - label.width)))
        } else {
          lines += WordWrap.lines(text, width: width, style: .bold)
        }
      case .paragraph(let text, let textStyle, let indent):
        lines += WordWrap.lines(text, width: width, indent: indent, style: textStyle)
      case .styledLine(let text):
        lines.append(text.truncated(to: width, ellipsis: style.glyph("…", ascii: ".")))
      case .table(let table):
        lines += table.lines(width: width, style: style)
      case .chart(let title, let draw):
        lines += WordWrap.lines(title, width: width, style: .bold)
        lines += draw(width, style)
      case .blank:
        lines.append("")
      }
    }
    return lines.map { line in
      let fitted = line.truncated(to: width, ellipsis: "").trimmingTrailingSpaces
      let text = fitted.rendered(colored: style.isColored)
      return style.isASCII ? ReportDocument.asciiOnly(text) : text
    }.joined(separator: "\n") + "\n"
  }

  /// Text with typographic characters made ASCII (’ → ', – → -, · → *, ÷ → /) and anything else
  /// outside printable ASCII made `?`, one character for one.
  static func asciiOnly(_ text: String) -> String {
    let replacements: [Character: Character] = [
      "’": "'", "‘": "'", "“": "\"", "”": "\"", "–": "-", "—": "-", "−": "-", "…": ".",
      "·": "*", "→": ">", "≤": "<", "×": "x", "÷": "/", "£": "L",
    ]
    return String(
      text.map { character in
        if character.isASCII { return character }
        return replacements[character] ?? "?"
      })
  }

  /// Markdown: headings, Markdown tables, charts in fenced blocks drawn at `chartWidth`.
  func markdown(chartWidth: Int, style: RenderStyle) -> String {
    var lines: [String] = []
    var plain = style
    plain.isColored = false
    var previousWasParagraph = false
    for block in blocks {
      var isParagraph = false
      if case .paragraph = block { isParagraph = true }
      if isParagraph && previousWasParagraph { lines.append("") }
      previousWasParagraph = isParagraph
      switch block {
      case .title(let text): lines.append("# " + text)
      case .heading(let text): lines.append("## " + text)
      case .paragraph(let text, _, _): lines.append(text)
      case .styledLine(let text): lines.append(text.plainText)
      case .table(let table):
        // A Markdown table must not follow a paragraph line directly, or it is read as text.
        if let last = lines.last, !last.isEmpty { lines.append("") }
        lines += table.markdown()
      case .chart(let title, let draw):
        lines.append("**" + title + "**")
        lines.append("")
        lines.append("```text")
        lines += draw(chartWidth, plain).map(\.plainText)
        lines.append("```")
      case .blank: lines.append("")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension TextTable {
  /// The table with `£` written `GBP` in titles and cells when the style is ASCII.
  fileprivate func asciiMoney(_ style: RenderStyle) -> TextTable {
    let fixedColumns = columns.map { column in
      var fixed = column
      fixed.title = ReportText.ascii(column.title, style: style)
      return fixed
    }
    let fixedRows = rows.map { row in row.map { ReportText.ascii($0, style: style) } }
    do {
      var table = try TextTable(columns: fixedColumns, rows: fixedRows)
      table.gap = gap
      return table
    } catch {
      // Unreachable: the rows keep the table's own shape, which it already accepted.
      return self
    }
  }
}
