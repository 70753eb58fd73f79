import Foundation

extension Decimal {
  /// The value rounded to a whole number.
  var rounded0: Decimal {
    var value = self
    var result = Decimal()
    NSDecimalRound(&result, &value, 0, .plain)
    return result
  }
}
