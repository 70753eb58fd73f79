import ArgumentParser
import Foundation
import TrustMetricsCore
import TrustMetricsData

/// The one place errors become messages and exit codes (the README's table).
enum CommandErrors {
  /// Exit codes, sysexits-style.
  enum Code {
    static let problemsFound: Int32 = 1
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let missingInput: Int32 = 66
    static let cannotCreateOutput: Int32 = 73
    static let ioFailed: Int32 = 74
  }

  /// Runs a library call, printing a data error on stderr and exiting with its code.
  static func run<T>(_ body: () throws(DatasetError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      printError(error.description)
      throw ExitCode(error.isMissingInput ? Code.missingInput : Code.badData)
    }
  }

  /// Runs an output file's write, printing a failure on stderr and exiting 73 when the file
  /// could not be created at all (an existing file without `--force` included), 74 when
  /// writing failed part-way; the same rule for the workbook and for `report`/`chart --output`.
  static func writingFile<T, Failure: OutputFailure>(_ body: () throws(Failure) -> T) throws -> T {
    do {
      return try body()
    } catch {
      printError(error.description)
      throw ExitCode(error.isOutputUnavailable ? Code.cannotCreateOutput : Code.ioFailed)
    }
  }

  /// Prints `trustmetrics: message` on standard error.
  static func printError(_ message: String) {
    FileHandle.standardError.write(Data(("trustmetrics: " + message + "\n").utf8))
  }

  /// Stops with a usage error (exit 64): prints the message and where to find the subcommand's
  /// help, then returns the exit code to throw.
  ///
  /// Errors found after the options parsed (an unknown entity, an impossible amount) would
  /// otherwise print the root command's usage line; this names the subcommand's own help.
  static func usage(_ message: String) -> ExitCode {
    let subcommand = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("-") }
    let help = subcommand.map { "trustmetrics \($0) --help" } ?? "trustmetrics --help"
    printError("\(message)\n  See '\(help)' for the options and examples.")
    return ExitCode(Code.usage)
  }
}
