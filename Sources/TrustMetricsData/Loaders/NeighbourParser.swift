public import TrustMetricsCore

/// Reads DfE's statistical-neighbour model (`old_la_code`, `SN_1`..`SN_10`, closeness labels).
public enum NeighbourParser {
  /// The neighbour columns, closest first.
  public static let neighbourColumns = (1...10).map { "SN_\($0)" }

  /// Parses the model and checks every code against the workforce statistics.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents (a UTF-8 byte-order mark is accepted).
  ///   - file: The path used in messages.
  ///   - workforce: The indicators every authority and neighbour code must resolve in.
  /// - Returns: The neighbours of each authority, closest first.
  /// - Throws: `DatasetError` for a missing column, a code no authority has, or an authority
  ///   listed twice.
  public static func parse(
    bytes: some Collection<UInt8>, file: String, workforce: WorkforceStatistics
  ) throws(DatasetError) -> StatisticalNeighbours {
    let records = try CSVTable.parseRecords(bytes: bytes, file: file)
    guard let header = records.first else {
      throw .empty(file: file, expected: "DfE's statistical-neighbour model with a header line")
    }
    let required = ["old_la_code", "la_name"] + neighbourColumns
    var index: [String: Int] = [:]
    for (position, name) in header.fields.enumerated() where index[name] == nil {
      index[name] = position
    }
    if let absent = required.first(where: { index[$0] == nil }) {
      throw .missingColumn(
        file: file, column: absent,
        expected: "columns " + required.joined(separator: ","))
    }
    var table: [String: [String]] = [:]
    var firstLine: [String: Int] = [:]
    for row in records.dropFirst() {
      guard row.fields.count == header.fields.count else {
        throw .wrongFieldCount(
          file: file, line: row.line, found: row.fields.count, expected: header.fields.count)
      }
      func field(_ name: String) -> String { row.fields[index[name] ?? 0] }
      let code = field("old_la_code")
      guard workforce.resolvedCode(code) != nil else {
        throw .invalidField(
          file: file, line: row.line, field: "old_la_code", value: code,
          expected: "an authority code present in the workforce indicators")
      }
      if let first = firstLine[code] {
        throw .duplicate(
          file: file, line: row.line, field: "old_la_code", value: code, firstLine: first)
      }
      firstLine[code] = row.line
      var neighbours: [String] = []
      for column in neighbourColumns {
        let neighbour = field(column)
        guard workforce.resolvedCode(neighbour) != nil else {
          throw .invalidField(
            file: file, line: row.line, field: column, value: neighbour,
            expected: "an authority code present in the workforce indicators")
        }
        neighbours.append(neighbour)
      }
      table[code] = neighbours
    }
    return StatisticalNeighbours(neighboursByCode: table)
  }
}
