import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs every case of the bad-input corpus (`Tests/Fixtures/bad/cases.tsv`) through the built
/// binary: the exit code, one clear stderr line naming the file and line, no stack trace, nothing
/// on stdout, and a bounded running time.
@Suite struct BadInputCorpusTests {
  /// The longest a case may run: a debug build, with other tests running beside it.
  static let timeLimit: Duration = .seconds(30)

  @Test func theCorpusHasAtLeastThirtyCases() throws {
    let cases = try BadInputCase.load()
    #expect(cases.count >= 30)
    #expect(Set(cases.map(\.name)).count == cases.count, "case names are unique")
    // Every fixture directory belongs to a case, so no case is silently dropped.
    let directories = try FileManager.default.contentsOfDirectory(
      at: BadInputCase.corpusDirectory, includingPropertiesForKeys: [.isDirectoryKey]
    ).filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
    #expect(Set(directories.map(\.lastPathComponent)).isSubset(of: Set(cases.map(\.name))))
  }

  @Test(arguments: BadInputCase.all)
  func badInputStopsWithOneClearMessage(_ corpusCase: BadInputCase) throws {
    let copy = try ToolRunner.scratchCopy()
    defer { BadInputCase.removeScratchCopy(copy) }
    try corpusCase.prepare(copy)
    var command = [ToolRunner.binary.path] + corpusCase.arguments
    if corpusCase.needsUnprivilegedUser, getuid() == 0 {
      // Root reads a mode-000 file, so run the binary as nobody instead.
      guard let setpriv = BadInputCase.setprivPath else {
        try Test.cancel(
          "running as root without setpriv: a mode-000 file cannot be made unreadable")
      }
      command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + command
    }
    let before = Set(FileManager.default.subpaths(atPath: copy.path) ?? [])
    let started = ContinuousClock.now
    let result = try ToolRunner.run(command: command, in: copy, timeLimit: Self.timeLimit)
    let elapsed = ContinuousClock.now - started

    #expect(!result.timedOut, "still running after \(Self.timeLimit)")
    #expect(elapsed < Self.timeLimit)
    #expect(result.exitedNormally, "killed by signal \(result.status)")
    #expect(result.status == corpusCase.exitCode, "stderr: \(result.standardError)")
    #expect(result.standardOutput.isEmpty, "stdout: \(result.standardOutput.prefix(200))")
    #expect(result.standardError.contains(corpusCase.fragment), "stderr: \(result.standardError)")
    for trace in ["Fatal error", "Stack dump", "Backtrace", "Program crashed", "Thread 0"] {
      #expect(!result.standardError.contains(trace), "a crash report: \(result.standardError)")
    }
    if let location = corpusCase.location {
      let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 2 && lines[1].isEmpty, "exactly one line: \(result.standardError)")
      let prefix = location == "*" ? "trustmetrics: " : "trustmetrics: \(location): "
      #expect(
        result.standardError.hasPrefix(prefix),
        "names the file (and line): \(result.standardError)")
    }
    try corpusCase.checkNothingLost(in: copy, before: before)
  }
}

/// One case of the corpus: a scratch copy with one file replaced or broken, a command, and what
/// the binary must answer.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// How one path is broken after the fixture files are copied in, if at all.
  var setup: Setup?
  var arguments: [String]
  var exitCode: Int32
  /// `file` or `file:line` that the one stderr line starts with; `*` for one line naming no
  /// file first; `nil` for usage errors.
  var location: String?
  var fragment: String

  /// A change made to one path of the scratch copy.
  enum Setup: Sendable {
    case remove(String)
    case directory(String)
    case unreadable(String)
    case fifo(String)
    case longLine(String)
    case longHeader(String)
    case longQuote(String)
    /// An existing output file that must survive the run byte for byte.
    case existing(String)
    /// A directory the binary may not write into (mode 555, run as nobody under root).
    case readOnlyDirectory(String)
  }

  var testDescription: String { name }

  static let corpusDirectory = ToolRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad")

  /// Every case, or none when the manifest cannot be read (the count test then fails).
  static let all: [BadInputCase] = (try? load()) ?? []

  /// Where `setpriv` is, to drop root's privileges for the unreadable-file case.
  static let setprivPath = ["/usr/bin/setpriv", "/bin/setpriv"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Whether the case needs a user who cannot read a mode-000 file.
  var needsUnprivilegedUser: Bool {
    switch setup {
    case .unreadable, .readOnlyDirectory: return true
    default: return false
    }
  }

  /// Reads `cases.tsv`.
  static func load() throws -> [BadInputCase] {
    let text = try String(
      contentsOf: corpusDirectory.appendingPathComponent("cases.tsv"), encoding: .utf8)
    var cases: [BadInputCase] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard columns.count == 6, let code = Int32(columns[3]) else {
        throw CorpusError.badManifestLine(String(line))
      }
      cases.append(
        BadInputCase(
          name: columns[0], setup: try setup(parsing: columns[1]),
          arguments: columns[2].split(separator: " ").map(String.init), exitCode: code,
          location: columns[4] == "-" ? nil : columns[4], fragment: columns[5]))
    }
    return cases
  }

  private static func setup(parsing text: String) throws -> Setup? {
    guard text != "-" else { return nil }
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { throw CorpusError.badManifestLine(text) }
    switch parts[0] {
    case "remove": return .remove(parts[1])
    case "directory": return .directory(parts[1])
    case "unreadable": return .unreadable(parts[1])
    case "fifo": return .fifo(parts[1])
    case "long-line": return .longLine(parts[1])
    case "long-header": return .longHeader(parts[1])
    case "long-quote": return .longQuote(parts[1])
    case "existing": return .existing(parts[1])
    case "read-only-directory": return .readOnlyDirectory(parts[1])
    default: throw CorpusError.badManifestLine(text)
    }
  }

  /// Copies the case's files over the scratch copy, then applies the setup.
  func prepare(_ copy: URL) throws {
    let manager = FileManager.default
    let fixtures = Self.corpusDirectory.appendingPathComponent(name)
    if let files = manager.enumerator(at: fixtures, includingPropertiesForKeys: [.isRegularFileKey])
    {
      for case let file as URL in files
      where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let relative = String(file.path.dropFirst(fixtures.path.count + 1))
        let target = copy.appendingPathComponent(relative)
        if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
        try manager.copyItem(at: file, to: target)
      }
    }
    guard let setup else { return }
    let huge = Data(repeating: UInt8(ascii: "x"), count: 10_000_000)
    let header = Data("id,entity,measure,period,value,unit,qualifier,source,quote\n".utf8)
    switch setup {
    case .remove(let path):
      try manager.removeItem(at: copy.appendingPathComponent(path))
    case .directory(let path):
      let url = copy.appendingPathComponent(path)
      try manager.removeItem(at: url)
      try manager.createDirectory(at: url, withIntermediateDirectories: false)
    case .unreadable(let path):
      try manager.setAttributes(
        [.posixPermissions: 0], ofItemAtPath: copy.appendingPathComponent(path).path)
    case .fifo(let path):
      let url = copy.appendingPathComponent(path)
      try manager.removeItem(at: url)
      guard mkfifo(url.path, 0o644) == 0 else { throw CorpusError.cannotPrepare(path) }
    case .longLine(let path):
      try (header + huge).write(to: copy.appendingPathComponent(path))
    case .longHeader(let path):
      try huge.write(to: copy.appendingPathComponent(path))
    case .existing(let path):
      try Self.existingContents.write(to: copy.appendingPathComponent(path))
    case .readOnlyDirectory(let path):
      let url = copy.appendingPathComponent(path)
      try manager.createDirectory(at: url, withIntermediateDirectories: true)
      try manager.setAttributes([.posixPermissions: 0o555], ofItemAtPath: url.path)
    case .longQuote(let path):
      let url = copy.appendingPathComponent(path)
      let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      try (header + Data((lines[1] + "\n\"").utf8) + huge).write(to: url)
    }
  }

  /// What an existing output file holds before the run; it must hold the same after.
  static let existingContents = Data("an older workbook that must not be lost\n".utf8)

  /// Checks that a failed write lost nothing: an existing output is intact, and no temporary
  /// file was left beside it.
  func checkNothingLost(in copy: URL, before: Set<String>) throws {
    let after = Set(FileManager.default.subpaths(atPath: copy.path) ?? [])
    #expect(after == before, "files left behind: \(after.subtracting(before).sorted())")
    if case .existing(let path) = setup {
      #expect(try Data(contentsOf: copy.appendingPathComponent(path)) == Self.existingContents)
    }
  }

  /// Removes a scratch copy, first making any mode-000 file removable.
  static func removeScratchCopy(_ copy: URL) {
    if let files = FileManager.default.enumerator(atPath: copy.path) {
      for case let file as String in files {
        try? FileManager.default.setAttributes(
          [.posixPermissions: 0o755], ofItemAtPath: copy.appendingPathComponent(file).path)
      }
    }
    try? FileManager.default.removeItem(at: copy)
  }

  enum CorpusError: Error {
    case badManifestLine(String)
    case cannotPrepare(String)
  }
}

extension ToolRunner {
  /// What a bounded run of the binary produced.
  struct BoundedResult {
    var status: Int32
    var exitedNormally: Bool
    var timedOut: Bool
    var standardOutput: String
    var standardError: String
  }

  /// Runs a command, its output going to files (no pipe can fill and stall it), killing it once
  /// the time limit has passed.
  static func run(command: [String], in directory: URL, timeLimit: Duration) throws
    -> BoundedResult
  {
    let outputs = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outputs) }
    let outURL = outputs.appendingPathComponent("stdout")
    let errURL = outputs.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.currentDirectoryURL = directory
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let deadline = ContinuousClock.now + timeLimit
    var timedOut = false
    while process.isRunning {
      if ContinuousClock.now > deadline {
        timedOut = true
        process.terminate()
        process.waitUntilExit()
        break
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    process.waitUntilExit()
    return BoundedResult(
      status: process.terminationStatus,
      exitedNormally: process.terminationReason == .exit,
      timedOut: timedOut,
      standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}
