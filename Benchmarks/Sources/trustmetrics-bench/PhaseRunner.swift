import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsData
import TrustMetricsReports

/// One phase run in this process: the corpus is loaded first (untimed unless the phase is the
/// load), then the phase is timed alone; its memory growth is its peak resident set above what
/// the process held before it (the peak is reset through `/proc/self/clear_refs`).
///
/// Prints one line: `seconds=… growth_kb=… baseline_kb=… [cells=… workforce_cells=…] detail=…`
/// (the cells the workbook phases wrote, all sheets and the Workforce sheet's).
enum PhaseRunner {
  static let phases = [
    "load", "compare", "check", "report", "figures-sheet", "workbook", "cells", "official-load",
    "finance-compare",
  ]

  static func run(
    phase: String, corpus: String, constantMemory: Bool, output: String
  ) throws {
    if phase == "official-load" {
      let baseline = Memory.residentKB()
      Memory.resetPeak()
      let start = Clock.now()
      let detail = try OfficialLoad.load(datasets: corpus + "/datasets")
      let seconds = Clock.now() - start
      let growth = max(0, Memory.peakKB() - baseline)
      print("seconds=\(seconds) growth_kb=\(growth) baseline_kb=\(baseline) detail=\(detail)")
      return
    }
    let loader = DatasetLoader(
      datasetsDirectory: corpus + "/datasets", seedsDirectory: corpus + "/seeds")
    var baseline = Memory.residentKB()
    Memory.resetPeak()
    var start = Clock.now()
    let dataset = try loader.load()
    var detail = "\(dataset.figures.count) figures, \(dataset.sourceTexts.count) sources"
    var cells = ""
    if phase != "load" {
      // Statuses for the Figures sheet alone are made untimed: the check is its own phase.
      let statuses =
        phase == "figures-sheet" || phase == "cells"
        ? try SourceChecker(dataset: dataset, claims: []).figureStatusLabels() : []
      baseline = Memory.residentKB()
      Memory.resetPeak()
      start = Clock.now()
      let receipt: WorkbookReceipt?
      (detail, receipt) = try measure(
        phase, dataset: dataset, statuses: statuses, constantMemory: constantMemory,
        output: output, corpus: corpus)
      if let counts = receipt?.cellCounts {
        cells =
          "cells=\(counts.values.reduce(0, +)) "
          + "workforce_cells=\(counts["Workforce"] ?? 0) "
      }
    }
    let seconds = Clock.now() - start
    let growth = max(0, Memory.peakKB() - baseline)
    print(
      "seconds=\(seconds) growth_kb=\(growth) baseline_kb=\(baseline) \(cells)detail=\(detail)")
  }

  private static func measure(
    _ phase: String, dataset: Dataset, statuses: [String?], constantMemory: Bool,
    output: String, corpus: String
  ) throws -> (detail: String, receipt: WorkbookReceipt?) {
    switch phase {
    case "compare":
      let codes = TrendReport.authoritiesWithFigures(in: dataset)
      let listing = WorkforceViews.comparisons(
        codes: codes, measures: OfficialMeasure.workforce, years: dataset.workforce.years,
        in: dataset)
      return ("\(listing.rows.count) comparisons of \(codes.count) authorities", nil)
    case "check":
      let report = try SourceChecker(dataset: dataset, claims: []).check()
      var verified = 0
      for result in report.results where result.status == .verified { verified += 1 }
      return ("\(report.results.count) results, \(verified) verified", nil)
    case "report":
      let codes = TrendReport.authoritiesWithFigures(in: dataset)
      let report = TrendReport.build(
        codes: codes, measures: OfficialMeasure.workforce, in: dataset)
      let text = report.rendered(as: .text, display: ReportDisplay(width: 100))
      return ("\(codes.count) authorities, \(text.utf8.count) bytes of text", nil)
    case "figures-sheet":
      var options = WorkbookOptions(constantMemory: constantMemory)
      options.sheets = ["Figures"]
      options.automaticConstantMemoryThreshold = nil
      // Made already: handed over as the command's check hands them over.
      options.checkStatusesInBackground = { .success(statuses) }
      let receipt = try ComparisonWorkbook.write(
        dataset, options: options, to: output, replacingExisting: true)
      return ("\(receipt.sheetNames.joined(separator: ",")) \(fileSize(output)) bytes", receipt)
    case "workbook":
      // As `trustmetrics workbook` does after loading: the check on a second thread while the
      // other sheets are written, then the Figures sheet.
      var options = WorkbookOptions(constantMemory: constantMemory)
      options.automaticConstantMemoryThreshold = nil
      _ = try SourceChecker(dataset: dataset, claims: []).check([])
      options.checkStatusesInBackground = {
        Result { () throws(CheckError) in
          try SourceChecker(dataset: dataset, claims: []).figureStatusLabels()
        }.mapError { $0 }
      }
      let receipt = try ComparisonWorkbook.write(
        dataset, options: options, to: output, replacingExisting: true)
      return ("\(receipt.sheetNames.count) sheets \(fileSize(output)) bytes", receipt)
    case "cells":
      try FiguresCells.write(dataset: dataset, statuses: statuses, to: output)
      return ("cells in \(output)", nil)
    case "finance-compare":
      // What `compare --all-trusts --measure M --year Y` does, for every finance measure and
      // every year it has.
      let codes = WorkforceViews.trustAuthorityCodes(in: dataset)
      var rows = 0
      for measure in OfficialMeasure.finance {
        let listing = WorkforceViews.comparisons(
          codes: codes, measures: [measure], years: dataset.official.years(of: measure),
          in: dataset)
        rows += listing.rows.count
      }
      return (
        "\(rows) comparisons: \(codes.count) trust authorities, "
          + "\(OfficialMeasure.finance.count) finance measures, every year", nil
      )
    default:
      throw BenchError.usage("unknown phase \(phase); expected one of \(phases)")
    }
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }
}

/// The official files alone, read and parsed as `DatasetLoader` does, and the statistics built:
/// DfE's workforce indicators and neighbour model, the section 251 outturn, the RO3 return and
/// ONS's children, joined into every finance measure for every authority and year.
enum OfficialLoad {
  /// Loads them, and says how long each step took (ms).
  static func load(datasets: String) throws -> String {
    var steps: [String] = []
    var last = Clock.now()
    func step(_ name: String) {
      let now = Clock.now()
      steps.append(name + " " + String(format: "%.1f", (now - last) * 1000))
      last = now
    }
    func bytes(_ name: String) throws -> [UInt8] {
      // One copy of the file, as FileReader's read does.
      guard let data = FileManager.default.contents(atPath: datasets + "/" + name) else {
        throw BenchError.failed("cannot read \(datasets)/\(name)")
      }
      return [UInt8](data)
    }
    let workforce = try WorkforceParser.parse(
      bytes: try bytes(DatasetLoader.workforceFile), file: DatasetLoader.workforceFile)
    step("workforce")
    let neighbours = try NeighbourParser.parse(
      bytes: try bytes(DatasetLoader.neighboursFile), file: DatasetLoader.neighboursFile,
      workforce: workforce)
    step("neighbours")
    let section251 = try Section251Parser.parse(
      bytes: try bytes(DatasetLoader.section251File), file: DatasetLoader.section251File)
    step("s251")
    let revenueOutturn = try RevenueOutturnParser.parse(
      bytes: try bytes(DatasetLoader.revenueOutturnFile), file: DatasetLoader.revenueOutturnFile)
    step("ro3")
    let population = try PopulationParser.parse(
      bytes: try bytes(DatasetLoader.populationFile), file: DatasetLoader.populationFile)
    step("ons")
    let finance = FinanceStatistics(
      section251: section251, revenueOutturn: revenueOutturn, population: population,
      workforce: workforce)
    step("index")
    // Tables are computed when first asked for: every one is asked for here, and the breaks,
    // so that the load is timed as if a command used them all.
    var tables = 0
    for measure in OfficialMeasure.finance {
      for year in finance.years(of: measure) where finance.table(measure, year: year) != nil {
        tables += 1
      }
    }
    let breaks = finance.breaks.count
    step("\(tables) tables and breaks")
    let rows =
      workforce.records.count + section251.count + revenueOutturn.count + population.count
    return "\(rows) rows, \(neighbours.neighboursByCode.count) neighbour lists, "
      + "\(breaks) breaks; ms: " + steps.joined(separator: ", ")
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
