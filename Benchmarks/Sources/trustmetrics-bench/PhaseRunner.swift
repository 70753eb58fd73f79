import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsData
import TrustMetricsReports

/// One phase run in this process: the corpus is loaded first (untimed unless the phase is the
/// load), then the phase is timed alone; its memory growth is its peak resident set above what
/// the process held before it (the peak is reset through `/proc/self/clear_refs`).
///
/// Prints one line: `seconds=… growth_kb=… baseline_kb=… detail=…`.
enum PhaseRunner {
  static let phases = [
    "load", "compare", "check", "report", "figures-sheet", "workbook", "cells",
  ]

  static func run(
    phase: String, corpus: String, constantMemory: Bool, output: String
  ) throws {
    let loader = DatasetLoader(
      datasetsDirectory: corpus + "/datasets", seedsDirectory: corpus + "/seeds")
    var baseline = Memory.residentKB()
    Memory.resetPeak()
    var start = Clock.now()
    let dataset = try loader.load()
    var detail = "\(dataset.figures.count) figures, \(dataset.sourceTexts.count) sources"
    if phase != "load" {
      // Statuses for the Figures sheet alone are made untimed: the check is its own phase.
      let statuses =
        phase == "figures-sheet" || phase == "cells"
        ? try SourceChecker(dataset: dataset, claims: []).figureStatusLabels() : []
      baseline = Memory.residentKB()
      Memory.resetPeak()
      start = Clock.now()
      detail = try measure(
        phase, dataset: dataset, statuses: statuses, constantMemory: constantMemory,
        output: output, corpus: corpus)
    }
    let seconds = Clock.now() - start
    let growth = max(0, Memory.peakKB() - baseline)
    print("seconds=\(seconds) growth_kb=\(growth) baseline_kb=\(baseline) detail=\(detail)")
  }

  private static func measure(
    _ phase: String, dataset: Dataset, statuses: [String?], constantMemory: Bool,
    output: String, corpus: String
  ) throws -> String {
    switch phase {
    case "compare":
      let codes = TrendReport.authoritiesWithFigures(in: dataset)
      let listing = WorkforceViews.comparisons(
        codes: codes, measures: OfficialMeasure.workforce, years: dataset.workforce.years,
        in: dataset)
      return "\(listing.rows.count) comparisons of \(codes.count) authorities"
    case "check":
      let report = try SourceChecker(dataset: dataset, claims: []).check()
      var verified = 0
      for result in report.results where result.status == .verified { verified += 1 }
      return "\(report.results.count) results, \(verified) verified"
    case "report":
      let codes = TrendReport.authoritiesWithFigures(in: dataset)
      let report = TrendReport.build(
        codes: codes, measures: OfficialMeasure.workforce, in: dataset)
      let text = report.rendered(as: .text, display: ReportDisplay(width: 100))
      return "\(codes.count) authorities, \(text.utf8.count) bytes of text"
    case "figures-sheet":
      var options = WorkbookOptions(constantMemory: constantMemory)
      options.sheets = ["Figures"]
      options.automaticConstantMemoryThreshold = nil
      // Made already: handed over as the command's check hands them over.
      options.checkStatusesInBackground = { statuses }
      let receipt = try ComparisonWorkbook.write(
        dataset, options: options, to: output, replacingExisting: true)
      return "\(receipt.sheetNames.joined(separator: ",")) \(fileSize(output)) bytes"
    case "workbook":
      // As `trustmetrics workbook` does after loading: the check on a second thread while the
      // other sheets are written, then the Figures sheet.
      var options = WorkbookOptions(constantMemory: constantMemory)
      options.automaticConstantMemoryThreshold = nil
      _ = try SourceChecker(dataset: dataset, claims: []).check([])
      options.checkStatusesInBackground = {
        (try? SourceChecker(dataset: dataset, claims: []).figureStatusLabels()) ?? []
      }
      let receipt = try ComparisonWorkbook.write(
        dataset, options: options, to: output, replacingExisting: true)
      return "\(receipt.sheetNames.count) sheets \(fileSize(output)) bytes"
    case "cells":
      try FiguresCells.write(dataset: dataset, statuses: statuses, to: output)
      return "cells in \(output)"
    default:
      throw BenchError.usage("unknown phase \(phase); expected one of \(phases)")
    }
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }
}

/// Monotonic wall time.
enum Clock {
  static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}

/// Resident memory from `/proc/self/status`.
enum Memory {
  static func residentKB() -> Int { field("VmRSS:") }
  static func peakKB() -> Int { field("VmHWM:") }

  /// Resets the peak resident set to the current one (Linux 4.0+).
  static func resetPeak() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
  }

  private static func field(_ name: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
      return Int(line.dropFirst(name.count).filter(\.isNumber)) ?? 0
    }
    return 0
  }
}

enum BenchError: Error, CustomStringConvertible {
  case usage(String)
  case failed(String)

  var description: String {
    switch self {
    case .usage(let text), .failed(let text): text
    }
  }
}
