import TextCharts

/// Sparklines HTML draws in one column of a table, in place of the glyphs.
struct SparklineColumn {
  /// The column's index.
  var column: Int
  /// One per row: the sparkline and what it shows, or `nil` to keep the cell's text.
  var cells: [(sparkline: Sparkline, title: String, description: String)?]
}
