import Foundation
import Testing
import TrustMetricsCore

/// Citations made in bulk (each source searched once) are the citations made one by one.
@Suite struct CitationTests {
  @Test func bulkCitationsAreTheOneByOneCitations() throws {
    let feed = """
      First article: Slough’s agency rate was 33%.
      It was 33% again the next year.
      Second article: Reading spent £7.6m.
      """
    let figure = { (id: String, source: String, quote: String) in
      Figure(
        id: id, entity: "Slough", measure: .agencyRate, period: .year(2021), value: 33,
        provenance: Provenance(source: source, quote: quote))
    }
    let figures = [
      figure("a", "feed.txt", "agency rate was 33%"),
      figure("b", "feed.txt", "33%"),  // first on line 1, again on line 2
      figure("c", "feed.txt", "Reading spent £7.6m"),
      figure("d", "feed.txt", "words the feed never says"),
      figure("e", "letter.txt", "the letter"),
      figure("f", "feed.txt", "agency rate was 33%"),  // the same quote twice
      figure("g", "missing.txt", "no text loaded"),
    ]
    let dataset = Dataset(
      figures: figures, entities: [], trusts: [],
      sources: [
        SourceDocument(
          source: "feed.txt", title: "Feed", publisher: "Community Care",
          date: PartialDate(year: 2020), url: nil),
        SourceDocument(
          source: "letter.txt", title: "Letter", publisher: "Ofsted", date: nil, url: nil),
      ],
      articles: [
        Article(
          source: "feed.txt", firstLine: 1, lastLine: 2, title: "One",
          date: PartialDate(year: 2021, month: 3), url: "https://example.org/1"),
        Article(source: "feed.txt", firstLine: 3, lastLine: 3, title: "Two", date: nil, url: nil),
      ],
      sourceTexts: ["feed.txt": feed, "letter.txt": "From the letter."],
      workforce: WorkforceStatistics(records: []),
      neighbours: StatisticalNeighbours(neighboursByCode: [:]))
    let bulk = dataset.citations(for: figures)
    #expect(bulk == figures.map { dataset.citation(for: $0) })
    // Worked by hand: "33%" first stands on line 1 at column 41 of the first article.
    #expect(bulk[1].position?.line == 1 && bulk[1].position?.column == 41)
    #expect(bulk[1].date == PartialDate(year: 2021, month: 3))
    // The second article has no date, so the source's is used.
    #expect(bulk[2].title == "Two" && bulk[2].date == PartialDate(year: 2020))
    #expect(bulk[3].position == nil && bulk[3].title == "Feed")
    #expect(bulk[4].position?.line == 1 && bulk[4].publisher == "Ofsted")
    #expect(bulk[6].position == nil && bulk[6].publisher == nil)
  }

  /// "ab\ncd\n\nef": lines start at bytes 0, 3, 6 and 7, so offsets 0 and 2 stand on line 1,
  /// 3 on line 2, 6 (the empty line) on line 3, 7 and 8 on line 4.
  @Test func lineOfAnOffsetCountsTheLinesStartingAtOrBeforeIt() {
    let bytes = Array("ab\ncd\n\nef".utf8)
    let lineStarts = QuoteLocator.lineStarts(in: bytes)
    #expect(lineStarts == [0, 3, 6, 7])
    let lines = [0, 2, 3, 6, 7, 8].map { QuoteLocator.line(ofOffset: $0, lineStarts: lineStarts) }
    #expect(lines == [1, 1, 2, 3, 4, 4])
    let columns = [0, 4, 8].map {
      QuoteLocator.position(ofOffset: $0, lineStarts: lineStarts, in: bytes)
    }
    // Offset 4 is "d", the second character of line 2; offset 8 is "f" on line 4.
    #expect(columns.map(\.line) == [1, 2, 4])
    #expect(columns.map(\.column) == [1, 2, 2])
  }
}
