import ArgumentParser
import Foundation
import SystemPackage
import TrustMetricsReports

/// Standard output written through a 64 KB buffer with `write(2)`, so a long listing streams out
/// as it is rendered instead of being built as one string first.
///
/// A failed write stops the output and the command exits 74 (the README's exit codes): with a
/// message, except for a reader that went away (`trustmetrics check | head -1`: EPIPE, SIGPIPE
/// being ignored so the process is not killed), which is no news to the person who closed it.
enum StandardOutput {
  /// Runs `body` with a buffer draining to standard output, then flushes it.
  ///
  /// - Throws: `ExitCode(74)` when a write failed (after `body` has run).
  static func write(_ body: (OutputBuffer) throws -> Void) throws {
    // Anything print() left in the C library's buffer goes first, to keep the order.
    fflush(nil)
    signal(SIGPIPE, SIG_IGN)
    var failure: Int32 = 0
    let standardOutput = FileDescriptor.standardOutput
    let output = OutputBuffer(capacity: 1 << 16) { chunk in
      guard failure == 0 else { return false }
      do {
        // Retried when interrupted (EINTR), until every byte is written.
        _ = try standardOutput.writeAll(chunk)
        return true
      } catch let error as Errno {
        failure = error.rawValue
        return false
      } catch {
        failure = EIO
        return false
      }
    }
    do {
      try body(output)
    } catch {
      output.flush()
      throw error
    }
    output.flush()
    if failure != 0 {
      if failure != EPIPE {
        CommandErrors.printError(
          "cannot write to standard output: \(String(cString: strerror(failure)))")
      }
      throw ExitCode(CommandErrors.Code.ioFailed)
    }
  }

  /// Writes a string to standard output.
  static func write(_ text: String) throws {
    try write { $0.write(text) }
  }
}
