import Foundation
import Testing
import TrustMetricsCore

@testable import TrustMetricsReports

/// The shortcuts the sheets take at scale give what the plain definitions give.
@Suite struct SheetPlanningHelperTests {
  static func figure(_ id: String, source: String, quote: String) -> Figure {
    Figure(
      id: id, entity: "Reading", measure: .overspend, period: .financialYear(startYear: 2023),
      value: 1, qualifiers: [], provenance: Provenance(source: source, quote: quote))
  }

  /// `feed.txt` holds two articles (lines 1–2 dated 2024-03, lines 4–5 dated 2024-06) and is
  /// itself dated 2024; `plain.txt` has no articles and is dated 2023-11; `gone.txt` has no
  /// document.
  static let dataset = Dataset(
    figures: [], entities: [], trusts: [],
    sources: [
      SourceDocument(
        source: "feed.txt", title: nil, publisher: nil, date: PartialDate(year: 2024), url: nil),
      SourceDocument(
        source: "plain.txt", title: nil, publisher: nil, date: PartialDate(year: 2023, month: 11),
        url: nil),
      SourceDocument(
        source: "plain.txt", title: nil, publisher: nil, date: PartialDate(year: 1999), url: nil),
    ],
    articles: [
      Article(
        source: "feed.txt", firstLine: 1, lastLine: 2, title: nil,
        date: PartialDate(year: 2024, month: 3), url: nil),
      Article(
        source: "feed.txt", firstLine: 4, lastLine: 5, title: nil,
        date: PartialDate(year: 2024, month: 6), url: nil),
    ],
    sourceTexts: [
      "feed.txt": "March news\nspent £1m\nbetween\nJune news\nspent £2m\n",
      "plain.txt": "spent £3m\n",
    ],
    workforce: WorkforceStatistics(records: []),
    neighbours: StatisticalNeighbours(neighboursByCode: [:]))

  @Test func citationDatesAreTheCitationsDates() {
    let figures = [
      Self.figure("june", source: "feed.txt", quote: "spent £2m"),
      Self.figure("plain", source: "plain.txt", quote: "spent £3m"),
      Self.figure("march", source: "feed.txt", quote: "spent £1m"),
      Self.figure("between", source: "feed.txt", quote: "between"),
      Self.figure("unfound", source: "feed.txt", quote: "not in the text"),
      Self.figure("gone", source: "gone.txt", quote: "anything"),
      // A repeated id keeps the first figure's date.
      Self.figure("march", source: "plain.txt", quote: "spent £3m"),
    ]
    let dates = WorkbookScope.citationDates(of: figures, in: Self.dataset)
    let expected: [String: PartialDate?] = [
      // Line 5 lies in the June article, line 2 in the March one.
      "june": PartialDate(year: 2024, month: 6), "march": PartialDate(year: 2024, month: 3),
      // The first document of a source gives its date.
      "plain": PartialDate(year: 2023, month: 11),
      // Line 3 lies in no article, and a quote not found has no line: the document's date.
      "between": PartialDate(year: 2024), "unfound": PartialDate(year: 2024),
      "gone": PartialDate?.none,
    ]
    #expect(dates == expected)
    // The oracle: every figure's citation, one by one, the first of an id kept.
    var oracle: [String: PartialDate?] = [:]
    for figure in figures where oracle[figure.id] == nil {
      oracle[figure.id] = .some(Self.dataset.citation(for: figure).date)
    }
    #expect(dates == oracle)
  }

  @Test(arguments: [
    "", "   ", "plain", "  also stated: £200,000 in a-1, 2024.", "\ttabbed\t", "end  ",
    "\u{00A0}no-break\u{00A0}", "\u{3000}ideographic\u{3000}", "\u{2003}em\u{2009}thin\u{2003}",
    "line\nbreak kept\n", " \u{301}combining after a space", "\u{200B}zero width\u{200B}",
  ])
  func trimmingMatchesFoundation(text: String) {
    #expect(
      InsourcingSheet.trimmedOfWhitespace(text) == text.trimmingCharacters(in: .whitespaces))
    #expect(
      InsourcingSheet.trimmedOfWhitespace(text).unicodeScalars.elementsEqual(
        text.trimmingCharacters(in: .whitespaces).unicodeScalars))
  }

  @Test func figureCountsCountEachSourceAcrossRuns() {
    let sources = ["a.txt", "a.txt", "b.txt", "a.txt", "c.txt", "c.txt", "c.txt", "b.txt"]
    let figures = sources.enumerated().map { index, source in
      Self.figure("f\(index)", source: source, quote: "q")
    }
    // a: 2 + 1 = 3; b: 1 + 1 = 2; c: 3.
    #expect(SourcesSheet.figureCounts(of: figures) == ["a.txt": 3, "b.txt": 2, "c.txt": 3])
    #expect(SourcesSheet.figureCounts(of: []).isEmpty)
  }

  @Test func aCachedValueIsMadeOncePerKey() {
    var cache: [Int: String] = [:]
    var made = 0
    for year in [2023, 2024, 2023, 2023] {
      _ = cache.cachedValue(forKey: year) {
        made += 1
        return "No row for \(year)."
      }
    }
    // Two distinct years: two texts made, the repeats taken from the cache.
    #expect(made == 2)
    #expect(cache == [2023: "No row for 2023.", 2024: "No row for 2024."])
  }
}
