import Foundation
import TrustMetricsCore
import XlsxWriter

/// The About sheet: what the workbook is, what it was made from, how to use it, the sheets'
/// guide and the licence.
enum AboutSheet {
  /// The guide to the sheets, in order.
  static let guide: [(sheet: String, text: String)] = [
    ("About", "This page."),
    (
      "Summary",
      "One row per authority in scope and workforce measure: the latest published value, its change on the previous year and since the first year (percentage points; caseload in cases), England, the region and the statistical neighbours' mean and median, the rank (1 = best) and the quartile band, the letter shown in its own coloured cell. Below: the before-and-after-the-trust view."
    ),
    (
      "Workforce",
      "Each workforce measure by reporting year for the authorities in scope, their regions and England; reported (news) figures beside the official value of the same census year; line charts of agency and turnover rates with England as the comparison."
    ),
    (
      "Finance",
      "The finance comparison. For each authority in scope, every finance measure by financial year (section 251 spend per child on children and young people's services, looked-after children, safeguarding and family support; the looked-after share; the published weekly unit costs; RO3 children's social care spend per child), England, the region and the statistical neighbours' median beside it, and the latest year's rank and band (no colours: spend has no better direction). Spend and children are on rows of their own and every per-child value is a live formula over them; a joint row adds its two councils' rows. The agency cost per agency FTE indicator has a table of its own with its label. Then the latest year's spend per child lowest first; notes on missing returns and possible reclassifications; the budgets and overspends the news reports beside the official outturn of the same authority and year (s251 C&YPExpenditure and RO3 children's social care C3: context, not a reconciliation); and charts: spend per child against England, the latest year with England marked, the overspends."
    ),
    (
      "Insourcing",
      "Each insourcing case: one-off cost, annual saving low, high and central (AVERAGE), simple and discounted payback, NPV and the break-even saving — live formulas on the assumption cells DiscountRate and Horizon — and a sensitivity table of NPV by discount rate and horizon."
    ),
    ("Figures", "Every extracted figure with its source, line and exact quote."),
    ("Sources", "Every source document with its title, publisher, date and link."),
  ]

  static func plan(
    dataset: Dataset, scope: WorkbookScope, options: WorkbookOptions, contentHash: String? = nil
  ) -> SheetPlan {
    var plan = SheetPlan(name: "About")
    plan.set(
      .text("TrustMetrics: children's services finance and workforce comparison"), row: 0,
      column: 0, style: WorkbookStyles.title, sizesColumn: false)
    let made = ISO8601DateFormatter().string(from: options.created)
    let facts: [(String, String)] = [
      (
        "What it is",
        "Figures about the money and the workforce of English children's services run by children's trusts, each tied to the exact words of its source, beside the Department for Education's official workforce statistics, with the arithmetic done right."
      ),
      ("Made", made + " by TrustMetrics"),
      (
        "From",
        "\(options.datasetsDirectory)/ (figures, entities, trusts, sources, articles; DfE's workforce statistics \(dataset.workforce.years.first ?? 0)–\(dataset.workforce.years.last ?? 0) and statistical neighbours; \(financeSources(in: dataset))) and \(options.seedsDirectory)/ (\(dataset.sourceTexts.count) source document\(dataset.sourceTexts.count == 1 ? "" : "s"))"
      ),
      (
        "Figures",
        "\(dataset.figures.count) extracted figures from \(dataset.sources.count) sources"
      ),
      ("Content hash", "SHA-256 " + (contentHash ?? Self.contentHash(of: dataset))),
      ("Authorities", scope.authorities.map(\.name).joined(separator: ", ")),
      ("Regions", scope.regions.joined(separator: ", ") + ", and England"),
      (
        "Assumptions",
        "On the Insourcing sheet, the blue cells DiscountRate (starting at \(Cell.fixed(options.discountRate * 100, places: 1))%) and Horizon (\(options.horizonYears) years) are named cells: type a new rate or horizon and every NPV, payback and break-even saving recalculates. The sensitivity table shows NPV at other rates and horizons."
      ),
      ("Money", InsourcingAppraisal.cashTermsNote),
      ("Caveat", TrustSpellChange.descriptiveLabel),
    ]
    var row = 2
    for (label, text) in facts {
      plan.set(.text(label), row: row, column: 0, style: WorkbookStyles.label)
      plan.set(.text(text), row: row, column: 1, style: WorkbookStyles.wrapped)
      row += 1
    }
    row += 1
    plan.set(.text("Sheet"), row: row, column: 0, style: WorkbookStyles.header)
    plan.set(.text("What it holds"), row: row, column: 1, style: WorkbookStyles.header)
    row += 1
    for (sheet, text) in guide {
      plan.set(.text(sheet), row: row, column: 0, style: WorkbookStyles.label)
      plan.set(.text(text), row: row, column: 1, style: WorkbookStyles.wrapped)
      row += 1
    }
    row += 1
    plan.set(.text("Markers"), row: row, column: 0, style: WorkbookStyles.label)
    plan.set(
      .text(
        "DfE suppression markers, shown as text on Summary and as notes on empty cells elsewhere: "
          + SuppressionMarker.workforceMarkers.map { "\($0.rawValue) = \($0.meaning)" }.joined(
            separator: "; ") + ". They are left out of means, medians, quartiles and ranks."),
      row: row, column: 1, style: WorkbookStyles.wrapped)
    row += 1
    plan.set(.text("Licence"), row: row, column: 0, style: WorkbookStyles.label)
    plan.set(
      .text(
        "DfE's children's social work workforce statistics and statistical-neighbour model. "
          + WorkforceStatistics.attribution
          + " https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
      row: row, column: 1, style: WorkbookStyles.wrapped)
    plan.fixedWidths = [0: 16, 1: 110]
    return plan
  }

  /// The finance files the workbook read and the financial years each spans, as the From
  /// line names them.
  static func financeSources(in dataset: Dataset) -> String {
    guard dataset.finance.isLoaded else { return "no finance files" }
    func span(_ measure: OfficialMeasure) -> String {
      FinancialYear.span(ofStartYears: dataset.official.years(of: measure)) ?? "(no values)"
    }
    return "DfE section 251 \(span(.spendPerChild)), MHCLG RO3 \(span(.cscSpendPerChild)) "
      + "and ONS children aged 0–17"
  }

  /// SHA-256 of the dataset's content in a canonical text form: one line per record, fields
  /// apart by tabs, lines apart by newlines (none after the last).
  ///
  /// In order: every figure, entity, trust spell, source and article (file order); DfE's
  /// workforce indicators (`official`: year, level, region, code, name and every cell, file
  /// order) and each earlier release of them (`earlier_official`, the same after the release's
  /// reporting year); the statistical-neighbour model (`neighbours`, one line per authority by
  /// code, its ten neighbours closest first); the section 251 outturn (`s251`), the RO3 return
  /// (`ro3`) and ONS's children (`population`), each in file order. Values are exactly as
  /// loaded: a number as the shortest decimal that reads back as the same `Double`
  /// (`String(Double)`), never rounded; a marker as its code (`x`, `-`, `[x]`, `blank`, ...).
  /// File line numbers are not part of it.
  ///
  /// The dataset's finance must be loaded (``FinanceStatistics/isLoaded``).
  static func contentHash(of dataset: Dataset) -> String {
    var text = CanonicalText()
    for figure in dataset.figures {
      text.line(
        "figure", figure.id, figure.entity, figure.measure.rawValue, figure.period.description,
        figure.exactValue.canonicalText, figure.qualifiers.map(\.rawValue).joined(separator: ";"),
        figure.provenance.source, figure.provenance.quote)
    }
    for entity in dataset.entities {
      text.line(
        "entity", entity.name, entity.kind.rawValue, entity.laCode ?? "", entity.region ?? "",
        entity.aliases.joined(separator: ";"))
    }
    for spell in dataset.trusts {
      text.line(
        "trust", spell.trust, spell.laCode, spell.from?.description ?? "",
        spell.to?.description ?? "", spell.provenance.source, spell.provenance.quote)
    }
    for source in dataset.sources {
      text.line(
        "source", source.source, source.title ?? "", source.publisher ?? "",
        source.date?.description ?? "", source.url ?? "")
    }
    for article in dataset.articles {
      text.line("article", "\(article)")
    }
    for record in dataset.workforce.records {
      text.begin("official")
      text.workforceRow(record)
    }
    for release in dataset.earlierWorkforceReleases {
      for record in release.statistics.records {
        text.begin("earlier_official")
        text.field(release.reportingYear)
        text.workforceRow(record)
      }
    }
    for (code, neighbours) in dataset.neighbours.neighboursByCode.sorted(by: { $0.key < $1.key }) {
      text.line("neighbours", code, neighbours.joined(separator: ","))
    }
    let finance = dataset.finance
    for record in finance.section251 {
      text.begin("s251")
      text.field(record.line.rawValue)
      text.field(record.year)
      text.field(record.laCode)
      text.field(record.area)
      text.field(record.regionName)
      text.field(record.value)
    }
    for record in finance.revenueOutturn {
      text.begin("ro3")
      text.field(record.year)
      text.field(record.onsCode)
      text.field(record.name)
      text.field(record.serviceLine)
      text.field(record.column.rawValue)
      switch record.isCertified {
      case true?: text.field("Y")
      case false?: text.field("N")
      case nil: text.field("[x]")
      }
      text.field(record.thousands)
    }
    for record in finance.population {
      text.begin("population")
      text.field(record.year)
      text.field(record.level.rawValue)
      text.field(record.regionName)
      text.field(record.laCode)
      text.field(record.onsCode)
      text.field(record.name)
      text.field(record.children)
    }
    return text.finalize()
  }

  /// Lines of tab-separated fields fed to SHA-256 through a small buffer, so the whole text
  /// (tens of megabytes for a large dataset) is never built.
  private struct CanonicalText {
    private var hash = ContentHash()
    private var buffer: [UInt8] = []
    private var isFirstLine = true

    init() { buffer.reserveCapacity(Self.flushSize + 4096) }

    /// Adds a line of fields.
    mutating func line(_ first: String, _ rest: String...) {
      begin(first)
      for field in rest { self.field(field) }
    }

    /// Starts a line with its first field (the previous line is complete).
    mutating func begin(_ first: String) {
      if buffer.count >= Self.flushSize { flush() }
      if !isFirstLine { buffer.append(UInt8(ascii: "\n")) }
      isFirstLine = false
      append(first)
    }

    /// Adds a field of text to the line.
    mutating func field(_ text: String) {
      buffer.append(UInt8(ascii: "\t"))
      append(text)
    }

    /// Adds a whole number to the line, in decimal digits as `String(Int)` writes it.
    mutating func field(_ number: Int) {
      buffer.append(UInt8(ascii: "\t"))
      appendDigits(of: number)
    }

    /// Adds an official value exactly as loaded: a number as `String(Double)` writes it (the
    /// shortest decimal that reads back as the same `Double`), a marker as its code.
    mutating func field(_ value: OfficialValue) {
      buffer.append(UInt8(ascii: "\t"))
      append(value)
    }

    /// A workforce row's year, level, region, code and name, then its cells as
    /// `indicator=value` by indicator name, comma-separated.
    mutating func workforceRow(_ record: WorkforceRecord) {
      field(record.year)
      field(record.level.rawValue)
      field(record.regionName)
      field(record.laCode)
      field(record.name)
      buffer.append(UInt8(ascii: "\t"))
      var isFirstCell = true
      for indicator in AboutSheet.indicatorsByName {
        guard let value = record.values[indicator] else { continue }
        if !isFirstCell { buffer.append(UInt8(ascii: ",")) }
        isFirstCell = false
        append(indicator.rawValue)
        buffer.append(UInt8(ascii: "="))
        append(value)
      }
    }

    private mutating func append(_ field: String) {
      buffer.append(contentsOf: field.utf8)
    }

    private mutating func append(_ value: OfficialValue) {
      switch value {
      case .number(let number):
        // A whole number of magnitude up to 2⁵³ is written by `String(Double)` as its digits
        // and ".0" (larger ones in exponent form, and -0 with its sign): written here directly.
        if number.rounded(.towardZero) == number, number.magnitude <= 9_007_199_254_740_992,
          number != 0 || number.sign == .plus
        {
          appendDigits(of: Int(number))
          buffer.append(UInt8(ascii: "."))
          buffer.append(UInt8(ascii: "0"))
        } else {
          append(String(number))
        }
      case .suppressed(let marker): append(marker.rawValue)
      }
    }

    /// The decimal digits of a number, a minus sign first when it is below zero.
    private mutating func appendDigits(of number: Int) {
      if number < 0 { buffer.append(UInt8(ascii: "-")) }
      let magnitude = number.magnitude
      var divisor: UInt = 1
      while divisor <= magnitude / 10 { divisor *= 10 }
      repeat {
        buffer.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / divisor % 10))
        divisor /= 10
      } while divisor > 0
    }

    consuming func finalize() -> String {
      flush()
      return hash.finalize()
    }

    private mutating func flush() {
      hash.update(buffer)
      buffer.removeAll(keepingCapacity: true)
    }

    private static let flushSize = 1 << 16
  }

  /// Every workforce indicator, by name: the order of a row's cells in the canonical text.
  private static let indicatorsByName = WorkforceIndicator.allCases.sorted {
    $0.rawValue < $1.rawValue
  }
}
