import TrustMetricsCore

/// The authorities a workbook covers, with their names and comparator regions.
struct WorkbookScope: Sendable {
  /// One authority in scope.
  struct Authority {
    /// The code as the statistics write it (`940 / 941` for a merged row).
    var code: String
    /// The latest name DfE gives it.
    var name: String
    /// The region it is compared with.
    var region: String
  }

  /// The authorities, in order.
  var authorities: [Authority]

  /// Their comparator regions, once each, in order of first use.
  var regions: [String] {
    var seen = Set<String>()
    return authorities.compactMap { seen.insert($0.region).inserted ? $0.region : nil }
  }

  /// The codes, for membership tests.
  var codes: Set<String> { Set(authorities.map(\.code)) }

  /// Resolves codes against the statistics, dropping those without rows and repeats.
  ///
  /// - Parameters:
  ///   - codes: `old_la_code`s, alone or merged.
  ///   - statistics: DfE's workforce indicators.
  init(codes: [String], statistics: WorkforceStatistics) {
    var seen = Set<String>()
    var authorities: [Authority] = []
    for code in codes {
      guard let resolved = statistics.resolvedCode(code), seen.insert(resolved).inserted,
        let name = statistics.name(ofCode: resolved)
      else { continue }
      let latest = statistics.years.reversed().lazy.compactMap {
        statistics.authority(code: resolved, year: $0)
      }.first
      let region = WorkforceStatistics.comparatorRegion(of: latest?.regionName ?? "")
      authorities.append(Authority(code: resolved, name: name, region: region))
    }
    self.authorities = authorities
  }

  /// The resolved authority code an entity's figures belong to, if any.
  ///
  /// - Parameters:
  ///   - entityName: A figure's entity.
  ///   - dataset: The dataset.
  /// - Returns: The code as the statistics write it.
  static func authorityCode(ofEntity entityName: String, in dataset: Dataset) -> String? {
    guard let code = dataset.entity(named: entityName)?.laCode else { return nil }
    return dataset.workforce.resolvedCode(code)
  }

  /// The resolved authority code of every entity that has one, by name (the first entity of a
  /// name, as ``authorityCode(ofEntity:in:)`` finds it): one look-up per figure, not a scan.
  ///
  /// - Parameter dataset: The dataset.
  /// - Returns: Codes as the statistics write them, by entity name.
  static func authorityCodes(in dataset: Dataset) -> [String: String] {
    var codes: [String: String] = [:]
    var seen = Set<String>()
    for entity in dataset.entities where seen.insert(entity.name).inserted {
      if let code = entity.laCode.flatMap({ dataset.workforce.resolvedCode($0) }) {
        codes[entity.name] = code
      }
    }
    return codes
  }

  /// The citation dates of figures, by id (the first figure of an id), as
  /// ``TrustMetricsCore/Dataset/citations(for:)`` gives them.
  ///
  /// A figure's date is its article's only when its source holds articles, so only those
  /// figures' quotes are searched for (each source once); the others take their source
  /// document's date.
  static func citationDates(of figures: [Figure], in dataset: Dataset) -> [String: PartialDate?] {
    citationDates(
      count: figures.count, id: { figures[$0].id }, source: { figures[$0].provenance.source },
      figure: { figures[$0] }, in: dataset)
  }

  /// The citation dates of `count` figures, by id (see ``citationDates(of:in:)``), given each
  /// one's id and source, and the figure itself for those whose quote must be found.
  static func citationDates(
    count: Int, id: (Int) -> String, source: (Int) -> String, figure: (Int) -> Figure,
    in dataset: Dataset
  ) -> [String: PartialDate?] {
    let sourcesWithArticles = Set(dataset.articles.map(\.source))
    var documentDates: [String: PartialDate?] = [:]
    for document in dataset.sources where documentDates[document.source] == nil {
      documentDates[document.source] = .some(document.date)
    }
    var dates: [PartialDate?] = []
    dates.reserveCapacity(count)
    var searched: [Int] = []
    // Figures come in runs of one source: its look-ups are reused along the run.
    var last: (source: String, hasArticles: Bool, date: PartialDate?)?
    for position in 0..<count {
      let source = source(position)
      if last?.source != source {
        last = (source, sourcesWithArticles.contains(source), documentDates[source] ?? nil)
      }
      if last?.hasArticles == true {
        searched.append(position)
        dates.append(nil)
      } else {
        dates.append(last?.date ?? nil)
      }
    }
    if !searched.isEmpty {
      let citations = dataset.citations(for: searched.map(figure))
      for (position, citation) in zip(searched, citations) { dates[position] = citation.date }
    }
    var byID: [String: PartialDate?] = [:]
    byID.reserveCapacity(count)
    // Keeps the first date of an id, hashing the id once.
    func keepFirst(_ kept: inout PartialDate??, _ date: PartialDate?) {
      if kept == nil { kept = .some(date) }
    }
    for (position, date) in dates.enumerated() { keepFirst(&byID[id(position)], date) }
    return byID
  }
}
