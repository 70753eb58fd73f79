import TrustMetricsCore
import XlsxWriter

/// The styles of the comparison workbook.
enum WorkbookStyles {
  /// A sheet's title.
  static let title = CellStyle(isBold: true, fontSize: 14)
  /// A section's title within a sheet.
  static let section = CellStyle(isBold: true, fontSize: 12)
  /// A table's header cell: bold on light blue, wrapped, with a rule below.
  static let header = CellStyle(
    isBold: true, backgroundColor: Color(rgb: 0xDD_EBF7), alignsTop: true, wrapsText: true,
    hasBottomBorder: true)
  /// A label beside a value.
  static let label = CellStyle(isBold: true, alignsTop: true)
  /// Plain text, top-aligned.
  static let text = CellStyle(alignsTop: true)
  /// Long text such as a quote or an explanation, wrapped.
  static let wrapped = CellStyle(alignsTop: true, wrapsText: true)
  /// An explanatory note.
  static let note = CellStyle(isItalic: true, fontColor: Color(rgb: 0x59_5959))
  /// A hyperlink.
  static let link = CellStyle(isUnderlined: true, fontColor: Color(rgb: 0x05_63C1), alignsTop: true)

  /// Whole pounds, thousands separated, negatives red: `£1,234` / `-£1,234`.
  static let pounds = CellStyle(numberFormat: "£#,##0;[Red]-£#,##0", alignsTop: true)
  /// Pounds and pence, negatives red.
  static let poundsAndPence = CellStyle(numberFormat: "£#,##0.00;[Red]-£#,##0.00", alignsTop: true)
  /// A fraction shown as a percentage to one place: 0.193 → `19.3%`.
  static let fractionPercent = CellStyle(numberFormat: "0.0%;[Red]-0.0%", alignsTop: true)
  /// A published rate as DfE writes it (31.5 means 31.5%).
  static let rate = CellStyle(numberFormat: "0.0", alignsTop: true)
  /// A change in percentage points (or cases), signed.
  static let change = CellStyle(numberFormat: "+0.0;-0.0;0.0", alignsTop: true)
  /// A whole number.
  static let integer = CellStyle(numberFormat: "0", alignsTop: true)
  /// A count with thousands separators.
  static let count = CellStyle(numberFormat: "#,##0", alignsTop: true)
  /// Years to two places.
  static let years = CellStyle(numberFormat: "0.00", alignsTop: true)

  /// An input a reader is meant to change, as a percentage: blue on pale yellow.
  static let inputPercent = CellStyle(
    numberFormat: "0.0%", isBold: true, fontColor: .inputBlue,
    backgroundColor: Color(rgb: 0xFF_F2CC))
  /// An input a reader is meant to change, as a whole number of years.
  static let inputYears = CellStyle(
    numberFormat: "0", isBold: true, fontColor: .inputBlue, backgroundColor: Color(rgb: 0xFF_F2CC))
  /// An axis value of the sensitivity table, as a percentage.
  static let axisPercent = CellStyle(numberFormat: "0.0%", isBold: true)
  /// An axis value of the sensitivity table, in years.
  static let axisYears = CellStyle(
    numberFormat: "0\" years\"", isBold: true, backgroundColor: Color(rgb: 0xDD_EBF7),
    hasBottomBorder: true)

  /// A quartile band letter: bold, centred, on its band's colour (the letter is always shown).
  static func band(_ band: QuartileBand) -> CellStyle {
    let fill: UInt32 =
      switch band {
      case .a: 0xC6_EFCE
      case .b: 0xE2_F0D9
      case .c: 0xFF_EB9C
      case .d: 0xFF_C7CE
      }
    return CellStyle(
      isBold: true, backgroundColor: Color(rgb: fill), alignment: .center, alignsTop: true)
  }

  /// The style of a figure's value by its unit.
  static func value(of unit: FigureUnit) -> CellStyle {
    let format =
      switch unit {
      case .percent: "0.0##\"%\""
      case .gbp: "£#,##0;[Red]-£#,##0"
      case .count: "#,##0"
      case .fte: "#,##0.0#\" FTE\""
      case .casesPerWorker: "0.0#\" cases\""
      case .years: "0.#\" years\""
      case .gbpPerChild: "£#,##0\" per child\""
      case .gbpPerWeek: "£#,##0\" per week\""
      case .gbpPerFTE: "£#,##0\" per FTE\""
      }
    return CellStyle(numberFormat: format, alignsTop: true)
  }
}
