import Foundation
import Testing
import XlsxPackageReader
import XlsxWriter

/// Texts packed in one buffer write exactly what the same texts written as `.text` write,
/// truncation and its warning included.
@Suite struct PackedTextsTests {
  @Test func packedTextsReadBackAsTheyWereAppended() {
    var texts = PackedTexts()
    let appended = ["Sandwell", "", "£7.6m", "Brighter Futures for Children", "é\u{301}👩‍👧"]
    for text in appended { texts.append(text) }
    #expect(texts.count == 5)
    #expect((0..<texts.count).map { texts[$0] } == appended)
  }

  @Test(arguments: [false, true])
  func packedTextsWriteWhatTextsWrite(constantMemory: Bool) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let long = String(repeating: "é", count: 40_000)
    let cells = ["Sandwell", "", "£7.6m overspent", "line one\nline two", long, "a & b < c"]
    let style = CellStyle(alignsTop: true)
    let options = Workbook.Options(constantMemory: constantMemory)
    let plain = directory.path("plain.xlsx")
    let packed = directory.path("packed.xlsx")
    let plainWarnings = try Workbook.write(to: plain, options: options) {
      workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Cells")
      for (column, text) in cells.enumerated() {
        try sheet.write(.text(text), at: CellReference(row: 0, column: column), style: style)
      }
    }
    let packedWarnings = try Workbook.write(to: packed, options: options) {
      workbook throws(XlsxError) in
      let sheet = try workbook.addWorksheet(named: "Cells")
      var texts = PackedTexts()
      for text in cells { texts.append(text) }
      let ready = try workbook.prepare(style)
      for column in cells.indices {
        try sheet.write(
          texts, at: column, into: CellReference(row: 0, column: column), prepared: ready)
      }
    }
    // The 40,000-character text in column E is cut to 32,767 characters either way.
    #expect(plainWarnings == [.textTruncated(cell: "Cells!E1", characters: 40_000)])
    #expect(packedWarnings == plainWarnings)
    let a = try XlsxPackage(url: URL(fileURLWithPath: plain))
    let b = try XlsxPackage(url: URL(fileURLWithPath: packed))
    for part in ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"] {
      #expect(a.entries[part] == b.entries[part], "\(part) differs")
    }
    #expect(try b.cells(ofSheet: "Cells")["A1"]?.value == "Sandwell")
  }
}
