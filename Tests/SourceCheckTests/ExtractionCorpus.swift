import Foundation
import SeededRandom
import SourceCheck
import TrustMetricsCore

/// The labelled extraction corpus in `Corpus/` (see its README) and the seeds with their
/// figures, read for the extraction tests, and how proposals are scored against them.
enum ExtractionCorpus {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let corpus = testsDirectory.appendingPathComponent("Corpus")
  static let root = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

  /// One hand label of `gold.tsv`.
  struct Label {
    var document: String
    var line: Int
    var text: String
    var value: Decimal
    var unit: String
    var measure: String
    var entity: String
    var period: String
  }

  /// A document of the corpus.
  struct Document {
    var id: String
    var text: String
    var published: PartialDate?
    var half: String
  }

  /// What scoring found: counts, and what was missed and proposed wrongly.
  struct Score {
    var labels = 0
    var proposals = 0
    var matched = 0
    /// Proposals that are right, when that differs from the labels matched (the seeds).
    var rightProposals: Int?
    var sameMeasure = 0
    var sameEntity = 0
    var samePeriod = 0
    var missed: [String] = []
    var extra: [String] = []
    /// Matches whose measure, entity or period differs from the label's.
    var differences: [String] = []

    var recall: Double { Double(matched) / Double(max(1, labels)) }
    var precision: Double { Double(rightProposals ?? matched) / Double(max(1, proposals)) }

    /// "recall 130/142 = 91.5%, precision 130/170 = 76.5%".
    var summary: String {
      "recall \(matched)/\(labels) = \(Self.percent(recall)), "
        + "precision \(rightProposals ?? matched)/\(proposals) = \(Self.percent(precision))"
    }

    static func percent(_ share: Double) -> String {
      String(format: "%.1f%%", share * 100)
    }
  }

  /// Rows of a tab-separated file, header dropped.
  static func tsv(_ url: URL) throws -> [[String]] {
    try String(contentsOf: url, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: true
    )
    .dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// Rows of an RFC 4180 file, header dropped (a minimal reader for the tests' own use).
  static func csv(_ url: URL) throws -> [[String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
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
    try csv(root.appendingPathComponent("datasets/entities.csv")).map { fields in
      Entity(
        name: fields[0], kind: EntityKind(rawValue: fields[1]) ?? .council,
        laCode: fields[2].isEmpty ? nil : fields[2], region: fields[3],
        aliases: fields[4].split(separator: ";").map(String.init))
    }
  }

  /// DfE's authority and region names, as the CLI passes them (`la_name`, `region_name`).
  static func authorityNames() throws -> [String] {
    let url = root.appendingPathComponent(
      "datasets/official/csww_indicators_2017_to_2025.csv")
    let text = try String(contentsOf: url, encoding: .utf8)
    let header = text.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
    let rows = try csv(url)
    var names: Set<String> = []
    for column in ["la_name", "region_name"] {
      guard let index = header.firstIndex(of: column) else { continue }
      for row in rows where index < row.count && !row[index].isEmpty { names.insert(row[index]) }
    }
    return names.sorted()
  }

  static func extractor() throws -> FigureExtractor {
    FigureExtractor(entities: try entities(), authorityNames: try authorityNames())
  }

  static func documents() throws -> [Document] {
    let split = Dictionary(
      uniqueKeysWithValues: try tsv(corpus.appendingPathComponent("split.tsv")).map {
        ($0[0], $0[1])
      })
    return try tsv(corpus.appendingPathComponent("manifest.tsv")).map { fields in
      let text = try String(
        contentsOf: corpus.appendingPathComponent("texts/\(fields[0]).txt"), encoding: .utf8)
      return Document(
        id: fields[0], text: text, published: PartialDate(parsing: fields[2]),
        half: split[fields[0]] ?? "")
    }
  }

  static func labels() throws -> [Label] {
    try tsv(corpus.appendingPathComponent("gold.tsv")).map { fields in
      Label(
        document: fields[0], line: Int(fields[1]) ?? 0, text: fields[2],
        value: Decimal(string: fields[3]) ?? -1, unit: fields[4], measure: fields[5],
        entity: fields[6], period: fields[7])
    }
  }

  /// The split the corpus README describes: ids in byte order, shuffled by Fisher–Yates with
  /// `SplitMix(seed: 1502)`, the first half `dev`.
  static func recomputedSplit(of ids: [String]) -> [String: String] {
    var shuffled = ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    var random = SplitMix(seed: 1502)
    var index = shuffled.count - 1
    while index > 0 {
      let other = random.below(index + 1)
      shuffled.swapAt(index, other)
      index -= 1
    }
    var result: [String: String] = [:]
    for (position, id) in shuffled.enumerated() {
      result[id] = position < shuffled.count / 2 ? "dev" : "eval"
    }
    return result
  }

  /// Scores proposals against labels.
  ///
  /// Matching: a proposal matches a label when both are in the same document, the proposal's
  /// number starts on the label's line, and their values agree (exactly; a fraction word within
  /// 0.05, as `check` reads one). Each label and each proposal matches at most once, labels taken
  /// in file order, each the first unmatched proposal that fits. Recall is matched labels ÷
  /// labels; precision is matched proposals ÷ proposals. The measure, entity and period of a
  /// match are compared too, for information only.
  static func score(
    documents: [Document], labels: [Label], extractor: FigureExtractor
  ) -> Score {
    var score = Score()
    for document in documents {
      let proposals = extractor.proposals(
        in: document.text, source: document.id, published: document.published)
      let gold = labels.filter { $0.document == document.id }
      score.labels += gold.count
      score.proposals += proposals.count
      var used = [Bool](repeating: false, count: proposals.count)
      for label in gold {
        let found = proposals.indices.first { index in
          !used[index] && proposals[index].line == label.line
            && WrittenNumber.agrees(
              proposals[index].value, kind: proposals[index].number.kind, with: label.value)
        }
        guard let found else {
          score.missed.append("\(document.id):\(label.line) \(label.text) (\(label.value))")
          continue
        }
        used[found] = true
        score.matched += 1
        let proposal = proposals[found]
        var differs: [String] = []
        if proposal.measure.name == label.measure {
          score.sameMeasure += 1
        } else {
          differs.append("measure \(proposal.measure.name) ≠ \(label.measure)")
        }
        if proposal.entity == label.entity {
          score.sameEntity += 1
        } else {
          differs.append("entity \(proposal.entity) ≠ \(label.entity)")
        }
        if proposal.period == label.period {
          score.samePeriod += 1
        } else {
          differs.append("period \(proposal.period) ≠ \(label.period)")
        }
        if !differs.isEmpty {
          score.differences.append(
            "\(document.id):\(label.line) \(label.text): " + differs.joined(separator: "; "))
        }
      }
      for (index, proposal) in proposals.enumerated() where !used[index] {
        score.extra.append(
          "\(document.id):\(proposal.line) \(proposal.number.text) (\(proposal.value) "
            + "\(proposal.measure.name)): \(proposal.quote)")
      }
    }
    return score
  }

  /// Scores the seeds against `figures.csv`, as the seeds test always has.
  ///
  /// A figure is found when a proposal in its source has its unit and value and stands inside
  /// one of its quote's occurrences; a proposal is right when it finds a figure or is listed in
  /// `excluded.csv`. `figures.csv` is not an exhaustive labelling of the seeds, so precision here
  /// counts stated quantities nobody recorded as wrong.
  static func scoreSeeds(extractor: FigureExtractor) throws -> Score {
    let figures = try csv(root.appendingPathComponent("datasets/figures.csv"))
    let excluded = try csv(root.appendingPathComponent("datasets/excluded.csv"))
    let seeds = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("seeds").path
    ).sorted()
    var proposalsBySource: [String: [FigureProposal]] = [:]
    var texts: [String: [UInt8]] = [:]
    for seed in seeds {
      let text = try String(
        contentsOf: root.appendingPathComponent("seeds/\(seed)"), encoding: .utf8)
      texts[seed] = Array(text.utf8)
      proposalsBySource[seed] = extractor.proposals(in: text, source: seed)
    }
    func occurrences(of quote: String, in source: String) -> [Range<Int>] {
      let needle = Array(quote.utf8)
      guard let haystack = texts[source], !needle.isEmpty, needle.count <= haystack.count
      else { return [] }
      var found: [Range<Int>] = []
      let first = needle[0]
      var start = 0
      while start + needle.count <= haystack.count {
        if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) {
          found.append(start..<start + needle.count)
        }
        start += 1
      }
      return found
    }
    let quoteRanges = figures.map { occurrences(of: $0[8], in: $0[7]) }
    func matches(_ proposal: FigureProposal, _ index: Int) -> Bool {
      let figure = figures[index]
      guard proposal.source == figure[7], proposal.unit?.rawValue == figure[5],
        "\(proposal.value)" == figure[4]
      else { return false }
      let offset = proposal.number.utf8Offsets.lowerBound
      return quoteRanges[index].contains { $0.contains(offset) }
    }
    var score = Score()
    score.labels = figures.count
    let all = seeds.flatMap { proposalsBySource[$0] ?? [] }
    score.proposals = all.count
    for (index, figure) in figures.enumerated() {
      if (proposalsBySource[figure[7]] ?? []).contains(where: { matches($0, index) }) {
        score.matched += 1
      } else {
        score.missed.append("\(figure[0]) (\(figure[4]) \(figure[5])): \(figure[8])")
      }
    }
    var right = 0
    for proposal in all {
      let isFigure = figures.indices.contains { matches(proposal, $0) }
      let isExcluded = excluded.contains {
        $0[0] == proposal.source && $0[1] == "\(proposal.line)"
          && $0[2].contains(proposal.number.text)
      }
      if isFigure || isExcluded {
        right += 1
      } else {
        score.extra.append(
          "\(proposal.source):\(proposal.line) \(proposal.number.text) (\(proposal.measure.name))")
      }
    }
    score.rightProposals = right
    return score
  }
}
