import Dispatch
import Synchronization

/// Work started on a Dispatch queue of its own, whose result the caller collects when it needs
/// it: used to check the figures, hash the datasets and plan the other sheets while the Figures
/// sheet is written.
///
/// Each job has its own serial queue rather than a block on a global queue: libdispatch gives
/// such queues threads of their own even when every core is busy, so long work queued behind
/// the checker's or the planner's does not wait for them to finish.
final class BackgroundWork<Value: Sendable>: Sendable {
  private let finished = DispatchGroup()
  private let result = Mutex<Value?>(nil)
  private let work: @Sendable () -> Value

  /// Starts `work`.
  ///
  /// - Parameters:
  ///   - yieldingToOthers: Whether the work is needed later than the work it shares the cores
  ///     with (a lower quality of service; Dispatch decides what that means on the platform).
  ///   - work: The work.
  init(yieldingToOthers: Bool = false, _ work: @escaping @Sendable () -> Value) {
    self.work = work
    let queue = DispatchQueue(
      label: "trustmetrics.background", qos: yieldingToOthers ? .utility : .userInitiated)
    finished.enter()
    queue.async { [self] in
      let value = work()
      result.withLock { $0 = value }
      finished.leave()
    }
  }

  /// The work's result, waiting for it if it is still running.
  func value() -> Value {
    finished.wait()
    // Set before the group was left, and never taken out.
    if let value = result.withLock({ $0 }) { return value }
    return work()
  }
}
