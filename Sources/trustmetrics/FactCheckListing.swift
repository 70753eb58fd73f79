import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsReports

/// The fact-check report as text blocks for people, or as a listing (CSV, JSON).
enum FactCheckListing {
  /// The JSON schema name.
  static let schema = "trustmetrics.fact-check/1"

  /// One row per number, every column of the report.
  static func listing(of report: FactCheckReport) -> Listing {
    let columns: [Listing.Column] = [
      .init("line", "line"), .init("number", "number"), .init("value", "value"),
      .init("unit", "unit"), .init("entity", "entity"), .init("measure", "measure"),
      .init("period", "period"), .init("qualifier", "qualifier"), .init("verdict", "verdict"),
      .init("official", "official"), .init("indicator", "indicator"), .init("area", "area"),
      .init("official_period", "official period"), .init("release", "release"),
      .init("file", "file"), .init("difference", "difference"),
      .init("revised_value", "revised value"), .init("revised_in", "revised in"),
      .init("detail", "detail"), .init("text_date", "text date"), .init("timing", "timing"),
      .init("reading", "reading"),
      .init("sentence", "sentence"),
    ]
    let rows = report.rows.map { row -> [Cell] in
      let comparison = row.comparison
      func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
      return [
        .integer(row.line), .text(row.number), .decimal(row.value), .text(row.unit.rawValue),
        text(row.entity), .text(row.measure.rawValue), text(row.period?.description),
        .text(row.qualifiers.map(\.rawValue).joined(separator: ";")),
        .text(comparison.verdict.rawValue), number(comparison.officialValue),
        text(comparison.indicator), text(comparison.area), text(comparison.period),
        text(comparison.release), text(comparison.file), number(comparison.difference),
        number(comparison.revisedValue), text(comparison.revisedIn), .text(comparison.detail),
        text(row.date?.description), text(row.timing), text(row.reading), .text(row.sentence),
      ]
    }
    var metadata: [(key: String, value: String)] = [
      ("date", report.date?.description ?? ""), ("date_source", dateSource(report)),
      ("licence", WorkforceStatistics.attribution),
    ]
    metadata.sort { $0.key < $1.key }
    return Listing(
      schema: schema, columns: columns, rows: rows, notes: summary(of: report),
      metadata: metadata)
  }

  /// A computed number as written with its shortest decimal form (DfE's 31.5, not 31.499…).
  static func number(_ value: Double?) -> Cell {
    guard let value, value.isFinite, let decimal = Decimal(string: "\(value)") else {
      return .empty
    }
    return .decimal(decimal)
  }

  /// Where the date came from, as the JSON and the text say it.
  static func dateSource(_ report: FactCheckReport) -> String {
    switch report.dateOrigin {
    case .given: "--date"
    case .line(let line): "line \(line) of the text"
    case .unknown: "none"
    }
  }

  /// The closing lines: counts per verdict, then the licence.
  static func summary(of report: FactCheckReport) -> [String] {
    let counts = report.counts.map { "\($0.verdict.label): \($0.count)" }
    return [
      "\(report.rows.count) number\(report.rows.count == 1 ? "" : "s") — "
        + counts.joined(separator: ", "),
      WorkforceStatistics.attribution,
    ]
  }

  /// Writes the report in a format: text blocks, or the listing as CSV or JSON.
  static func write(_ report: FactCheckReport, as format: OutputFormat, to output: OutputBuffer) {
    switch format {
    case .csv, .json: listing(of: report).write(as: format, to: output)
    case .text: writeText(of: report, to: output)
    }
  }

  /// One block per number: the number and what it was read as, its sentence, the counterpart
  /// and verdict, and the timing against DfE's releases.
  static func writeText(of report: FactCheckReport, to output: OutputBuffer) {
    if let date = report.date {
      output.write("Text dated \(date) (\(dateSource(report)))\n\n")
    } else {
      output.write(
        "The text gives no date (pass --date YYYY-MM-DD to place it among DfE's releases)\n\n")
    }
    for row in report.rows {
      output.write("\(row.number)  line \(row.line)  \(row.entity ?? "no body named") · ")
      output.write("\(row.measure.rawValue) · \(row.period?.description ?? "no period")")
      if !row.qualifiers.isEmpty {
        output.write(" (\(row.qualifiers.map(\.rawValue).joined(separator: ", ")))")
      }
      output.write("\n  “\(row.sentence)”\n")
      if let reading = row.reading { output.write("  read: \(reading)\n") }
      output.write("  \(row.comparison.verdict.label.uppercased()): \(row.comparison.detail)\n")
      if let timing = row.timing {
        output.write("  when: \(timing)\n")
      } else if let date = row.date, date != report.date {
        output.write("  when: the article is dated \(date)\n")
      }
      output.write(byte: 0x0A)
      if output.isClosed { return }
    }
    if report.rows.isEmpty { output.write("(no numbers with a measure found)\n\n") }
    for line in summary(of: report) { output.write(line + "\n") }
  }
}
