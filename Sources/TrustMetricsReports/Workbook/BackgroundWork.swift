import Dispatch

/// Work started on another thread, whose result the caller collects when it needs it: used to
/// measure the Figures sheet's columns and search half the sources while the rows are written.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private let work: @Sendable () -> Value
  // Written once by the worker before it signals `finished`; read only after waiting.
  private var result: Value?

  /// Starts `work` on a global queue.
  init(_ work: @escaping @Sendable () -> Value) {
    self.work = work
    DispatchQueue.global(qos: .userInitiated).async {
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
