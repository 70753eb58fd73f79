public import TrustMetricsCore
public import XlsxWriter

/// The finance and workforce comparison workbook: About, Summary, Workforce, Finance,
/// Insourcing, Figures and Sources.
///
/// Formulas are live (the Insourcing sheet's refer to the named cells `DiscountRate` and
/// `Horizon`) and each is written with the value ``TrustMetricsCore`` computes for it, so viewers
/// that do not recalculate show the right numbers.
public enum ComparisonWorkbook {
  /// The sheets, in order.
  public static let sheetNames = [
    "About", "Summary", "Workforce", "Finance", "Insourcing", "Figures", "Sources",
  ]

  /// Every authority the datasets have a figure about (a trust's figures count for its
  /// authority), in order of first figure, then every other authority a trust in `trusts.csv`
  /// served.
  ///
  /// - Parameter dataset: The loaded dataset.
  /// - Returns: Codes as the statistics write them.
  public static func defaultAuthorityCodes(in dataset: Dataset) -> [String] {
    var seen = Set<String>()
    let codeOfEntity = WorkbookScope.authorityCodes(in: dataset)
    var fromFigures: [String] = []
    for figure in dataset.figures {
      if let code = codeOfEntity[figure.entity], seen.insert(code).inserted {
        fromFigures.append(code)
      }
    }
    let fromTrusts = dataset.trusts.compactMap { dataset.workforce.resolvedCode($0.laCode) }
    return fromFigures + fromTrusts.filter { seen.insert($0).inserted }
  }

  /// Builds the workbook and writes it atomically.
  ///
  /// Every sheet is added first, in order; the Figures sheet, the largest, is then written on
  /// this thread while the other sheets are planned and laid out on another, at a lower
  /// quality of service. Their cells are written after it, on this thread (every libxlsxwriter
  /// call is made from this thread), then their tables, charts and defined names. The figures' check statuses
  /// (``WorkbookOptions/checkStatusesInBackground``) are made on other threads before anything
  /// else, since the Figures sheet needs them first; the About sheet's content hash is made
  /// beside the plans.
  ///
  /// - Parameters:
  ///   - dataset: The loaded dataset.
  ///   - options: Scope, assumptions and mode.
  ///   - path: The `.xlsx` file to write.
  ///   - replacingExisting: Whether an existing file may be replaced (`--force`).
  /// - Returns: What was written.
  /// - Throws: ``XlsxError`` when the output cannot be created or writing fails.
  public static func write(
    _ dataset: Dataset, options: WorkbookOptions, to path: String, replacingExisting: Bool
  ) throws(XlsxError) -> WorkbookReceipt {
    let pendingStatuses = options.checkStatusesInBackground.map { BackgroundWork($0) }
    let wantsAbout = options.sheets?.contains("About") ?? true
    // Started once the statuses are made, so that the statuses have every core first.
    let pendingHash =
      wantsAbout
      ? BackgroundWork(yieldingToOthers: true) {
        _ = pendingStatuses?.value()
        return AboutSheet.contentHash(of: dataset)
      } : nil
    let pendingPlans = BackgroundWork(yieldingToOthers: true) {
      _ = pendingStatuses?.value()
      let built = plans(for: dataset, options: options, contentHash: { pendingHash?.value() })
      return (built: built, layouts: built.plans.map { $0.layout() })
    }
    let sheetNames = self.sheetNames.filter { options.sheets?.contains($0) ?? true }
    let constantMemory =
      options.constantMemory
      || options.automaticConstantMemoryThreshold.map { dataset.figures.count > $0 } == true
    var formulas = 0
    var authorities: [String] = []
    var cellCounts: [String: Int] = [:]
    let warnings = try Workbook.write(
      to: path, replacingExisting: replacingExisting,
      options: .init(constantMemory: constantMemory)
    ) { workbook throws(XlsxError) in
      var sheets: [String: Worksheet] = [:]
      for name in sheetNames { sheets[name] = try workbook.addWorksheet(named: name) }
      let figuresSheet = sheets[FiguresSheet.name]
      // Prepared before another thread can prepare styles, so that styles are numbered the
      // same from run to run.
      let figuresStyles =
        dataset.figures.isEmpty
        ? nil
        : try figuresSheet.map { _ throws(XlsxError) in
          try FiguresSheet.RowStyles(for: dataset.figures, in: workbook)
        }
      if let figuresSheet {
        // A failed check leaves the statuses "not checked"; the receipt says why.
        var computed: [String?] = []
        if case .success(let labels) = pendingStatuses?.value() { computed = labels }
        // Streamed row by row rather than planned: it grows with the figures.
        try FiguresSheet.write(
          dataset: dataset,
          checkStatuses: FigureStatusLabels(computed: computed, given: options.checkStatuses),
          on: figuresSheet, in: workbook, styles: figuresStyles)
      }
      // libxlsxwriter is called from this thread only (see Sources/XlsxWriter/README.md).
      let (built, layouts) = pendingPlans.value()
      formulas = try writeCells(of: built.plans, layouts: layouts, on: sheets, in: workbook)
      for plan in built.plans {
        if let sheet = sheets[plan.name] {
          try emitWorkbookParts(of: plan, on: sheet, in: workbook)
        }
      }
      try workbook.setProperties(properties(options: options, scope: built.scope))
      // Made before the file is finished: libxlsxwriter then frees every cell, and the first
      // large allocation afterwards costs a sweep of the allocator's many small free blocks.
      authorities = built.scope.authorities.map(\.name)
      cellCounts = sheets.mapValues(\.cellCount)
    }
    var checkFailure: String?
    if case .failure(let error) = pendingStatuses?.value() { checkFailure = "\(error)" }
    return WorkbookReceipt(
      path: path, sheetNames: sheetNames, formulaCount: formulas,
      insourcingCaseCount: pendingPlans.value().built.caseCount, authorities: authorities,
      usedConstantMemory: constantMemory, warnings: warnings, checkFailure: checkFailure,
      cellCounts: cellCounts)
  }

  /// Plans every sheet but the Figures sheet, which ``FiguresSheet/write(dataset:checkStatuses:into:)``
  /// streams; `sheetNames` are the sheets to write, in order.
  ///
  /// The About sheet is planned last, so that `contentHash` (the dataset's hash when it is
  /// already being made elsewhere, `nil` to make it here) is waited for as late as possible.
  static func plans(
    for dataset: Dataset, options: WorkbookOptions, contentHash: @escaping () -> String? = { nil }
  ) -> (plans: [SheetPlan], sheetNames: [String], scope: WorkbookScope, caseCount: Int) {
    let scope = WorkbookScope(
      codes: options.authorityCodes ?? defaultAuthorityCodes(in: dataset),
      statistics: dataset.workforce)
    let wanted = { (name: String) in options.sheets?.contains(name) ?? true }
    let insourcing =
      wanted("Insourcing")
      ? InsourcingSheet(dataset: dataset, scope: scope, options: options) : nil
    let planners: [(name: String, plan: () -> SheetPlan)] = [
      (
        "About",
        {
          AboutSheet.plan(
            dataset: dataset, scope: scope, options: options, contentHash: contentHash())
        }
      ),
      ("Summary", { SummarySheet.plan(dataset: dataset, scope: scope) }),
      ("Workforce", { WorkforceSheet.plan(dataset: dataset, scope: scope) }),
      ("Finance", { FinanceSheet.plan(dataset: dataset, scope: scope) }),
      ("Insourcing", { insourcing?.plan() ?? SheetPlan(name: "Insourcing") }),
      (FiguresSheet.name, { SheetPlan(name: FiguresSheet.name) }),
      ("Sources", { SourcesSheet.plan(dataset: dataset) }),
    ]
    let chosen = planners.filter { wanted($0.name) }
    let planned = chosen.filter { $0.name != FiguresSheet.name && $0.name != "About" }
      .map { $0.plan() }
    let plans = chosen.filter { $0.name == "About" }.map { $0.plan() } + planned
    return (plans, chosen.map(\.name), scope, insourcing?.cases.count ?? 0)
  }

  static func properties(options: WorkbookOptions, scope: WorkbookScope) -> DocumentProperties {
    DocumentProperties(
      title: "TrustMetrics: children's services finance and workforce comparison",
      subject: "Children's trusts: workforce statistics, budgets, overspends and insourcing",
      author: "TrustMetrics",
      keywords:
        "children's services, children's trusts, social work workforce, agency rate, NPV, insourcing",
      comments: "Authorities: " + scope.authorities.map(\.name).joined(separator: ", "),
      created: options.created)
  }

  /// Adds a sheet for a plan and writes it, rows in order.
  static func emit(_ plan: SheetPlan, into workbook: Workbook) throws(XlsxError) {
    try emit(plan, on: workbook.addWorksheet(named: plan.name), in: workbook)
  }

  /// Writes one planned sheet on a sheet already added, rows in order.
  ///
  /// - Parameters:
  ///   - plan: The sheet's plan.
  ///   - layout: The plan's column widths and row heights (``SheetPlan/layout()``), when they
  ///     were measured elsewhere; measured here when `nil`.
  ///   - sheet: The sheet to write on.
  ///   - workbook: The sheet's workbook.
  /// - Returns: How many formulas it wrote.
  /// - Throws: ``XlsxError`` when a call fails.
  @discardableResult
  static func emit(
    _ plan: SheetPlan, layout: (widths: [Int: Double], heights: [Int: Double])? = nil,
    on sheet: Worksheet, in workbook: Workbook
  ) throws(XlsxError) -> Int {
    let formulas = try emitCells(of: plan, layout: layout, on: sheet, in: workbook)
    try emitWorkbookParts(of: plan, on: sheet, in: workbook)
    return formulas
  }

  /// Writes the cells of every plan that has a sheet in `sheets`, with their layouts
  /// (``emitCells(of:layout:on:in:)``).
  ///
  /// - Returns: How many formulas they hold.
  private static func writeCells(
    of plans: [SheetPlan], layouts: [(widths: [Int: Double], heights: [Int: Double])],
    on sheets: [String: Worksheet], in workbook: Workbook
  ) throws(XlsxError) -> Int {
    var formulas = 0
    for (plan, layout) in zip(plans, layouts) {
      if let sheet = sheets[plan.name] {
        formulas += try emitCells(of: plan, layout: layout, on: sheet, in: workbook)
      }
    }
    return formulas
  }

  /// Writes what of a planned sheet touches the sheet alone: filter, cells, notes, heights,
  /// widths, frozen panes and print settings (landscape, fitted to the width, repeated header
  /// rows and page breaks).
  ///
  /// - Returns: How many formulas it wrote.
  private static func emitCells(
    of plan: SheetPlan, layout: (widths: [Int: Double], heights: [Int: Double])?,
    on sheet: Worksheet, in workbook: Workbook
  ) throws(XlsxError) -> Int {
    var formulas = 0
    let layout = layout ?? plan.layout()
    let heights = layout.heights
    // Prepared when first used, in the order of the cells, as libxlsxwriter numbers them.
    var styles = [PreparedStyle?](repeating: nil, count: plan.styles.count)
    func prepared(_ index: Int) throws(XlsxError) -> PreparedStyle {
      if let style = styles[index] { return style }
      let style = try workbook.prepare(plan.styles[index])
      styles[index] = style
      return style
    }
    let unstyled = try workbook.prepare(nil)
    var sizedRows = Set<Int>()
    // Constant-memory mode refuses tables, and an autofilter must come before its rows.
    if workbook.isConstantMemory, let main = plan.tables.first {
      try sheet.addAutofilter(over: main.range)
    }
    if let rows = plan.repeatedRows { try sheet.repeatWhenPrinted(rows: rows) }
    if !plan.pageBreaks.isEmpty { try sheet.startPrintedPages(atRows: plan.pageBreaks) }
    try plan.forEachEntryWithStyleIndex { (cell, entry, style) throws(XlsxError) in
      if let height = heights[cell.row], sizedRows.insert(cell.row).inserted {
        try sheet.setHeight(height, ofRow: cell.row)
      }
      try sheet.write(
        entry.value, at: cell, prepared: try style.map(prepared) ?? unstyled,
        undefinedNote: entry.note ?? Worksheet.undefinedNote)
      if case .formula = entry.value { formulas += 1 }
      if let note = entry.note, !isNonFiniteNumber(entry.value) {
        try sheet.addNote(note, at: cell)
      }
    }
    for (column, width) in layout.widths.sorted(by: { $0.key < $1.key }) {
      try sheet.setWidth(width, ofColumns: column...column)
    }
    if plan.frozenRows > 0 { try sheet.freezePanes(rows: plan.frozenRows) }
    try sheet.printLandscapeFittingWidth()
    return formulas
  }

  /// Writes what of a planned sheet belongs to the workbook as well: tables, charts and
  /// defined names, on the thread that builds the workbook.
  private static func emitWorkbookParts(
    of plan: SheetPlan, on sheet: Worksheet, in workbook: Workbook
  ) throws(XlsxError) {
    for table in plan.tables where !workbook.isConstantMemory {
      try sheet.addTable(
        Table(
          name: table.name, range: table.range, headers: table.headers,
          headerStyle: WorkbookStyles.header))
    }
    for (chart, cell) in plan.charts { try sheet.insert(chart, at: cell) }
    for (name, formula) in plan.definedNames { try workbook.defineName(name, refersTo: formula) }
  }

  private static func isNonFiniteNumber(_ value: CellValue) -> Bool {
    if case .number(let number) = value { return !number.isFinite }
    return false
  }
}
