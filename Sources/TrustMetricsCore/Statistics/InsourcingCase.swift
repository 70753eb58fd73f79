public import Foundation

/// One council's case for bringing services in-house, as the figures state it: a one-off cost and
/// an annual saving (a single amount or a range), each from the latest-dated source that gives it.
public struct InsourcingCase: Sendable {
  /// An annual saving as one source states it: a range, or one amount (low equals high).
  public struct SavingEstimate: Hashable, Sendable {
    /// The low end, in pounds.
    public var low: Decimal
    /// The high end, in pounds.
    public var high: Decimal

    /// Creates an estimate from its two ends (equal for a single amount).
    public init(low: Decimal, high: Decimal) {
      self.low = low
      self.high = high
    }
  }

  /// The entity the figures are about (the council that bears the cost).
  public var entity: String
  /// The cost chosen and the other sources' costs; `nil` when no figure gives a cost.
  public var cost: SourceChoice<Decimal>?
  /// The saving chosen and the other sources' savings; `nil` when no figure gives one.
  public var saving: SourceChoice<SavingEstimate>?

  /// Builds one case per entity from its `insourcing_one_off_cost` and
  /// `insourcing_annual_saving` figures.
  ///
  /// A saving range is the `range_low` and `range_high` figures sharing a source and quote; a
  /// figure without a range qualifier is a single amount. Among several sources the latest-dated
  /// wins (``SourceChoice``); the others are kept to be listed.
  ///
  /// - Parameters:
  ///   - figures: Figures of any measure; others are ignored.
  ///   - date: The publication date of a figure's source (its article's date for a feed).
  /// - Returns: The cases in order of the entities' first figure.
  public static func cases(from figures: [Figure], date: (Figure) -> PartialDate?)
    -> [InsourcingCase]
  {
    var order: [String] = []
    var costs: [String: [SourceChoice<Decimal>.Candidate]] = [:]
    var savingGroups: [String: [(key: String, figures: [Figure])]] = [:]
    // Where each entity's group for a source and quote is, so that grouping stays linear.
    var groupIndex: [String: Int] = [:]
    var seen = Set<String>()
    for figure in figures {
      switch figure.measure {
      case .insourcingOneOffCost:
        costs[figure.entity, default: []].append(
          .init(value: figure.value, date: date(figure), figureID: figure.id))
      case .insourcingAnnualSaving:
        let key = figure.provenance.source + "\u{0}" + figure.provenance.quote
        let slot = figure.entity + "\u{0}" + key
        if let index = groupIndex[slot] {
          savingGroups[figure.entity, default: []][index].figures.append(figure)
        } else {
          groupIndex[slot] = savingGroups[figure.entity, default: []].count
          savingGroups[figure.entity, default: []].append((key, [figure]))
        }
      default:
        continue
      }
      if seen.insert(figure.entity).inserted { order.append(figure.entity) }
    }
    return order.map { entity in
      var candidates: [SourceChoice<SavingEstimate>.Candidate] = []
      for group in savingGroups[entity] ?? [] {
        let low = group.figures.first { $0.qualifiers.contains(.rangeLow) }
        let high = group.figures.first { $0.qualifiers.contains(.rangeHigh) }
        if let low, let high {
          candidates.append(
            .init(
              value: SavingEstimate(low: low.value, high: high.value), date: date(low),
              figureID: low.id + " + " + high.id))
        }
        for single in group.figures
        where !single.qualifiers.contains(.rangeLow) && !single.qualifiers.contains(.rangeHigh) {
          candidates.append(
            .init(
              value: SavingEstimate(low: single.value, high: single.value), date: date(single),
              figureID: single.id))
        }
      }
      return InsourcingCase(
        entity: entity, cost: SourceChoice(candidates: costs[entity] ?? []),
        saving: SourceChoice(candidates: candidates))
    }
  }
}
