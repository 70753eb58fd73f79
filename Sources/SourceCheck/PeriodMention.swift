/// A period stated in a text, as `figures.csv` writes periods.
struct PeriodMention {
  /// Where it is written.
  var range: Range<Int>
  /// `2017`, `2021-09`, `FY2022-23` or `2014..2020`.
  var period: String
  /// The financial year an amount of money means by it, when that differs: "last year" in an
  /// article of August 2019 is `2018`, but for money `FY2018-19`.
  var moneyPeriod: String?
}
