import Testing
import XlsxWriter

@Suite struct XlsxLibraryTests {
  @Test func versionComesFromTheLinkedLibrary() {
    // Debian's libxlsxwriter-dev 1.1.4 is what the project is built and tested against.
    #expect(XlsxLibrary.version.hasPrefix("1."))
  }
}
