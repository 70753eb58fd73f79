import ArgumentParser
import AtomicFile
import Foundation
import TrustMetricsCore
import TrustMetricsReports

/// `--output FILE` and `--force` for `report` and `chart`: standard output by default, or one
/// file written as the workbook is (atomically; an existing file kept unless `--force`).
struct OutputOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Write to this file instead of standard output (atomically; kept if it exists, unless --force).",
      valueName: "file"))
  var output: String?

  @Flag(help: "With --output, replace the file if it exists (atomically).")
  var force = false

  func validate() throws {
    if force, output == nil {
      throw ValidationError("--force applies only with --output <file>")
    }
  }

  /// Writes the rendered text to standard output, or to the file with a one-line receipt on
  /// standard output.
  ///
  /// - Parameters:
  ///   - text: The whole output.
  ///   - summary: What was written, for the receipt (`HTML report, 7 authorities`).
  /// - Throws: Exit 73 when the file cannot be created, 74 when writing fails part-way
  ///   (standard output included).
  func write(_ text: String, summary: String) throws {
    guard let output else {
      try StandardOutput.write(text)
      return
    }
    try CommandErrors.writingFile { () throws(AtomicFileError) in
      try AtomicFile.write(text.utf8, to: output, replacingExisting: force)
    }
    let bytes = text.utf8.count.formatted(
      .number.grouping(.automatic).locale(Locale(identifier: "en_GB")))
    try StandardOutput.write("Wrote \(output): \(summary), \(bytes) bytes.\n")
  }

  /// The stamp of an HTML page: the datasets' content hash and the moment from
  /// `SOURCE_DATE_EPOCH` when set, else now; `nil` for the other formats.
  ///
  /// - Throws: A usage error when `SOURCE_DATE_EPOCH` is set but is not whole seconds.
  static func stamp(for format: ReportFormat, dataset: Dataset) throws -> ReportStamp? {
    guard format == .html else { return nil }
    let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
    guard let date = ReportStamp.generationDate(sourceDateEpoch: epoch, now: Date()) else {
      throw CommandErrors.usage(
        "SOURCE_DATE_EPOCH=\"\(epoch ?? "")\" is not a whole number of seconds since 1970-01-01 UTC; unset it or give one such as 1700000000"
      )
    }
    return ReportStamp(dataset: dataset, generated: date)
  }
}
