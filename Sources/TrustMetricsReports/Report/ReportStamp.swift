public import Foundation
public import TrustMetricsCore

/// When an HTML report was made and from exactly which data: printed at the top of the page so
/// a paper can be traced back to its inputs.
public struct ReportStamp: Sendable, Equatable {
  /// When the report was made.
  public var generated: Date
  /// The datasets' content hash: SHA-256 of their canonical text, as on the workbook's About
  /// sheet (64 hexadecimal digits).
  public var contentHash: String

  /// Creates a stamp from its parts.
  ///
  /// - Parameters:
  ///   - generated: When the report was made.
  ///   - contentHash: The datasets' content hash.
  public init(generated: Date, contentHash: String) {
    self.generated = generated
    self.contentHash = contentHash
  }

  /// Creates a stamp for a dataset, hashing its content as the workbook's About sheet does.
  ///
  /// - Parameters:
  ///   - dataset: The loaded dataset.
  ///   - generated: When the report was made.
  public init(dataset: Dataset, generated: Date) {
    self.init(generated: generated, contentHash: AboutSheet.contentHash(of: dataset))
  }

  /// The moment to stamp: `SOURCE_DATE_EPOCH` (whole seconds since 1970-01-01 UTC, as the
  /// reproducible-builds convention gives it) when set, else `now`.
  ///
  /// - Parameters:
  ///   - sourceDateEpoch: The variable's value, or `nil` when unset.
  ///   - now: The current time.
  /// - Returns: The moment, or `nil` when the variable is set but is not a whole number of
  ///   seconds from 0 to 253402300799 (the end of year 9999).
  public static func generationDate(sourceDateEpoch: String?, now: Date) -> Date? {
    guard let text = sourceDateEpoch else { return now }
    guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }), text.count <= 12,
      let seconds = Int(text), seconds <= 253_402_300_799
    else { return nil }
    return Date(timeIntervalSince1970: TimeInterval(seconds))
  }

  /// The moment in UTC, `2024-06-01 14:05 UTC`.
  public var generatedText: String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: generated)
    func two(_ value: Int?) -> String {
      let value = value ?? 0
      return value < 10 ? "0\(value)" : "\(value)"
    }
    return "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day)) "
      + "\(two(parts.hour)):\(two(parts.minute)) UTC"
  }
}
