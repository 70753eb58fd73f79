import Foundation
import PropertyBased
import Testing
import TrustMetricsCore

/// Properties of `Money`: every printed form reads back as the same amount.
@Suite struct MoneyPropertyTests {
  /// Amounts up to ±£90 trillion (the limit `Money` accepts), in pence.
  static let anyAmount = Gen.int64(in: -9_000_000_000_000_000...9_000_000_000_000_000)
    .map { Money(pence: $0) }
  /// Amounts a council budget can hold: up to ±£1 trillion, in pence.
  static let budgetAmount = Gen.int64(in: -100_000_000_000_000...100_000_000_000_000)
    .map { Money(pence: $0) }

  /// Reads `£1,234.56` or `-£1,234.56` back, accepting only that exact shape: a pound sign,
  /// groups of three digits after the first, a point and two digits.
  static func amount(readingFormatted text: String) -> Money? {
    var rest = Substring(text)
    let isNegative = rest.hasPrefix("-")
    if isNegative { rest = rest.dropFirst() }
    guard rest.hasPrefix("£") else { return nil }
    rest = rest.dropFirst()
    let halves = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard halves.count == 2, halves[1].count == 2, halves[1].allSatisfy(\.isASCIIDigit) else {
      return nil
    }
    let groups = halves[0].split(separator: ",", omittingEmptySubsequences: false)
    guard let head = groups.first, (1...3).contains(head.count),
      groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      groups.dropFirst().allSatisfy({ $0.count == 3 }),
      head == "0" || head.first != "0"
    else { return nil }
    return amount(readingPlain: (isNegative ? "-" : "") + groups.joined() + "." + halves[1])
  }

  /// Reads `1234.56` or `-1234.56` back through `Decimal`, exactly.
  static func amount(readingPlain text: String) -> Money? {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).flatMap { Money($0) }
  }

  @Test func theFormattedAmountReadsBackAsTheSameAmount() async {
    await propertyCheck(count: 1_000, input: Self.anyAmount) { money in
      #expect(Self.amount(readingFormatted: money.formatted) == money, "\(money.formatted)")
    }
  }

  @Test func thePlainTextReadsBackAsTheSameAmount() async {
    await propertyCheck(count: 1_000, input: Self.anyAmount) { money in
      #expect(Self.amount(readingPlain: money.plainText) == money, "\(money.plainText)")
    }
  }

  @Test func theAmountInPoundsReadsBackAsTheSameAmount() async {
    await propertyCheck(count: 1_000, input: Self.budgetAmount) { money in
      #expect(Money(pounds: money.pounds) == money, "\(money.pounds)")
    }
  }

  @Test func theDecimalReadsBackAsTheSameAmount() async {
    await propertyCheck(count: 1_000, input: Self.anyAmount) { money in
      #expect(Money(money.decimal) == money)
    }
  }

  @Test(arguments: [
    ("£1,234.56", 123_456), ("-£1,200.00", -120_000), ("£0.05", 5), ("£303,010.48", 30_301_048),
  ])
  func theReaderReadsHandCheckedAmounts(text: String, pence: Int64) {
    #expect(Self.amount(readingFormatted: text) == Money(pence: pence))
  }

  @Test(arguments: ["£1234.56", "£1,23.45", "1,234.56", "£1,234.5", "£01.00", "£,123.00"])
  func theReaderRejectsOtherShapes(text: String) {
    #expect(Self.amount(readingFormatted: text) == nil)
  }
}

extension Character {
  /// Whether this is one of the ASCII digits 0–9.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
