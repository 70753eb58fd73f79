import Foundation
import TrustMetricsCore

/// Checks that the number a figure's quote states, read as written, is the figure's value in its
/// unit; for a range qualifier, the matching end of a range.
struct ValueChecker {
  var reader = NumberReader()
  /// Whether results say what was found (`detail`), or give the status alone.
  var writesDetails = true

  func result(for figure: Figure) -> CheckResult {
    withUnsafePointer(to: figure) { result(at: $0) }
  }

  /// The result for a figure read in place.
  func result(at figure: UnsafePointer<Figure>) -> CheckResult {
    let numbers = reader.numbers(in: figure.pointee.provenance.quote)
    let unit = figure.pointee.unit
    let value = figure.pointee.value
    func make(_ status: CheckStatus, _ detail: @autoclosure () -> String) -> CheckResult {
      CheckResult(
        scope: .values, subject: figure.pointee.id, kind: "value", status: status,
        detail: writesDetails ? detail() : "", source: figure.pointee.provenance.source)
    }
    let qualifiers = QualifierSet(figure.pointee.qualifiers)
    for index in numbers.indices where numbers[index].canState(unit) {
      guard let end = end(of: numbers[index], for: qualifiers),
        WrittenNumber.agrees(end, kind: numbers[index].kind, with: value)
      else { continue }
      guard writesDetails else { return make(.verified, "") }
      let expected = Numbers.text(value, unit: unit)
      let note = hedgeNote(numbers[index], qualifiers)
      var capacity = 80 + numbers[index].text.utf8.count + expected.utf8.count
      if numbers.count > 1 {
        capacity += 90
        for other in numbers.indices { capacity += numbers[other].text.utf8.count + 8 }
      }
      if let note { capacity += 2 + note.utf8.count }
      let detail = TextWriter.text(capacity: capacity) { detail in
        let number = numbers[index]
        detail.append("“")
        detail.append(number.text)
        detail.append("” reads ")
        detail.append(expected)
        if number.kind == .fraction { detail.append(" (a fraction word, to one decimal place)") }
        if number.isRange {
          detail.append(qualifiers.contains(.rangeLow) ? " (low end)" : " (high end)")
        }
        if numbers.count > 1 {
          detail.append("; number ")
          detail.append(index + 1)
          detail.append(" of ")
          detail.append(numbers.count)
          detail.append(" in the quote (")
          for other in numbers.indices {
            if other > 0 { detail.append(", ") }
            detail.append("“")
            detail.append(numbers[other].text)
            detail.append("”")
          }
          detail.append(")")
        }
        if let note {
          detail.append("; ")
          detail.append(note)
        }
      }
      return make(.verified, detail)
    }
    let stating = numbers.filter { $0.canState(unit) }
    if stating.isEmpty {
      let found =
        numbers.isEmpty
        ? "no number"
        : "only "
          + numbers.map { "“\($0.text)” (\($0.kind.rawValue))" }.joined(
            separator: ", ")
      return make(
        .mismatch, "the quote states \(found); none can state a value in \(unit.rawValue)")
    }
    return make(
      .mismatch,
      "the quote states " + stating.map { "“\($0.text)”" }.joined(separator: ", ")
        + "; none reads \(Numbers.text(value, unit: unit))"
        + (qualifiers.contains(.rangeLow) || qualifiers.contains(.rangeHigh)
          ? " at the qualified end of a range" : ""))
  }

  /// The value to compare: the range end a range qualifier names, else a single value.
  private func end(of number: borrowing WrittenNumber, for qualifiers: QualifierSet) -> Decimal? {
    if qualifiers.contains(.rangeLow) { return number.isRange ? number.value : nil }
    if qualifiers.contains(.rangeHigh) { return number.upperValue }
    return number.isRange ? nil : number.value
  }

  /// The hedges, in the order of their raw values.
  private static let hedges: [Qualifier] = [.approximate, .justUnder, .nearly, .over]

  /// A note when the hedge written before the number and the figure's qualifier differ.
  private func hedgeNote(_ number: borrowing WrittenNumber, _ qualifiers: QualifierSet) -> String? {
    guard let hedge = number.hedge else {
      let qualified = Self.hedges.filter { qualifiers.contains($0) }
      return qualified.isEmpty
        ? nil
        : "qualifier \(qualified.map(\.rawValue).joined(separator: ";")) "
          + "is not written just before the number"
    }
    return qualifiers.contains(hedge)
      ? nil : "the quote hedges it (\(hedge.rawValue)) but the figure has no such qualifier"
  }
}

/// A figure's qualifiers as bits, for membership tests without a `Set`.
struct QualifierSet {
  private var bits: UInt16 = 0

  init(_ qualifiers: [Qualifier]) {
    for qualifier in qualifiers { bits |= Self.bit(qualifier) }
  }

  func contains(_ qualifier: Qualifier) -> Bool { bits & Self.bit(qualifier) != 0 }

  private static func bit(_ qualifier: Qualifier) -> UInt16 {
    switch qualifier {
    case .approximate: 1
    case .justUnder: 2
    case .nearly: 4
    case .over: 8
    case .forecast: 16
    case .target: 32
    case .rangeLow: 64
    case .rangeHigh: 128
    }
  }
}
