import TextCharts

/// A report as a list of blocks, printed as terminal text, as Markdown or as an HTML page.
///
/// Text and Markdown show the blocks every medium shares; HTML also draws the pictures a page
/// can hold (``Block/picture(_:)``, sparklines beside tables, a chart's SVG beside its text
/// drawing) and the headings that structure a page (``Block/onlyInHTML(_:)``).
struct ReportDocument {
  indirect enum Block {
    case title(String)
    /// A section's heading; in HTML it opens a section of that kind.
    case heading(String, section: SectionKind = .authority)
    /// A lead line: a paragraph in text and Markdown, a third-level heading in HTML.
    case subheading(String)
    case paragraph(String, style: TextStyle = .plain, indent: String = "")
    /// A figure reported in the news: in text an indented paragraph after `mark`, in HTML a list
    /// item with its link (http and https only).
    case reference(String, url: String?, mark: String)
    case styledLine(StyledText)
    /// A table, with the pictures HTML draws in place of some of its cells.
    case table(TextTable, caption: String? = nil, sparklines: SparklineColumn? = nil)
    /// A chart: its title, its text drawing at a width, and the picture HTML draws instead.
    case chart(
      title: String, draw: (Int, RenderStyle) -> [StyledText], picture: ChartPicture? = nil)
    /// A picture only HTML shows (the numbers are in the text's tables already).
    case picture(ChartPicture)
    /// A block only HTML shows.
    case onlyInHTML(Block)
    case blank
  }

  /// What a section of an HTML page holds, which decides where printed pages break.
  enum SectionKind {
    /// One authority: starts a new printed page.
    case authority
    /// A comparison of every authority: starts a new printed page.
    case comparison
    /// Notes and sources: follows on.
    case notes
  }

  var blocks: [Block] = []

  mutating func append(_ block: Block) { blocks.append(block) }

  /// The blocks text and Markdown show: a lead line and a reference become paragraphs,
  /// pictures and HTML-only blocks are left out.
  var sharedBlocks: [Block] {
    blocks.compactMap { block in
      switch block {
      case .subheading(let text): .paragraph(text)
      case .reference(let text, _, let mark): .paragraph("  \(mark) " + text, indent: "    ")
      case .picture, .onlyInHTML: nil
      default: block
      }
    }
  }

  /// The shared blocks with `£` written `GBP` when the style is ASCII, before they are laid
  /// out, so the wider text is fitted to the width like any other.
  func asciiMoney(_ style: RenderStyle) -> [Block] {
    guard style.isASCII else { return sharedBlocks }
    func fix(_ text: String) -> String { ReportText.ascii(text, style: style) }
    return sharedBlocks.map { block in
      switch block {
      case .title(let text): .title(fix(text))
      case .heading(let text, let section): .heading(fix(text), section: section)
      case .paragraph(let text, let textStyle, let indent):
        .paragraph(fix(text), style: textStyle, indent: indent)
      case .styledLine(let text): .styledLine(ReportText.ascii(text, style: style))
      case .table(let table, let caption, let sparklines):
        .table(table.asciiMoney(style), caption: caption, sparklines: sparklines)
      case .chart(let title, let draw, let picture):
        .chart(title: fix(title), draw: draw, picture: picture)
      default: block
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
      case .heading(let text, _):
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
      case .table(let table, _, _):
        lines += table.lines(width: width, style: style)
      case .chart(let title, let draw, _):
        lines += WordWrap.lines(title, width: width, style: .bold)
        lines += draw(width, style)
      case .blank:
        lines.append("")
      case .subheading, .reference, .picture, .onlyInHTML:
        break  // Not among the shared blocks.
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
    for block in sharedBlocks {
      var isParagraph = false
      if case .paragraph = block { isParagraph = true }
      if isParagraph && previousWasParagraph { lines.append("") }
      previousWasParagraph = isParagraph
      switch block {
      case .title(let text): lines.append("# " + text)
      case .heading(let text, _): lines.append("## " + text)
      case .paragraph(let text, _, _): lines.append(text)
      case .styledLine(let text): lines.append(text.plainText)
      case .table(let table, _, _):
        // A Markdown table must not follow a paragraph line directly, or it is read as text.
        if let last = lines.last, !last.isEmpty { lines.append("") }
        lines += table.markdown()
      case .chart(let title, let draw, _):
        lines.append("**" + title + "**")
        lines.append("")
        lines.append("```text")
        lines += draw(chartWidth, plain).map(\.plainText)
        lines.append("```")
      case .blank: lines.append("")
      case .subheading, .reference, .picture, .onlyInHTML:
        break  // Not among the shared blocks.
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
