import Dispatch
import Synchronization

/// Batches made in order on a Dispatch queue of their own while the caller consumes the batches
/// already made: used to prepare the Figures sheet's rows while this thread writes them.
///
/// At most `depth` batches wait at a time, so memory stays bounded however many elements there
/// are. The caller consumes with ``consume(_:)``, once; when its body throws, the producer is
/// told to stop and is waited for, so no work outlives the call. The waiting batches are a
/// queue behind a lock; one semaphore counts the free places, another the batches waiting.
final class BatchPipeline<Batch: Sendable, Summary: Sendable>: Sendable {
  /// Hands a made batch to the consumer; returns `false` when the consumer has stopped, and the
  /// producer should stop too.
  typealias Emit = (Batch) -> Bool

  private struct State {
    /// The batches made and not yet consumed, oldest first.
    var waiting: [Batch] = []
    /// Whether the consumer has stopped.
    var isStopped = false
    /// What the producer returned, once it has.
    var summary: Summary?
    /// How many free places the producer has taken: the consumer gives them all back at the
    /// end (libdispatch refuses to free a semaphore below its start).
    var placesTaken = 0
  }

  private let depth: Int
  private let state = Mutex(State())
  private let free: DispatchSemaphore
  private let filled = DispatchSemaphore(value: 0)
  private let finished = DispatchGroup()

  /// Starts `produce`; it calls `emit` with each batch in order and returns a summary of what
  /// it made.
  ///
  /// - Parameters:
  ///   - depth: How many made batches may wait for the consumer (at least 1).
  ///   - produce: Makes the elements.
  init(depth: Int = 8, produce: @escaping @Sendable (_ emit: Emit) -> Summary) {
    self.depth = max(depth, 1)
    free = DispatchSemaphore(value: self.depth)
    finished.enter()
    DispatchQueue(label: "trustmetrics.batches", qos: .userInitiated).async { [self] in
      let made = produce { batch in
        free.wait()
        let kept = state.withLock { state in
          state.placesTaken += 1
          guard !state.isStopped else { return false }
          state.waiting.append(batch)
          return true
        }
        if kept { filled.signal() }
        return kept
      }
      // One more place, for the end: a signal with no batch waiting.
      free.wait()
      let isStopped = state.withLock { state in
        state.placesTaken += 1
        state.summary = made
        return state.isStopped
      }
      if !isStopped { filled.signal() }
      finished.leave()
    }
  }

  /// Calls `body` with every batch in order, then returns the producer's summary.
  ///
  /// - Parameter body: Consumes one batch.
  /// - Returns: What the producer returned.
  /// - Throws: What `body` throws, after the producer has stopped.
  func consume<Failure: Error>(_ body: (Batch) throws(Failure) -> Void) throws(Failure)
    -> Summary
  {
    var placesGiven = 0
    func endProduction() {
      finished.wait()
      let taken = state.withLock { $0.placesTaken }
      for _ in placesGiven..<max(taken, placesGiven) { free.signal() }
    }
    while true {
      filled.wait()
      let next = state.withLock { state in
        state.waiting.isEmpty ? nil : state.waiting.removeFirst()
      }
      guard let batch = next else { break }
      free.signal()
      placesGiven += 1
      do {
        try body(batch)
      } catch {
        state.withLock { $0.isStopped = true }
        // Wakes a producer waiting for a place, then its wait for the end's; it sees the stop.
        free.signal()
        free.signal()
        placesGiven += 2
        endProduction()
        throw error
      }
    }
    endProduction()
    guard let summary = state.withLock({ $0.summary }) else {
      preconditionFailure("the producer ended without a summary")
    }
    return summary
  }
}
