import SourceCheck
import Testing

@Suite struct CheckScopeTests {
  @Test func scopesAreTheFourFamiliesOfTheCheckCommand() {
    #expect(CheckScope.allCases.map(\.rawValue) == ["quotes", "values", "claims", "official"])
  }
}
