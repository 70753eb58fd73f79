// libFuzzer target: the RFC 4180 reader and the figures.csv validator, fed from memory.
//
// Checks beyond "no crash": every record the reader returns survives being written back as CSV
// and read again; record lines never go backwards; every error message is one line.
import Foundation
import TrustMetricsCore
import TrustMetricsData

/// The entities and seeds of the bundled datasets, so fuzzed rows can pass validation.
private let parser = FigureParser(
  entityNames: [
    "England", "West Midlands", "Slough", "Sandwell", "Reading", "Worcestershire", "Bradford",
    "Birmingham", "Northamptonshire", "North Northamptonshire / West Northamptonshire",
    "North East Lincolnshire", "Sunderland", "Doncaster",
    "Kingston upon Thames / Richmond upon Thames", "Windsor and Maidenhead",
    "Slough Children's Services Trust", "Sandwell Children's Trust",
    "Brighter Futures for Children", "Worcestershire Children First",
    "Northamptonshire Children's Trust", "Bradford Children and Families Trust",
    "Birmingham Children's Trust", "Together for Children", "Doncaster Children's Services Trust",
    "Achieving for Children",
  ],
  sourceNames: [
    "000_66467e72143439a9.txt", "001_1f63871defb6ac2f.txt", "002_f8a57323ba462f2f.txt",
    "003_bdf9a22eb4b3a7bb.txt", "004_7d6877c6dabc6ce8.txt",
  ])

/// Set `TRUSTMETRICS_FUZZ_PLANTED_CRASH=1` to plant a heap overflow behind a record whose first
/// field starts `pla`: proof that the fuzzer reaches through the reader and that ASan reports.
private let isCrashPlanted =
  ProcessInfo.processInfo.environment["TRUSTMETRICS_FUZZ_PLANTED_CRASH"]
  == "1"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFiguresCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
  checkReader(bytes)
  do {
    let figures = try parser.parse(bytes: bytes, file: "figures.csv")
    for figure in figures {
      if figure.measure.isBoundedShare {
        precondition(figure.value >= 0 && figure.value <= 100, "share out of range accepted")
      }
      precondition(!figure.provenance.quote.isEmpty, "empty quote accepted")
    }
  } catch {
    checkOneLine(error.description)
  }
  return 0
}

/// Round-trips the reader's records and checks line numbers and messages.
private func checkReader(_ bytes: UnsafeBufferPointer<UInt8>) {
  let records: [CSVRecord]
  do {
    records = try CSVParser.parse(bytes: bytes)
  } catch {
    checkOneLine(error.description)
    precondition(error.line >= 1, "an error before line 1")
    return
  }
  var previousLine = 0
  for record in records {
    precondition(record.line > previousLine, "record lines go backwards")
    previousLine = record.line
    if isCrashPlanted { plantedCrash(record) }
  }
  let written = records.map { record in
    record.fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
      .joined(separator: ",")
  }.joined(separator: "\n")
  guard let reread = try? CSVParser.parse(bytes: Array(written.utf8)) else {
    preconditionFailure("records written back as CSV do not parse")
  }
  precondition(reread.map(\.fields) == records.map(\.fields), "round trip changed the fields")
}

private func checkOneLine(_ message: String) {
  precondition(
    !message.utf8.contains(UInt8(ascii: "\n")) && !message.utf8.contains(UInt8(ascii: "\r")),
    "an error message spans several lines")
}

private func plantedCrash(_ record: CSVRecord) {
  // One byte per condition, so each byte matched is new coverage the fuzzer can climb.
  let first = Array((record.fields.first ?? "").utf8)
  guard first.count >= 3, first[0] == UInt8(ascii: "p"), first[1] == UInt8(ascii: "l"),
    first[2] == UInt8(ascii: "a")
  else { return }
  let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
  buffer[4] = 1  // Out of bounds on purpose: ASan reports a heap-buffer-overflow.
  buffer.deallocate()
}
