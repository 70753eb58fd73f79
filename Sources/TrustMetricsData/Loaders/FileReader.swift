import Foundation

/// Reads whole files and lists directories, turning failures into `DatasetError`.
enum FileReader {
  /// The bytes of a regular file.
  static func bytes(atPath path: String) throws(DatasetError) -> [UInt8] {
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
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
      return [UInt8](data)
    } catch {
      throw .unreadable(path: path, reason: "read failed (\(error.localizedDescription))")
    }
  }

  /// Whether the path, symbolic links followed, is a regular file: reading a pipe could block
  /// for ever and a device has no end.
  static func isRegularFile(atPath path: String) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(
      atPath: (path as NSString).resolvingSymlinksInPath)
    return attributes?[.type] as? FileAttributeType == .typeRegular
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
