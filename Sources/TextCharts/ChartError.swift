/// Why a chart or table refused its input.
public enum ChartError: Error, Equatable, CustomStringConvertible {
  /// A value is NaN or infinite; `series` names the series or bar, `index` its position.
  case nonFiniteValue(series: String, index: Int)
  /// A series has a different number of points from the x-axis labels.
  case lengthMismatch(series: String, expected: Int, actual: Int)
  /// A table row has a different number of cells from the columns.
  case rowLengthMismatch(row: Int, expected: Int, actual: Int)

  /// One sentence saying what was wrong and what is expected.
  public var description: String {
    switch self {
    case .nonFiniteValue(let series, let index):
      "value \(index + 1) of \"\(series)\" is not a finite number; give a number or leave it missing"
    case .lengthMismatch(let series, let expected, let actual):
      "\"\(series)\" has \(actual) values but the x-axis has \(expected) labels; give one per label"
    case .rowLengthMismatch(let row, let expected, let actual):
      "table row \(row + 1) has \(actual) cells but there are \(expected) columns"
    }
  }

  static func check(_ values: [Double?], series: String) throws(ChartError) {
    if let index = values.firstIndex(where: { $0.map { !$0.isFinite } ?? false }) {
      throw .nonFiniteValue(series: series, index: index)
    }
  }
}
