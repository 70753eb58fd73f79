import SVGCharts
import TextCharts

/// Writes a ``ReportDocument`` as HTML, numbering the ids of its sections and pictures.
struct HTMLWriter {
  private var output = ""
  private var figureCount = 0
  private var sparklineCount = 0
  private var sectionCount = 0
  private var isSectionOpen = false
  private var isListOpen = false
  private var isGridOpen = false

  mutating func page(of document: ReportDocument, stamp: ReportStamp?) -> String {
    let title =
      document.blocks.lazy.compactMap { block -> String? in
        switch block {
        case .title(let text), .onlyInHTML(.title(let text)): text
        default: nil
        }
      }.first ?? "TrustMetrics"
    output = """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="color-scheme" content="light">
      <meta name="generator" content="TrustMetrics">
      <title>\(Markup.escaped(title))</title>
      <style>
      \(HTMLStyle.stylesheet)</style>
      </head>
      <body>
      <header class="masthead">
      <h1>\(Markup.escaped(title))</h1>

      """
    if let stamp {
      output +=
        "<p class=\"stamp\">Generated \(Markup.escaped(stamp.generatedText)) by TrustMetrics. "
        + "Datasets' content hash (SHA-256): <code>\(Markup.escaped(stamp.contentHash))</code>"
        + "</p>\n"
    }
    let headings = document.blocks.compactMap { block -> String? in
      switch block {
      case .heading(let text, _), .onlyInHTML(.heading(let text, _)): text
      default: nil
      }
    }
    if headings.count > 1 {
      output += "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n"
      for (index, text) in headings.enumerated() {
        output += "<li><a href=\"#s-\(index + 1)\">\(Markup.escaped(text))</a></li>\n"
      }
      output += "</ol>\n</nav>\n"
    }
    output += "</header>\n<main>\n"
    for block in document.blocks { write(block) }
    closeList()
    closeGrid()
    closeSection()
    output += "</main>\n</body>\n</html>\n"
    return output
  }

  private mutating func write(_ block: ReportDocument.Block) {
    switch block {
    case .reference: break
    default: closeList()
    }
    switch block {
    case .picture, .blank: break
    default: closeGrid()
    }
    switch block {
    case .title: break  // In the masthead.
    case .heading(let text, let section):
      closeSection()
      sectionCount += 1
      let kind =
        switch section {
        case .authority: "authority"
        case .comparison: "comparison"
        case .notes: "notes"
        }
      output +=
        "<section id=\"s-\(sectionCount)\" class=\"\(kind)\" aria-labelledby=\"s-\(sectionCount)-h\">\n"
        + "<h2 id=\"s-\(sectionCount)-h\">\(Markup.escaped(text))</h2>\n"
      isSectionOpen = true
    case .subheading(let text):
      output += "<h3>\(Markup.escaped(text.hasSuffix(":") ? String(text.dropLast()) : text))</h3>\n"
    case .paragraph(let text, let style, let indent):
      let isNote = style.color == .gray || !indent.isEmpty || text.hasPrefix("Note: ")
      output += (isNote ? "<p class=\"note\">" : "<p>") + Markup.escaped(text) + "</p>\n"
    case .reference(let text, let url, let mark):
      if !isListOpen {
        output += "<ul class=\"news\">\n"
        isListOpen = true
      }
      output +=
        "<li><span class=\"mark\" aria-hidden=\"true\">\(Markup.escaped(mark))</span> "
        + Markup.escaped(text)
      if let url, let address = Markup.linkAddress(url) {
        output += " <a href=\"\(address)\">\(address)</a>"
      }
      output += "</li>\n"
    case .styledLine(let text):
      output += "<p>" + styled(text) + "</p>\n"
    case .table(let table, let caption, let sparklines):
      write(table, caption: caption, sparklines: sparklines)
    case .chart(let title, let draw, let picture):
      if let picture {
        write(picture)
      } else {
        output +=
          "<figure class=\"chart\">\n<figcaption>\(Markup.escaped(caption(title)))"
          + "</figcaption>\n<pre>"
          + draw(80, .plain).map { Markup.escaped($0.plainText) }.joined(separator: "\n")
          + "</pre>\n</figure>\n"
      }
    case .picture(let picture):
      if !isGridOpen {
        output += "<div class=\"chart-grid\">\n"
        isGridOpen = true
      }
      write(picture)
    case .onlyInHTML(let inner):
      write(inner)
    case .blank: break
    }
  }

  private mutating func closeSection() {
    guard isSectionOpen else { return }
    output += "</section>\n"
    isSectionOpen = false
  }

  private mutating func closeList() {
    guard isListOpen else { return }
    output += "</ul>\n"
    isListOpen = false
  }

  private mutating func closeGrid() {
    guard isGridOpen else { return }
    output += "</div>\n"
    isGridOpen = false
  }

  /// A chart's title as a caption: without the colon that introduces the text drawing.
  private func caption(_ title: String) -> String {
    title.hasSuffix(":") ? String(title.dropLast()) : title
  }

  /// Styled runs as HTML: bold as `<strong>`, a colour as a class with an accessible colour.
  private func styled(_ text: StyledText) -> String {
    text.runs.map { run in
      var html = Markup.escaped(run.text)
      if let color = run.style.color { html = "<span class=\"c-\(color.rawValue)\">\(html)</span>" }
      if run.style.isBold { html = "<strong>\(html)</strong>" }
      return html
    }.joined()
  }

  private mutating func write(
    _ table: TextTable, caption: String?, sparklines: SparklineColumn?
  ) {
    output += "<div class=\"table-wrap\">\n<table>\n"
    if let caption { output += "<caption>\(Markup.escaped(caption))</caption>\n" }
    output += "<thead><tr>"
    for (index, column) in table.columns.enumerated() {
      let isNumber = column.alignment == .right
      let isSparkline = sparklines?.column == index
      let classes = isNumber ? " class=\"num\"" : (isSparkline ? " class=\"trend\"" : "")
      output += "<th scope=\"col\"\(classes)>\(Markup.escaped(column.title))</th>"
    }
    output += "</tr></thead>\n<tbody>\n"
    for (rowIndex, row) in table.rows.enumerated() {
      output += "<tr>"
      for (index, cell) in row.enumerated() {
        let column = table.columns[index]
        let isNumber = column.alignment == .right
        if index == 0 {
          output += "<th scope=\"row\">\(styled(cell))</th>"
          continue
        }
        if let sparklines, sparklines.column == index, rowIndex < sparklines.cells.count,
          let picture = sparklines.cells[rowIndex]
        {
          sparklineCount += 1
          let label = SVGLabel(
            id: "spark-\(sparklineCount)", title: picture.title,
            description: picture.description)
          output += "<td class=\"trend\">" + picture.sparkline.svg(label: label) + "</td>"
          continue
        }
        output += (isNumber ? "<td class=\"num\">" : "<td>") + styled(cell) + "</td>"
      }
      output += "</tr>\n"
    }
    output += "</tbody>\n</table>\n</div>\n"
  }

  private mutating func write(_ picture: ChartPicture) {
    figureCount += 1
    let id = "fig-\(figureCount)"
    let label = SVGLabel(id: id, title: picture.title, description: picture.description)
    output +=
      "<figure class=\"chart\(picture.isSmall ? " small" : "")\" id=\"\(id)\">\n"
      + "<figcaption>\(Markup.escaped(picture.title))</figcaption>\n"
    switch picture.model {
    case .success(.line(let chart)):
      output +=
        picture.isSmall
        ? chart.svg(label: label, width: 400, plotHeight: 170, axis: picture.axis)
        : chart.svg(label: label, width: 720, plotHeight: 240, axis: picture.axis)
    case .success(.bars(let chart)):
      output += chart.svg(label: label, width: 720, axis: picture.axis)
    case .failure(let error):
      output += "<p class=\"note\">(chart not drawn: \(Markup.escaped(error.description)))</p>"
    }
    output +=
      "\n<details>\n<summary>Data table: \(Markup.escaped(picture.title))</summary>\n"
      + "<table class=\"data\">\n<thead><tr>"
    for heading in picture.data.headings {
      output += "<th scope=\"col\">\(Markup.escaped(heading))</th>"
    }
    output += "</tr></thead>\n<tbody>\n"
    for row in picture.data.rows {
      output += "<tr>"
      for (index, cell) in row.enumerated() {
        output +=
          index == 0
          ? "<th scope=\"row\">\(Markup.escaped(cell))</th>"
          : "<td class=\"num\">\(Markup.escaped(cell))</td>"
      }
      output += "</tr>\n"
    }
    output += "</tbody>\n</table>\n</details>\n</figure>\n"
  }
}
