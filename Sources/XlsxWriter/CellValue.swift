/// What a cell holds.
public enum CellValue: Hashable, Sendable {
  /// Text; longer than 32,767 characters it is truncated with a marker and a warning.
  case text(String)
  /// A number; NaN or infinity is never written: the cell is left empty with a note instead.
  case number(Double)
  /// A formula such as `=AVERAGE(B2:C2)` (Excel's English function names, commas between
  /// arguments) with its result computed beforehand, shown by viewers that do not recalculate.
  case formula(String, result: FormulaResult)
  /// A hyperlink (`http`, `https`, `mailto` or `ftp`) shown as `text`, or as the address when
  /// `text` is `nil`.
  case link(url: String, text: String?)
  /// No value, but the style (a fill, a border) still applies.
  case blank
}

/// The result of a formula as computed beforehand and cached in the file.
public enum FormulaResult: Hashable, Sendable {
  /// A number; it must be finite.
  case number(Double)
  /// Text, such as `never`.
  case text(String)
}
