import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with its standard output in a file, and reports its exit
/// status, wall time and peak resident set (`wait4`'s `ru_maxrss`).
enum Spawn {
  struct Outcome {
    var status: Int32
    var seconds: Double
    var maxResidentKB: Int
    var output: String
  }

  static func run(_ arguments: [String], outputPath: String) throws -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = Clock.now()
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
    guard spawned == 0 else {
      throw BenchError.failed("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Clock.now() - start
    // Only the end: the values and messages wanted are there, and reading a whole listing of a
    // million figures would grow this process, whose peak every later child's starts from.
    let output = tail(ofFile: outputPath, bytes: 1 << 16)
    let exited = status & 0x7f == 0
    return Outcome(
      status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), seconds: seconds,
      maxResidentKB: Int(usage.ru_maxrss), output: output)
  }

  /// The last `bytes` bytes of a file as text (from the first whole line), empty when it cannot
  /// be read.
  static func tail(ofFile path: String, bytes: Int) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    let start = size > UInt64(bytes) ? size - UInt64(bytes) : 0
    guard (try? handle.seek(toOffset: start)) != nil,
      let data = try? handle.readToEnd()
    else { return "" }
    let text = String(decoding: data, as: UTF8.self)
    guard start > 0, let newline = text.firstIndex(of: "\n") else { return text }
    return String(text[text.index(after: newline)...])
  }

  /// The value of `key=` in a line of `key=value` pairs.
  static func value(_ key: String, in output: String) -> String? {
    for line in output.split(separator: "\n") {
      // `detail=` runs to the end of the line; other values to the next space.
      if key == "detail", let range = line.range(of: "detail=") {
        return String(line[range.upperBound...])
      }
      for part in line.split(separator: " ") where part.hasPrefix(key + "=") {
        return String(part.dropFirst(key.count + 1))
      }
    }
    return nil
  }

  /// A command's first line of output, or `nil` when it fails.
  static func firstLine(_ arguments: [String]) -> String? {
    let path = NSTemporaryDirectory() + "trustmetrics-bench-\(getpid()).out"
    defer { unlink(path) }
    guard let outcome = try? run(arguments, outputPath: path), outcome.status == 0 else {
      return nil
    }
    return outcome.output.split(separator: "\n").first.map(String.init)
  }
}
