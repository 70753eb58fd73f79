import Foundation
import TrustMetricsCore

/// The kind of figures a synthetic corpus holds.
enum CorpusShape: String, CaseIterable {
  /// Every measure, entity and period form, as the bundled datasets mix them.
  case mixed
  /// News figures that are all workforce rates (agency, vacancy, turnover, caseload) of the 153
  /// authorities for the census years 2017–2025: each one also a row of the Workforce sheet's
  /// reported-beside-official table, which so grows with the figures.
  case workforceRates = "workforce-rates"

  /// The corpus directory's name for a size.
  func directoryName(size: Int) -> String {
    self == .mixed ? "corpus-\(size)" : "corpus-\(rawValue)-\(size)"
  }
}

/// Writes a deterministic synthetic corpus: `datasets/` (figures, entities, trusts, sources,
/// articles, claims, `official/`) and `seeds/`, shaped like the bundled one but N figures big.
///
/// Mixed shape: figures are spread over the 153 authorities of DfE's neighbour model (plus ten
/// trusts), 26 years (2000–2025) and all 26 measures. Workforce-rates shape: the 153 authorities,
/// the four workforce rates and the census years 2017–2025, each value DfE's published one as
/// written where DfE has it. Every quote stands byte-exact in its source and states its value
/// as written, so `check` verifies it. 200 figures share a source document. The official
/// indicators are the bundled 2017–2025 rows repeated over 2000–2025; the finance files are the
/// bundled ones. The same N and shape always give the same bytes (a linear congruential
/// generator seeded with N).
struct CorpusGenerator {
  /// How many figures to write.
  var figureCount: Int
  /// The bundled `datasets/official` directory (authorities, indicators, neighbours).
  var officialDirectory: String
  /// What kind of figures.
  var shape: CorpusShape = .mixed
  /// Figures per source document.
  var figuresPerSource = 200

  static let years = 2000...2025
  static let publishers = ["Community Care", "Local Government Chronicle", "BBC News", "Ofsted"]

  /// An authority of the neighbour model.
  struct Authority {
    var code: String
    var name: String
    var region: String
  }

  /// Writes the corpus under `directory` (created; existing files replaced).
  func write(to directory: String) throws {
    let fm = FileManager.default
    let datasets = directory + "/datasets"
    let seeds = directory + "/seeds"
    try? fm.removeItem(atPath: directory)
    try fm.createDirectory(atPath: datasets + "/official", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: seeds, withIntermediateDirectories: true)

    let authorities = try readAuthorities()
    let trusts = authorities.prefix(10).map { authority in
      (name: authority.name + " Children's Trust", authority: authority)
    }
    var random = Random(seed: UInt64(figureCount))

    // entities.csv: England, the regions, the councils, ten trusts.
    var entities = "name,kind,la_code,region,aliases\nEngland,country,,,\n"
    for region in Set(authorities.map(\.region)).sorted() {
      entities += "\(csv(region)),region,,\(csv(region)),\n"
    }
    for authority in authorities {
      entities += "\(csv(authority.name)),council,\(authority.code),\(csv(authority.region)),\n"
    }
    for trust in trusts {
      entities +=
        "\(csv(trust.name)),trust,\(trust.authority.code),\(csv(trust.authority.region)),\n"
    }
    try write(entities, to: datasets + "/entities.csv")

    let sourceCount = max(1, (figureCount + figuresPerSource - 1) / figuresPerSource)
    func sourceName(_ index: Int) -> String { "doc_" + pad(index, 6) + ".txt" }

    // trusts.csv: each trust's start, stated in the first source.
    var trustRows = "trust,la_code,from,to,source,quote\n"
    var firstSourceLines: [String] = []
    for (index, trust) in trusts.enumerated() {
      let year = 2014 + index
      let quote = "\(trust.name) took over children’s services in April \(year)"
      trustRows +=
        "\(csv(trust.name)),\(trust.authority.code),\(year)-04,,\(sourceName(0)),\(csv(quote))\n"
      firstSourceLines.append(quote + ".")
    }
    try write(trustRows, to: datasets + "/trusts.csv")

    // sources.csv, articles.csv (none), claims.csv (none).
    var sources = "source,title,publisher,date,url\n"
    for index in 0..<sourceCount {
      let publisher = Self.publishers[index % Self.publishers.count]
      let date = "\(2000 + index % 26)-\(pad(1 + index % 12, 2))-\(pad(1 + index % 28, 2))"
      sources +=
        "\(sourceName(index)),\(csv("Children’s services workforce review \(index)")),"
        + "\(publisher),\(date),https://example.org/reviews/\(index)\n"
    }
    try write(sources, to: datasets + "/sources.csv")
    try write("source,first_line,last_line,title,date,url\n", to: datasets + "/articles.csv")
    try write(
      "id,kind,figures,expected,tolerance_rule,source,quote\n", to: datasets + "/claims.csv")

    // figures.csv and the seeds, streamed.
    let figures = try StreamWriter(path: datasets + "/figures.csv")
    figures.append("id,entity,measure,period,value,unit,qualifier,source,quote\n")
    let isWorkforce = shape == .workforceRates
    let entityPool = authorities.map(\.name) + (isWorkforce ? [] : trusts.map(\.name))
    let codeOfEntity = Dictionary(
      authorities.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
    let measures = isWorkforce ? Self.workforceMeasures : Measure.allCases
    let published = isWorkforce ? try readPublishedRates() : [:]
    var seed = "Workforce review\n\n" + firstSourceLines.joined(separator: "\n") + "\n"
    var currentSource = 0
    for index in 0..<figureCount {
      let source = index / figuresPerSource
      if source != currentSource {
        try write(seed, to: seeds + "/" + sourceName(currentSource))
        seed = "Workforce review \(source)\n\n"
        currentSource = source
      }
      let entity = entityPool[random.next(below: entityPool.count)]
      let measure = measures[random.next(below: measures.count)]
      let years = isWorkforce ? Self.censusYears : Self.years
      let year = years.lowerBound + random.next(below: years.count)
      let (period, periodWords) =
        isWorkforce
        ? censusPeriodOf(year: year, random: &random) : periodOf(year: year, random: &random)
      var (value, written) = valueOf(measure, random: &random)
      if let code = codeOfEntity[entity],
        let text = published[PublishedKey(code: code, year: year, measure: measure)]
      {
        value = text
        written = measure.unit == .percent ? text + "%" : text
      }
      let id =
        "\(slug(entity))-\(measure.rawValue.replacingOccurrences(of: "_", with: "-"))-\(index)"
      let quote =
        "\(entity) reported \(phrase(of: measure)) of \(written) \(periodWords), "
        + "the children’s services review found"
      figures.append(
        "\(id),\(csv(entity)),\(measure.rawValue),\(period),\(value),\(measure.unit.rawValue),,"
          + "\(sourceName(source)),\(csv(quote))\n")
      let filler = Self.fillers[random.next(below: Self.fillers.count)]
      seed += "\(filler) \(quote). Item \(pad(index % figuresPerSource, 3)) of the review.\n"
    }
    try write(seed, to: seeds + "/" + sourceName(currentSource))
    for index in (currentSource + 1)..<max(currentSource + 1, sourceCount) {
      try write("Workforce review \(index)\n", to: seeds + "/" + sourceName(index))
    }
    try figures.close()

    try writeOfficial(to: datasets + "/official")
  }

  /// The census years DfE publishes the workforce rates for.
  static let censusYears = 2017...2025

  /// The workforce rates with an official counterpart, and their columns in DfE's file.
  static let workforceMeasures: [Measure] = [
    .agencyRate, .vacancyRate, .turnoverRate, .caseloadAverage,
  ]
  static let publishedColumns: [Measure: String] = [
    .agencyRate: "agency_rate_fte", .vacancyRate: "vacancy_rate_fte",
    .turnoverRate: "turnover_rate_fte", .caseloadAverage: "caseload_fte",
  ]

  /// An authority's published rate for a census year.
  struct PublishedKey: Hashable {
    var code: String
    var year: Int
    var measure: Measure
  }

  /// DfE's published workforce rates of every authority, as written in the bundled file (values
  /// that are numbers only; markers left out).
  private func readPublishedRates() throws -> [PublishedKey: String] {
    let text = try String(
      contentsOfFile: officialDirectory + "/csww_indicators_2017_to_2025.csv", encoding: .utf8)
    var lines = text.split(separator: "\n").makeIterator()
    guard let header = lines.next().map(splitCSVLine) else { return [:] }
    func column(_ name: String) throws -> Int {
      guard let index = header.firstIndex(of: name) else {
        throw BenchError.failed("csww_indicators_2017_to_2025.csv has no column \(name)")
      }
      return index
    }
    let year = try column("time_period")
    let level = try column("geographic_level")
    let code = try column("old_la_code")
    let measureColumns = try Self.workforceMeasures.map { measure in
      (measure, try column(Self.publishedColumns[measure] ?? ""))
    }
    var result: [PublishedKey: String] = [:]
    while let line = lines.next() {
      let fields = splitCSVLine(line)
      guard fields.count == header.count, fields[level] == "Local authority",
        let census = Int(fields[year])
      else { continue }
      for (measure, index) in measureColumns where Double(fields[index]) != nil {
        result[PublishedKey(code: fields[code], year: census, measure: measure)] = fields[index]
      }
    }
    return result
  }

  static let fillers = [
    "Inspectors visited in the spring.", "The council’s cabinet noted the findings.",
    "Managers said recruitment remained hard.", "The trust’s board met in public.",
    "Scrutiny members asked for a further update.",
  ]

  // MARK: - Values as written

  private func periodOf(year: Int, random: inout Random) -> (String, String) {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    switch random.next(below: 5) {
    case 0:
      var month = 1 + random.next(below: 12)
      if month == (year + 1) % 100 { month = month == 12 ? 11 : month + 1 }
      return ("\(year)-\(pad(month, 2))", "in \(months[month - 1]) \(year)")
    case 1:
      let end = (year + 1) % 100
      return ("FY\(year)-\(pad(end, 2))", "in the financial year \(year) to \(year + 1)")
    default:
      return ("\(year)", "in \(year)")
    }
  }

  /// A census year as news states it: the year, or the census date in September.
  private func censusPeriodOf(year: Int, random: inout Random) -> (String, String) {
    random.next(below: 5) < 2
      ? ("\(year)-09", "at 30 September \(year)") : ("\(year)", "in \(year)")
  }

  private func valueOf(_ measure: Measure, random: inout Random) -> (String, String) {
    switch measure.unit {
    case .percent:
      let tenths = 10 + random.next(below: 890)
      let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
      return (text, text + "%")
    case .gbp:
      let pounds = (1 + random.next(below: 9_999)) * 1_000
      return ("\(pounds)", "£" + grouped(pounds))
    case .count:
      let count = 2 + random.next(below: 1_800)
      return ("\(count)", grouped(count))
    case .fte:
      let hundredths = 1_000 + random.next(below: 90_000)
      let text = "\(hundredths / 100).\(pad(hundredths % 100, 2))"
      return (text, text)
    case .casesPerWorker:
      let tenths = 80 + random.next(below: 200)
      let text = "\(tenths / 10).\(tenths % 10)"
      return (text, text)
    case .years:
      let years = 2 + random.next(below: 15)
      return ("\(years)", "\(years)")
    case .gbpPerChild, .gbpPerWeek, .gbpPerFTE:
      // No figure measure has these units (they are the finance measures'); written as the
      // reports write them, should one come.
      let pounds = 100 + random.next(below: 9_900)
      let per = [FigureUnit.gbpPerChild: "child", .gbpPerWeek: "week"][measure.unit] ?? "FTE"
      return ("\(pounds)", "£" + grouped(pounds) + " per " + per)
    }
  }

  private func phrase(of measure: Measure) -> String {
    if shape == .workforceRates {
      switch measure {
      case .agencyRate: return "an agency worker rate"
      case .vacancyRate: return "a vacancy rate"
      case .turnoverRate: return "a turnover rate"
      case .caseloadAverage: return "an average caseload"
      default: break
      }
    }
    return switch measure.unit {
    case .percent: "a " + measure.rawValue.replacingOccurrences(of: "_", with: " ")
    case .gbp: "a " + measure.rawValue.replacingOccurrences(of: "_", with: " ")
    default: "a " + measure.rawValue.replacingOccurrences(of: "_", with: " ") + " figure"
    }
  }

  // MARK: - Official statistics

  /// The neighbour model's 153 authorities with their latest region.
  private func readAuthorities() throws -> [Authority] {
    let text = try String(
      contentsOfFile: officialDirectory + "/sn_model_2025_wide.csv", encoding: .utf8)
    var result: [Authority] = []
    for line in text.split(separator: "\n").dropFirst() {
      let fields = splitCSVLine(line)
      guard fields.count > 3 else { continue }
      result.append(Authority(code: fields[0], name: fields[1], region: fields[3]))
    }
    return result
  }

  /// The finance files the loader reads beside the indicators, copied as they are.
  static let financeFiles = [
    "s251_outturn_2016-17_to_2024-25.csv", "ro3_childrens_social_care_2022-23_to_2024-25.csv",
    "ons_mid_year_population_2012_to_2024.csv",
  ]

  /// DfE's earlier release of the workforce statistics (reporting year 2022), which `check` and
  /// `fact-check` compare with, copied as it is.
  static let earlierReleaseFile = "csww_headline_measures_2017_to_2022.csv"

  /// The bundled indicators, 2017–2025, repeated over 2000–2025; the neighbour model and the
  /// finance files (section 251, RO3, ONS children) as they are.
  private func writeOfficial(to directory: String) throws {
    let fm = FileManager.default
    let neighbours = officialDirectory + "/sn_model_2025_wide.csv"
    try fm.copyItem(atPath: neighbours, toPath: directory + "/sn_model_2025_wide.csv")
    for name in Self.financeFiles + [Self.earlierReleaseFile] {
      try fm.copyItem(atPath: officialDirectory + "/" + name, toPath: directory + "/" + name)
    }
    let text = try String(
      contentsOfFile: officialDirectory + "/csww_indicators_2017_to_2025.csv", encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    let header = lines.removeFirst()
    var byYear: [Int: [Substring]] = [:]
    for line in lines {
      guard let year = Int(line.prefix(4)) else { continue }
      byYear[year, default: []].append(line.dropFirst(4))
    }
    var output = String(header) + "\n"
    for year in Self.years {
      let from = year >= 2017 ? year : 2017 + (year - 2000) % 9
      for rest in byYear[from] ?? [] { output += "\(year)" + String(rest) + "\n" }
    }
    try write(output, to: directory + "/csww_indicators_2017_to_2025.csv")
  }

  // MARK: - Helpers

  private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  private func csv(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private func slug(_ text: String) -> String {
    var result = ""
    var lastWasHyphen = true
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
        lastWasHyphen = false
      } else if !lastWasHyphen, scalar != "'" {
        result += "-"
        lastWasHyphen = true
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result
  }
}

/// The fields of one CSV line (quoted fields with doubled quotes; no line breaks inside).
func splitCSVLine(_ line: Substring) -> [String] {
  var fields: [String] = []
  var current = ""
  var quoted = false
  var iterator = line.makeIterator()
  var pending: Character? = nil
  while let character = pending ?? iterator.next() {
    pending = nil
    if quoted {
      if character == "\"" {
        if let following = iterator.next() {
          if following == "\"" {
            current.append("\"")
          } else {
            quoted = false
            pending = following
          }
        } else {
          quoted = false
        }
      } else {
        current.append(character)
      }
    } else if character == "\"" {
      quoted = true
    } else if character == "," {
      fields.append(current)
      current = ""
    } else {
      current.append(character)
    }
  }
  fields.append(current)
  return fields
}

/// Zero-padded decimal.
func pad(_ number: Int, _ width: Int) -> String {
  let text = String(number)
  return String(repeating: "0", count: max(0, width - text.count)) + text
}

/// A 64-bit linear congruential generator (Knuth's MMIX constants): deterministic across runs
/// and platforms.
struct Random {
  private var state: UInt64

  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

  mutating func next(below bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

/// Appends text to a file through a 1 MiB buffer.
final class StreamWriter {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  init(path: String) throws {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    buffer.reserveCapacity(1 << 20)
  }

  func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { flush() }
  }

  private func flush() {
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  func close() throws {
    flush()
    try handle.close()
  }
}
