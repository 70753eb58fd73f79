import Dispatch
import Synchronization

/// Batches made in order on a second thread while the caller consumes the batches already
/// made: used to prepare the Figures sheet's rows while this thread writes them.
///
/// At most `depth` batches wait at a time, so memory stays bounded however many elements there
/// are. The caller consumes with ``consume(_:)``, once; when its body throws, the producer is
/// told to stop and is waited for, so no work outlives the call.
final class BatchPipeline<Batch: Sendable, Summary: Sendable>: @unchecked Sendable {
  /// Hands a made batch to the consumer; returns `false` when the consumer has stopped, and the
  /// producer should stop too.
  typealias Emit = (Batch) -> Bool

  private let depth: Int
  private let free: DispatchSemaphore
  private let filled = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private let stopped = Atomic<Bool>(false)
  // A ring of slots: the producer writes slot p % depth after taking `free`, the consumer reads
  // slot c % depth after taking `filled`; the semaphores order every access.
  private let slots: UnsafeMutablePointer<Batch?>
  private var summary: Summary?
  /// How many slots the producer has taken, written by it before `finished`: the consumer
  /// gives them all back at the end (libdispatch refuses to free a semaphore below its start).
  private var slotsTaken = 0

  /// Starts `produce` on another thread; it calls `emit` with each batch in order and returns a
  /// summary of what it made.
  ///
  /// - Parameters:
  ///   - depth: How many made batches may wait for the consumer (at least 1).
  ///   - produce: Makes the elements.
  init(depth: Int = 8, produce: @escaping @Sendable (_ emit: Emit) -> Summary) {
    self.depth = max(depth, 1)
    free = DispatchSemaphore(value: self.depth)
    slots = .allocate(capacity: self.depth)
    slots.initialize(repeating: nil, count: self.depth)
    startThread {
      var produced = 0
      let made = produce { batch in
        self.free.wait()
        self.slotsTaken += 1
        guard !self.stopped.load(ordering: .acquiring) else { return false }
        self.slots[produced % self.depth] = batch
        produced += 1
        self.filled.signal()
        return true
      }
      self.summary = made
      // An empty slot after the last batch tells the consumer that production has ended.
      self.free.wait()
      self.slotsTaken += 1
      if !self.stopped.load(ordering: .acquiring) {
        self.slots[produced % self.depth] = nil
        self.filled.signal()
      }
      self.finished.signal()
    }
  }

  deinit {
    slots.deinitialize(count: depth)
    slots.deallocate()
  }

  /// Calls `body` with every batch in order, then returns the producer's summary.
  ///
  /// - Parameter body: Consumes one batch.
  /// - Returns: What the producer returned.
  /// - Throws: What `body` throws, after the producer has stopped.
  func consume<Failure: Error>(_ body: (Batch) throws(Failure) -> Void) throws(Failure)
    -> Summary
  {
    var consumed = 0
    var slotsGiven = 0
    func endProduction() {
      finished.wait()
      for _ in slotsGiven..<max(slotsTaken, slotsGiven) { free.signal() }
    }
    while true {
      filled.wait()
      // Left in its slot: the producer frees it when it writes the slot again, on its thread.
      guard let batch = slots[consumed % depth] else { break }
      consumed += 1
      free.signal()
      slotsGiven += 1
      do {
        try body(batch)
      } catch {
        stopped.store(true, ordering: .releasing)
        // Wakes a producer waiting for a slot, then its wait for the end slot; it sees the stop.
        free.signal()
        free.signal()
        slotsGiven += 2
        endProduction()
        throw error
      }
    }
    endProduction()
    guard let summary else { preconditionFailure("the producer ended without a summary") }
    return summary
  }
}
