public import Foundation
public import TrustMetricsCore

/// What goes into the comparison workbook and how it is written.
public struct WorkbookOptions: Sendable {
  /// The authorities in scope by `old_la_code`; `nil` for every authority with a figure in the
  /// datasets (see ``ComparisonWorkbook/defaultAuthorityCodes(in:)``).
  public var authorityCodes: [String]?
  /// The discount rate the `DiscountRate` cell starts at, as a fraction (0.035 for 3.5%), 0–1.
  public var discountRate: Double
  /// The horizon the `Horizon` cell starts at, in years, 1–100.
  public var horizonYears: Int
  /// Writes rows in order with constant memory (autofilters instead of tables); also chosen
  /// automatically when the Figures sheet would pass 100,000 rows.
  public var constantMemory: Bool
  /// When the workbook is made (the About sheet and the document properties).
  public var created: Date
  /// Where the datasets were read from, as the About sheet names them.
  public var datasetsDirectory: String
  /// Where the source documents were read from.
  public var seedsDirectory: String
  /// Each figure's check status (`trustmetrics check`), by figure id, such as `verified`;
  /// empty when the figures were not checked (the sheet then says “not checked”).
  public var checkStatuses: [String: String] = [:]
  /// Work that makes each figure's check status on other threads: one per figure, in the order
  /// of the dataset's figures, `nil` for a figure not checked.
  ///
  /// It starts before anything else is written; its statuses take precedence over
  /// `checkStatuses`. A failure is handed back in ``WorkbookReceipt/checkFailure``.
  public var checkStatusesInBackground: (@Sendable () -> Result<[String?], any Error>)? = nil
  /// The sheets to write, by name; `nil` for all.
  ///
  /// Names of ``ComparisonWorkbook/sheetNames``, written in the usual order. Benchmarks write
  /// the Figures sheet alone.
  public var sheets: Set<String>? = nil
  /// The Figures sheet's row count above which constant-memory mode is used automatically;
  /// `nil` never switches (benchmarks compare each mode at every size).
  public var automaticConstantMemoryThreshold: Int? = WorkbookOptions.constantMemoryRowThreshold

  /// Creates options; the defaults are the Green Book's 3.5% over 5 years.
  ///
  /// - Parameters:
  ///   - authorityCodes: The authorities in scope, or `nil` for the default.
  ///   - discountRate: The discount rate as a fraction, 0–1.
  ///   - horizonYears: The horizon in years, 1–100.
  ///   - constantMemory: Whether to write in constant-memory mode.
  ///   - created: When the workbook is made.
  ///   - datasetsDirectory: The datasets directory as given.
  ///   - seedsDirectory: The seeds directory as given.
  public init(
    authorityCodes: [String]? = nil,
    discountRate: Double = InsourcingAppraisal.greenBookDiscountRate, horizonYears: Int = 5,
    constantMemory: Bool = false, created: Date = Date(), datasetsDirectory: String = "datasets",
    seedsDirectory: String = "seeds"
  ) {
    self.authorityCodes = authorityCodes
    self.discountRate = discountRate
    self.horizonYears = horizonYears
    self.constantMemory = constantMemory
    self.created = created
    self.datasetsDirectory = datasetsDirectory
    self.seedsDirectory = seedsDirectory
  }

  /// The Figures sheet's row count above which constant-memory mode is used automatically.
  public static let constantMemoryRowThreshold = 100_000
}
