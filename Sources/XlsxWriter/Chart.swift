/// A native Excel chart, described as a value and inserted with
/// ``Worksheet/insert(_:at:)``.
///
/// Every chart carries a title and a description (alt text read by screen readers); axis titles
/// name what is plotted and in which unit.
public struct Chart: Hashable, Sendable {
  /// The kind of chart.
  public enum Kind: Hashable, Sendable {
    /// Lines through points, one per series.
    case line
    /// Vertical bars, clustered by category.
    case column
    /// Horizontal bars, clustered by category: the categories down the vertical axis (long
    /// names stay readable).
    case bar
  }

  /// One plotted series: a name and a row or column of values against categories.
  public struct Series: Hashable, Sendable {
    /// The name shown in the legend.
    public var name: String
    /// The category labels (such as years), a single row or column.
    public var categories: SheetRange
    /// The values, a single row or column as long as the categories.
    public var values: SheetRange
    /// The line or bar colour; `nil` for the theme's next colour.
    public var color: Color?
    /// The line width in points; `nil` for the default.
    public var lineWidth: Double?
    /// Draws the line dashed (a comparison series such as England).
    public var isDashed: Bool
    /// Fill colours of single bars (or markers), by zero-based position in the series, such as
    /// England's bar among authorities'.
    public var pointColors: [Int: Color]

    /// Creates a series.
    ///
    /// - Parameters:
    ///   - name: The legend name.
    ///   - categories: The category labels.
    ///   - values: The values.
    ///   - color: The colour, or `nil` for the theme's.
    ///   - lineWidth: The line width in points, or `nil`.
    ///   - isDashed: Whether the line is dashed.
    ///   - pointColors: Colours of single points by zero-based position.
    public init(
      name: String, categories: SheetRange, values: SheetRange, color: Color? = nil,
      lineWidth: Double? = nil, isDashed: Bool = false, pointColors: [Int: Color] = [:]
    ) {
      self.name = name
      self.categories = categories
      self.values = values
      self.color = color
      self.lineWidth = lineWidth
      self.isDashed = isDashed
      self.pointColors = pointColors
    }
  }

  /// The kind of chart.
  public var kind: Kind
  /// The title above the chart.
  public var title: String
  /// What the chart shows, for screen readers (alt text).
  public var description: String
  /// The title of the category (horizontal) axis, such as `Year`.
  public var categoryAxisTitle: String
  /// The title of the value (vertical) axis, with its unit, such as `Agency rate (%)`.
  public var valueAxisTitle: String
  /// The number format of the value axis labels, such as `£#,##0,,"m"`; `nil` for the values'.
  public var valueAxisNumberFormat: String?
  /// The series, drawn in order.
  public var series: [Series]
  /// The width in pixels (Excel's default is 480).
  public var width: Int
  /// The height in pixels (Excel's default is 288).
  public var height: Int

  /// Creates a chart description.
  ///
  /// - Parameters:
  ///   - kind: The kind of chart.
  ///   - title: The title.
  ///   - description: The alt text.
  ///   - categoryAxisTitle: The category axis title.
  ///   - valueAxisTitle: The value axis title.
  ///   - valueAxisNumberFormat: The value axis number format, if any.
  ///   - series: The series.
  ///   - width: The width in pixels.
  ///   - height: The height in pixels.
  public init(
    kind: Kind, title: String, description: String, categoryAxisTitle: String,
    valueAxisTitle: String, valueAxisNumberFormat: String? = nil, series: [Series] = [],
    width: Int = 720, height: Int = 400
  ) {
    self.kind = kind
    self.title = title
    self.description = description
    self.categoryAxisTitle = categoryAxisTitle
    self.valueAxisTitle = valueAxisTitle
    self.valueAxisNumberFormat = valueAxisNumberFormat
    self.series = series
    self.width = width
    self.height = height
  }
}

/// A range on a named sheet, such as `Workforce!$B$2:$J$2`.
public struct SheetRange: Hashable, Sendable {
  /// The sheet's name.
  public var sheet: String
  /// The cells.
  public var range: CellRange

  /// Creates a range on a sheet.
  ///
  /// - Parameters:
  ///   - sheet: The sheet's name.
  ///   - range: The cells.
  public init(sheet: String, range: CellRange) {
    self.sheet = sheet
    self.range = range
  }

  /// The range as a formula reference, such as `'Sheet 1'!$A$1:$A$5`.
  public var formulaReference: String {
    let quoted =
      sheet.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      ? sheet
      : "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
        + "'"
    return quoted + "!" + range.absolute
  }

  /// Whether the range is a single row or a single column.
  var isLine: Bool { range.rowCount == 1 || range.columnCount == 1 }

  /// The number of cells along the row or column.
  var length: Int { max(range.rowCount, range.columnCount) }
}
