/// The numbers behind a chart: a heading row, then rows whose first cell names the row.
struct DataTable {
  /// The column headings.
  var headings: [String]
  /// The rows, one cell per heading.
  var rows: [[String]]
}
