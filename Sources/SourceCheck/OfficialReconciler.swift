import Foundation
import TrustMetricsCore

/// How a figure compares with DfE's official value for the same authority, measure and census
/// year.
public enum Reconciliation: String, Sendable {
  /// The official value is the figure's value.
  case agreesExactly = "agrees exactly"
  /// The official value lies within the figure's written rounding and hedge ("32%" vs 31.9).
  case agreesWithinRounding = "agrees within the source's rounding"
  /// Only the other basis agrees (headcount where DfE's main rate is FTE, or the reverse).
  case agreesOnOtherBasis = "agrees on the other basis"
  /// Neither basis agrees.
  case disagrees
  /// DfE publishes nothing to compare with.
  case noCounterpart = "no counterpart"
}

/// Reconciles a value stated for a body, measure and period with the official statistics: the
/// one engine behind `trustmetrics check` (figures) and `trustmetrics fact-check` (numbers
/// proposed from any text).
///
/// Workforce measures: the entity gives the row (a trust or council by its `la_code`, resolving
/// merged codes; a region by name; England), the period the census year (the foundation's month
/// rule), the measure the indicator (a locum rate is the agency rate): FTE first, headcount as
/// the other basis; every release loaded is compared, the current one first, so that a value DfE
/// revised since is found in the release that still agrees. Finance measures (fact-check): the
/// value of the financial year containing the period, from ``OfficialStatistics``.
struct OfficialReconciler {
  /// Every release of the workforce statistics, the current one first.
  var releases: [WorkforceRelease]
  var entities: [Entity]
  /// The finance statistics, for finance measures.
  var official: OfficialStatistics?
  /// The file each finance origin is read from, for citations.
  var financeFiles: [OfficialMeasure.Origin: String] = [:]
  /// Whether results say what was compared (`detail`), or give the status alone.
  var writesDetails = true
  /// The index of the first entity with each name (as `entities.first { $0.name == name }`).
  private let entityIndex: [String: Int]
  /// What each release says for each entity, census year and indicator pair, once read.
  private var rows: [RowKey: [Row]] = [:]
  /// The last entity name looked up, and its index.
  private var lastEntity: (name: String, index: Int?)?

  init(
    releases: [WorkforceRelease], entities: [Entity], official: OfficialStatistics? = nil,
    financeFiles: [OfficialMeasure.Origin: String] = [:]
  ) {
    self.releases = releases
    self.entities = entities
    self.official = official
    self.financeFiles = financeFiles
    var index: [String: Int] = [:]
    index.reserveCapacity(entities.count)
    for (position, entity) in entities.enumerated() where index[entity.name] == nil {
      index[entity.name] = position
    }
    entityIndex = index
  }

  /// The indicators for a measure: the main (FTE) one and the other basis, if any.
  static func indicators(for measure: Measure) -> (WorkforceIndicator, WorkforceIndicator?)? {
    switch measure {
    case .agencyRate: (.agencyRateFTE, .agencyRateHeadcount)
    case .vacancyRate: (.vacancyRateFTE, nil)
    case .turnoverRate: (.turnoverRateFTE, .turnoverRateHeadcount)
    case .caseloadAverage: (.caseloadFTE, nil)
    default: nil
    }
  }

  /// Why a workforce measure has no DfE counterpart.
  static func reasonWithoutIndicator(_ measure: Measure) -> String {
    switch measure {
    case .agencyAndNewlyQualifiedRate:
      "DfE publishes no combined agency and newly qualified rate"
    case .staffFTE, .staffHeadcount:
      "the figure counts all of the body's staff; DfE counts children's social workers only"
    case .grossBudget, .overspend:
      "the official finance data give spend, not budgets or overspends"
    case .insourcingOneOffCost, .insourcingAnnualSaving:
      "no official statistic counts the cost or saving of bringing services in-house"
    default: "no official statistic publishes \(measure.rawValue)"
    }
  }

  /// An entity (by index, `-1` for none), a census year and the main indicator.
  private struct RowKey: Hashable {
    var entity: Int
    var year: Int
    var indicator: WorkforceIndicator
  }

  /// What one release says for one entity, census year and indicator pair: why there is nothing
  /// to compare with, or the numbers and the words that name them.
  private enum Row {
    case unverifiable(String)
    /// No row for the entity that year (the detail names the entity as the figure writes it).
    case noRow
    case values(
      official: Double, other: Double?, officialText: String, row: String, both: String,
      area: String)

    var hasValue: Bool {
      if case .values = self { return true }
      return false
    }
  }

  // MARK: - The check's results

  /// The reconciliation of a figure, `nil` when it is not a workforce figure.
  mutating func result(for figure: Figure) -> CheckResult? {
    guard figure.measure.isWorkforce else { return nil }
    func make(_ status: CheckStatus, _ detail: @autoclosure () -> String) -> CheckResult {
      CheckResult(
        scope: .official, subject: figure.id, kind: "official", status: status,
        detail: writesDetails ? detail() : "",
        source: figure.provenance.source)
    }
    guard let (main, other) = Self.indicators(for: figure.measure) else {
      return make(
        .unverifiable, "no counterpart: " + Self.reasonWithoutIndicator(figure.measure))
    }
    let year = figure.period.censusYear
    let entity: Int?
    if let lastEntity, lastEntity.name == figure.entity {
      entity = lastEntity.index
    } else {
      entity = entityIndex[figure.entity]
      lastEntity = (figure.entity, entity)
    }
    let found = releaseRows(entity: entity, year: year, main: main, other: other)
    let value = figure.doubleValue
    let interval = FigureInterval(figure, number: value)
    let assessment = assess(
      found, value: value, interval: interval, isExact: figure.qualifiers.isEmpty)
    switch assessment {
    case .none(let reason):
      return make(
        .unverifiable,
        reason ?? "no counterpart: no DfE row for \(figure.entity) in census \(year)")
    case .agrees(let release, let verdict):
      guard writesDetails else { return make(.verified, "") }
      return make(
        .verified,
        agreementDetail(
          verdict, said: Numbers.text(figure.exactValue, unit: .count), main: main,
          interval: interval, rows: found, release: release))
    case .disagrees(let release):
      guard writesDetails else { return make(.disagreesWithOfficial, "") }
      guard case .values(let official, _, _, let row, let both, _) = found[release] else {
        return make(.disagreesWithOfficial, "")
      }
      let said = Numbers.text(figure.exactValue, unit: .count)
      let difference = Numbers.text(official - value, places: 1)
      return make(
        .disagreesWithOfficial,
        Self.disagreesSource + said + ", " + row + " " + both + "; difference " + difference
          + " (official − source)" + earlierNote(found, main: main))
    }
  }

  /// The verdicts as details begin.
  private static let agreesExactly = Reconciliation.agreesExactly.rawValue + ": "
  private static let agreesWithinRounding = Reconciliation.agreesWithinRounding.rawValue + ": "
  private static let agreesOnOtherBasis = Reconciliation.agreesOnOtherBasis.rawValue + ": "
  private static let disagreesSource = Reconciliation.disagrees.rawValue + ": source "

  /// The check's detail of an agreement with release `release`.
  private func agreementDetail(
    _ verdict: Reconciliation, said: String, main: WorkforceIndicator, interval: FigureInterval,
    rows: [Row], release: Int
  ) -> String {
    guard case .values(_, _, let officialText, let row, let both, _) = rows[release] else {
      return verdict.rawValue
    }
    var text: String
    switch verdict {
    case .agreesExactly:
      text = Self.agreesExactly + said + " = " + row + " " + main.rawValue + " " + officialText
    case .agreesWithinRounding, .agreesOnOtherBasis:
      text =
        (verdict == .agreesWithinRounding ? Self.agreesWithinRounding : Self.agreesOnOtherBasis)
        + said + " covers " + Numbers.text(interval.lower) + "–" + Numbers.text(interval.upper)
        + "; " + row + " " + both
    default:
      text = verdict.rawValue + ": " + said + ", " + row + " " + both
    }
    guard release > 0 else { return text }
    text = "agrees with the \(releaseWords(release)), not the latest: " + text
    if let latest = rows.indices.first(where: { rows[$0].hasValue }),
      case .values(_, _, let current, _, _, _) = rows[latest]
    {
      text += "; revised to \(current) in the \(releaseWords(latest))"
    }
    return text
  }

  /// "; the reporting-year-2022 release gave 24.3" for each earlier release whose value
  /// differs from the latest one's.
  private func earlierNote(_ rows: [Row], main: WorkforceIndicator) -> String {
    guard let latest = rows.indices.first(where: { rows[$0].hasValue }),
      case .values(let current, _, _, _, _, _) = rows[latest]
    else { return "" }
    var note = ""
    for release in rows.indices where release > latest {
      if case .values(let earlier, _, let text, _, _, _) = rows[release],
        abs(earlier - current) > 1e-9
      {
        note += "; the \(releaseWords(release)) gave \(text)"
      }
    }
    return note
  }

  /// "reporting-year-2022 release (official/csww_…csv, published February 2023)".
  func releaseWords(_ index: Int) -> String {
    let release = releases[index]
    let published = release.published
    let file = release.file.isEmpty ? "" : "\(release.file), "
    return "\(release.name) (\(file)published \(Self.monthName(published.month ?? 1)) "
      + "\(published.year))"
  }

  static func monthName(_ month: Int) -> String {
    [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ][max(0, min(11, month - 1))]
  }

  // MARK: - Any stated value (fact-check)

  /// Compares a value a text states for a body, measure and period with its official
  /// counterpart: every workforce release (the latest with a value first), or the finance
  /// statistics.
  ///
  /// - Parameters:
  ///   - entity: The body's canonical name.
  ///   - measure: The measure the text states.
  ///   - period: The period it is stated for (a workforce value is compared for its census
  ///     year, a finance value for the financial year containing it).
  ///   - value: The value at the unit's natural scale.
  ///   - qualifiers: Its hedges, which widen the values it allows.
  ///   - finance: A finance measure to compare instead of the workforce indicators, if any.
  /// - Returns: The verdict, the counterpart with its citation, and one sentence.
  mutating func comparison(
    entity: String, measure: Measure, period: Period, value: Decimal,
    qualifiers: [Qualifier] = [], finance: OfficialMeasure? = nil
  ) -> CounterpartComparison {
    let number = NSDecimalNumber(decimal: value).doubleValue
    let interval = FigureInterval(
      value: value, number: number, qualifiers: qualifiers, isExactCount: measure.unit == .count)
    let said = Numbers.text(value, unit: .count)
    guard let index = entityIndex[entity] else {
      return CounterpartComparison(
        verdict: .noCounterpart, detail: "no counterpart: \(entity) is not a known body")
    }
    if let finance, finance.isFinance {
      return financeComparison(
        entities[index], finance, period: period, number: number, said: said, interval: interval)
    }
    guard let (main, other) = Self.indicators(for: measure) else {
      return CounterpartComparison(
        verdict: .noCounterpart, detail: "no counterpart: " + Self.reasonWithoutIndicator(measure))
    }
    let year = period.censusYear
    let found = releaseRows(entity: index, year: year, main: main, other: other)
    var result: CounterpartComparison
    switch assess(found, value: number, interval: interval, isExact: qualifiers.isEmpty) {
    case .none(let reason):
      result = CounterpartComparison(
        verdict: .noCounterpart,
        detail: reason ?? "no counterpart: no DfE row for \(entity) in census \(year)")
    case .agrees(let release, let reconciliation):
      let latest = found.indices.first { found[$0].hasValue } ?? release
      let verdict: CounterpartComparison.Verdict =
        release != latest
        ? .agreesWithEarlierRelease
        : reconciliation == .agreesExactly
          ? .agrees
          : reconciliation == .agreesWithinRounding
            ? .agreesWithinRounding
            : .agreesOnOtherBasis
      result = CounterpartComparison(verdict: verdict, detail: "")
      guard
        case .values(let official, let otherValue, _, let row, let both, let area) =
          found[release]
      else { return result }
      let onOther = reconciliation == .agreesOnOtherBasis
      result.officialValue = onOther ? otherValue : official
      result.indicator = (onOther ? other ?? main : main).rawValue
      cite(&result, release: release, area: area, year: year)
      var detail: String
      switch reconciliation {
      case .agreesExactly: detail = "agrees: \(said) = \(row), \(both)"
      case .agreesOnOtherBasis:
        detail =
          "agrees on the other basis: \(said) covers \(Numbers.text(interval.lower))–"
          + "\(Numbers.text(interval.upper)); \(row), \(both)"
      default:
        detail =
          "agrees within the writer's rounding: \(said) covers \(Numbers.text(interval.lower))–"
          + "\(Numbers.text(interval.upper)); \(row), \(both)"
      }
      detail += " (\(releaseWords(release)))"
      if release != latest, case .values(let current, _, let currentText, _, _, _) = found[latest] {
        detail =
          "agrees with the \(releaseWords(release)): \(row), \(both); revised to \(currentText) "
          + "in the \(releaseWords(latest))"
        result.revisedValue = current
        result.revisedIn = releases[latest].name
        result.revisedInYear = releases[latest].reportingYear
      }
      result.detail = detail
    case .disagrees(let release):
      result = CounterpartComparison(verdict: .disagrees, detail: "")
      guard case .values(let official, _, _, let row, let both, let area) = found[release] else {
        return result
      }
      result.officialValue = official
      result.indicator = main.rawValue
      result.difference = official - number
      cite(&result, release: release, area: area, year: year)
      result.detail =
        "disagrees: the text says \(said), \(row), \(both) (\(releaseWords(release))); "
        + "difference \(Numbers.text(official - number, places: 1)) (official − text)"
        + earlierNote(found, main: main)
    }
    result.censusYear = year
    return result
  }

  /// Fills a comparison's citation of a workforce release.
  private func cite(_ result: inout CounterpartComparison, release: Int, area: String, year: Int) {
    result.area = area
    result.period = "census \(year)"
    result.release = releases[release].name
    result.file = releases[release].file
    result.releaseYear = releases[release].reportingYear
  }

  /// A finance value against the finance statistics for the financial year containing the
  /// period.
  private func financeComparison(
    _ entity: Entity, _ measure: OfficialMeasure, period: Period, number: Double, said: String,
    interval: FigureInterval
  ) -> CounterpartComparison {
    guard let official else {
      return CounterpartComparison(
        verdict: .noCounterpart, detail: "no counterpart: no finance statistics loaded")
    }
    let year: Int
    switch period {
    case .financialYear(let start): year = start
    case .month(let calendarYear, let month): year = month >= 4 ? calendarYear : calendarYear - 1
    case .year(let calendarYear): year = calendarYear
    case .span(_, let to): year = to
    }
    let financialYear = FinancialYear(startYear: year)
    let area: AreaValue?
    switch entity.kind {
    case .country: area = official.england(measure, year: year)
    case .region:
      area = official.region(
        measure, named: WorkforceStatistics.comparatorRegion(of: entity.region ?? entity.name),
        year: year)
    case .trust, .council:
      area = entity.laCode.flatMap { official.authority(measure, code: $0, year: year) }
    }
    guard let area else {
      return CounterpartComparison(
        verdict: .noCounterpart,
        detail: "no counterpart: no \(measure.rawValue) for \(entity.name) in \(financialYear)")
    }
    guard let value = area.value.number else {
      return CounterpartComparison(
        verdict: .noCounterpart,
        detail:
          "no counterpart: \(measure.rawValue) for \(area.name) in \(financialYear) is "
          + (area.value.marker?.rawValue ?? "missing"))
    }
    let file = financeFiles[measure.origin] ?? ""
    let cited =
      "\(area.name), \(financialYear), \(measure.rawValue) \(Numbers.text(value, places: 2)) "
      + "(\(measure.definition)\(file.isEmpty ? "" : "; " + file))"
    var result: CounterpartComparison
    if abs(value - number) < 1e-9 {
      result = CounterpartComparison(verdict: .agrees, detail: "agrees: \(said) = \(cited)")
    } else if interval.contains(value) {
      result = CounterpartComparison(
        verdict: .agreesWithinRounding,
        detail:
          "agrees within the writer's rounding: \(said) covers \(Numbers.text(interval.lower))–"
          + "\(Numbers.text(interval.upper)); \(cited)")
    } else {
      result = CounterpartComparison(
        verdict: .disagrees,
        detail:
          "disagrees: the text says \(said), \(cited); difference "
          + "\(Numbers.text(value - number, places: 2)) (official − text)")
      result.difference = value - number
    }
    result.officialValue = value
    result.indicator = measure.rawValue
    result.area = area.name
    result.period = financialYear.description
    result.release = measure.origin == .section251 ? "DfE section 251 outturn" : "MHCLG RO3"
    result.file = file
    return result
  }

  // MARK: - The engine

  /// What the comparison of a value with the releases found.
  private enum Assessment {
    /// No release has a value; the reason, when one is known beyond "no row".
    case none(String?)
    /// The release at the index agrees, by the verdict.
    case agrees(release: Int, Reconciliation)
    /// No release agrees; the release at the index is the latest that holds a value.
    case disagrees(release: Int)
  }

  /// Compares a value with each release's row: the latest with a value first, then the earlier
  /// ones when it does not agree.
  private func assess(_ rows: [Row], value: Double, interval: FigureInterval, isExact: Bool)
    -> Assessment
  {
    let withValues = rows.indices.filter { rows[$0].hasValue }
    guard let latest = withValues.first else {
      if case .unverifiable(let reason) = rows.first { return .none(reason) }
      return .none(nil)
    }
    for release in withValues {
      guard case .values(let official, let other, _, _, _, _) = rows[release] else { continue }
      if abs(official - value) < 1e-9, isExact { return .agrees(release: release, .agreesExactly) }
      if interval.contains(official) { return .agrees(release: release, .agreesWithinRounding) }
      if let other, interval.contains(other) {
        return .agrees(release: release, .agreesOnOtherBasis)
      }
    }
    return .disagrees(release: latest)
  }

  /// Each release's row for an entity (by index), census year and indicators, cached.
  private mutating func releaseRows(
    entity: Int?, year: Int, main: WorkforceIndicator, other: WorkforceIndicator?
  ) -> [Row] {
    let key = RowKey(entity: entity ?? -1, year: year, indicator: main)
    if let known = rows[key] { return known }
    let made = releases.indices.map { release in
      makeRow(release: release, entity: entity, year: year, main: main, other: other)
    }
    rows[key] = made
    return made
  }

  /// The comparison one release offers for an entity (by index), census year and indicators:
  /// what the value is compared with, or why it cannot be.
  private func makeRow(
    release: Int, entity: Int?, year: Int, main: WorkforceIndicator, other: WorkforceIndicator?
  ) -> Row {
    let workforce = releases[release].statistics
    guard workforce.years.contains(year) else {
      let years = workforce.years
      return .unverifiable(
        "no counterpart: census \(year) is outside DfE's series (\(years.first ?? 0)–\(years.last ?? 0))"
      )
    }
    guard let entity,
      let (record, rowName) = row(for: entities[entity], year: year, in: workforce)
    else { return .noRow }
    guard let official = record[main].number else {
      let marker = record[main].marker?.rawValue ?? "missing"
      return .unverifiable(
        "no counterpart: DfE's \(main.rawValue) for \(rowName) \(year) is \(marker)")
    }
    let otherValue = other.flatMap { record[$0].number }
    let officialText = Numbers.text(official)
    let mainText = "\(main.rawValue) \(officialText)"
    let otherText = other.map { indicator in
      "\(indicator.rawValue) " + (otherValue.map { Numbers.text($0) } ?? "not published")
    }
    let both = ([mainText] + (otherText.map { [$0] } ?? [])).joined(separator: ", ")
    return .values(
      official: official, other: otherValue, officialText: officialText,
      row: "DfE \(rowName), census \(year)", both: both, area: rowName)
  }

  /// The official row for an entity and census year in one release, with the name it goes by.
  ///
  /// A trust or council without a row that year falls back to a council whose name begins the
  /// entity's name (the authority before a reorganisation, such as Northamptonshire before its
  /// 2021 split).
  func row(for entity: Entity, year: Int, in workforce: WorkforceStatistics)
    -> (WorkforceRecord, String)?
  {
    switch entity.kind {
    case .country:
      return workforce.england(year: year).map { ($0, "England") }
    case .region:
      let name = WorkforceStatistics.comparatorRegion(of: entity.region ?? entity.name)
      return workforce.region(named: name, year: year).map { ($0, name) }
    case .trust, .council:
      if let code = entity.laCode, let record = workforce.authority(code: code, year: year) {
        return (record, "\(record.name) (\(record.laCode))")
      }
      let predecessors = entities.filter { candidate in
        candidate.kind == .council && candidate.name != entity.name
          && entity.name.hasPrefix(candidate.name + " ")
      }
      for council in predecessors {
        if let code = council.laCode, let record = workforce.authority(code: code, year: year) {
          return (
            record,
            "\(record.name) (\(record.laCode), the authority before \(entity.laCode ?? "its reorganisation"))"
          )
        }
      }
      return nil
    }
  }
}
