public import Foundation
public import TrustMetricsCore

/// Writes values with their units for people: `£7,600,000`, `52%`, `942.01 FTE`.
public enum ValueText {
  /// A dataset value as written for people, exact.
  public static func written(_ value: Decimal, unit: FigureUnit) -> String {
    switch unit {
    case .percent: return value.description + "%"
    case .gbp:
      guard let money = Money(value) else { return "£" + grouped(value.description) }
      let text = money.formatted
      return money.pence % 100 == 0 && text.hasSuffix(".00") ? String(text.dropLast(3)) : text
    case .count: return grouped(value.description)
    case .fte: return value.description + " FTE"
    case .casesPerWorker: return value.description + " cases per worker"
    case .years: return value.description + (value == 1 ? " year" : " years")
    case .gbpPerChild: return "£" + grouped(value.description) + " per child"
    case .gbpPerWeek: return "£" + grouped(value.description) + " per week"
    case .gbpPerFTE: return "£" + grouped(value.description) + " per FTE"
    }
  }

  /// Inserts thousands separators into the whole part of a plain decimal text.
  public static func grouped(_ text: String) -> String {
    var sign = ""
    var body = Substring(text)
    if body.first == "-" {
      sign = "-"
      body = body.dropFirst()
    }
    let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = Array(parts[0])
    var grouped = ""
    for (index, digit) in whole.enumerated() {
      if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
  }
}
