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

  func result(for figure: Figure) -> CheckResult? {
    guard figure.measure.isWorkforce else { return nil }
    func make(_ status: CheckStatus, _ detail: String) -> CheckResult {
      CheckResult(
        scope: .official, subject: figure.id, kind: "official", status: status, detail: detail,
        source: figure.provenance.source)
    }
    guard let (main, other) = Self.indicators(for: figure.measure) else {
      return make(.unverifiable, "no counterpart: " + Self.reasonWithoutIndicator(figure.measure))
    }
    let year = figure.period.censusYear
    guard workforce.years.contains(year) else {
      let years = workforce.years
      return make(
        .unverifiable,
        "no counterpart: census \(year) is outside DfE's series (\(years.first ?? 0)–\(years.last ?? 0))"
      )
    }
    guard let (record, rowName) = row(for: figure, year: year) else {
      return make(
        .unverifiable, "no counterpart: no DfE row for \(figure.entity) in census \(year)")
    }
    guard let official = record[main].number else {
      let marker = record[main].marker?.rawValue ?? "missing"
      return make(
        .unverifiable, "no counterpart: DfE's \(main.rawValue) for \(rowName) \(year) is \(marker)")
    }
    let otherValue = other.flatMap { record[$0].number }
    let interval = FigureInterval(figure)
    let value = figure.doubleValue
    let said = Numbers.text(figure.value, unit: .count)
    let row = "DfE \(rowName), census \(year)"
    let mainText = "\(main.rawValue) \(Numbers.text(official))"
    let otherText = other.map { indicator in
      "\(indicator.rawValue) " + (otherValue.map { Numbers.text($0) } ?? "not published")
    }
    let both = ([mainText] + (otherText.map { [$0] } ?? [])).joined(separator: ", ")
    if abs(official - value) < 1e-9, figure.qualifiers.isEmpty {
      return make(
        .verified, "\(Reconciliation.agreesExactly.rawValue): \(said) = \(row) \(mainText)")
    }
    if interval.contains(official) {
      return make(
        .verified,
        "\(Reconciliation.agreesWithinRounding.rawValue): \(said) covers "
          + "\(Numbers.text(interval.lower))–\(Numbers.text(interval.upper)); \(row) \(both)")
    }
    if let otherValue, interval.contains(otherValue) {
      return make(
        .verified,
        "\(Reconciliation.agreesOnOtherBasis.rawValue): \(said) covers "
          + "\(Numbers.text(interval.lower))–\(Numbers.text(interval.upper)); \(row) \(both)")
    }
    return make(
      .disagreesWithOfficial,
      "\(Reconciliation.disagrees.rawValue): source \(said), \(row) \(both); difference "
        + "\(Numbers.text(official - value, places: 1)) (official − source)")
  }

  /// The official row for a figure's entity and census year, with the name it goes by.
  ///
  /// A trust or council without a row that year falls back to a council whose name begins the
  /// entity's name (the authority before a reorganisation, such as Northamptonshire before its
  /// 2021 split).
  func row(for figure: Figure, year: Int) -> (WorkforceRecord, String)? {
    guard let entity = entities.first(where: { $0.name == figure.entity }) else { return nil }
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
