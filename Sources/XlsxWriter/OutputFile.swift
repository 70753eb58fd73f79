import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name beside its destination and moved into place only when
/// complete, so a reader never sees half a file and an existing file is never half-replaced.
struct OutputFile {
  /// Where the finished file goes, as the caller gave it.
  let destination: String
  /// The temporary file in the same directory (so that the final rename is atomic).
  let temporary: String
  /// Whether an existing destination may be replaced.
  let replacesExisting: Bool

  /// Checks the destination and creates the temporary file beside it.
  ///
  /// - Parameters:
  ///   - path: The destination path.
  ///   - replacesExisting: Whether an existing file may be replaced.
  /// - Returns: The prepared output.
  /// - Throws: ``XlsxError/outputExists(path:)``, ``XlsxError/outputDirectoryMissing(path:)`` or
  ///   ``XlsxError/outputNotCreatable(path:reason:)``.
  static func prepare(_ path: String, replacesExisting: Bool) throws(XlsxError) -> OutputFile {
    guard !path.isEmpty, !path.hasSuffix("/") else {
      throw .outputNotCreatable(path: path, reason: "the path does not name a file")
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var status = stat()
    guard stat(directory, &status) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw .outputDirectoryMissing(path: path) }
      throw .outputNotCreatable(path: path, reason: OutputFile.lastError())
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw .outputNotCreatable(path: path, reason: "\(directory) is not a directory")
    }
    if lstat(url.path, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR {
        throw .outputNotCreatable(path: path, reason: "it is a directory")
      }
      if !replacesExisting { throw .outputExists(path: path) }
    }
    var template = Array((directory + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    // unsafe: a C call (POSIX file API) takes a pointer valid for the call.
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw .outputNotCreatable(path: path, reason: OutputFile.lastError())
    }
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    close(descriptor)
    // unsafe: a C call (POSIX file API) takes a pointer valid for the call.
    let temporary = template.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { String(cString: $0) } ?? ""
    }
    return OutputFile(
      destination: path, temporary: temporary, replacesExisting: replacesExisting)
  }

  /// Flushes the finished temporary file to disk and moves it to its destination.
  ///
  /// Replacing uses `rename`, atomic within a directory; otherwise `link` refuses an existing
  /// destination atomically. The temporary file is removed in every case.
  ///
  /// - Throws: ``XlsxError/outputExists(path:)`` when a file appeared meanwhile and replacing
  ///   was not asked for; ``XlsxError/writeFailed(path:reason:)`` otherwise.
  func commit() throws(XlsxError) {
    defer { discard() }
    let descriptor = open(temporary, O_RDONLY)
    if descriptor >= 0 {
      let synced = fsync(descriptor)
      let reason = OutputFile.lastError()
      close(descriptor)
      guard synced == 0 else { throw .writeFailed(path: destination, reason: reason) }
    }
    if replacesExisting {
      guard rename(temporary, destination) == 0 else {
        throw .writeFailed(path: destination, reason: OutputFile.lastError())
      }
      return
    }
    guard link(temporary, destination) == 0 else {
      if errno == EEXIST { throw .outputExists(path: destination) }
      // Some file systems have no hard links: fall back to a checked rename.
      var status = stat()
      if lstat(destination, &status) == 0 { throw .outputExists(path: destination) }
      guard rename(temporary, destination) == 0 else {
        throw .writeFailed(path: destination, reason: OutputFile.lastError())
      }
      return
    }
  }

  /// Removes the temporary file, if it is still there.
  func discard() {
    unlink(temporary)
  }

  private static func lastError() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
