import Foundation
import SourceCheck
import TrustMetricsReports

/// The check report as a listing (text, CSV) or as one JSON object with the counts.
enum CheckListing {
  /// The JSON schema name.
  static let schema = "trustmetrics.check/1"

  /// Rows of every check, with the counts per status as notes.
  static func listing(of report: CheckReport, strict: Bool) -> Listing {
    var listing = Listing(
      schema: schema,
      columns: [
        .init("id", "id"), .init("kind", "kind"), .init("status", "status"),
        .init("source", "source"), .init("line", "line"), .init("column", "column"),
        .init("detail", "detail"),
      ],
      rows: report.results.map { result in
        [
          .text(result.subject), .text(result.kind), .text(result.status.label),
          .text(result.source), result.position.map { .integer($0.line) } ?? .empty,
          result.position.map { .integer($0.column) } ?? .empty, .text(result.detail),
        ]
      },
      notes: summary(of: report, strict: strict))
    listing.textColumnKeys = ["id", "kind", "status", "detail"]
    return listing
  }

  /// The closing lines: counts per status, then the verdict.
  static func summary(of report: CheckReport, strict: Bool) -> [String] {
    let counts = report.counts.map { "\($0.status.label): \($0.count)" }.joined(separator: ", ")
    var lines = ["\(report.results.count) checks — \(counts)"]
    if report.hasFailures {
      lines.append("FAILED: a quote, value or claim does not hold (exit 1)")
    } else if report.hasDisagreements {
      lines.append(
        strict
          ? "FAILED (--strict): a figure disagrees with DfE's official statistics (exit 1)"
          : "ok: every quote, value and claim holds; disagreements with DfE are findings about "
            + "the sources (they fail only with --strict)")
    } else {
      lines.append("ok: every quote, value and claim holds")
    }
    return lines
  }

  /// One JSON object: schema, rows, counts per status and whether the check failed.
  static func json(of report: CheckReport, strict: Bool) -> String {
    let rows: [[String: Any]] = report.results.map { result in
      var row: [String: Any] = [
        "id": result.subject, "kind": result.kind, "status": result.status.rawValue,
        "source": result.source, "detail": result.detail, "scope": result.scope.rawValue,
      ]
      row["line"] = result.position.map { $0.line as Any } ?? NSNull()
      row["column"] = result.position.map { $0.column as Any } ?? NSNull()
      return row
    }
    var counts: [String: Int] = [:]
    for (status, count) in report.counts { counts[status.rawValue] = count }
    let object: [String: Any] = [
      "schema": schema, "rows": rows, "counts": counts, "strict": strict,
      "failed": report.fails(strict: strict),
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
