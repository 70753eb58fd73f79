import Foundation
import TrustMetricsCore

/// Checks that the number a figure's quote states, read as written, is the figure's value in its
/// unit; for a range qualifier, the matching end of a range.
struct ValueChecker {
  var reader = NumberReader()

  func result(for figure: Figure) -> CheckResult {
    let numbers = reader.numbers(in: figure.provenance.quote)
    let expected = Numbers.text(figure.value, unit: figure.unit)
    func make(_ status: CheckStatus, _ detail: String) -> CheckResult {
      CheckResult(
        scope: .values, subject: figure.id, kind: "value", status: status, detail: detail,
        source: figure.provenance.source)
    }
    let stating = numbers.filter { $0.canState(figure.unit) }
    for (index, number) in numbers.enumerated() where number.canState(figure.unit) {
      guard let end = end(of: number, for: figure),
        WrittenNumber.agrees(end, kind: number.kind, with: figure.value)
      else { continue }
      var detail = "“\(number.text)” reads \(expected)"
      if number.kind == .fraction { detail += " (a fraction word, to one decimal place)" }
      if number.isRange {
        detail += figure.qualifiers.contains(.rangeLow) ? " (low end)" : " (high end)"
      }
      if numbers.count > 1 {
        detail +=
          "; number \(index + 1) of \(numbers.count) in the quote ("
          + numbers.map { "“\($0.text)”" }.joined(separator: ", ") + ")"
      }
      if let note = hedgeNote(number, figure) { detail += "; " + note }
      return make(.verified, detail)
    }
    if stating.isEmpty {
      let found =
        numbers.isEmpty
        ? "no number"
        : "only "
          + numbers.map { "“\($0.text)” (\($0.kind.rawValue))" }.joined(
            separator: ", ")
      return make(
        .mismatch, "the quote states \(found); none can state a value in \(figure.unit.rawValue)")
    }
    return make(
      .mismatch,
      "the quote states " + stating.map { "“\($0.text)”" }.joined(separator: ", ")
        + "; none reads \(expected)"
        + (figure.qualifiers.contains(.rangeLow) || figure.qualifiers.contains(.rangeHigh)
          ? " at the qualified end of a range" : ""))
  }

  /// The value to compare: the range end a range qualifier names, else a single value.
  private func end(of number: WrittenNumber, for figure: Figure) -> Decimal? {
    if figure.qualifiers.contains(.rangeLow) { return number.isRange ? number.value : nil }
    if figure.qualifiers.contains(.rangeHigh) { return number.upperValue }
    return number.isRange ? nil : number.value
  }

  /// A note when the hedge written before the number and the figure's qualifier differ.
  private func hedgeNote(_ number: WrittenNumber, _ figure: Figure) -> String? {
    let hedges: Set<Qualifier> = [.approximate, .nearly, .justUnder, .over]
    let qualified = Set(figure.qualifiers).intersection(hedges)
    guard let hedge = number.hedge else {
      return qualified.isEmpty
        ? nil
        : "qualifier \(qualified.map(\.rawValue).sorted().joined(separator: ";")) "
          + "is not written just before the number"
    }
    return qualified.contains(hedge)
      ? nil : "the quote hedges it (\(hedge.rawValue)) but the figure has no such qualifier"
  }
}
