/// A planned sheet's columns' widths and rows' heights, measured before writing so that they
/// can be measured on another thread than the one that writes.
struct SheetLayout: Sendable {
  /// The columns' widths, by column.
  var widths: [Int: Double]
  /// The heights of rows that need one, by row.
  var heights: [Int: Double]

  /// Measures a plan.
  init(_ plan: SheetPlan) {
    (widths, heights) = plan.layout()
  }
}
