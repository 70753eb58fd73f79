/// How axis ticks are written: a tick's round number between a prefix and a suffix, thousands
/// grouped when asked (`£1,500`, `20%`).
public struct AxisFormat: Sendable {
  /// Written before the number, such as `£`.
  public var prefix: String
  /// Written after the number, such as `%`.
  public var suffix: String
  /// Whether thousands are separated by commas.
  public var groupsThousands: Bool

  /// Creates a format.
  ///
  /// - Parameters:
  ///   - prefix: Written before the number.
  ///   - suffix: Written after the number.
  ///   - groupsThousands: Whether thousands are separated by commas.
  public init(prefix: String = "", suffix: String = "", groupsThousands: Bool = false) {
    self.prefix = prefix
    self.suffix = suffix
    self.groupsThousands = groupsThousands
  }

  /// Plain numbers.
  public static let plain = AxisFormat()

  /// A tick label as the scale writes it (`1500`, `12.5`), formatted: `-£1,500`.
  ///
  /// - Parameter number: The number as the scale writes it.
  /// - Returns: The label.
  public func label(_ number: String) -> String {
    let isNegative = number.hasPrefix("-")
    var body = isNegative ? String(number.dropFirst()) : number
    if groupsThousands, !body.contains("e") {
      let point = body.firstIndex(of: ".") ?? body.endIndex
      let whole = Array(body[..<point])
      var grouped = ""
      for (index, character) in whole.enumerated() {
        if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
        grouped.append(character)
      }
      body = grouped + body[point...]
    }
    return (isNegative ? "-" : "") + prefix + body + suffix
  }
}
