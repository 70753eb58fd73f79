import AtomicFile
import Foundation
import Testing

@Suite struct AtomicFileTests {
  /// A fresh directory under the system's temporary directory.
  struct Scratch {
    let url: URL
    init() throws {
      url = FileManager.default.temporaryDirectory
        .appendingPathComponent("atomicfile-tests-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    /// The names in the directory, hidden ones (a temporary file left behind) included.
    func contents() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
    func text(_ name: String) throws -> String {
      try String(contentsOfFile: path(name), encoding: .utf8)
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
  }

  @Test func writesTheBytesAndLeavesOnlyTheFile() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try AtomicFile.write(
      "<!DOCTYPE html>\n£1,203\n".utf8, to: scratch.path("a.html"), replacingExisting: false)
    #expect(try scratch.text("a.html") == "<!DOCTYPE html>\n£1,203\n")
    #expect(try scratch.contents() == ["a.html"])
  }

  @Test func keepsAnExistingFileUnlessReplacing() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("a.html")
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(throws: AtomicFileError.exists(path: path)) {
      try AtomicFile.write("new".utf8, to: path, replacingExisting: false)
    }
    #expect(try scratch.text("a.html") == "old")
    #expect(try scratch.contents() == ["a.html"])
    try AtomicFile.write("new".utf8, to: path, replacingExisting: true)
    #expect(try scratch.text("a.html") == "new")
    #expect(try scratch.contents() == ["a.html"])
  }

  @Test func refusesAMissingDirectoryAFileForADirectoryAndADirectoryForAFile() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let missing = scratch.path("missing/a.html")
    #expect(throws: AtomicFileError.directoryMissing(path: missing)) {
      try AtomicFile.write("x".utf8, to: missing, replacingExisting: true)
    }
    try "".write(toFile: scratch.path("plain"), atomically: false, encoding: .utf8)
    let underFile = scratch.path("plain/a.html")
    #expect(
      throws: AtomicFileError.notCreatable(
        path: underFile, reason: "\(scratch.path("plain")) is not a directory")
    ) { try AtomicFile.write("x".utf8, to: underFile, replacingExisting: true) }
    try FileManager.default.createDirectory(
      atPath: scratch.path("folder"), withIntermediateDirectories: false)
    #expect(
      throws: AtomicFileError.notCreatable(
        path: scratch.path("folder"), reason: "it is a directory")
    ) { try AtomicFile.write("x".utf8, to: scratch.path("folder"), replacingExisting: true) }
    #expect(
      throws: AtomicFileError.notCreatable(path: "", reason: "the path does not name a file")
    ) { try AtomicFile.write("x".utf8, to: "", replacingExisting: true) }
    #expect(try scratch.contents() == ["folder", "plain"])
  }

  @Test func aCommitThatFailsPartWayIsReportedAndLeavesNothing() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inner = scratch.url.appendingPathComponent("inner")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: false)
    let path = inner.appendingPathComponent("a.html").path
    let file = try AtomicFile.prepare(path, replacingExisting: false)
    #expect(FileManager.default.fileExists(atPath: file.temporaryPath))
    #expect(file.temporaryPath.hasPrefix(inner.path + "/.a.html."))
    // The directory disappears before the file is moved into place.
    try FileManager.default.removeItem(at: inner)
    var thrown: AtomicFileError?
    do { try file.commit() } catch { thrown = error }
    guard case .writeFailed(let failedPath, _)? = thrown else {
      Issue.record("expected writeFailed, got \(String(describing: thrown))")
      return
    }
    #expect(failedPath == path)
    #expect(thrown?.isOutputUnavailable == false)
    #expect(try scratch.contents().isEmpty)
  }

  @Test func aDiscardedFileLeavesNothing() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let file = try AtomicFile.prepare(scratch.path("a.html"), replacingExisting: false)
    #expect(try scratch.contents().count == 1)
    file.discard()
    #expect(try scratch.contents().isEmpty)
  }

  @Test func aFileThatAppearsMeanwhileIsKept() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("a.html")
    let file = try AtomicFile.prepare(path, replacingExisting: false)
    try "theirs".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(throws: AtomicFileError.exists(path: path)) { try file.commit() }
    #expect(try scratch.text("a.html") == "theirs")
    #expect(try scratch.contents() == ["a.html"])
  }

  @Test func messagesSayWhatToDoAndWhichFailuresAreUnavailableOutput() {
    #expect(
      AtomicFileError.exists(path: "a.html").description
        == "a.html already exists; pass --force to replace it, or choose another file name.")
    #expect(
      AtomicFileError.directoryMissing(path: "d/a.html").description
        == "The directory of d/a.html does not exist; create it first or choose another path.")
    #expect(AtomicFileError.exists(path: "a").isOutputUnavailable)
    #expect(AtomicFileError.directoryMissing(path: "a").isOutputUnavailable)
    #expect(AtomicFileError.notCreatable(path: "a", reason: "r").isOutputUnavailable)
    #expect(!AtomicFileError.writeFailed(path: "a", reason: "r").isOutputUnavailable)
  }
}
