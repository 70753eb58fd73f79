import SVGCharts
import TextCharts

/// The HTML report's style sheet: the reader's own sans-serif font (no web font), dark text on
/// white (every text colour at least 4.5:1, ``SVGPalette``), tables that wrap rather than clip,
/// and print rules for A4: a page break before each authority and comparison section, charts
/// and table rows never split, headings kept with what follows, page numbers in the margin.
enum HTMLStyle {
  /// Notes and captions.
  static let muted = "#4d4d4d"
  /// Links.
  static let link = "#1a4f8b"
  /// Table headings' background.
  static let headingBackground = "#f0f0f0"

  /// The whole style sheet, inlined in every page.
  static let stylesheet: String = {
    let colorClasses = TextColor.allCases.map {
      ".c-\($0.rawValue) { color: \(SVGPalette.hex($0)); }"
    }.joined(separator: "\n")
    return """
      :root { color-scheme: light; }
      html { background: \(SVGPalette.background); color: \(SVGPalette.text); }
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, \
      "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 1rem; line-height: 1.45; \
      max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
      h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
      h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; \
      border-bottom: 2px solid \(SVGPalette.text); }
      h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
      p { margin: 0.4rem 0; }
      .note, .stamp { color: \(muted); font-size: 0.9rem; }
      code { font-size: 0.85rem; overflow-wrap: anywhere; }
      a { color: \(link); overflow-wrap: anywhere; }
      nav ol { columns: 2 16rem; margin: 0.25rem 0 0; }
      .table-wrap { overflow-x: auto; margin: 0.5rem 0; }
      table { border-collapse: collapse; font-size: 0.9rem; }
      caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
      th, td { border: 1px solid #b3b3b3; padding: 0.2rem 0.45rem; vertical-align: middle; }
      thead th { background: \(headingBackground); text-align: left; }
      th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      tbody th { text-align: left; font-weight: 600; }
      td.trend, th.trend { padding: 0.1rem 0.35rem; }
      svg.sparkline { display: block; }
      ul.news { padding-left: 1.2rem; list-style: none; }
      ul.news li { margin: 0.3rem 0; text-indent: -1.2rem; padding-left: 0; }
      ul.news .mark { display: inline-block; width: 1.2rem; text-indent: 0; }
      figure.chart { margin: 1rem 0; }
      figcaption { font-weight: 600; margin-bottom: 0.25rem; }
      svg.chart { display: block; width: 100%; height: auto; }
      .chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); \
      gap: 0.5rem 1.25rem; }
      .chart-grid figure.chart { margin: 0.5rem 0; }
      details { margin-top: 0.25rem; font-size: 0.9rem; }
      summary { cursor: pointer; color: \(link); }
      table.data { margin: 0.25rem 0; }
      pre { font-size: 0.8rem; overflow-x: auto; }
      \(colorClasses)
      @page { size: A4; margin: 14mm 12mm 16mm; \
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; \
      color: \(muted); } }
      @media print {
        body { max-width: none; padding: 0; font-size: 9.5pt; }
        h1 { font-size: 16pt; }
        h2 { font-size: 13pt; margin-top: 0; }
        h3 { font-size: 11pt; }
        section.authority, section.comparison { break-before: page; }
        h2, h3, figcaption, caption { break-after: avoid; }
        figure.chart, svg, .chart-grid figure.chart { break-inside: avoid; }
        .table-wrap { overflow: visible; }
        table { font-size: 8.5pt; width: 100%; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        details:not([open]) { display: none; }
        a { color: \(SVGPalette.text); }
        .chart-grid { grid-template-columns: 1fr 1fr; }
      }

      """
  }()
}
