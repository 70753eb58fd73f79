import Synchronization
import Testing

@testable import TrustMetricsReports

/// The pipeline that makes the Figures sheet's rows on a second thread.
@Suite struct BatchPipelineTests {
  private struct Stop: Error {}

  /// 1,000 numbers in batches of 7 (142 full batches and one of 6) through a ring of two
  /// slots arrive complete and in order, and the producer's summary is returned.
  @Test func batchesArriveInOrder() {
    let pipeline = BatchPipeline<[Int], String>(depth: 2) { emit in
      var batch: [Int] = []
      for number in 0..<1_000 {
        batch.append(number)
        if batch.count == 7 {
          guard emit(batch) else { return "stopped" }
          batch = []
        }
      }
      if !batch.isEmpty { _ = emit(batch) }
      return "made 1000"
    }
    var received: [Int] = []
    var batchCount = 0
    let summary = pipeline.consume { batch in
      received += batch
      batchCount += 1
    }
    #expect(received == Array(0..<1_000))
    #expect(batchCount == 143)  // ceil(1000 / 7) = 143
    #expect(summary == "made 1000")
  }

  @Test func nothingMadeGivesNoBatch() {
    let pipeline = BatchPipeline<[Int], Int>(depth: 3) { _ in 0 }
    var batchCount = 0
    let summary = pipeline.consume { _ in batchCount += 1 }
    #expect(batchCount == 0)
    #expect(summary == 0)
  }

  /// When the consumer throws, the error comes back to its caller and the producer is told to
  /// stop: it makes no more than the slots it was waiting on, and nothing runs afterwards.
  @Test func aThrowingConsumerStopsTheProducer() {
    let made = Atomic<Int>(0)
    let pipeline = BatchPipeline<[Int], Bool>(depth: 2) { emit in
      for number in 0..<10_000 {
        made.add(1, ordering: .relaxed)
        guard emit([number]) else { return false }
      }
      return true
    }
    var consumed = 0
    #expect(throws: Stop.self) {
      try pipeline.consume { (_: [Int]) throws(Stop) in
        consumed += 1
        if consumed == 3 { throw Stop() }
      }
    }
    let madeWhenThrown = made.load(ordering: .relaxed)
    // Three consumed, at most two more in the slots, and the one refused.
    #expect(madeWhenThrown <= 3 + 2 + 1)
    #expect(made.load(ordering: .relaxed) == madeWhenThrown)
  }
}
