public import TrustMetricsCore

/// Checks the numbers of any text (an article, minutes, a report) against the official
/// statistics: `trustmetrics fact-check`.
///
/// The numbers are proposed by ``FigureExtractor``; each sentence's structure is then read by the
/// binder that `check` uses (a date opening the sentence, "A (Region: B)", "A, up from B the
/// year before", ...), which settles the period and body of each number and gives a number set
/// against another that number's measure. Every number naming a body and a period is compared by
/// the reconciler that `check` uses: workforce rates and caseloads by census year, with every
/// release of DfE's statistics loaded; finance measures by financial year. Pure: it reads nothing
/// but its inputs.
public struct FactChecker: Sendable {
  /// The entities, the official statistics and their earlier releases.
  public var dataset: Dataset
  /// The file each finance origin is read from, for citations.
  public var financeFiles: [OfficialMeasure.Origin: String]

  /// Creates a fact-checker.
  ///
  /// - Parameters:
  ///   - dataset: The loaded dataset (its figures and seeds are not used).
  ///   - financeFiles: The file each finance origin is read from, for citations.
  public init(dataset: Dataset, financeFiles: [OfficialMeasure.Origin: String] = [:]) {
    self.dataset = dataset
    self.financeFiles = financeFiles
  }

  /// The numbers of a text beside their official counterparts.
  ///
  /// Without a date given, the text's date is its first dateline (a date stamped with its
  /// weekday or time, as feeds and bylines write them), else the first full date written in it;
  /// in a text holding several datelines (a feed of articles) each number takes the last
  /// dateline before it.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - date: When it was written, for every number; `nil` to read it from the text.
  /// - Returns: The text's date and one row per number proposed, in text order.
  public func check(_ text: String, date: PartialDate? = nil) -> FactCheckReport {
    let datelines = date == nil ? TextDate.datelines(in: text) : []
    let written = date == nil ? datelines.first?.date ?? TextDate.first(in: text) : nil
    let textDate = date ?? written?.date
    let origin: FactCheckReport.DateOrigin =
      date != nil ? .given : written.map { .line($0.line) } ?? .unknown
    let candidates = FigureExtractor(entities: dataset.entities).candidates(in: text, source: "")
    let document = ExtractionDocument(
      text: text, entities: dataset.entities, authorityNames: [], published: textDate)
    let names = EntityNames(entities: dataset.entities)
    let binder = QuoteBinder(names: names)
    var reconciler = OfficialReconciler(
      releases: dataset.workforceReleases, entities: dataset.entities,
      official: dataset.official, financeFiles: financeFiles)
    // Each sentence holding a candidate, read once; the comparator names of all of them.
    var readings: [Int: (numbers: [WrittenNumber], reading: QuoteBinder.Reading)] = [:]
    var comparators: [Range<Int>] = []
    for candidate in candidates {
      let sentence = document.sentence(around: candidate.number.utf8Offsets)
      guard readings[sentence.lowerBound] == nil else { continue }
      let sentenceText = document.text(of: sentence)
      let numbers = NumberReader().numbers(in: sentenceText)
      let reading = binder.reading(of: numbers, in: sentenceText)
      readings[sentence.lowerBound] = (numbers, reading)
      comparators += reading.comparatorRanges.map {
        ($0.lowerBound + sentence.lowerBound)..<($0.upperBound + sentence.lowerBound)
      }
    }
    var measureAt: [Int: Measure] = [:]
    var rows: [FactCheckRow] = []
    for candidate in candidates {
      let offsets = candidate.number.utf8Offsets
      let sentence = document.sentence(around: offsets)
      var binding = NumberBinding()
      var numbers: [WrittenNumber] = []
      if let read = readings[sentence.lowerBound],
        let index = read.numbers.firstIndex(where: {
          $0.utf8Offsets.lowerBound == offsets.lowerBound - sentence.lowerBound
        })
      {
        binding = read.reading.bindings[index]
        numbers = read.numbers
      }
      var notes: [String] = []
      let numberDate =
        datelines.last { $0.offset < offsets.lowerBound }?.date.date ?? textDate
      // The measure of the number it is set against.
      var measure = candidate.measure
      if let against = binding.comparedWith,
        let other = measureAt[numbers[against].utf8Offsets.lowerBound + sentence.lowerBound],
        other.unit == measure.unit, other != measure
      {
        notes.append("\(other.rawValue), as “\(numbers[against].text)”, which it is set against")
        measure = other
      }
      measureAt[offsets.lowerBound] = measure
      // The period.
      var period = Period(parsing: candidate.period)
      if let bound = binding.period {
        if bound == .present {
          if let numberDate, let month = numberDate.month {
            period = .month(year: numberDate.year, month: month)
            notes.append("\(period.map(String.init(describing:)) ?? ""): “now”, the text's date")
          }
        } else if let read = bound.period(financial: measure.unit == .gbp) {
          period = read
          notes.append("\(read) by \(binding.periodCue ?? "the sentence")")
        }
      }
      // The body.
      let entity: String?
      switch binding.entity {
      case .named(let name):
        entity = name
        notes.append("\(name) by \(binding.entityCue ?? "its name")")
      case .otherThan(let name):
        entity = subject(
          of: offsets, in: document, sentence: sentence, names: names, comparators: comparators,
          excluding: name)
        if let entity { notes.append("\(entity), not \(name) (\(binding.entityCue ?? ""))") }
      case nil:
        entity =
          MeasureVocabulary.isNational(measure) && candidate.entity == "England"
          ? "England"
          : subject(
            of: offsets, in: document, sentence: sentence, names: names,
            comparators: comparators, excluding: nil)
      }
      let hedges = candidate.qualifiers.filter {
        $0 == .approximate || $0 == .nearly || $0 == .justUnder || $0 == .over
      }
      let comparison: CounterpartComparison
      if let entity, let period {
        if candidate.qualifiers.contains(.forecast) || candidate.qualifiers.contains(.target) {
          comparison = CounterpartComparison(
            verdict: .noCounterpart,
            detail: "no counterpart: a forecast or target, not a value that happened")
        } else {
          comparison = reconciler.comparison(
            entity: entity, measure: measure, period: period, value: candidate.value,
            qualifiers: hedges)
        }
      } else {
        comparison = CounterpartComparison(
          verdict: .noCounterpart,
          detail: "no counterpart: "
            + (entity == nil ? "no body is named near it" : "no year or date is near it"))
      }
      let line = document.bytes[..<offsets.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      rows.append(
        FactCheckRow(
          number: candidate.number.text, value: candidate.value, line: line,
          sentence: document.text(of: sentence), entity: entity, measure: measure,
          period: period, qualifiers: candidate.qualifiers,
          reading: notes.isEmpty ? nil : notes.joined(separator: "; "), comparison: comparison,
          timing: Self.timing(of: comparison, at: numberDate), date: numberDate))
    }
    return FactCheckReport(date: textDate, dateOrigin: origin, rows: rows)
  }

  /// The body a number is about when its sentence names none for it: the nearest named before
  /// it that is not a comparator of another number (nor `excluded`), else the first named after
  /// it in its sentence.
  func subject(
    of number: Range<Int>, in document: ExtractionDocument, sentence: Range<Int>,
    names: EntityNames, comparators: [Range<Int>], excluding excluded: String?
  ) -> String? {
    func usable(_ mention: ExtractionDocument.Mention) -> Bool {
      !comparators.contains { $0.contains(mention.range.lowerBound) }
        && excluded.map { !names.sameBody($0, mention.name) } != false
    }
    if let before = document.mentions.last(where: {
      $0.range.lowerBound < number.lowerBound && usable($0)
    }) {
      return before.name
    }
    return document.mentions.first {
      $0.range.lowerBound >= number.upperBound && $0.range.lowerBound < sentence.upperBound
        && usable($0)
    }?.name
  }

  /// What the text's date says about the releases it could have seen, for a workforce value.
  static func timing(of comparison: CounterpartComparison, at date: PartialDate?) -> String? {
    guard comparison.verdict != .noCounterpart, let census = comparison.censusYear else {
      return nil
    }
    guard let date else {
      return comparison.verdict == .agreesWithEarlierRelease || comparison.verdict == .disagrees
        ? "the text gives no date (pass --date), so the releases it could have seen are unknown"
        : nil
    }
    func month(_ published: PartialDate) -> String {
      OfficialReconciler.monthName(published.month ?? 1) + " \(published.year)"
    }
    let first = WorkforceRelease.publication(ofReportingYear: census)
    switch WorkforceRelease.couldHaveSeen(first, at: date) {
    case false?:
      return "census \(census) was first published in \(month(first)), after the text (\(date)): "
        + "the number cannot have come from DfE's statistics"
    case nil:
      return "census \(census) was first published in \(month(first)), the month of the text "
        + "(\(date))"
    case true?:
      break
    }
    guard let cited = comparison.releaseYear, let name = comparison.release else { return nil }
    let published = WorkforceRelease.publication(ofReportingYear: cited)
    let seen = WorkforceRelease.couldHaveSeen(published, at: date)
    var text: String
    switch seen {
    case true?:
      text = "the text (\(date)) could have seen the \(name) (published \(month(published)))"
    case false?:
      text =
        "the text (\(date)) predates the \(name) (published \(month(published))); census "
        + "\(census) was first published in \(month(first)), before the text"
    case nil:
      text = "the \(name) was published in \(month(published)), the month of the text (\(date))"
    }
    if let revisedIn = comparison.revisedIn, let year = comparison.revisedInYear {
      let revised = WorkforceRelease.publication(ofReportingYear: year)
      if WorkforceRelease.couldHaveSeen(revised, at: date) == false {
        text += ", not the \(revisedIn) (published \(month(revised))), which revised it"
      } else {
        text += "; the \(revisedIn) (published \(month(revised))) revised it"
      }
    }
    return text
  }
}
