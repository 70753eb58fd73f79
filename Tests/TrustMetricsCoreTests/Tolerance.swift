/// Tolerant comparison of computed doubles for tests.
extension Double {
  /// Whether two doubles agree to within an absolute tolerance.
  func isApproximatelyEqual(to other: Double, tolerance: Double = 1e-9) -> Bool {
    abs(self - other) <= tolerance
  }
}

extension Optional where Wrapped == Double {
  /// Whether both are `nil`, or both are numbers within the tolerance.
  func isApproximatelyEqual(to other: Double?, tolerance: Double = 1e-9) -> Bool {
    switch (self, other) {
    case (nil, nil): true
    case (let lhs?, let rhs?): lhs.isApproximatelyEqual(to: rhs, tolerance: tolerance)
    default: false
    }
  }
}
