import Dispatch
import Foundation

/// Work started on another thread, whose result the caller collects when it needs it: used to
/// check the figures, hash the datasets and plan the other sheets while the Figures sheet is
/// written.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private let work: @Sendable () -> Value
  // Written once by the worker before it signals `finished`; read only after waiting.
  private var result: Value?

  /// Starts `work` on a thread of its own (``startThread(yieldingToOthers:_:)``).
  ///
  /// - Parameters:
  ///   - yieldingToOthers: Whether the thread runs at a lower priority, for work that is
  ///     needed later than the work of the threads it shares the cores with.
  ///   - work: The work.
  init(yieldingToOthers: Bool = false, _ work: @escaping @Sendable () -> Value) {
    self.work = work
    startThread(yieldingToOthers: yieldingToOthers) {
      self.result = work()
      self.finished.signal()
    }
  }

  /// The work's result, waiting for it if it is still running.
  func value() -> Value {
    finished.wait()
    finished.signal()  // Later calls return at once.
    if let result { return result }
    return work()
  }
}

/// Runs `body` on a new thread of its own, at a lower priority when `yieldingToOthers`.
///
/// Not on a global dispatch queue: libdispatch runs about as many of its blocks at once as
/// there are cores, so long work queued behind the checker's or the planner's would wait for
/// them to finish, however idle the cores; the system scheduler shares them instead.
func startThread(yieldingToOthers: Bool = false, _ body: @escaping @Sendable () -> Void) {
  let thread = Thread {
    if yieldingToOthers {
      // A higher nice value for the calling thread alone: Linux keeps one per thread.
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    }
    body()
  }
  thread.stackSize = 8 << 20
  thread.start()
}

/// A value handed to another thread whose safety the code that hands it over vouches for:
/// a workbook and its sheets in constant-memory mode (``Workbook/writesSheetsConcurrently``).
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value

  init(_ value: Value) { self.value = value }
}
