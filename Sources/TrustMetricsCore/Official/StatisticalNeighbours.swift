/// DfE's statistical-neighbour model: for each authority its ten nearest neighbours, closest first.
public struct StatisticalNeighbours: Sendable {
  /// Neighbour codes by authority code, as the model file writes them (single codes).
  public let neighboursByCode: [String: [String]]

  /// Creates the model from a code → neighbours table.
  public init(neighboursByCode: [String: [String]]) {
    self.neighboursByCode = neighboursByCode
  }

  /// The ten neighbours of an authority, trying each member of a merged code (`"940 / 941"`).
  ///
  /// - Parameter code: An `old_la_code`, alone or merged.
  /// - Returns: The neighbours' codes, closest first; empty when the model does not list it.
  public func neighbours(of code: String) -> [String] {
    if let direct = neighboursByCode[code] { return direct }
    for member in code.split(separator: "/") {
      let trimmed = member.trimmingPrefixAndSuffixSpaces()
      if let found = neighboursByCode[String(trimmed)] { return found }
    }
    return []
  }
}
