import AtomicFile
import XlsxWriter

/// An error writing an output file that says whether the file could not be created at all.
protocol OutputFailure: Error, CustomStringConvertible {
  /// Whether the output could not be created (as opposed to failing part-way).
  var isOutputUnavailable: Bool { get }
}

extension AtomicFileError: OutputFailure {}
extension XlsxError: OutputFailure {}
