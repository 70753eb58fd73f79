import Foundation
import SourceCheck
import TrustMetricsReports

/// The check report as a listing (text, CSV) or as one JSON object with the counts.
enum CheckListing {
  /// The JSON schema name.
  static let schema = "trustmetrics.check/1"

  /// Rows of every check, with the counts per status as notes.
  ///
  /// The rows are made from the report as they are written (a check of 200,000 figures has
  /// some 450,000), never held as cells.
  static func listing(
    of report: CheckReport, strict: Bool, tally: CheckTally? = nil
  ) -> Listing {
    let tally = tally ?? CheckTally(report)
    var labelsBySlot = [String](repeating: "", count: CheckStatus.allCases.count)
    for status in CheckStatus.allCases { labelsBySlot[CheckTally.slot(of: status)] = status.label }
    let labels = labelsBySlot
    let results = report.results
    var listing = Listing(
      schema: schema,
      columns: [
        .init("id", "id"), .init("kind", "kind"), .init("status", "status"),
        .init("source", "source"), .init("line", "line"), .init("column", "column"),
        .init("detail", "detail"),
      ],
      rowCount: results.count,
      cells: { index, cells in
        cells[0] = .text(results[index].subject)
        cells[1] = .text(results[index].kind)
        cells[2] = .text(labels[CheckTally.slot(of: results[index].status)])
        cells[3] = .text(results[index].source)
        let position = results[index].position
        cells[4] = position.map { .integer($0.line) } ?? .empty
        cells[5] = position.map { .integer($0.column) } ?? .empty
        cells[6] = .text(results[index].detail)
      },
      notes: summary(of: tally, strict: strict))
    listing.textColumnKeys = ["id", "kind", "status", "detail"]
    return listing
  }

  /// The closing lines: counts per status, the unbound values, then the verdict.
  static func summary(of tally: CheckTally, strict: Bool) -> [String] {
    let counts = tally.counts.map { "\($0.status.label): \($0.count)" }.joined(separator: ", ")
    var lines = ["\(tally.total) checks — \(counts)"]
    if !tally.unbound.isEmpty {
      lines.append(
        "\(tally.unbound.count) value\(tally.unbound.count == 1 ? "" : "s") verified unbound "
          + "(in the quote, but which of its numbers is the figure's period's and body's cannot "
          + "be read): " + tally.unbound.joined(separator: ", "))
    }
    if tally.hasFailures {
      lines.append("FAILED: a quote, value or claim does not hold (exit 1)")
    } else if strict, tally.hasDisagreements || !tally.unbound.isEmpty {
      lines.append(
        "FAILED (--strict): "
          + (tally.hasDisagreements
            ? "a figure disagrees with DfE's official statistics"
            : "a value is not bound to its period and body") + " (exit 1)")
    } else if tally.hasDisagreements || !tally.unbound.isEmpty {
      lines.append(
        "ok: every quote, value and claim holds; "
          + (tally.hasDisagreements
            ? "disagreements with DfE are findings about the sources" : "unbound values")
          + (tally.hasDisagreements && !tally.unbound.isEmpty ? " and unbound values" : "")
          + " fail only with --strict")
    } else {
      lines.append("ok: every quote, value and claim holds")
    }
    return lines
  }

  /// One JSON object: schema, rows, counts per status and whether the check failed.
  static func json(of report: CheckReport, strict: Bool) -> String {
    let output = OutputBuffer()
    writeJSON(of: report, strict: strict, to: output)
    return output.text
  }

  /// The listing (text, CSV) or the JSON object, written to an output.
  static func write(
    _ report: CheckReport, strict: Bool, tally: CheckTally, as format: OutputFormat,
    to output: OutputBuffer
  ) {
    switch format {
    case .json: writeJSON(of: report, strict: strict, tally: tally, to: output)
    case .text, .csv:
      listing(of: report, strict: strict, tally: tally).write(as: format, to: output)
    }
  }

  /// Writes ``json(of:strict:)`` row by row, byte for byte as `JSONSerialization` writes it with
  /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (`"key" : value`, keys in its
  /// order, `[\n\n]` for no rows); stops early when the output closes.
  static func writeJSON(
    of report: CheckReport, strict: Bool, tally: CheckTally? = nil, to output: OutputBuffer
  ) {
    let tally = tally ?? CheckTally(report)
    func key(_ name: String, indent: Int) {
      output.write(byte: 0x20, times: indent)
      output.write(byte: 0x22)
      output.write(name)
      output.write("\" : ")
    }
    func string(_ text: String) {
      output.writeJSONString(text, foundationStyle: true)
    }
    // Counts: one key per status, sorted (status names are lowercase ASCII and underscores).
    output.write("{\n")
    key("counts", indent: 2)
    output.write("{\n")
    let counts = tally.counts.map { ($0.status.rawValue, $0.count) }.sorted { $0.0 < $1.0 }
    for (index, (status, count)) in counts.enumerated() {
      if index > 0 { output.write(",\n") }
      key(status, indent: 4)
      output.write(integer: count)
    }
    output.write("\n  },\n")
    key("failed", indent: 2)
    output.write(tally.fails(strict: strict) ? "true" : "false")
    output.write(",\n")
    key("rows", indent: 2)
    output.write("[\n")
    let results = report.results
    for index in results.indices {
      output.write(
        index == 0 ? "    {\n      \"column\" : " : ",\n    {\n      \"column\" : ")
      if let position = results[index].position {
        output.write(integer: position.column)
      } else {
        output.write("null")
      }
      output.write(",\n      \"detail\" : ")
      string(results[index].detail)
      output.write(",\n      \"id\" : ")
      string(results[index].subject)
      output.write(",\n      \"kind\" : ")
      string(results[index].kind)
      output.write(",\n      \"line\" : ")
      if let position = results[index].position {
        output.write(integer: position.line)
      } else {
        output.write("null")
      }
      output.write(",\n      \"scope\" : ")
      string(results[index].scope.rawValue)
      output.write(",\n      \"source\" : ")
      string(results[index].source)
      output.write(",\n      \"status\" : ")
      string(results[index].status.rawValue)
      output.write("\n    }")
      if output.isClosed { return }
    }
    output.write("\n  ],\n")
    key("schema", indent: 2)
    string(schema)
    output.write(",\n")
    key("strict", indent: 2)
    output.write(strict ? "true" : "false")
    output.write("\n}\n")
  }
}

/// The counts per status and the verdict of a check report, as ``CheckReport`` gives them
/// (`counts`, `hasFailures`, `hasDisagreements`, `fails(strict:)`), in one pass over the results.
struct CheckTally {
  /// How many results.
  var total = 0
  /// How many results have each status, in ``CheckStatus`` order, zero included.
  var counts: [(status: CheckStatus, count: Int)]
  /// Whether any quote, value or claim check failed.
  var hasFailures: Bool
  /// Whether any figure disagrees with the official statistics.
  var hasDisagreements: Bool
  /// The figures whose value is in its quote without a readable binding to its period and body.
  var unbound: [String] = []

  init(_ report: CheckReport) {
    var tally = [Int](repeating: 0, count: CheckStatus.allCases.count)
    var unbound: [String] = []
    let results = report.results
    for index in results.indices {
      tally[CheckTally.slot(of: results[index].status)] += 1
      if results[index].status == .verifiedUnbound { unbound.append(results[index].subject) }
    }
    self.unbound = unbound
    total = report.results.count
    counts = CheckStatus.allCases.map { ($0, tally[CheckTally.slot(of: $0)]) }
    hasFailures = counts.contains { $0.status.isFailure && $0.count > 0 }
    hasDisagreements = counts.contains { $0.status == .disagreesWithOfficial && $0.count > 0 }
  }

  /// Whether `trustmetrics check` should exit 1: a failed check, or with `strict` also a
  /// disagreement with DfE or an unbound value.
  func fails(strict: Bool) -> Bool {
    hasFailures || (strict && (hasDisagreements || !unbound.isEmpty))
  }

  /// A status's position in ``CheckStatus/allCases``.
  static func slot(of status: CheckStatus) -> Int {
    switch status {
    case .verified: 0
    case .verifiedUnbound: 1
    case .mismatch: 2
    case .notFound: 3
    case .unverifiable: 4
    case .disagreesWithOfficial: 5
    }
  }
}
