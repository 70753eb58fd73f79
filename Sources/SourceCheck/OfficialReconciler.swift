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

/// Reconciles workforce figures with DfE's children's social work workforce indicators.
///
/// The figure's entity gives the row (a trust or council by its `la_code`, resolving merged
/// codes; a region by name; England), its period the census year (the foundation's month rule),
/// its measure the indicator (a locum rate is the agency rate): FTE first, headcount as the other
/// basis.
struct OfficialReconciler {
  var workforce: WorkforceStatistics
  var entities: [Entity]
  /// Whether results say what was compared (`detail`), or give the status alone.
  var writesDetails = true
  /// The index of the first entity with each name (as `entities.first { $0.name == name }`).
  private let entityIndex: [String: Int]
  /// The comparison each entity, census year and indicator pair makes, once made.
  private var rows: [RowKey: Row] = [:]
  /// The official row each entity and census year compares with (`nil`: none), once found.
  private var places: [PlaceKey: Place?] = [:]
  /// The last entity name looked up, and its index.
  private var lastEntity: (name: String, index: Int?)?

  init(workforce: WorkforceStatistics, entities: [Entity]) {
    self.workforce = workforce
    self.entities = entities
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
    default: "DfE publishes no indicator for \(measure.rawValue)"
    }
  }

  /// An entity (by index, `-1` for none), a census year and the main indicator.
  private struct RowKey: Hashable {
    var entity: Int
    var year: Int
    var indicator: WorkforceIndicator
  }

  /// An entity (by index) and a census year.
  private struct PlaceKey: Hashable {
    var entity: Int
    var year: Int
  }

  /// The official row an entity and census year compare with, and how details name it.
  private struct Place {
    var record: WorkforceRecord
    var name: String
    /// "DfE Sandwell (333), census 2021".
    var text: String
  }

  /// What the official statistics say for one entity, census year and indicator pair: the
  /// reason there is nothing to compare with, or the numbers and the words that name them.
  private enum Row {
    case unverifiable(String)
    /// No row for the entity that year (the detail names the entity as the figure writes it).
    case noRow
    case values(official: Double, other: Double?, officialText: String, row: String, both: String)
  }

  /// The reconciliation of a figure (read in place), `nil` when it is not a workforce figure.
  mutating func result(at figure: UnsafePointer<Figure>) -> CheckResult? {
    guard figure.pointee.measure.isWorkforce else { return nil }
    func make(_ status: CheckStatus, _ detail: @autoclosure () -> String) -> CheckResult {
      CheckResult(
        scope: .official, subject: figure.pointee.id, kind: "official", status: status,
        detail: writesDetails ? detail() : "",
        source: figure.pointee.provenance.source)
    }
    guard let (main, other) = Self.indicators(for: figure.pointee.measure) else {
      return make(
        .unverifiable, "no counterpart: " + Self.reasonWithoutIndicator(figure.pointee.measure))
    }
    let year = figure.pointee.period.censusYear
    let entity: Int?
    if let lastEntity, lastEntity.name == figure.pointee.entity {
      entity = lastEntity.index
    } else {
      entity = entityIndex[figure.pointee.entity]
      lastEntity = (figure.pointee.entity, entity)
    }
    let key = RowKey(entity: entity ?? -1, year: year, indicator: main)
    let row: Row
    if let known = rows[key] {
      row = known
    } else {
      row = makeRow(entity: entity, year: year, main: main, other: other)
      rows[key] = row
    }
    let official: Double
    let otherValue: Double?
    let officialText: String
    let rowText: String
    let both: String
    switch row {
    case .unverifiable(let detail):
      return make(.unverifiable, detail)
    case .noRow:
      return make(
        .unverifiable, "no counterpart: no DfE row for \(figure.pointee.entity) in census \(year)")
    case .values(let value, let other, let text, let row, let texts):
      (official, otherValue, officialText, rowText, both) = (value, other, text, row, texts)
    }
    let value = figure.pointee.doubleValue
    let interval = FigureInterval(figure.pointee, number: value)
    let isExact = abs(official - value) < 1e-9 && figure.pointee.qualifiers.isEmpty
    let agreement =
      interval.contains(official)
      ? Self.agreesWithinRounding
      : otherValue.map { interval.contains($0) } == true ? Self.agreesOnOtherBasis : nil
    guard writesDetails else {
      return make(isExact || agreement != nil ? .verified : .disagreesWithOfficial, "")
    }
    let said = Numbers.text(figure.pointee.value, unit: .count)
    // Each detail is written in one buffer: the verdict, the figure, the row and the numbers.
    let lengths = said.utf8.count + rowText.utf8.count + both.utf8.count + 120
    if isExact {
      return make(
        .verified,
        TextWriter.text(capacity: lengths + main.rawValue.utf8.count + officialText.utf8.count) {
          text in
          text.append(Self.agreesExactly)
          text.append(said)
          text.append(" = ")
          text.append(rowText)
          text.append(" ")
          text.append(main.rawValue)
          text.append(" ")
          text.append(officialText)
        })
    }
    if let agreement {
      let lower = Numbers.text(interval.lower)
      let upper = Numbers.text(interval.upper)
      return make(
        .verified,
        TextWriter.text(capacity: lengths + lower.utf8.count + upper.utf8.count) { text in
          text.append(agreement)
          text.append(said)
          text.append(" covers ")
          text.append(lower)
          text.append("–")
          text.append(upper)
          text.append("; ")
          text.append(rowText)
          text.append(" ")
          text.append(both)
        })
    }
    let difference = Numbers.text(official - value, places: 1)
    return make(
      .disagreesWithOfficial,
      TextWriter.text(capacity: lengths + difference.utf8.count) { text in
        text.append(Self.disagreesSource)
        text.append(said)
        text.append(", ")
        text.append(rowText)
        text.append(" ")
        text.append(both)
        text.append("; difference ")
        text.append(difference)
        text.append(" (official − source)")
      })
  }

  /// The verdicts as details begin.
  private static let agreesExactly = Reconciliation.agreesExactly.rawValue + ": "
  private static let agreesWithinRounding = Reconciliation.agreesWithinRounding.rawValue + ": "
  private static let agreesOnOtherBasis = Reconciliation.agreesOnOtherBasis.rawValue + ": "
  private static let disagreesSource = Reconciliation.disagrees.rawValue + ": source "

  /// The comparison for an entity (by index), census year and indicators: what the figure is
  /// compared with, or why it cannot be.
  private mutating func makeRow(
    entity: Int?, year: Int, main: WorkforceIndicator, other: WorkforceIndicator?
  ) -> Row {
    guard workforce.years.contains(year) else {
      let years = workforce.years
      return .unverifiable(
        "no counterpart: census \(year) is outside DfE's series (\(years.first ?? 0)–\(years.last ?? 0))"
      )
    }
    guard let entity else { return .noRow }
    let key = PlaceKey(entity: entity, year: year)
    let place: Place?
    if let known = places[key] {
      place = known
    } else {
      place = row(for: entities[entity], year: year).map { record, name in
        Place(record: record, name: name, text: "DfE \(name), census \(year)")
      }
      places[key] = place
    }
    guard let place else { return .noRow }
    let record = place.record
    let rowName = place.name
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
      official: official, other: otherValue, officialText: officialText, row: place.text,
      both: both)
  }

  /// The official row for a figure's entity and census year, with the name it goes by.
  ///
  /// A trust or council without a row that year falls back to a council whose name begins the
  /// entity's name (the authority before a reorganisation, such as Northamptonshire before its
  /// 2021 split).
  func row(for entity: Entity, year: Int) -> (WorkforceRecord, String)? {
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
