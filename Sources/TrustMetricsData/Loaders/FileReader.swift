import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files and lists directories, turning failures into `DatasetError`.
///
/// A regular file is read with `stat`, `open` and `read` straight into the result (no
/// Foundation `Data` in between). Anything else (no such path, a directory, a pipe or device,
/// no permission, a failed read) goes through the Foundation checks, so every message is the
/// one those checks give; a pipe is never opened.
enum FileReader {
  /// The bytes of a regular file.
  static func bytes(atPath path: String) throws(DatasetError) -> [UInt8] {
    var buffer: [UInt8] = []
    if let count = readRegularFile(atPath: path, into: &buffer) {
      buffer.removeSubrange(count...)
      return buffer
    }
    return try checkedBytes(atPath: path)
  }

  /// The text of a regular UTF-8 file, read through `buffer` (kept between calls to save
  /// allocating one per file).
  static func text(atPath path: String, buffer: inout [UInt8]) throws(DatasetError) -> String {
    let count: Int
    if let read = readRegularFile(atPath: path, into: &buffer) {
      count = read
    } else {
      buffer = try checkedBytes(atPath: path)
      count = buffer.count
    }
    guard let text = String(validating: buffer[..<count], as: UTF8.self) else {
      throw .invalidEncoding(file: path)
    }
    return text
  }

  /// An open regular file, closed when this goes away.
  struct OpenFile: ~Copyable {
    let descriptor: Int32
    /// Its size when opened.
    let size: Int

    deinit { close(descriptor) }
  }

  /// Opens a regular file for reading, failing as ``bytes(atPath:)`` does.
  static func open(atPath path: String) throws(DatasetError) -> OpenFile {
    if let file = openRegularFile(atPath: path) { return file }
    // Not a regular file that opens: the checks and the read report why, as they always did.
    _ = try checkedBytes(atPath: path)
    // It could be read after all (it changed in between): one more try.
    guard let file = openRegularFile(atPath: path) else {
      throw .unreadable(path: path, reason: "read failed (it could not be opened)")
    }
    return file
  }

  /// Opens a path that is a regular file (symbolic links followed), or `nil`.
  private static func openRegularFile(atPath path: String) -> OpenFile? {
    // Checked before opening: opening a pipe could block.
    guard regularFileSize(path: path) != nil else { return nil }
    let descriptor = openReadOnly(path)
    guard descriptor >= 0 else { return nil }
    guard let size = regularFileSize(descriptor: descriptor) else {
      close(descriptor)
      return nil
    }
    return OpenFile(descriptor: descriptor, size: size)
  }

  /// Reads a regular file whole into `buffer`.
  ///
  /// - Returns: The number of bytes read, or `nil` when the path is not a regular file that
  ///   opens and reads without error.
  private static func readRegularFile(atPath path: String, into buffer: inout [UInt8]) -> Int? {
    guard let file = openRegularFile(atPath: path) else { return nil }
    let handle = FileHandle(fileDescriptor: file.descriptor, closeOnDealloc: false)
    do {
      buffer = [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      return nil
    }
    return buffer.count
  }

  /// The Foundation route: each check in turn, then `Data`, for the exact messages.
  private static func checkedBytes(atPath path: String) throws(DatasetError) -> [UInt8] {
    try check(path)
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
      return [UInt8](data)
    } catch {
      throw .unreadable(path: path, reason: "read failed (\(error.localizedDescription))")
    }
  }

  /// Throws unless the path is a readable regular file.
  private static func check(_ path: String) throws(DatasetError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missing(path: path)
    }
    guard !isDirectory.boolValue else {
      throw .unreadable(path: path, reason: "it is a directory (expected a file)")
    }
    guard isRegularFile(atPath: path) else {
      throw .unreadable(
        path: path, reason: "it is not a regular file (a pipe, socket or device; expected a file)")
    }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied (expected a readable file)")
    }
  }

  /// Whether the path, symbolic links followed, is a regular file: reading a pipe could block
  /// for ever and a device has no end.
  static func isRegularFile(atPath path: String) -> Bool {
    // A path whose attributes cannot be read is not read here: the Foundation checks that
    // follow report why.
    do {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: (path as NSString).resolvingSymlinksInPath)
      return attributes[.type] as? FileAttributeType == .typeRegular
    } catch {
      return false
    }
  }

  /// The names of the regular files in a directory, sorted.
  static func fileNames(inDirectory path: String) throws(DatasetError) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missing(path: path)
    }
    guard isDirectory.boolValue else {
      throw .unreadable(path: path, reason: "it is a file (expected a directory)")
    }
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }
        .sorted()
    } catch {
      throw .unreadable(path: path, reason: "cannot list the directory")
    }
  }

  /// Joins a directory and a name with one slash.
  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

/// The size of a path that is a regular file (symbolic links followed), or `nil`.
private func regularFileSize(path: String) -> Int? {
  var status = stat()
  guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
  return Int(status.st_size)
}

/// The size of an open regular file, or `nil`.
private func regularFileSize(descriptor: Int32) -> Int? {
  var status = stat()
  guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
  return Int(status.st_size)
}

private func openReadOnly(_ path: String) -> Int32 {
  open(path, O_RDONLY | O_CLOEXEC)
}
