// libFuzzer target: the number-in-text reader of SourceCheck ("£7.6m", "nearly 19%", "a third"),
// fed any bytes read as UTF-8 (invalid sequences replaced).
//
// Checks beyond "no crash": every number found lies inside the text, in order and without
// overlap; its `text` is exactly those bytes; its value is a number (never NaN).
import Foundation
import SourceCheck

/// Set `TRUSTMETRICS_FUZZ_PLANTED_CRASH=1` to plant a heap overflow behind a number written
/// `£99…`: proof that the fuzzer reaches through the reader and that ASan reports.
private let isCrashPlanted =
  ProcessInfo.processInfo.environment["TRUSTMETRICS_FUZZ_PLANTED_CRASH"] == "1"

private let reader = NumberReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
  let text = String(decoding: bytes, as: UTF8.self)
  let utf8 = Array(text.utf8)
  var previousEnd = 0
  for number in reader.numbers(in: text) {
    let range = number.utf8Offsets
    precondition(range.lowerBound >= previousEnd, "numbers overlap or go backwards")
    precondition(range.upperBound <= utf8.count, "a number lies beyond the text")
    precondition(!range.isEmpty, "an empty number")
    precondition(
      Array(number.text.utf8) == Array(utf8[range]), "the number's text is not the text there")
    precondition(!number.value.isNaN, "a NaN value")
    if let upper = number.upperValue { precondition(!upper.isNaN, "a NaN upper value") }
    previousEnd = range.upperBound
    if isCrashPlanted { plantedCrash(Array(number.text.utf8)) }
  }
  return 0
}

private func plantedCrash(_ written: [UInt8]) {
  // One byte per condition, so each byte matched is new coverage the fuzzer can climb.
  guard written.count >= 4, written[0] == 0xC2, written[1] == 0xA3,
    written[2] == UInt8(ascii: "9"), written[3] == UInt8(ascii: "9")
  else { return }
  let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
  buffer[4] = 1  // Out of bounds on purpose: ASan reports a heap-buffer-overflow.
  buffer.deallocate()
}
