import Foundation
import TrustMetricsCore

extension TrendReport {
  /// The numbers behind the report as one JSON object, `{"schema": "trustmetrics.report/1",
  /// ...}`, keys snake_case and sorted; a suppressed value is `null` beside `<key>_marker`.
  ///
  /// Published values and changes are written to one decimal place (as DfE publishes), the
  /// neighbours' mean and median to two.
  ///
  /// - Returns: The JSON text, ending with a newline.
  public func json() -> String {
    let object: [String: JSONValue] = [
      "schema": .string("trustmetrics.report/1"),
      "licence": .string(WorkforceStatistics.attribution),
      "caveat": .string(TrustSpellChange.descriptiveLabel),
      "years": .array(years.map { .raw(String($0)) }),
      "latest_year": latestYear.map { .raw(String($0)) } ?? .null,
      "england": .array(
        measures.map { measure in
          .object([
            "measure": .string(measure.rawValue),
            "series": .array(
              (england[measure]?.points ?? []).map { point in
                .object(["year": .raw(String(point.year)), "value": number(point.value)])
              }),
          ])
        }),
      "authorities": .array(authorities.map(authorityJSON)),
    ]
    return JSONValue.object(object).serialized(indent: 0) + "\n"
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
          .object([
            "trust": .string(change.spell.trust),
            "measure": .string(change.measure.rawValue),
            "baseline_year": .raw(String(change.baselineYear)),
            "baseline_is_first_available": .bool(change.baselineIsFirstAvailable),
            "end_year": .raw(String(change.endYear)),
            "authority_change": number(change.authority.change),
            "england_change": number(change.england.change),
            "region_change": number(change.region.change),
            "neighbour_median_change": number(change.neighbourMedian.change, places: 2),
            "difference_from_england": number(change.differenceFromEngland),
            "difference_from_region": number(change.differenceFromRegion),
            "difference_from_neighbours": number(change.differenceFromNeighbours, places: 2),
          ])
        }),
      "not_measured": .array(
        authority.unmeasuredSpells.map { item in
          .object(["trust": .string(item.spell.trust), "reason": .string(item.reason)])
        }),
    ])
  }

  private func trendJSON(_ trend: MeasureTrend) -> JSONValue {
    var fields: [String: JSONValue] = [
      "measure": .string(trend.measure.rawValue),
      "unit": .string(trend.measure.unit.rawValue),
      "series": .array(
        years.map { year in
          var point: [String: JSONValue] = ["year": .raw(String(year))]
          official(trend.cells[year], key: "value", into: &point)
          return .object(point)
        }),
      "change_from_previous": number(trend.changeFromPrevious?.difference),
      "change_from_first": number(trend.changeFromFirst?.difference),
      "first_year": trend.changeFromFirst == nil
        ? .null : trend.series.firstPresent.map { .raw(String($0.year)) } ?? .null,
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
    let comparison = trend.comparison
    fields["year"] = comparison.map { .raw(String($0.year)) } ?? .null
    official(comparison?.authority, key: "value", into: &fields)
    official(comparison?.england, key: "england", into: &fields)
    official(comparison?.region, key: "region", into: &fields)
    fields["neighbour_mean"] = number(comparison?.neighbourMean, places: 2)
    fields["neighbour_median"] = number(comparison?.neighbourMedian, places: 2)
    fields["neighbours_used"] = comparison.map { .raw(String($0.neighbourCount)) } ?? .null
    fields["rank"] = comparison?.rank.map { .raw(String($0)) } ?? .null
    fields["ranked_count"] = comparison.map { .raw(String($0.rankedCount)) } ?? .null
    fields["band"] = comparison?.band.map { .string($0.rawValue) } ?? .null
    return .object(fields)
  }

  private func official(
    _ value: OfficialValue?, key: String, into fields: inout [String: JSONValue]
  ) {
    switch value {
    case .number(let number)?: fields[key] = self.number(number)
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
