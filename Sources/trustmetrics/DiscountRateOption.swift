/// Reads `--discount-rate`: a percentage written `3.5` or `3.5%`.
enum DiscountRateOption {
  /// The help text both appraisal commands show.
  static let help = "Annual discount rate in percent, such as 3.5 or 3.5% (HM Treasury Green Book)."

  /// The rate as a fraction (3.5 gives 0.035).
  ///
  /// - Throws: A usage error unless the text is a finite percentage from 0 to 100.
  static func fraction(_ text: String) throws -> Double {
    let number = text.hasSuffix("%") ? String(text.dropLast()) : text
    guard let percent = Double(number), percent.isFinite, (0...100).contains(percent) else {
      throw CommandErrors.usage(
        "--discount-rate \"\(text)\" is not a percentage from 0 to 100 such as 3.5 or 3.5%")
    }
    return percent / 100
  }
}
