public import TrustMetricsCore

/// Finds an insourcing case in the datasets and describes where its numbers come from.
public enum SavingsView {
  /// The insourcing case of any of the named entities (a council and its trusts).
  ///
  /// - Parameters:
  ///   - names: Entity names to search, such as a council and the trusts that served it.
  ///   - dataset: The loaded dataset.
  /// - Returns: The first case among those names, or `nil` when no figure gives one.
  public static func insourcingCase(among names: Set<String>, in dataset: Dataset)
    -> InsourcingCase?
  {
    InsourcingCase.cases(from: dataset.figures.filter { names.contains($0.entity) }) {
      dataset.citation(for: $0).date
    }.first
  }

  /// Lines saying which figures gave the cost and saving, and which other sources were set aside.
  ///
  /// - Parameters:
  ///   - insourcingCase: The case.
  ///   - usedCost: Whether the appraisal used the case's cost (not a `--one-off-cost` override).
  ///   - usedSaving: Whether it used the case's saving.
  /// - Returns: One line per source, chosen first.
  public static func sourceLines(
    for insourcingCase: InsourcingCase, usedCost: Bool, usedSaving: Bool
  ) -> [String] {
    func dated(_ date: PartialDate?) -> String { date.map { ", \($0)" } ?? ", undated" }
    var lines: [String] = []
    if usedCost, let cost = insourcingCase.cost {
      lines.append(
        "One-off cost \(ValueText.written(cost.chosen.value, unit: .gbp)) for \(insourcingCase.entity): figure \(cost.chosen.figureID)\(dated(cost.chosen.date)) (latest-dated source)."
      )
      for other in cost.others {
        lines.append(
          "  also stated: \(ValueText.written(other.value, unit: .gbp)) in \(other.figureID)\(dated(other.date))."
        )
      }
    }
    if usedSaving, let saving = insourcingCase.saving {
      lines.append(
        "Annual saving \(range(saving.chosen.value)) for \(insourcingCase.entity): \(saving.chosen.figureID)\(dated(saving.chosen.date)) (latest-dated source)."
      )
      for other in saving.others {
        lines.append(
          "  also stated: \(range(other.value)) in \(other.figureID)\(dated(other.date)).")
      }
    }
    return lines
  }

  static func range(_ estimate: InsourcingCase.SavingEstimate) -> String {
    let low = ValueText.written(estimate.low, unit: .gbp)
    guard estimate.high != estimate.low else { return low }
    return low + " – " + ValueText.written(estimate.high, unit: .gbp)
  }
}
