import Foundation

/// How a value a text states compares with its official counterpart, with the counterpart's
/// citation: the verdict of `trustmetrics fact-check`.
public struct CounterpartComparison: Hashable, Sendable {
  /// The verdicts, worst last.
  public enum Verdict: String, CaseIterable, Sendable {
    /// The official value is the value written.
    case agrees
    /// The official value lies within the writer's rounding and hedge ("32%" for 31.9).
    case agreesWithinRounding = "agrees_within_rounding"
    /// Only DfE's other basis agrees (headcount where the main rate is FTE).
    case agreesOnOtherBasis = "agrees_on_other_basis"
    /// The latest release disagrees, but an earlier release of the same statistics agrees: DfE
    /// revised the value since.
    case agreesWithEarlierRelease = "agrees_with_earlier_release"
    /// No release agrees.
    case disagrees
    /// There is nothing official to compare with.
    case noCounterpart = "no_counterpart"

    /// The verdict as people read it (the raw value with spaces for underscores).
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Whether an official release agrees with the value.
    public var isAgreement: Bool {
      self == .agrees || self == .agreesWithinRounding || self == .agreesOnOtherBasis
        || self == .agreesWithEarlierRelease
    }
  }

  /// The verdict.
  public var verdict: Verdict
  /// The official value compared: the agreeing release's, else the latest release's; `nil` when
  /// there is no counterpart.
  public var officialValue: Double?
  /// The column or measure it is published in (`agency_rate_fte`, `spend_per_child`).
  public var indicator: String?
  /// The area as the statistics name it (`Sandwell (333)`, `West Midlands`, `England`).
  public var area: String?
  /// The period compared (`census 2021`, `FY2023-24`).
  public var period: String?
  /// The release the value comes from (`reporting-year-2025 release`, `section 251 outturn`).
  public var release: String?
  /// The file it was read from.
  public var file: String?
  /// The reporting year of the release cited, for workforce statistics.
  public var releaseYear: Int?
  /// The latest release's value, when an earlier release agrees and DfE revised it since.
  public var revisedValue: Double?
  /// The latest release, when an earlier release agrees.
  public var revisedIn: String?
  /// The latest release's reporting year, when an earlier release agrees.
  public var revisedInYear: Int?
  /// The census year compared, for workforce statistics.
  public var censusYear: Int?
  /// Official − written, for a disagreement (the latest release's value).
  public var difference: Double?
  /// One sentence: the verdict with both values, or why there is no counterpart.
  public var detail: String

  /// Creates a comparison.
  public init(verdict: Verdict, detail: String) {
    self.verdict = verdict
    self.detail = detail
  }
}
