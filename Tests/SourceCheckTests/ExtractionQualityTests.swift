import Foundation
import SourceCheck
import Testing
import TrustMetricsCore

/// Measures the extraction assistant on the bundled seeds against the frozen `figures.csv`:
/// recall (figures proposed) and precision (proposals that are figures or listed in
/// `excluded.csv`).
@Suite struct ExtractionQualityTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A minimal RFC 4180 reader for the test's own use.
  static func rows(_ name: String) throws -> [[String]] {
    let text = try String(
      contentsOf: root.appendingPathComponent("datasets/\(name)"), encoding: .utf8)
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text).makeIterator()
    var pending: Character?
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.append("\"")
            } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\n" || character == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return Array(rows.dropFirst())
  }

  static func entities() throws -> [Entity] {
    try rows("entities.csv").map { fields in
      Entity(
        name: fields[0], kind: EntityKind(rawValue: fields[1]) ?? .council,
        laCode: fields[2].isEmpty ? nil : fields[2], region: fields[3],
        aliases: fields[4].split(separator: ";").map(String.init))
    }
  }

  @Test func recallAndPrecisionOnTheSeedsMeetTheTargets() throws {
    let figures = try Self.rows("figures.csv")
    let excluded = try Self.rows("excluded.csv")
    let extractor = FigureExtractor(entities: try Self.entities())
    var candidatesBySource: [String: [FigureCandidate]] = [:]
    var texts: [String: [UInt8]] = [:]
    let seeds = try FileManager.default.contentsOfDirectory(
      atPath: Self.root.appendingPathComponent("seeds").path
    ).sorted()
    for seed in seeds {
      let text = try String(
        contentsOf: Self.root.appendingPathComponent("seeds/\(seed)"), encoding: .utf8)
      texts[seed] = Array(text.utf8)
      candidatesBySource[seed] = extractor.candidates(in: text, source: seed)
    }
    func occurrences(of quote: String, in source: String) -> [Range<Int>] {
      let needle = Array(quote.utf8)
      guard let haystack = texts[source], needle.count <= haystack.count else { return [] }
      return (0...(haystack.count - needle.count)).filter {
        haystack[$0] == needle[0] && haystack[$0..<$0 + needle.count].elementsEqual(needle)
      }.map { $0..<$0 + needle.count }
    }
    func matches(_ candidate: FigureCandidate, _ figure: [String]) -> Bool {
      guard candidate.source == figure[7], candidate.unit.rawValue == figure[5],
        "\(candidate.value)" == figure[4]
      else { return false }
      let offset = candidate.number.utf8Offsets.lowerBound
      return occurrences(of: figure[8], in: figure[7]).contains { $0.contains(offset) }
    }
    let recalled = figures.filter { figure in
      (candidatesBySource[figure[7]] ?? []).contains { matches($0, figure) }
    }
    let all = candidatesBySource.values.flatMap { $0 }
    let good = all.filter { candidate in
      if figures.contains(where: { matches(candidate, $0) }) { return true }
      let bytes = texts[candidate.source] ?? []
      let line =
        bytes[..<candidate.number.utf8Offsets.lowerBound].reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
      return excluded.contains {
        $0[0] == candidate.source && $0[1] == "\(line)" && $0[2].contains(candidate.number.text)
      }
    }
    let recall = Double(recalled.count) / Double(max(1, figures.count))
    let precision = Double(good.count) / Double(max(1, all.count))
    print(
      "extraction: recall \(recalled.count)/\(figures.count) = \(Int(recall * 100))%, "
        + "precision \(good.count)/\(all.count) = \(Int(precision * 100))%")
    for figure in figures where !recalled.contains(where: { $0[0] == figure[0] }) {
      print("  missed \(figure[0]) (\(figure[4]) \(figure[5])): \(figure[8])")
    }
    for candidate in all where !good.contains(candidate) {
      print(
        "  extra \(candidate.id) \(candidate.value) \(candidate.unit.rawValue): \(candidate.quote)")
    }
    #expect(recall >= 0.9)
    #expect(precision >= 0.6)
  }
}
