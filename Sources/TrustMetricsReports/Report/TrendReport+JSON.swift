import Foundation
import TrustMetricsCore

extension TrendReport {
  /// The numbers behind the report as one JSON object, `{"schema": "trustmetrics.report/1",
  /// ...}`, keys snake_case and sorted; a suppressed value is `null` beside `<key>_marker`.
  ///
  /// Workforce values and changes are written to one decimal place (as DfE publishes), the
  /// neighbours' mean and median to two; finance money rates in whole pounds, shares to one
  /// place. Every year is the integer `year` (census year, or the year a financial year
  /// starts); a finance row adds `financial_year` (`FY2024-25`). `years` and `latest_year` are
  /// the census years of the workforce measures, `financial_years` the financial years shown.
  ///
  /// - Returns: The JSON text, ending with a newline.
  public func json() -> String {
    let hasFinance = !financeMeasures.isEmpty
    let object: [String: JSONValue] = [
      "schema": .string("trustmetrics.report/1"),
      "licence": .string(ComparisonListing.attribution(finance: hasFinance)),
      "caveat": .string(TrustSpellChange.descriptiveLabel),
      "years": .array(years.map { .raw(String($0)) }),
      "latest_year": latestYear.map { .raw(String($0)) } ?? .null,
      "financial_years": .array(
        financeYears.map { .string(FinancialYear(startYear: $0).description) }),
      "england": .array(
        measures.map { measure in
          .object([
            "measure": .string(measure.rawValue),
            "unit": .string(measure.unit.rawValue),
            "series": .array(
              (england[measure]?.points ?? []).map { point in
                var fields: [String: JSONValue] = [
                  "value": number(point.value, places: measure.decimalPlaces)
                ]
                period(point.year, measure: measure, key: "year", into: &fields)
                return .object(fields)
              }),
          ])
        }),
      "authorities": .array(authorities.map(authorityJSON)),
    ]
    return JSONValue.object(object).serialized(indent: 0) + "\n"
  }

  /// Sets `key` to the integer year and, for a finance measure, `financial_<key>` (or
  /// `financial_year` for `year`) to its written form.
  private func period(
    _ year: Int?, measure: OfficialMeasure, key: String, into fields: inout [String: JSONValue]
  ) {
    fields[key] = year.map { .raw(String($0)) } ?? .null
    guard measure.isFinance else { return }
    let written =
      key == "year"
      ? "financial_year"
      : key.replacingOccurrences(
        of: "_year", with: "_financial_year")
    fields[written] = year.map { .string(measure.periodText($0)) } ?? .null
  }

  private func authorityJSON(_ authority: Authority) -> JSONValue {
    .object([
      "authority": .string(authority.name),
      "la_code": .string(authority.laCode),
      "region_name": .string(authority.regionName),
      "trusts": .array(
        authority.spells.map { spell in
          .object([
            "trust": .string(spell.trust),
            "from": spell.from.map { .string($0.description) } ?? .null,
            "to": spell.to.map { .string($0.description) } ?? .null,
          ])
        }),
      "measures": .array(authority.trends.map(trendJSON)),
      "before_after": .array(
        authority.spellChanges.map { change in
          let measure = change.measure
          let places = measure.decimalPlaces
          let medianPlaces = neighbourPlaces(measure)
          var fields: [String: JSONValue] = [
            "trust": .string(change.spell.trust),
            "measure": .string(measure.rawValue),
            "baseline_is_first_available": .bool(change.baselineIsFirstAvailable),
            "authority_change": number(change.authority.change, places: places),
            "england_change": number(change.england.change, places: places),
            "region_change": number(change.region.change, places: places),
            "neighbour_median_change": number(
              change.neighbourMedian.change, places: medianPlaces),
            "difference_from_england": number(change.differenceFromEngland, places: places),
            "difference_from_region": number(change.differenceFromRegion, places: places),
            "difference_from_neighbours": number(
              change.differenceFromNeighbours, places: medianPlaces),
          ]
          period(change.baselineYear, measure: measure, key: "baseline_year", into: &fields)
          period(change.endYear, measure: measure, key: "end_year", into: &fields)
          return .object(fields)
        }),
      "not_measured": .array(
        authority.unmeasuredSpells.map { item in
          .object(["trust": .string(item.spell.trust), "reason": .string(item.reason)])
        }),
    ])
  }

  private func trendJSON(_ trend: MeasureTrend) -> JSONValue {
    let measure = trend.measure
    let places = measure.decimalPlaces
    var fields: [String: JSONValue] = [
      "measure": .string(measure.rawValue),
      "unit": .string(measure.unit.rawValue),
      "series": .array(
        trend.years.map { year in
          var point: [String: JSONValue] = [:]
          period(year, measure: measure, key: "year", into: &point)
          official(trend.cells[year], key: "value", places: places, into: &point)
          return .object(point)
        }),
      "change_from_previous": number(trend.changeFromPrevious?.difference, places: places),
      "change_from_first": number(trend.changeFromFirst?.difference, places: places),
      "notes": .array(trend.notes.map(JSONValue.string)),
      "reported": .array(
        trend.reported.map { item in
          var entry: [String: JSONValue] = [
            "id": .string(item.figure.id),
            "period": .string(item.figure.period.description),
            "census_year": .raw(String(item.censusYear)),
            "value": .raw(item.figure.value.description),
            "difference_from_official": number(item.differenceFromOfficial),
            "publisher": item.citation.publisher.map(JSONValue.string) ?? .null,
            "date": item.citation.date.map { .string($0.description) } ?? .null,
            "title": item.citation.title.map(JSONValue.string) ?? .null,
            "url": item.citation.url.map(JSONValue.string) ?? .null,
            "source": .string(item.citation.source),
            "quote": .string(item.citation.quote),
          ]
          official(item.official, key: "official", into: &entry)
          return .object(entry)
        }),
    ]
    period(
      trend.changeFromFirst == nil ? nil : trend.series.firstPresent?.year, measure: measure,
      key: "first_year", into: &fields)
    let comparison = trend.comparison
    period(comparison?.year, measure: measure, key: "year", into: &fields)
    official(comparison?.authority, key: "value", places: places, into: &fields)
    official(comparison?.england, key: "england", places: places, into: &fields)
    official(comparison?.region, key: "region", places: places, into: &fields)
    fields["neighbour_mean"] = number(comparison?.neighbourMean, places: neighbourPlaces(measure))
    fields["neighbour_median"] = number(
      comparison?.neighbourMedian, places: neighbourPlaces(measure))
    fields["neighbours_used"] = comparison.map { .raw(String($0.neighbourCount)) } ?? .null
    fields["rank"] = comparison?.rank.map { .raw(String($0)) } ?? .null
    fields["ranked_count"] = comparison.map { .raw(String($0.rankedCount)) } ?? .null
    fields["band"] = comparison?.band.map { .string($0.rawValue) } ?? .null
    return .object(fields)
  }

  /// Places the neighbours' mean and median are written to: two for rates and shares (one more
  /// than published), whole pounds for money.
  private func neighbourPlaces(_ measure: OfficialMeasure) -> Int {
    measure.unit.isMoneyRate ? 0 : 2
  }

  private func official(
    _ value: OfficialValue?, key: String, places: Int = 1, into fields: inout [String: JSONValue]
  ) {
    switch value {
    case .number(let number)?: fields[key] = self.number(number, places: places)
    case .suppressed(let marker)?:
      fields[key] = .null
      fields[key == "value" ? "marker" : key + "_marker"] = .string(marker.rawValue)
    case nil: fields[key] = .null
    }
  }

  private func number(_ value: Double?, places: Int = 1) -> JSONValue {
    guard let value, value.isFinite else { return .null }
    return .raw(Cell.fixed(value, places: places))
  }
}
