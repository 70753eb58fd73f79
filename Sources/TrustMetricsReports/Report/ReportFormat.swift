/// How the trend report and charts are printed.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// For a terminal: tables and charts fitted to the width, coloured when allowed.
  case text
  /// For committee papers: Markdown tables, charts in fenced code blocks.
  case markdown
  /// The numbers behind the report, `{"schema": "trustmetrics.report/1", ...}`.
  case json
  /// One self-contained HTML5 page for committee papers: tables, SVG charts with their data
  /// tables, citations with links; prints on A4.
  case html
}
