public import XlsxWriter

/// What writing the comparison workbook produced.
public struct WorkbookReceipt: Sendable {
  /// The file written.
  public var path: String
  /// The sheets, in order.
  public var sheetNames: [String]
  /// How many cells hold formulas (each with its cached result).
  public var formulaCount: Int
  /// How many insourcing cases the Insourcing sheet appraises.
  public var insourcingCaseCount: Int
  /// The authorities in scope, by name.
  public var authorities: [String]
  /// Whether constant-memory mode was used.
  public var usedConstantMemory: Bool
  /// What the writer changed to keep the workbook valid (truncated text).
  public var warnings: [XlsxWarning]
  /// Why the figures' check statuses could not be made
  /// (``WorkbookOptions/checkStatusesInBackground``), `nil` when they were or were not asked
  /// for: the Figures sheet then says “not checked” and the caller must tell the user.
  public var checkFailure: String? = nil
  /// How many cells each sheet wrote, by sheet name (formulas, values, texts and styled blanks).
  public var cellCounts: [String: Int] = [:]
}
