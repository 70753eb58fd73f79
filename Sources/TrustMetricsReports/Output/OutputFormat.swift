/// How a command prints its rows.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Aligned text for people (the default).
  case text
  /// CSV for spreadsheets, with formula-looking text defused.
  case csv
  /// One JSON object: `{"schema": "trustmetrics.<command>/1", "rows": [...]}`.
  case json
}
