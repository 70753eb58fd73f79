import Foundation

/// Runs the built `trustmetrics` binary and captures what a person would see.
struct ToolRunner {
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The package root, three levels above this file.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary beside the test bundle (`swift test` builds it), else the debug build.
  static var binary: URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("trustmetrics")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/trustmetrics")
  }

  /// Runs the tool with arguments in a working directory (the package root by default), with
  /// `environment` added to this process's environment.
  static func run(
    _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }

  /// A scratch copy of `datasets/` and `seeds/` to break on purpose.
  static func scratchCopy() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for name in ["datasets", "seeds"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent(name), to: directory.appendingPathComponent(name))
    }
    return directory
  }
}
