import Foundation
import SourceCheck
import Testing

@Suite struct CheckStatusTests {
  @Test(arguments: CheckStatus.allCases) func labelIsTheRawValueWithSpaces(status: CheckStatus) {
    #expect(status.label == status.rawValue.replacingOccurrences(of: "_", with: " "))
  }
}
