import XlsxWriter

extension SheetPlan {
  /// Measures a sheet's cells for its column widths and row heights: the longest displayed
  /// text of each column and the wrapped texts, each style's number format parsed once.
  struct LayoutMeasure {
    /// What measuring needs of a cell's style.
    struct StyleFacts {
      /// Whether the style is ``WorkbookStyles/header`` (a header wraps, so it counts up to 24
      /// characters).
      var isHeader: Bool
      /// Whether text in the style wraps.
      var wrapsText: Bool
      /// How numbers in the style are displayed.
      var shape: NumberShape

      /// The facts of a style (`nil` for a cell without one).
      init(of style: CellStyle?) {
        wrapsText = style?.wrapsText == true
        isHeader = wrapsText && style == WorkbookStyles.header
        shape = NumberShape(format: style?.numberFormat)
      }
    }

    /// The longest display length of a sizing cell by column; -1 where the column has none.
    private var lengths: [Int] = []
    /// The texts of wrapped text cells, with where they stand.
    private var wrapped: [(row: Int, column: Int, text: String)] = []
    /// Facts of the styles of listed entries, in order of first use (a sheet uses a handful).
    private var knownFacts: [(style: CellStyle?, facts: StyleFacts)] = []
    /// The index in `knownFacts` of the style last listed in each column (the first guess).
    private var lastFacts: [Int] = []

    /// Counts a listed entry towards its column's width and, when it holds wrapped text, its
    /// row's height.
    mutating func add(
      _ entry: Entry, at cell: CellReference, measuresWidth: Bool = true,
      measuresHeight: Bool = true
    ) {
      add(
        entry.value, facts: facts(of: entry.style, column: cell.column),
        sizesColumn: entry.sizesColumn, row: cell.row,
        column: cell.column, measuresWidth: measuresWidth, measuresHeight: measuresHeight)
    }

    /// The facts of a listed entry's style, trying the style last listed in its column first.
    private mutating func facts(of style: CellStyle?, column: Int) -> StyleFacts {
      if column < lastFacts.count, knownFacts[lastFacts[column]].style == style {
        return knownFacts[lastFacts[column]].facts
      }
      let index: Int
      if let known = knownFacts.firstIndex(where: { $0.style == style }) {
        index = known
      } else {
        index = knownFacts.count
        knownFacts.append((style, StyleFacts(of: style)))
      }
      if column >= lastFacts.count {
        lastFacts.append(contentsOf: repeatElement(index, count: column - lastFacts.count + 1))
      }
      lastFacts[column] = index
      return knownFacts[index].facts
    }

    /// Counts a cell towards its column's width when it sizes the column, and keeps its text
    /// for its row's height when it wraps text.
    mutating func add(
      _ value: CellValue, facts: StyleFacts, sizesColumn: Bool, row: Int, column: Int,
      measuresWidth: Bool = true, measuresHeight: Bool = true
    ) {
      if measuresWidth && sizesColumn {
        var length = LayoutMeasure.displayLength(of: value, shape: facts.shape)
        if facts.isHeader { length = min(length, 24) }
        if column >= lengths.count {
          lengths.append(contentsOf: repeatElement(-1, count: column - lengths.count + 1))
        }
        lengths[column] = max(lengths[column], length)
      }
      if measuresHeight && facts.wrapsText, case .text(let text) = value {
        wrapped.append((row, column, text))
      }
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

    /// The length in characters of a value as displayed: its text's longest line, or the
    /// estimated width of its number.
    private static func displayLength(of value: CellValue, shape: NumberShape) -> Int {
      switch value {
      case .text(let text): return SheetPlan.longestParagraphLength(of: text)
      case .link(let url, let text): return SheetPlan.longestParagraphLength(of: text ?? url)
      case .number(let number), .formula(_, .number(let number)): return shape.length(of: number)
      case .formula(_, .text(let text)): return SheetPlan.longestParagraphLength(of: text)
      case .blank: return 0
      }
    }
  }
}
