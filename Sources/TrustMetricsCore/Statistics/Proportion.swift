/// Ratios and shares between two figures, for claims such as "double the regional average".
public enum Proportion {
  /// How many times one value is another.
  ///
  /// `value ÷ reference` (31.5 ÷ 16.1 = 1.9565).
  ///
  /// - Parameters:
  ///   - value: The value compared.
  ///   - reference: The value it is compared with.
  /// - Returns: The ratio, or `nil` when `reference` is 0 or an input is not finite.
  public static func ratio(of value: Double, to reference: Double) -> Double? {
    guard value.isFinite, reference.isFinite, reference != 0 else { return nil }
    let ratio = value / reference
    return ratio.isFinite ? ratio : nil
  }

  /// A part as a percentage of a whole.
  ///
  /// `part ÷ whole × 100`.
  ///
  /// - Parameters:
  ///   - part: The part.
  ///   - whole: The whole.
  /// - Returns: The share in percent, or `nil` when `whole` is 0 or an input is not finite.
  public static func share(of part: Double, in whole: Double) -> Double? {
    ratio(of: part, to: whole).flatMap { share in
      let percent = share * 100
      return percent.isFinite ? percent : nil
    }
  }

  /// How many times one figure's value is another's, read as doubles.
  ///
  /// `value ÷ reference`.
  ///
  /// - Parameters:
  ///   - figure: The figure compared.
  ///   - reference: The figure it is compared with.
  /// - Returns: The ratio, or `nil` when the reference is 0.
  public static func ratio(of figure: Figure, to reference: Figure) -> Double? {
    ratio(of: figure.doubleValue, to: reference.doubleValue)
  }

  /// One figure's value as a percentage of another's.
  ///
  /// `part ÷ whole × 100`.
  ///
  /// - Parameters:
  ///   - part: The figure for the part.
  ///   - whole: The figure for the whole.
  /// - Returns: The share in percent, or `nil` when the whole is 0.
  public static func share(of part: Figure, in whole: Figure) -> Double? {
    share(of: part.doubleValue, in: whole.doubleValue)
  }
}
