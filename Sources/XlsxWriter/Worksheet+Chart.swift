private import CXlsxWriter

extension Worksheet {
  /// Inserts a native chart with its top-left corner at a cell.
  ///
  /// The corresponding C functions are `workbook_add_chart`, `chart_add_series`,
  /// `chart_series_set_categories`, `chart_series_set_values`, `chart_title_set_name`,
  /// `chart_axis_set_name`, `chart_series_set_points` and `worksheet_insert_chart_opt` (whose
  /// `description` is the alt text).
  ///
  /// - Parameters:
  ///   - chart: The chart.
  ///   - cell: Where its top-left corner goes.
  /// - Throws: ``XlsxError/invalidChart(_:reason:)`` when it has no title, no description, no
  ///   series or an unusable range; a library error otherwise.
  public func insert(_ chart: Chart, at cell: CellReference) throws(XlsxError) {
    // unsafe: libxlsxwriter's chart API takes raw pointers, valid for the call.
    let sheet = UnsafeMutablePointer<lxw_worksheet>(try rawHandle)
    let workbook = UnsafeMutablePointer<lxw_workbook>(try workbookHandle)
    _ = try cell.validated()
    try Worksheet.validate(chart)
    let type: lxw_chart_type =
      switch chart.kind {
      case .line: LXW_CHART_LINE
      case .column: LXW_CHART_COLUMN
      case .bar: LXW_CHART_BAR
      }
    guard let made = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
      throw .library(
        code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), message: "no chart was created",
        context: "adding the chart \"\(chart.title)\"")
    }
    for series in chart.series {
      guard let added = chart_add_series(made, nil, nil) else {
        throw .library(
          code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), message: "no series was created",
          context: "adding the series \"\(series.name)\"")
      }
      func set(
        _ range: SheetRange,
        _ call: (
          // unsafe: libxlsxwriter's chart API takes raw pointers, valid for the call.
          UnsafeMutablePointer<lxw_chart_series>?, UnsafePointer<CChar>?, lxw_row_t, lxw_col_t,
          lxw_row_t, lxw_col_t
        ) -> Void
      ) {
        range.sheet.withCString {
          call(
            added, $0, lxw_row_t(range.range.first.row), lxw_col_t(range.range.first.column),
            lxw_row_t(range.range.last.row), lxw_col_t(range.range.last.column))
        }
      }
      set(series.categories, chart_series_set_categories)
      set(series.values, chart_series_set_values)
      chart_series_set_name(added, series.name)
      var line = lxw_chart_line()
      var hasLine = false
      if let color = series.color {
        line.color = color.rgb
        hasLine = true
      }
      if let width = series.lineWidth {
        line.width = Float(width)
        hasLine = true
      }
      if series.isDashed {
        line.dash_type = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue)
        hasLine = true
      }
      switch chart.kind {
      case .line:
        if hasLine { chart_series_set_line(added, &line) }
        chart_series_set_marker_type(added, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
        chart_series_set_marker_size(added, 5)
        if let color = series.color {
          var fill = lxw_chart_fill()
          fill.color = color.rgb
          chart_series_set_marker_fill(added, &fill)
          var border = lxw_chart_line()
          border.color = color.rgb
          chart_series_set_marker_line(added, &border)
        }
      case .column, .bar:
        if let color = series.color {
          var fill = lxw_chart_fill()
          fill.color = color.rgb
          chart_series_set_fill(added, &fill)
        }
      }
      if !series.pointColors.isEmpty {
        try Worksheet.setPointColors(series.pointColors, of: added, named: series.name)
      }
    }
    chart_title_set_name(made, chart.title)
    // A bar chart's categories run up its vertical axis, which the library calls its y axis.
    let (categoryAxis, valueAxis) =
      chart.kind == .bar
      // unsafe: libxlsxwriter's chart API takes raw pointers, valid for the call.
      ? (made.pointee.y_axis, made.pointee.x_axis) : (made.pointee.x_axis, made.pointee.y_axis)
    chart_axis_set_name(categoryAxis, chart.categoryAxisTitle)
    chart_axis_set_name(valueAxis, chart.valueAxisTitle)
    if let format = chart.valueAxisNumberFormat {
      chart_axis_set_num_format(valueAxis, format)
    }
    chart_legend_set_position(made, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    let description = strdup(chart.description)
    defer { free(description) }
    var options = lxw_chart_options()
    options.description = description
    options.x_scale = Double(chart.width) / 480
    options.y_scale = Double(chart.height) / 288
    let result = worksheet_insert_chart_opt(
      sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), made, &options)
    try LibraryResult.check(
      result.rawValue, "inserting the chart \"\(chart.title)\" at \(reference(cell))")
  }

  /// Colours single points of a series; the points before the last coloured one keep the
  /// series' look.
  ///
  /// The corresponding C function is `chart_series_set_points`.
  private static func setPointColors(
    // unsafe: libxlsxwriter's chart API takes raw pointers, valid for the call.
    _ colors: [Int: Color], of series: UnsafeMutablePointer<lxw_chart_series>, named name: String
  ) throws(XlsxError) {
    let count = (colors.keys.max() ?? -1) + 1
    // The library reads `count` point pointers up to a terminating null and copies each point's
    // fill, so the fills and points only need to live for the call.
    // unsafe: libxlsxwriter's chart API takes raw pointers, valid for the call.
    let fills = UnsafeMutablePointer<lxw_chart_fill>.allocate(capacity: count)
    let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: count)
    let pointers = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_point>?>.allocate(
      capacity: count + 1)
    defer {
      fills.deallocate()
      points.deallocate()
      pointers.deallocate()
    }
    for index in 0..<count {
      (fills + index).initialize(to: lxw_chart_fill())
      (points + index).initialize(to: lxw_chart_point())
      if let color = colors[index] {
        fills[index].color = color.rgb
        points[index].fill = fills + index
      }
      (pointers + index).initialize(to: points + index)
    }
    (pointers + count).initialize(to: nil)
    let result = chart_series_set_points(series, pointers)
    try LibraryResult.check(result.rawValue, "colouring points of the series \"\(name)\"")
  }

  private static func validate(_ chart: Chart) throws(XlsxError) {
    func fail(_ reason: String) -> XlsxError { .invalidChart(chart.title, reason: reason) }
    let texts = [
      ("title", chart.title), ("description", chart.description),
      ("category axis title", chart.categoryAxisTitle), ("value axis title", chart.valueAxisTitle),
    ]
    for (part, text) in texts {
      guard text.contains(where: { !$0.isWhitespace }) else {
        throw fail("its \(part) is empty")
      }
      guard !text.hasPrefix("=") else { throw fail("its \(part) begins with = (a formula)") }
    }
    guard chart.description.unicodeScalars.count <= 255 else {
      throw fail("its description is longer than 255 characters")
    }
    guard !chart.series.isEmpty else { throw fail("it has no series") }
    guard (16...4_000).contains(chart.width), (16...4_000).contains(chart.height) else {
      throw fail("its size must be 16–4,000 pixels each way")
    }
    for series in chart.series {
      guard !series.name.isEmpty, !series.name.hasPrefix("=") else {
        throw fail("a series name is empty or begins with =")
      }
      for range in [series.categories, series.values] {
        do {
          _ = try range.range.validated()
          try Workbook.validateSheetName(range.sheet, existing: [])
        } catch {
          throw fail("series \"\(series.name)\": \(error.description)")
        }
        guard range.isLine else {
          throw fail("series \"\(series.name)\": \(range.range.a1) is not one row or column")
        }
      }
      guard series.categories.length == series.values.length else {
        throw fail("series \"\(series.name)\": categories and values differ in length")
      }
      guard series.pointColors.keys.allSatisfy({ (0..<series.values.length).contains($0) }) else {
        throw fail("series \"\(series.name)\": a coloured point is outside its values")
      }
    }
  }
}
