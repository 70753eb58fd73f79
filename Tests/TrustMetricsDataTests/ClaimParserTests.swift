import Foundation
import Testing
import TrustMetricsCore
import TrustMetricsData

@Suite struct ClaimParserTests {
  let parser = ClaimParser(figureIDs: ["a", "b", "c"], sourceNames: ["s.txt"])
  let header = "id,kind,figures,expected,tolerance_rule,source,quote\n"

  @Test func readsAClaim() throws {
    let claims = try parser.parse(
      bytes: (header + "r,ratio,a;b,2,double,s.txt,double the average\n").bytes, file: "c.csv")
    let claim = try #require(claims.first)
    #expect(claim.kind == .ratio)
    #expect(claim.figureIDs == ["a", "b"])
    #expect(claim.expected == .value(2))
    #expect(claim.rule == .double)
  }

  @Test func readsDirectionsAndNegativeChanges() throws {
    let claims = try parser.parse(
      bytes: (header + "x,change,a;b,down,fall,s.txt,q\ny,change,a;b,-1,leave,s.txt,q\n").bytes,
      file: "c.csv")
    #expect(claims.map(\.expected) == [.direction(.down), .value(-1)])
  }

  @Test(arguments: [
    ("r,ratio,a;z,2,double,s.txt,q", "figures"),
    ("r,ratio,a,2,double,s.txt,q", "figures"),
    ("r,sum,a;b,2,double,s.txt,q", "kind"),
    ("r,ratio,a;b,two,double,s.txt,q", "expected"),
    ("r,ratio,a;b,2,fall,s.txt,q", "tolerance_rule"),
    ("r,ratio,a;b,2,double,t.txt,q", "source"),
    ("r,ratio,a;b,2,double,s.txt,", "quote"),
    ("R,ratio,a;b,2,double,s.txt,q", "id"),
  ])
  func rejectsABadField(row: String, field: String) {
    #expect(throws: DatasetError.self) {
      try parser.parse(bytes: (header + row + "\n").bytes, file: "c.csv")
    }
    do {
      _ = try parser.parse(bytes: (header + row + "\n").bytes, file: "c.csv")
    } catch {
      guard case .invalidField(let file, let line, let name, _, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(file == "c.csv")
      #expect(line == 2)
      #expect(name == field)
    }
  }

  @Test func rejectsADuplicateID() {
    let rows = "r,ratio,a;b,2,double,s.txt,q\nr,ratio,a;b,2,double,s.txt,q\n"
    #expect(
      throws: DatasetError.duplicate(file: "c.csv", line: 3, field: "id", value: "r", firstLine: 2)
    ) {
      try parser.parse(bytes: (header + rows).bytes, file: "c.csv")
    }
  }

  @Test func theBundledClaimsLoadAgainstTheBundledFigures() throws {
    let dataset = try DatasetLoader(
      datasetsDirectory: TestFiles.datasetsDirectory, seedsDirectory: TestFiles.seedsDirectory
    ).load()
    let claims = try ClaimParser(
      figureIDs: Set(dataset.figures.map(\.id)), sourceNames: Set(dataset.sourceTexts.keys)
    ).load(datasetsDirectory: TestFiles.datasetsDirectory)
    #expect(claims.count >= 15)
    // Every kind of claim the issue names is present.
    #expect(
      Set(claims.map(\.kind)).isSuperset(of: [.ratio, .share, .change, .partOfWhole, .partition]))
  }
}
