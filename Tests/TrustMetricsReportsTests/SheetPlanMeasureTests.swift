import Testing

@testable import TrustMetricsReports

/// Column widths and row heights are estimated from text lengths in characters (grapheme
/// clusters) and from number shapes; the fast measures must agree with the plain definitions.
@Suite struct SheetPlanMeasureTests {
  /// The definition: split at line feeds (a CR LF is one character, so it does not split), count
  /// characters.
  static func paragraphOracle(_ text: String) -> [Int] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count)
  }

  @Test(arguments: [
    "", "Sandwell", "Brighter Futures for Children", "the children’s services review found",
    "£7.6m – “forecast” … 52%", "line one\nline two\n", "\n\n", "a\r\nb", "a\rb\nc",
    "café", "cafe\u{301}", "e\u{301}\u{302}x\ny", "👩‍👧 family", "🇬🇧 flag", "under\u{200D}joined",
    "Ærøskøbing – Ŧ", "ŉ ſ ƀ", "\u{2028}separated", "tab\there", "€ 1,200", "x\u{20DD} enclosed",
  ])
  func paragraphLengthsCountCharacters(text: String) {
    #expect(SheetPlan.paragraphLengths(of: text) == Self.paragraphOracle(text))
    #expect(
      SheetPlan.longestParagraphLength(of: text) == (Self.paragraphOracle(text).max() ?? 0))
  }

  @Test func heightOfWrappedTextCountsLinesPerParagraph() {
    // 80 columns hold 88 characters a line: 100 characters take 2 lines, a second paragraph of
    // 10 one more: 3 lines × 15 points + 3 = 48.
    let text = String(repeating: "a", count: 100) + "\n" + String(repeating: "b", count: 10)
    #expect(SheetPlan.height(ofWrapped: text, width: 80) == 48)
    #expect(SheetPlan.height(ofWrapped: "short", width: 80) == nil)
  }

  /// The definition: digits of the rounded magnitude, a separator per three digits, the
  /// format's decimals (2 without one), 2, and 6 for a quoted suffix or 1 for any format.
  static func numberOracle(_ number: Double, format: String?) -> Int {
    let digits = String(Int(abs(number).rounded())).count
    let decimals =
      format.map { $0.split(separator: ";").first.map { String($0) } ?? $0 }
      .flatMap { $0.split(separator: ".").dropFirst().first }
      .map { $0.prefix { $0 == "0" }.count } ?? 2
    let suffix = format.map { $0.contains("\"") ? 6 : 1 } ?? 0
    return digits + (digits - 1) / 3 + decimals + 2 + suffix
  }

  @Test(arguments: [
    0, 0.4, 0.5, 9.5, 99.49, 999.6, 1_000, 7_600_000, -28_600_000, 123_456_789_012, 1e17,
  ])
  func numberLengthsFollowTheFormat(number: Double) {
    for format in [nil, "0", "0.0", "#,##0.00", "£#,##0;[Red]-£#,##0", "0.0\"%\""] {
      #expect(
        SheetPlan.numberLength(number, format: format)
          == Self.numberOracle(number, format: format), "\(number) \(format ?? "nil")")
    }
  }

  @Test func numberLengthWorkedByHand() {
    // 7,600,000 in 0.0: 7 digits + 2 separators + 1 decimal + 2 + 1 = 13.
    #expect(SheetPlan.numberLength(7_600_000, format: "0.0") == 13)
    // £#,##0 has no decimal point, so the default 2 decimals count: 7 + 2 + 2 + 2 + 1 = 14.
    #expect(SheetPlan.numberLength(7_600_000, format: "£#,##0") == 14)
  }
}
