import Foundation

/// Runs every phase at every size in fresh processes, the floor and the peer beside them, and
/// writes the results as Markdown.
struct BenchmarkRunner {
  var sizes: [Int]
  /// Sizes of the workforce-rates corpus shape, measured after `sizes` (mixed).
  var workforceSizes: [Int] = []
  var runs: Int
  var workDirectory: String
  var binary: String
  var floor: String
  var peer: String
  var officialDirectory: String
  var peerMaximum: Int
  var outputPath: String
  var command: String
  /// `finance`: only the official-data and finance rows, spliced into the existing output as
  /// their own section (the rest of the file is kept); `nil`: everything.
  var only: String? = nil

  /// One measured row: a phase at a size, its runs.
  struct Row {
    var phase: String
    var size: Int?
    /// The corpus's shape (mixed for the bundled-dataset rows).
    var shape: CorpusShape = .mixed
    /// Cells the phase wrote, all sheets (workbook phases and the floor).
    var cells: Int?
    /// Of them, the Workforce sheet's.
    var workforceCells: Int?
    var seconds: [Double] = []
    var maxResidentKB: [Int] = []
    var growthKB: [Int] = []
    var detail = ""
    var note: String?

    var median: Double { Self.median(seconds) }
    var medianRSS: Int { Int(Self.median(maxResidentKB.map(Double.init))) }
    var medianGrowth: Int? { growthKB.isEmpty ? nil : Int(Self.median(growthKB.map(Double.init))) }

    static func median(_ values: [Double]) -> Double {
      let sorted = values.sorted()
      guard !sorted.isEmpty else { return .nan }
      let middle = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
  }

  let selfPath =
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    ?? CommandLine.arguments[0]

  func run() throws {
    try FileManager.default.createDirectory(
      atPath: workDirectory, withIntermediateDirectories: true)
    var rows: [Row] = []
    // First, while this process is small: a child's peak RSS (wait4) starts from its parent's.
    if only == "finance" {
      rows += try financeRows()
      let report = BenchmarkReport(
        rows: rows, sizes: [], runs: runs, corpusBytes: [:], command: command, peerVersion: nil)
      let section = report.financeSection()
      let previous = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
      try BenchmarkReport.splicing(section, into: previous).write(
        toFile: outputPath, atomically: true, encoding: .utf8)
      print(section)
      return
    }
    rows += try financeRows()
    var corpusBytes: [CorpusKey: (figures: Int, seeds: Int)] = [:]
    let peerAvailable =
      Spawn.firstLine(["python3", "-c", "import xlsxwriter; print(xlsxwriter.__version__)"])
    // Smallest first, the mixed shape before the other at one size: the largest runs last, so
    // that whatever this process holds after it cannot raise a later child's peak.
    let corpora =
      CorpusKey.all(mixed: sizes, workforceRates: workforceSizes)
      .enumerated().sorted { ($0.element.size, $0.offset) < ($1.element.size, $1.offset) }
      .map(\.element)
    for key in corpora {
      let corpus = workDirectory + "/" + key.shape.directoryName(size: key.size)
      try generateIfNeeded(key, in: corpus)
      corpusBytes[key] = (
        PhaseRunner.fileSize(corpus + "/datasets/figures.csv"), directorySize(corpus + "/seeds")
      )
      rows += try corpusRows(key, corpus: corpus, peerAvailable: peerAvailable != nil)
    }
    let markdown = BenchmarkReport(
      rows: rows, sizes: sizes, workforceSizes: workforceSizes, runs: runs,
      corpusBytes: corpusBytes, command: command, peerVersion: peerAvailable
    ).markdown()
    // The notes written by hand at the end of the previous file are kept.
    let previous = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    let notes = previous.range(of: BenchmarkReport.notesHeading).map { previous[$0.lowerBound...] }
    try (markdown + (notes.map { "\n" + $0 } ?? "")).write(
      toFile: outputPath, atomically: true, encoding: .utf8)
    print(markdown)
  }

  /// A corpus: its shape and how many figures it holds.
  struct CorpusKey: Hashable {
    var shape: CorpusShape
    var size: Int

    /// The mixed corpora, then the workforce-rates ones, each in the order given.
    static func all(mixed sizes: [Int], workforceRates workforceSizes: [Int]) -> [CorpusKey] {
      sizes.map { CorpusKey(shape: .mixed, size: $0) }
        + workforceSizes.map { CorpusKey(shape: .workforceRates, size: $0) }
    }
  }

  /// Generates the corpus unless a complete one with the finance files is there already.
  private func generateIfNeeded(_ key: CorpusKey, in corpus: String) throws {
    let stamp = corpus + "/.complete"
    // A corpus made before the finance files were copied into it is made again.
    let financeFile = corpus + "/datasets/official/" + CorpusGenerator.financeFiles[0]
    guard
      !FileManager.default.fileExists(atPath: stamp)
        || !FileManager.default.fileExists(atPath: financeFile)
    else { return }
    log("generating \(key.size) figures (\(key.shape.rawValue)) in \(corpus)")
    // In a child process, so that this one stays small (a child's peak RSS starts from its
    // parent's).
    let generated = try Spawn.run(
      [
        selfPath, "generate", "--figures", "\(key.size)", "--output", corpus, "--official",
        officialDirectory, "--shape", key.shape.rawValue,
      ], outputPath: workDirectory + "/last-output.txt")
    guard generated.status == 0 else {
      throw BenchError.failed("generating \(key.size) figures failed: \(generated.output)")
    }
    _ = FileManager.default.createFile(atPath: stamp, contents: Data())
  }

  /// Every phase on one corpus.
  ///
  /// The workforce-rates shape leaves out the phases its figures do not change (all comparisons, report rendering) and the peer, which writes the same
  /// Figures sheet as on the mixed shape.
  private func corpusRows(_ key: CorpusKey, corpus: String, peerAvailable: Bool) throws -> [Row] {
    let size = key.size
    let isMixed = key.shape == .mixed
    var rows: [Row] = []
    let directory = key.shape.directoryName(size: size)
    let cells = corpus + "/figures-cells.tsv"
    let scratch = workDirectory + "/out-" + directory
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    _ = try measure(
      Row(phase: "prepare cells", size: size),
      [selfPath, "phase", "cells", "--corpus", corpus, "--output", cells], runs: 1)
    func row(_ phase: String) -> Row { Row(phase: phase, size: size, shape: key.shape) }
    func swiftPhase(_ phase: String, _ label: String, constant: Bool = false) throws {
      var arguments = [
        selfPath, "phase", phase, "--corpus", corpus, "--output", scratch + "/\(phase).xlsx",
      ]
      if constant { arguments.append("--constant-memory") }
      rows.append(try measure(row(label), arguments, runs: runs))
    }
    try swiftPhase("load", "load + validate")
    if isMixed { try swiftPhase("compare", "all comparisons") }
    try swiftPhase("check", "check (in process)")
    if isMixed { try swiftPhase("report", "report rendering") }
    for constant in [false, true] {
      let mode = constant ? "constant" : "normal"
      try swiftPhase("figures-sheet", "Figures sheet, \(mode)", constant: constant)
      var floorArguments = [floor, cells, scratch + "/floor-\(mode).xlsx"]
      if constant { floorArguments.append("--constant-memory") }
      rows.append(try measure(row("floor (C), \(mode)"), floorArguments, runs: runs))
      if isMixed {
        var peerRow = row("peer (Python), \(mode)")
        if !peerAvailable {
          peerRow.note = "skipped: python3 has no XlsxWriter (pip install XlsxWriter)"
          rows.append(peerRow)
        } else if size > peerMaximum {
          peerRow.note = "skipped above \(peerMaximum) figures (--peer-max) to keep the run short"
          rows.append(peerRow)
        } else {
          var peerArguments = ["python3", peer, cells, scratch + "/peer-\(mode).xlsx"]
          if constant { peerArguments.append("--constant-memory") }
          rows.append(try measure(peerRow, peerArguments, runs: runs))
        }
      }
      try swiftPhase("workbook", "whole workbook (in process), \(mode)", constant: constant)
    }
    let data = ["--datasets", corpus + "/datasets", "--seeds", corpus + "/seeds"]
    rows.append(
      try measure(
        row("trustmetrics workbook (end to end)"),
        [binary, "workbook"] + data + ["--output", scratch + "/cli.xlsx", "--force"],
        runs: runs, wallClock: true))
    rows.append(
      try measure(
        row("trustmetrics check (end to end)"), [binary, "check"] + data,
        runs: runs, wallClock: true, allowedStatuses: [0, 1]))
    if isMixed, size == sizes.max() {
      let opened = Spawn.firstLine([
        "python3", "-c", Self.openCheck, scratch + "/figures-sheet.xlsx",
      ])
      var opens = row("constant-memory output opens")
      opens.note = opened ?? "FAILED: the constant-memory Figures sheet did not open"
      rows.append(opens)
    }
    return rows
  }

  /// The rows on the bundled datasets (run from the repository root): `report` and `--help`, the
  /// official files loaded in process, the whole bundle loaded, every finance comparison of
  /// the trusts' authorities, and the release binary's `compare` for one finance measure.
  private func financeRows() throws -> [Row] {
    let repeats = max(runs, 10)
    func phase(_ name: String) -> [String] {
      [selfPath, "phase", name, "--corpus", ".", "--output", workDirectory + "/phase-output"]
    }
    return [
      try measure(
        Row(phase: BenchmarkReport.reportPhase, size: nil), [binary, "report"], runs: repeats,
        wallClock: true),
      try measure(
        Row(phase: BenchmarkReport.helpPhase, size: nil), [binary, "--help"], runs: repeats,
        wallClock: true),
      try measure(
        Row(phase: BenchmarkReport.officialLoadPhase, size: nil), phase("official-load"),
        runs: repeats),
      try measure(
        Row(phase: BenchmarkReport.bundleLoadPhase, size: nil), phase("load"), runs: repeats),
      try measure(
        Row(phase: BenchmarkReport.financeComparePhase, size: nil), phase("finance-compare"),
        runs: repeats),
      try measure(
        Row(phase: BenchmarkReport.financeCommandPhase, size: nil),
        [binary, "compare", "--all-trusts", "--measure", "spend_per_child"], runs: repeats,
        wallClock: true),
    ]
  }

  /// Opens an .xlsx as a zip, checks every member's CRC, and parses the first sheet's XML.
  static let openCheck = """
    import sys, zipfile, xml.etree.ElementTree as ET
    z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip()
    assert bad is None, bad
    rows = sum(1 for _, e in ET.iterparse(z.open('xl/worksheets/sheet1.xml')) if e.tag.endswith('}row'))
    print(f"opens: zip CRCs good, sheet1.xml parses, {rows} rows")
    """

  private func measure(
    _ template: Row, _ arguments: [String], runs: Int, wallClock: Bool = false,
    allowedStatuses: Set<Int32> = [0]
  ) throws -> Row {
    var row = template
    let outputFile = workDirectory + "/last-output.txt"
    for attempt in 1...runs {
      let outcome = try Spawn.run(arguments, outputPath: outputFile)
      guard allowedStatuses.contains(outcome.status) else {
        let errorText = outcome.output.suffix(2000)
        throw BenchError.failed(
          "\(arguments.joined(separator: " ")) exited \(outcome.status): \(errorText)")
      }
      let seconds =
        wallClock ? outcome.seconds : Double(Spawn.value("seconds", in: outcome.output) ?? "")
      guard let seconds else {
        throw BenchError.failed("no seconds= in the output of \(arguments.joined(separator: " "))")
      }
      row.seconds.append(seconds)
      row.maxResidentKB.append(outcome.maxResidentKB)
      if let growth = Spawn.value("growth_kb", in: outcome.output).flatMap(Int.init) {
        row.growthKB.append(growth)
      }
      row.cells = Spawn.value("cells", in: outcome.output).flatMap(Int.init)
      row.workforceCells = Spawn.value("workforce_cells", in: outcome.output).flatMap(Int.init)
      row.detail =
        Spawn.value("detail", in: outcome.output) ?? Spawn.value("rows", in: outcome.output).map {
          "\($0) rows"
        } ?? ""
      log(
        "\(row.phase) N=\(row.size.map(String.init) ?? "-") run \(attempt)/\(runs): "
          + String(format: "%.3f s, %.1f MB", seconds, Double(outcome.maxResidentKB) / 1024))
    }
    return row
  }

  private func directorySize(_ path: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.reduce(0) { $0 + PhaseRunner.fileSize(path + "/" + $1) }
  }
}

func log(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
