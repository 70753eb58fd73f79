import XlsxWriter

extension SheetPlan {
  /// Measures a sheet's cells for its column widths and row heights in one pass: the longest
  /// displayed text of each column and the wrapped texts, each number format parsed once.
  struct LayoutMeasure {
    /// The longest display length of a sizing cell by column; -1 where the column has none.
    private var lengths: [Int] = []
    /// The texts of wrapped text cells, with where they stand.
    private var wrapped: [(row: Int, column: Int, text: String)] = []
    /// Number shapes by format, in order of first use (a sheet uses a handful).
    private var shapes: [(format: String?, shape: NumberShape)] = []

    /// Counts a cell towards its column's width and, when it holds wrapped text, its row's
    /// height.
    mutating func add(_ entry: Entry, at cell: CellReference) {
      addWidth(of: entry, at: cell)
      addWrapped(entry, at: cell)
    }

    /// Counts a cell towards its column's width when it sizes the column.
    mutating func addWidth(of entry: Entry, at cell: CellReference) {
      guard entry.sizesColumn else { return }
      var length = displayLength(of: entry)
      if entry.style?.wrapsText == true, entry.style == WorkbookStyles.header {
        length = min(length, 24)
      }
      if cell.column >= lengths.count {
        lengths.append(contentsOf: repeatElement(-1, count: cell.column - lengths.count + 1))
      }
      lengths[cell.column] = max(lengths[cell.column], length)
    }

    /// Keeps a cell's text for its row's height when the cell wraps text.
    mutating func addWrapped(_ entry: Entry, at cell: CellReference) {
      guard entry.style?.wrapsText == true, case .text(let text) = entry.value else { return }
      wrapped.append((cell.row, cell.column, text))
    }

    /// The column widths (see ``SheetPlan/columnWidths()``): length + 2, at least 8 and at most
    /// `maximum`, then the `fixed` widths.
    func widths(maximum: Double, fixed: [Int: Double]) -> [Int: Double] {
      var result: [Int: Double] = [:]
      for (column, length) in lengths.enumerated() where length >= 0 {
        result[column] = min(max(Double(length) + 2, 8), maximum)
      }
      for (column, width) in fixed { result[column] = width }
      return result
    }

    /// The row heights of the wrapped texts in columns of these widths (see
    /// ``SheetPlan/rowHeights(widths:)``); a column without a width is 8.43 characters wide.
    func heights(widths: [Int: Double]) -> [Int: Double] {
      var heights: [Int: Double] = [:]
      for (row, column, text) in wrapped {
        guard let height = SheetPlan.height(ofWrapped: text, width: widths[column] ?? 8.43)
        else { continue }
        heights[row] = max(heights[row] ?? 0, height)
      }
      return heights
    }

    private mutating func displayLength(of entry: Entry) -> Int {
      switch entry.value {
      case .text(let text): return SheetPlan.longestParagraphLength(of: text)
      case .link(let url, let text): return SheetPlan.longestParagraphLength(of: text ?? url)
      case .number(let number), .formula(_, .number(let number)):
        return shape(of: entry.style?.numberFormat).length(of: number)
      case .formula(_, .text(let text)): return SheetPlan.longestParagraphLength(of: text)
      case .blank: return 0
      }
    }

    private mutating func shape(of format: String?) -> NumberShape {
      if let known = shapes.first(where: { $0.format == format }) { return known.shape }
      let shape = NumberShape(format: format)
      shapes.append((format, shape))
      return shape
    }
  }
}
