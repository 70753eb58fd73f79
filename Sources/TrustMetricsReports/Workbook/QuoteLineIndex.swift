import TrustMetricsCore

/// The line each figure's quote first stands on in its source, 0 when it is not found, found a
/// source at a time when the first of its figures is asked for: each source is searched once,
/// for all of its figures' quotes side by side, so rows can be made in figure order without
/// searching every source first.
struct QuoteLineIndex {
  private let figures: [Figure]
  private let sourceTexts: [String: String]
  /// The group (source) of each figure.
  private let groupOfFigure: [Int32]
  /// Each group's source and figure indices; emptied once searched.
  private var groups: [(source: String, indices: [Int])]
  private var searched: [Bool]
  private var lines: [Int32]

  /// Groups the figures by source; nothing is searched yet.
  init(figures: [Figure], sourceTexts: [String: String]) {
    self.figures = figures
    self.sourceTexts = sourceTexts
    var groupOfSource: [String: Int32] = [:]
    var groupOfFigure = [Int32](repeating: 0, count: figures.count)
    var groups: [(source: String, indices: [Int])] = []
    for (index, figure) in figures.enumerated() {
      let source = figure.provenance.source
      if let group = groupOfSource[source] {
        groupOfFigure[index] = group
        groups[Int(group)].indices.append(index)
      } else {
        let group = Int32(groups.count)
        groupOfSource[source] = group
        groupOfFigure[index] = group
        groups.append((source, [index]))
      }
    }
    self.groupOfFigure = groupOfFigure
    self.groups = groups
    searched = Array(repeating: false, count: groups.count)
    lines = Array(repeating: 0, count: figures.count)
  }

  /// The line of the figure at `index`'s quote in its source, 0 when it is not found.
  mutating func line(of index: Int) -> Int32 {
    let group = Int(groupOfFigure[index])
    if !searched[group] { search(group) }
    return lines[index]
  }

  private mutating func search(_ group: Int) {
    searched[group] = true
    let (source, indices) = groups[group]
    groups[group].indices = []
    guard let text = sourceTexts[source] else { return }
    // Repeated quotes are searched side by side in the same pass: cheaper than hashing quotes.
    let quotes = indices.map { figures[$0].provenance.quote }
    let bytes = Array(text.utf8)
    let offsets = QuoteLocator.offsets(of: quotes, in: bytes)
    let lineStarts = QuoteLocator.lineStarts(in: bytes)
    for (slot, index) in indices.enumerated() {
      guard let first = offsets[slot].first else { continue }
      lines[index] = Int32(QuoteLocator.line(ofOffset: first, lineStarts: lineStarts))
    }
  }
}
