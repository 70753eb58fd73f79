import Foundation
import Testing
import XlsxPackageReader
import XlsxWriter

@Suite struct OutputFileTests {
  private func writeOneCell(to path: String, replacing: Bool = false) throws(XlsxError) {
    try Workbook.write(to: path, replacingExisting: replacing) { workbook throws(XlsxError) in
      try workbook.addWorksheet(named: "S").write(
        .text("new"), at: CellReference(row: 0, column: 0))
    }
  }

  @Test func keepsAnExistingFileUnlessReplacing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("out.xlsx")
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: XlsxError.outputExists(path: path)) { try writeOneCell(to: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
    #expect(try directory.contents() == ["out.xlsx"])

    try writeOneCell(to: path, replacing: true)
    let cells = try XlsxPackage(url: URL(fileURLWithPath: path)).cells(ofSheet: "S")
    #expect(cells["A1"]?.value == "new")
    #expect(try directory.contents() == ["out.xlsx"])
  }

  @Test func refusesAMissingDirectory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("missing/out.xlsx")
    #expect(throws: XlsxError.outputDirectoryMissing(path: path)) { try writeOneCell(to: path) }
    #expect(try directory.contents().isEmpty)
  }

  @Test func refusesAFileInPlaceOfTheDirectory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try Data().write(to: directory.url.appendingPathComponent("plain"))
    let path = directory.path("plain/out.xlsx")
    #expect(
      throws: XlsxError.outputNotCreatable(
        path: path, reason: "\(directory.path("plain")) is not a directory")
    ) { try writeOneCell(to: path) }
    #expect(try directory.contents() == ["plain"])
  }

  @Test func refusesADirectoryAsTheOutput() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("folder")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: XlsxError.outputNotCreatable(path: path, reason: "it is a directory")) {
      try writeOneCell(to: path, replacing: true)
    }
  }

  @Test(.enabled(if: geteuid() != 0, "root writes into read-only directories"))
  func refusesAReadOnlyDirectory() throws {
    let directory = try TemporaryDirectory()
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: directory.url.path)
      directory.remove()
    }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o555], ofItemAtPath: directory.url.path)
    let path = directory.path("out.xlsx")
    #expect(throws: XlsxError.outputNotCreatable(path: path, reason: "permission denied")) {
      try writeOneCell(to: path)
    }
    #expect(try directory.contents().isEmpty)
  }

  @Test func aFailedBuildLeavesNothingBehind() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("out.xlsx")
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    #expect(
      throws: XlsxError.invalidSheetName(
        "a:b", reason: "it contains \":\"; none of []:*?/\\ is allowed")
    ) {
      try Workbook.write(to: path, replacingExisting: true) { workbook throws(XlsxError) in
        _ = try workbook.addWorksheet(named: "a:b")
      }
    }
    #expect(try directory.contents() == ["out.xlsx"])
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
  }

  @Test func aWriteThatFailsPartWayIsReportedAndLeavesNothing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let inner = directory.url.appendingPathComponent("inner")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: false)
    let path = inner.appendingPathComponent("out.xlsx").path
    var thrown: XlsxError?
    do {
      try Workbook.write(to: path) { workbook throws(XlsxError) in
        try workbook.addWorksheet(named: "S").write(
          .number(1), at: CellReference(row: 0, column: 0))
        // The directory disappears while the workbook is being built: finishing must fail.
        try? FileManager.default.removeItem(at: inner)
      }
    } catch {
      thrown = error
    }
    guard case .writeFailed(let failedPath, _)? = thrown else {
      Issue.record("expected writeFailed, got \(String(describing: thrown))")
      return
    }
    #expect(failedPath == path)
    #expect(thrown?.isOutputUnavailable == false)
    #expect(try directory.contents().isEmpty)
  }

  @Test func messagesSayWhatToDo() {
    #expect(
      XlsxError.outputExists(path: "out.xlsx").description
        == "out.xlsx already exists; pass --force to replace it, or choose another file name.")
    #expect(XlsxError.outputExists(path: "a").isOutputUnavailable)
    #expect(XlsxError.outputDirectoryMissing(path: "a").isOutputUnavailable)
    #expect(!XlsxError.workbookClosed.isOutputUnavailable)
  }
}
