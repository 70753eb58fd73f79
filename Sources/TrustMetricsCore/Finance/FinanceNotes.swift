/// The sentences a reader needs beside a finance value: how a joint row was added up, how
/// England and a region were totalled, and possible reclassifications.
public enum FinanceNotes {
  /// Notes for one authority's value of a measure in a year; none for a workforce measure.
  ///
  /// - Parameters:
  ///   - measure: The measure.
  ///   - own: The authority's value.
  ///   - england: England's value, when shown.
  ///   - region: The region's value, when shown.
  ///   - year: The year the financial year starts.
  ///   - statistics: The official statistics, for possible reclassifications.
  /// - Returns: The notes, in a fixed order.
  public static func notes(
    _ measure: OfficialMeasure, own: AreaValue, england: AreaValue?, region: AreaValue?,
    year: Int, statistics: OfficialStatistics
  ) -> [String] {
    guard measure.isFinance else { return [] }
    var notes: [String] = []
    if measure == .agencyCostPerAgencyFTE { notes.append(indicatorLabel) }
    if own.isJointRow { notes.append(jointRowNote(measure, name: own.name)) }
    if measure.origin == .revenueOutturn {
      for total in [england, region].compactMap({ $0 }) {
        notes.append(totalNote(measure, total: total))
      }
    }
    notes += statistics.finance.breaks(
      affecting: measure, code: own.code, years: (year - 1)...year
    ).map(\.note)
    return notes
  }

  /// The label every output gives the agency-cost indicator.
  public static let indicatorLabel =
    "Agency cost per agency FTE is an indicator: what the council paid for all agency staff in children's social care (RO3 memorandum) divided by the agency social workers counted at the census; a memorandum of 0 or below means not reported and gives no value."

  /// How a joint row is compared.
  public static func jointRowNote(_ measure: OfficialMeasure, name: String) -> String {
    switch measure {
    case .lacWeeklyUnitCost, .socialWorkWeeklyUnitCost:
      "\(name): DfE's workforce statistics publish these authorities as one row; a published unit cost cannot be summed, so the joint row has no value."
    default:
      "\(name): DfE's workforce statistics publish these authorities as one row, so their spend and children are added up."
    }
  }

  /// How England or a region was totalled from the reporting authorities (RO3 has no such rows).
  public static func totalNote(_ measure: OfficialMeasure, total: AreaValue) -> String {
    let per = measure == .agencyCostPerAgencyFTE ? "agency FTE" : "children"
    return
      "\(total.name) = the reporting authorities' amounts ÷ their \(per) (\(total.memberCount) authorities; \(total.leftOut) left out with no value)."
  }
}
