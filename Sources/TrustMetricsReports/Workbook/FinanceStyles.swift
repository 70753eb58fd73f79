import XlsxWriter

/// The styles of the Finance sheet: money in millions or pounds, children, shares, FTE, and a
/// quartile band without colour (spend has no better or worse direction).
enum FinanceStyles {
  /// Pounds shown in millions to one decimal place (`£139.6m`); the cell keeps every pound.
  static let millions = CellStyle(
    numberFormat: "£#,##0.0,,\"m\";-£#,##0.0,,\"m\"", alignsTop: true)
  /// A news budget or overspend in millions to one decimal place, an underspend in red.
  static let newsMillions = CellStyle(
    numberFormat: "£#,##0.0,,\"m\";[Red]-£#,##0.0,,\"m\"", alignsTop: true)
  /// Whole pounds per child, per week or per FTE (`£1,780`).
  static let pounds = CellStyle(numberFormat: "£#,##0;-£#,##0", alignsTop: true)
  /// A count of children.
  static let count = CellStyle(numberFormat: "#,##0", alignsTop: true)
  /// Full-time equivalents to one decimal place.
  static let fte = CellStyle(numberFormat: "#,##0.0", alignsTop: true)
  /// A share in percent as the statistics hold it (31.5 means 31.5%).
  static let percent = CellStyle(numberFormat: "0.0\"%\"", alignsTop: true)
  /// A rank or a count of authorities.
  static let integer = CellStyle(numberFormat: "0", alignsTop: true)
  /// A quartile band letter: bold and centred, no fill (neither end is better).
  static let band = CellStyle(isBold: true, alignment: .center, alignsTop: true)
  /// An authority's or area's name, wrapped.
  static let name = CellStyle(alignsTop: true, wrapsText: true)
  /// A measure's row label: bold, wrapped.
  static let measureLabel = CellStyle(isBold: true, alignsTop: true, wrapsText: true)
  /// A row label of the amounts a measure is computed from, or of a comparison, wrapped.
  static let label = CellStyle(alignsTop: true, wrapsText: true)
  /// A comparison row's label (England, the region, the neighbours): grey, wrapped.
  static let comparisonLabel = CellStyle(
    fontColor: Color(rgb: 0x59_5959), alignsTop: true, wrapsText: true)
  /// Notes beside a row, wrapped.
  static let notes = CellStyle(fontSize: 9, alignsTop: true, wrapsText: true)
}
