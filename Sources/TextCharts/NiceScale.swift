import Foundation

/// Axis ticks at round numbers (1, 2, 2.5 or 5 × 10ᵏ apart) that cover a range.
public struct NiceScale: Hashable, Sendable {
  /// The lowest tick.
  public let lower: Double
  /// The highest tick.
  public let upper: Double
  /// The distance between ticks.
  public let step: Double
  /// The ticks, ascending, `lower` to `upper`.
  public let ticks: [Double]

  /// Chooses ticks covering `low...high`.
  ///
  /// The step is the smallest of 1, 2, 2.5, 5 × 10ᵏ that covers the range in at most
  /// `maximumTicks` ticks; the ends are `floor(low ÷ step) × step` and `ceil(high ÷ step) × step`.
  /// A flat range is widened around its value so the axis still has ticks.
  ///
  /// - Parameters:
  ///   - low: The smallest value to cover (finite).
  ///   - high: The largest value to cover (finite, at least `low`).
  ///   - maximumTicks: The most ticks wanted, at least 3 (default 5).
  public init(covering low: Double, _ high: Double, maximumTicks: Int = 5) {
    var low = low.isFinite ? low : 0
    var high = high.isFinite ? max(high, low) : low
    if high == low {
      let pad = low == 0 ? 1 : abs(low) * 0.1
      low -= pad
      high += pad
    }
    let most = max(3, maximumTicks)
    let span = high - low
    guard span.isFinite, span > 0 else {
      self.lower = low
      self.upper = high
      self.step = high - low
      self.ticks = [low, high]
      return
    }
    var exponent = floor(log10(span / Double(most - 1)))
    var chosen: (Double, Double, Double)?
    while chosen == nil {
      for mantissa in [1.0, 2.0, 2.5, 5.0] {
        let step = mantissa * pow(10, exponent)
        let first = floor(low / step) * step
        let last = ceil(high / step) * step
        if ((last - first) / step).rounded() + 1 <= Double(most) {
          chosen = (first, last, step)
          break
        }
      }
      exponent += 1
    }
    let (first, last, step) = chosen ?? (low, high, span)
    let count = Int(((last - first) / step).rounded())
    self.lower = first
    self.upper = last
    self.step = step
    self.ticks = (0...count).map { first + Double($0) * step }
  }

  /// Decimal places that tell the ticks apart: none for whole steps, else enough for the step.
  public var decimals: Int {
    guard step.isFinite, step > 0 else { return 0 }
    var places = 0
    var scaled = step
    while places < 10, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
      scaled *= 10
      places += 1
    }
    return places
  }

  /// A tick's label: fixed decimals for everyday magnitudes, `%g` form for huge or tiny ones.
  ///
  /// - Parameter value: The tick.
  /// - Returns: Its label, such as `12.5` or `1e+15`.
  public func label(_ value: Double) -> String {
    NiceScale.compact(value, decimals: decimals)
  }

  /// A number with fixed decimals when 1e-4 ≤ |v| < 1e9 (or v = 0), else in `%.3g` form.
  ///
  /// - Parameters:
  ///   - value: The number.
  ///   - decimals: Decimal places for the fixed form.
  /// - Returns: The text.
  public static func compact(_ value: Double, decimals: Int) -> String {
    let magnitude = abs(value)
    if value == 0 { return String(format: "%.*f", decimals, 0.0) }
    if magnitude >= 1e9 || magnitude < 1e-4 { return String(format: "%.3g", value) }
    let text = String(format: "%.*f", decimals, value)
    return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
  }
}
