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
    // Each entity's costs and saving groups by its index in order of first figure: one look-up
    // of the entity per figure. A group is the figures sharing a source and quote; groups are
    // found by source, then by comparing quotes, so long quotes are not hashed.
    var entities: [String] = []
    var indexOfEntity: [String: Int] = [:]
    var costs: [[SourceChoice<Decimal>.Candidate]] = []
    var savingGroups: [[(quote: String, figures: [Figure])]] = []
    var groupsBySource: [[String: [Int]]] = []
    for index in figures.indices {
      let measure = figures[index].measure
      guard measure == .insourcingOneOffCost || measure == .insourcingAnnualSaving else {
        continue
      }
      let figure = figures[index]
      let entity: Int
      if let known = indexOfEntity[figure.entity] {
        entity = known
      } else {
        entity = entities.count
        indexOfEntity[figure.entity] = entity
        entities.append(figure.entity)
        costs.append([])
        savingGroups.append([])
        groupsBySource.append([:])
      }
      if measure == .insourcingOneOffCost {
        costs[entity].append(.init(value: figure.value, date: date(figure), figureID: figure.id))
        continue
      }
      let provenance = figure.provenance
      let sameSource = groupsBySource[entity][provenance.source] ?? []
      if let group = sameSource.first(where: {
        savingGroups[entity][$0].quote == provenance.quote
      }) {
        savingGroups[entity][group].figures.append(figure)
      } else {
        groupsBySource[entity][provenance.source, default: []].append(savingGroups[entity].count)
        savingGroups[entity].append((provenance.quote, [figure]))
      }
    }
    return entities.indices.map { entity in
      var candidates: [SourceChoice<SavingEstimate>.Candidate] = []
      for group in savingGroups[entity] {
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
        entity: entities[entity], cost: SourceChoice(candidates: costs[entity]),
        saving: SourceChoice(candidates: candidates))
    }
  }
}
