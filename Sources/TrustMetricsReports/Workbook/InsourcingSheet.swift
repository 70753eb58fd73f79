import Foundation
import TrustMetricsCore
import XlsxWriter

/// The Insourcing sheet: each insourcing case appraised with live formulas on the named
/// assumption cells `DiscountRate` and `Horizon`, and a sensitivity table of NPV.
struct InsourcingSheet {
  /// One case with the values the formulas are cached with.
  struct Case {
    /// The authority and its trusts, such as `Reading / Brighter Futures for Children`.
    var name: String
    /// The one-off cost, in pounds.
    var cost: Double
    /// The low and high annual savings, in pounds.
    var lowSaving: Double
    var highSaving: Double
    /// Which figures gave the numbers.
    var sources: String
    /// The appraisal at the workbook's starting rate and horizon.
    var appraisal: InsourcingAppraisal
  }

  /// The discount rates of the sensitivity table, as fractions.
  static let sensitivityRates = [0.025, 0.03, 0.035, 0.04, 0.05]
  /// The horizons of the sensitivity table, in years.
  static let sensitivityHorizons = [3, 5, 10]
  /// The zero-based row of the `DiscountRate` cell (B4).
  static let rateRow = 3
  /// The zero-based row of the `Horizon` cell (B5).
  static let horizonRow = 4
  /// The zero-based row of the cases' header.
  static let headerRow = 6

  /// The cases appraised.
  let cases: [Case]
  /// Cases that could not be appraised, with the reason.
  let skipped: [String]
  let options: WorkbookOptions

  init(dataset: Dataset, scope: WorkbookScope, options: WorkbookOptions) {
    self.options = options
    let codes = scope.codes
    let codeOfEntity = WorkbookScope.authorityCodes(in: dataset)
    // Only these two measures make cases (``InsourcingCase/cases(from:date:)``).
    let figures = dataset.figures.filter {
      ($0.measure == .insourcingOneOffCost || $0.measure == .insourcingAnnualSaving)
        && (codeOfEntity[$0.entity].map(codes.contains) ?? false)
    }
    let dates = WorkbookScope.citationDates(of: figures, in: dataset)
    var cases: [Case] = []
    var skipped: [String] = []
    for found in InsourcingCase.cases(
      from: figures, date: { dates[$0.id] ?? dataset.citation(for: $0).date })
    {
      let name = InsourcingSheet.caseName(of: found.entity, in: dataset)
      guard let cost = found.cost, let saving = found.saving else {
        skipped.append("\(name): the figures give no \(found.cost == nil ? "cost" : "saving").")
        continue
      }
      let low = NSDecimalNumber(decimal: saving.chosen.value.low).doubleValue
      let high = NSDecimalNumber(decimal: saving.chosen.value.high).doubleValue
      let costPounds = NSDecimalNumber(decimal: cost.chosen.value).doubleValue
      do {
        let appraisal = try InsourcingAppraisal(
          cost: costPounds, lowSaving: low, highSaving: high, horizonYears: options.horizonYears,
          discountRate: options.discountRate)
        let lines = SavingsView.sourceLines(for: found, usedCost: true, usedSaving: true)
        cases.append(
          Case(
            name: name, cost: costPounds, lowSaving: low, highSaving: high,
            sources: lines.map(InsourcingSheet.trimmedOfWhitespace).joined(separator: "\n"),
            appraisal: appraisal))
      } catch {
        skipped.append("\(name): \(error.description)")
      }
    }
    self.cases = cases
    self.skipped = skipped
  }

  /// The text without the spaces and tabs (``Foundation/CharacterSet/whitespaces``) at either
  /// end, as `trimmingCharacters(in: .whitespaces)` gives it, without bridging the text.
  static func trimmedOfWhitespace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let whitespace = CharacterSet.whitespaces
    guard let first = scalars.firstIndex(where: { !whitespace.contains($0) }),
      let last = scalars.lastIndex(where: { !whitespace.contains($0) })
    else { return "" }
    if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) {
      return text
    }
    return String(scalars[first...last])
  }

  /// The case's name: the entity, then the trusts that ran its authority's services.
  static func caseName(of entity: String, in dataset: Dataset) -> String {
    guard let code = WorkbookScope.authorityCode(ofEntity: entity, in: dataset) else {
      return entity
    }
    var names = [entity]
    for spell in TrustSpell.consolidated(dataset.trusts)
    where dataset.workforce.resolvedCode(spell.laCode) == code && !names.contains(spell.trust) {
      names.append(spell.trust)
    }
    return names.joined(separator: " / ")
  }

  /// The sheet.
  func plan() -> SheetPlan {
    var plan = SheetPlan(name: "Insourcing")
    plan.set(
      .text("Insourcing appraisal: bringing children's services back in-house"), row: 0,
      column: 0, style: WorkbookStyles.title, sizesColumn: false)
    plan.set(
      .text(
        "Change the blue cells DiscountRate and Horizon: every NPV, payback and break-even saving below recalculates. The cost falls at year 0, each saving at the end of years 1…n (HM Treasury Green Book). "
          + InsourcingAppraisal.cashTermsNote),
      row: 1, column: 0, style: WorkbookStyles.note, sizesColumn: false)
    plan.set(
      .text("Discount rate (DiscountRate)"), row: InsourcingSheet.rateRow, column: 0,
      style: WorkbookStyles.label)
    plan.set(
      .number(options.discountRate), row: InsourcingSheet.rateRow, column: 1,
      style: WorkbookStyles.inputPercent)
    plan.set(
      .text("an input: HM Treasury's Green Book rate is 3.5%"), row: InsourcingSheet.rateRow,
      column: 2, style: WorkbookStyles.note, sizesColumn: false)
    plan.set(
      .text("Horizon in years (Horizon)"), row: InsourcingSheet.horizonRow, column: 0,
      style: WorkbookStyles.label)
    plan.set(
      .number(Double(options.horizonYears)), row: InsourcingSheet.horizonRow, column: 1,
      style: WorkbookStyles.inputYears)
    plan.set(
      .text("an input: years of savings counted, 1–100"), row: InsourcingSheet.horizonRow,
      column: 2, style: WorkbookStyles.note, sizesColumn: false)
    plan.definedNames = [
      ("DiscountRate", "=Insourcing!$B$\(InsourcingSheet.rateRow + 1)"),
      ("Horizon", "=Insourcing!$B$\(InsourcingSheet.horizonRow + 1)"),
    ]
    let headers = [
      "Case", "One-off cost (£, cash terms)", "Annual saving, low (£)", "Annual saving, high (£)",
      "Annual saving, central (£)", "Simple payback (years)",
      "Discounted payback (years)", "NPV, low saving (£)", "NPV, central saving (£)",
      "NPV, high saving (£)", "Break-even annual saving (£)", "Figures used",
    ]
    let firstRow = InsourcingSheet.headerRow + 1
    for (offset, item) in cases.enumerated() {
      planCase(item, row: firstRow + offset, into: &plan)
    }
    if cases.isEmpty {
      plan.set(.text("No insourcing case in scope."), row: firstRow, column: 0)
    }
    plan.addTable(
      name: "InsourcingCases", headers: headers, headerRow: InsourcingSheet.headerRow,
      lastRow: firstRow + max(cases.count, 1) - 1)
    var row = firstRow + max(cases.count, 1) + 1
    for line in skipped {
      plan.set(
        .text("Not appraised: " + line), row: row, column: 0, style: WorkbookStyles.note,
        sizesColumn: false)
      row += 1
    }
    for (offset, item) in cases.enumerated() {
      row = planSensitivity(item, caseRow: firstRow + offset, startRow: row + 1, into: &plan)
    }
    plan.frozenRows = InsourcingSheet.headerRow + 1
    plan.fixedWidths = [0: 34, 11: 70]
    plan.maximumWidth = 22
    return plan
  }

  private func planCase(_ item: Case, row: Int, into plan: inout SheetPlan) {
    let r = row + 1
    let appraisal = item.appraisal
    let money = WorkbookStyles.poundsAndPence
    plan.set(.text(item.name), row: row, column: 0, style: WorkbookStyles.wrapped)
    plan.set(.number(item.cost), row: row, column: 1, style: WorkbookStyles.pounds)
    plan.set(.number(item.lowSaving), row: row, column: 2, style: WorkbookStyles.pounds)
    plan.set(.number(item.highSaving), row: row, column: 3, style: WorkbookStyles.pounds)
    plan.set(
      .formula("=AVERAGE(C\(r):D\(r))", result: .number(appraisal.central.annualSaving)),
      row: row, column: 4, style: WorkbookStyles.pounds)
    plan.set(
      .formula("=B\(r)/E\(r)", result: .number(appraisal.central.simplePayback)), row: row,
      column: 5, style: WorkbookStyles.years)
    let paybackResult: FormulaResult =
      appraisal.central.discountedPayback.years.map { .number($0) } ?? .text("never")
    plan.set(
      .formula(InsourcingSheet.discountedPaybackFormula(row: r), result: paybackResult),
      row: row, column: 6, style: WorkbookStyles.years)
    let scenarios = [
      (7, "C", appraisal.low), (8, "E", appraisal.central), (9, "D", appraisal.high),
    ]
    for (column, savingColumn, scenario) in scenarios {
      plan.set(
        .formula(
          "=PV(DiscountRate,Horizon,-\(savingColumn)\(r))-B\(r)",
          result: .number(scenario.netPresentValue)),
        row: row, column: column, style: money)
    }
    plan.set(
      .formula("=B\(r)/PV(DiscountRate,Horizon,-1)", result: .number(appraisal.breakEvenSaving)),
      row: row, column: 10, style: money)
    plan.set(.text(item.sources), row: row, column: 11, style: WorkbookStyles.wrapped)
  }

  /// The discounted payback of the central saving, as the statistics library computes it.
  ///
  /// With r = DiscountRate, s = saving, C = cost: the first whole year n at which cumulative
  /// discounted savings s × (1 − (1 + r)⁻ⁿ) ÷ r reach C is n = ⌈−ln(1 − C·r ÷ s) ÷ ln(1 + r)⌉;
  /// the payback is (n − 1) + (C − PV(r, n − 1, −s)) ÷ (s ÷ (1 + r)ⁿ). “never” when n > 50 or
  /// the savings' perpetuity value C·r ÷ s ≥ 1; C ÷ s when r = 0.
  static func discountedPaybackFormula(row r: Int) -> String {
    let limit = InsourcingAppraisal.paybackSearchYears
    let n = "ROUNDUP(-LN(1-B\(r)*DiscountRate/E\(r))/LN(1+DiscountRate),0)"
    return "=IF(DiscountRate=0,IF(B\(r)/E\(r)>\(limit),\"never\",B\(r)/E\(r)),"
      + "IFERROR(IF(\(n)>\(limit),\"never\","
      + "\(n)-1+(B\(r)-PV(DiscountRate,\(n)-1,-E\(r)))/(E\(r)/(1+DiscountRate)^\(n))),\"never\"))"
  }

  private func planSensitivity(
    _ item: Case, caseRow: Int, startRow: Int, into plan: inout SheetPlan
  ) -> Int {
    let c = caseRow + 1
    plan.set(
      .text(
        "NPV of \(item.name) at the central saving (£, cash terms), by discount rate and horizon"),
      row: startRow, column: 0, style: WorkbookStyles.section, sizesColumn: false)
    let axisRow = startRow + 1
    plan.set(.text("Discount rate"), row: axisRow, column: 0, style: WorkbookStyles.header)
    for (index, years) in InsourcingSheet.sensitivityHorizons.enumerated() {
      plan.set(
        .number(Double(years)), row: axisRow, column: 1 + index, style: WorkbookStyles.axisYears)
    }
    let central = item.appraisal.central.annualSaving
    for (offset, rate) in InsourcingSheet.sensitivityRates.enumerated() {
      let row = axisRow + 1 + offset
      plan.set(.number(rate), row: row, column: 0, style: WorkbookStyles.axisPercent)
      for (index, years) in InsourcingSheet.sensitivityHorizons.enumerated() {
        let column = CellReference.letters(ofColumn: 1 + index)
        // A rate or horizon the formula cannot take leaves the cell empty with a note (the
        // writer's rule for a non-finite result), not a made-up number.
        let cached: Double
        do {
          cached = try InsourcingAppraisal.netPresentValue(
            cost: item.cost, annualSaving: central, years: years, discountRate: rate)
        } catch {
          cached = .nan
        }
        plan.set(
          .formula(
            "=PV($A\(row + 1),\(column)$\(axisRow + 1),-$E$\(c))-$B$\(c)", result: .number(cached)),
          row: row, column: 1 + index, style: WorkbookStyles.poundsAndPence)
      }
    }
    return axisRow + InsourcingSheet.sensitivityRates.count + 2
  }
}
