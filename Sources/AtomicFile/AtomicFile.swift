import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name beside its destination and moved into place only when
/// complete, so a reader never sees half a file and an existing file is never half-replaced.
///
/// ``prepare(_:replacingExisting:)`` checks the destination and creates the empty temporary
/// file; whoever writes fills it (this type, or a C library given ``temporaryPath``); then
/// ``commit()`` moves it into place, or ``discard()`` removes it.
public struct AtomicFile: Sendable {
  /// Where the finished file goes, as the caller gave it.
  public let destination: String
  /// The temporary file in the same directory (so that the final rename is atomic).
  public let temporaryPath: String
  /// Whether an existing destination may be replaced.
  public let replacesExisting: Bool

  /// Checks the destination and creates the temporary file beside it, readable and writable as
  /// the umask allows.
  ///
  /// - Parameters:
  ///   - path: The destination path.
  ///   - replacingExisting: Whether an existing file may be replaced.
  /// - Returns: The prepared file.
  /// - Throws: ``AtomicFileError/exists(path:)``, ``AtomicFileError/directoryMissing(path:)``
  ///   or ``AtomicFileError/notCreatable(path:reason:)``.
  public static func prepare(_ path: String, replacingExisting: Bool) throws(AtomicFileError)
    -> AtomicFile
  {
    guard !path.isEmpty, !path.hasSuffix("/") else {
      throw .notCreatable(path: path, reason: "the path does not name a file")
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var status = stat()
    guard stat(directory, &status) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw .directoryMissing(path: path) }
      throw .notCreatable(path: path, reason: lastError())
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw .notCreatable(path: path, reason: "\(directory) is not a directory")
    }
    if lstat(url.path, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR {
        throw .notCreatable(path: path, reason: "it is a directory")
      }
      if !replacingExisting { throw .exists(path: path) }
    }
    var template = Array((directory + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { throw .notCreatable(path: path, reason: lastError()) }
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    close(descriptor)
    let name = template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return AtomicFile(
      destination: path, temporaryPath: String(decoding: name, as: UTF8.self),
      replacesExisting: replacingExisting)
  }

  /// Writes bytes to a file atomically: prepared, written, flushed to disk and moved into place.
  ///
  /// - Parameters:
  ///   - bytes: The whole content.
  ///   - path: The destination path.
  ///   - replacingExisting: Whether an existing file may be replaced (`--force`).
  /// - Throws: ``AtomicFileError``: the file cannot be created, or writing failed part-way;
  ///   nothing is left behind either way.
  public static func write(
    _ bytes: some Collection<UInt8>, to path: String, replacingExisting: Bool
  ) throws(AtomicFileError) {
    let file = try prepare(path, replacingExisting: replacingExisting)
    do {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file.temporaryPath))
      let written = Result { try handle.write(contentsOf: Data(bytes)) }
      let closed = Result { try handle.close() }
      try written.get()
      try closed.get()
    } catch {
      file.discard()
      throw .writeFailed(path: path, reason: "\(error.localizedDescription)")
    }
    try file.commit()
  }

  /// Flushes the finished temporary file to disk and moves it to its destination.
  ///
  /// Replacing uses `rename`, atomic within a directory; otherwise `link` refuses an existing
  /// destination atomically. The temporary file is removed in every case.
  ///
  /// - Throws: ``AtomicFileError/exists(path:)`` when a file appeared meanwhile and replacing
  ///   was not asked for; ``AtomicFileError/writeFailed(path:reason:)`` otherwise.
  public func commit() throws(AtomicFileError) {
    defer { discard() }
    let descriptor = open(temporaryPath, O_RDONLY)
    if descriptor >= 0 {
      let synced = fsync(descriptor)
      let reason = Self.lastError()
      close(descriptor)
      guard synced == 0 else { throw .writeFailed(path: destination, reason: reason) }
    } else {
      throw .writeFailed(path: destination, reason: Self.lastError())
    }
    if replacesExisting {
      guard rename(temporaryPath, destination) == 0 else {
        throw .writeFailed(path: destination, reason: Self.lastError())
      }
      return
    }
    guard link(temporaryPath, destination) == 0 else {
      if errno == EEXIST { throw .exists(path: destination) }
      // Some file systems have no hard links: fall back to a checked rename.
      var status = stat()
      if lstat(destination, &status) == 0 { throw .exists(path: destination) }
      guard rename(temporaryPath, destination) == 0 else {
        throw .writeFailed(path: destination, reason: Self.lastError())
      }
      return
    }
  }

  /// Removes the temporary file, if it is still there.
  public func discard() {
    unlink(temporaryPath)
  }

  private static func lastError() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
