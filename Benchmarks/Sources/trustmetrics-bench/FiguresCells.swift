import Foundation
import TrustMetricsCore
import TrustMetricsData

/// The Figures sheet's cells as `trustmetrics workbook` writes them, saved as a tab-separated
/// file for the floor (C) and the peer (Python) to write with the same widths, heights and
/// number formats.
///
/// Lines: `widths` and 13 column widths; `formats` and the six value formats (by unit, in
/// `FigureUnit.allCases` order); then one line per figure: row height (0 for the default), unit
/// index, and the 13 cells (the value and line columns as numbers, the line empty when the quote
/// was not found). `\`, tab and line feed are escaped as `\\`, `\t` and `\n`.
enum FiguresCells {
  static let headers = [
    "Id", "Entity", "Measure", "Period", "Value", "Unit", "Qualifier", "Publisher", "Date",
    "Source", "Line", "Check status", "Quote",
  ]

  /// The value formats of `WorkbookStyles.value(of:)`, by unit.
  static func format(of unit: FigureUnit) -> String {
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
  }

  static func write(dataset: Dataset, statuses: [String?], to path: String) throws {
    var rows: [(unit: Int, value: Double, line: Double?, texts: [String])] = []
    rows.reserveCapacity(dataset.figures.count)
    for (index, figure) in dataset.figures.enumerated() {
      let citation = dataset.citation(for: figure)
      rows.append(
        (
          FigureUnit.allCases.firstIndex(of: figure.unit) ?? 0, figure.doubleValue,
          citation.position.map { Double($0.line) },
          [
            figure.id, figure.entity, figure.measure.rawValue, figure.period.description, "",
            figure.unit.rawValue, figure.qualifiers.map(\.rawValue).joined(separator: ";"),
            citation.publisher ?? "", citation.date?.description ?? "", citation.source, "",
            statuses[index] ?? "not checked", citation.quote,
          ]
        ))
    }
    // Column widths as SheetPlan.columnWidths estimates them (maximum 40; the quote fixed at 80).
    var lengths = headers.map { min(Double($0.count), 24) }
    func longestLine(_ text: String) -> Int {
      text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }
    for row in rows {
      for (column, text) in row.texts.enumerated() where column != 4 && column != 10 {
        lengths[column] = max(lengths[column], Double(longestLine(text)))
      }
      lengths[4] = max(
        lengths[4],
        Double(numberLength(row.value, format: format(of: FigureUnit.allCases[row.unit]))))
      if let line = row.line {
        lengths[10] = max(lengths[10], Double(numberLength(line, format: "0")))
      }
    }
    var widths = lengths.map { min(max($0 + 2, 8), 40) }
    widths[12] = 80
    func height(_ texts: [String], wrapped: Set<Int>) -> Double {
      var best = 0.0
      for column in wrapped {
        let perLine = max(1, widths[column] * 1.1)
        let lines = texts[column].split(separator: "\n", omittingEmptySubsequences: false).reduce(
          0
        ) { $0 + max(1, Int((Double($1.count) / perLine).rounded(.up))) }
        if lines > 1 { best = max(best, min(409, Double(lines) * 15 + 3)) }
      }
      return best
    }
    let writer = try StreamWriter(path: path)
    writer.append("widths\t" + widths.map { "\($0)" }.joined(separator: "\t") + "\n")
    writer.append(
      "formats\t" + FigureUnit.allCases.map { escaped(format(of: $0)) }.joined(separator: "\t")
        + "\n")
    writer.append(
      "header\t\(height(headers, wrapped: Set(0..<13)))\t"
        + headers.map(escaped).joined(separator: "\t") + "\n")
    for row in rows {
      var fields = row.texts.map(escaped)
      fields[4] = "\(row.value)"
      fields[10] = row.line.map { "\($0)" } ?? ""
      writer.append(
        "\(height(row.texts, wrapped: [12]))\t\(row.unit)\t" + fields.joined(separator: "\t")
          + "\n")
    }
    try writer.close()
  }

  static func escaped(_ text: String) -> String {
    guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" }) else { return text }
    return text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
  }

  /// SheetPlan.numberLength, verbatim.
  static func numberLength(_ number: Double, format: String?) -> Int {
    let digits = String(Int(abs(number).rounded())).count
    let groups = (digits - 1) / 3
    let decimals =
      format.map { $0.split(separator: ";").first.map { String($0) } ?? $0 }
      .flatMap { $0.split(separator: ".").dropFirst().first }
      .map { $0.prefix { $0 == "0" }.count } ?? 2
    let suffix = format.map { $0.contains("\"") ? 6 : 1 } ?? 0
    return digits + groups + decimals + 2 + suffix
  }
}
