import Foundation
import Testing

@testable import TrustMetricsData

#if canImport(Glibc)
import Glibc
#endif

/// What the loaders do with paths that are not plain readable files.
@Suite struct FileReaderTests {
  /// A fresh empty directory, removed by the caller.
  static func scratchDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// Regression: a named pipe is refused before it is opened.
  ///
  /// It used to pass every check and be opened; Foundation then failed with a misleading
  /// "permission" message (and a pipe with a writer would block).
  @Test func aNamedPipeIsRefusedAsNotARegularFile() throws {
    let directory = try Self.scratchDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let pipe = directory.appendingPathComponent("figures.csv").path
    try #require(mkfifo(pipe, 0o644) == 0)
    #expect(
      throws: DatasetError.unreadable(
        path: pipe,
        reason: "it is not a regular file (a pipe, socket or device; expected a file)")
    ) {
      try FileReader.bytes(atPath: pipe)
    }
  }

  @Test func aSymbolicLinkToAFileIsRead() throws {
    let directory = try Self.scratchDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("real.csv")
    try Data("a,b\n".utf8).write(to: file)
    let link = directory.appendingPathComponent("link.csv")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
    #expect(try FileReader.bytes(atPath: link.path) == Array("a,b\n".utf8))
  }

  @Test func aDeviceIsRefused() {
    #expect(throws: DatasetError.self) { try FileReader.bytes(atPath: "/dev/zero") }
  }
}
