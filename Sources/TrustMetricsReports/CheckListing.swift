public import SourceCheck

/// The check report as a listing (text, CSV) or as one JSON object with the counts.
public enum CheckListing {
  /// The JSON schema name.
  public static let schema = "trustmetrics.check/1"

  /// Rows of every check, with the counts per status as notes.
  ///
  /// The rows are made from the report as they are written (a check of 200,000 figures has
  /// some 450,000), never held as cells.
  ///
  /// - Parameters:
  ///   - report: The check's results.
  ///   - strict: Whether disagreements with DfE and unbound values fail the check.
  ///   - tally: The report's counts, when already made.
  /// - Returns: The listing.
  public static func listing(
    of report: CheckReport, strict: Bool, tally: CheckTally? = nil
  ) -> Listing {
    let tally = tally ?? CheckTally(report)
    var labelsBySlot = [String](repeating: "", count: CheckStatus.allCases.count)
    for status in CheckStatus.allCases { labelsBySlot[status.rank] = status.label }
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
        cells[2] = .text(labels[results[index].status.rank])
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
  ///
  /// - Parameters:
  ///   - tally: The report's counts.
  ///   - strict: Whether disagreements with DfE and unbound values fail the check.
  /// - Returns: The lines, in order.
  public static func summary(of tally: CheckTally, strict: Bool) -> [String] {
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
  ///
  /// - Parameters:
  ///   - report: The check's results.
  ///   - strict: Whether disagreements with DfE and unbound values fail the check.
  /// - Returns: The JSON text.
  public static func json(of report: CheckReport, strict: Bool) -> String {
    let output = OutputBuffer()
    writeJSON(of: report, strict: strict, to: output)
    return output.text
  }

  /// The listing (text, CSV) or the JSON object, written to an output.
  ///
  /// - Parameters:
  ///   - report: The check's results.
  ///   - strict: Whether disagreements with DfE and unbound values fail the check.
  ///   - tally: The report's counts.
  ///   - format: Text, CSV or JSON.
  ///   - output: Where it is written.
  public static func write(
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
  ///
  /// - Parameters:
  ///   - report: The check's results.
  ///   - strict: Whether disagreements with DfE and unbound values fail the check.
  ///   - tally: The report's counts, when already made.
  ///   - output: Where it is written.
  public static func writeJSON(
    of report: CheckReport, strict: Bool, tally: CheckTally? = nil, to output: OutputBuffer
  ) {
    let tally = tally ?? CheckTally(report)
    var writer = JSONWriter(to: output, style: .foundation)
    writer.beginObject()
    // Counts: one key per status, sorted (status names are lowercase ASCII and underscores).
    writer.key("counts")
    writer.beginObject()
    for (status, count) in tally.counts.map({ ($0.status.rawValue, $0.count) }).sorted(by: {
      $0.0 < $1.0
    }) {
      writer.key(status)
      writer.integer(count)
    }
    writer.endObject()
    writer.key("failed")
    writer.bool(tally.fails(strict: strict))
    writer.key("rows")
    writer.beginArray()
    for result in report.results {
      writer.beginObject()
      writer.key("column")
      if let position = result.position { writer.integer(position.column) } else { writer.null() }
      writer.key("detail")
      writer.string(result.detail)
      writer.key("id")
      writer.string(result.subject)
      writer.key("kind")
      writer.string(result.kind)
      writer.key("line")
      if let position = result.position { writer.integer(position.line) } else { writer.null() }
      writer.key("scope")
      writer.string(result.scope.rawValue)
      writer.key("source")
      writer.string(result.source)
      writer.key("status")
      writer.string(result.status.rawValue)
      writer.endObject()
      if output.isClosed { return }
    }
    writer.endArray()
    writer.key("schema")
    writer.string(schema)
    writer.key("strict")
    writer.bool(strict)
    writer.endObject()
    writer.finish()
  }
}

/// The counts per status and the verdict of a check report, as ``CheckReport`` gives them
/// (`counts`, `hasFailures`, `hasDisagreements`, `fails(strict:)`), in one pass over the results.
public struct CheckTally: Sendable {
  /// How many results.
  public var total = 0
  /// How many results have each status, in ``CheckStatus`` order, zero included.
  public var counts: [(status: CheckStatus, count: Int)]
  /// Whether any quote, value or claim check failed.
  public var hasFailures: Bool
  /// Whether any figure disagrees with the official statistics.
  public var hasDisagreements: Bool
  /// The figures whose value is in its quote without a readable binding to its period and body.
  public var unbound: [String] = []

  /// Counts a report's results.
  ///
  /// - Parameter report: The check's results.
  public init(_ report: CheckReport) {
    var tally = [Int](repeating: 0, count: CheckStatus.allCases.count)
    var unbound: [String] = []
    let results = report.results
    for index in results.indices {
      tally[results[index].status.rank] += 1
      if results[index].status == .verifiedUnbound { unbound.append(results[index].subject) }
    }
    self.unbound = unbound
    total = report.results.count
    counts = CheckStatus.allCases.map { ($0, tally[$0.rank]) }
    hasFailures = counts.contains { $0.status.isFailure && $0.count > 0 }
    hasDisagreements = counts.contains { $0.status == .disagreesWithOfficial && $0.count > 0 }
  }

  /// Whether `trustmetrics check` should exit 1: a failed check, or with `strict` also a
  /// disagreement with DfE or an unbound value.
  ///
  /// - Parameter strict: Whether disagreements with DfE and unbound values fail the check.
  /// - Returns: Whether the check fails.
  public func fails(strict: Bool) -> Bool {
    hasFailures || (strict && (hasDisagreements || !unbound.isEmpty))
  }
}
