import XlsxWriter

/// A planned sheet made ready to write: its cells in row order, its distinct styles numbered,
/// its columns' widths and its rows' heights, all worked out before writing, so that they can
/// be made on another thread than the one that writes.
struct SheetLayout {
  /// Every planned cell in row order.
  var entries: [(cell: CellReference, entry: SheetPlan.Entry)]
  /// The distinct styles of the cells, in order of first use.
  var styles: [CellStyle?]
  /// The place in `styles` of each entry's style.
  var styleIndices: [Int]
  /// The columns' widths, by column.
  var widths: [Int: Double]
  /// The heights of rows that need one, by row.
  var heights: [Int: Double]

  /// Lays a plan out.
  init(_ plan: SheetPlan) {
    entries = plan.entries
    (widths, heights) = plan.layout()
    var styles: [CellStyle?] = []
    var indexOfStyle: [CellStyle?: Int] = [:]
    var last: (style: CellStyle?, index: Int)?
    styleIndices = entries.map { _, entry in
      if let last, last.style == entry.style { return last.index }
      let index: Int
      if let known = indexOfStyle[entry.style] {
        index = known
      } else {
        index = styles.count
        styles.append(entry.style)
        indexOfStyle[entry.style] = index
      }
      last = (entry.style, index)
      return index
    }
    self.styles = styles
  }
}
