/// Why a file could not be written atomically.
public enum AtomicFileError: Error, Equatable, CustomStringConvertible {
  /// The file already exists and replacing it was not asked for.
  case exists(path: String)
  /// The directory the file would go into does not exist.
  case directoryMissing(path: String)
  /// The file cannot be created there (a read-only directory, a name that is a directory...).
  case notCreatable(path: String, reason: String)
  /// Writing failed part-way: the bytes could not be written, or moving the finished file into
  /// place failed. Nothing is left behind.
  case writeFailed(path: String, reason: String)

  /// Whether the file could not be created at all (as opposed to failing part-way).
  public var isOutputUnavailable: Bool {
    switch self {
    case .exists, .directoryMissing, .notCreatable: true
    case .writeFailed: false
    }
  }

  /// One actionable sentence.
  public var description: String {
    switch self {
    case .exists(let path):
      "\(path) already exists; pass --force to replace it, or choose another file name."
    case .directoryMissing(let path):
      "The directory of \(path) does not exist; create it first or choose another path."
    case .notCreatable(let path, let reason):
      "Cannot create \(path): \(reason); choose a writable location."
    case .writeFailed(let path, let reason):
      "Writing \(path) failed part-way (\(reason)); nothing was left behind. Check the disk and try again."
    }
  }
}
