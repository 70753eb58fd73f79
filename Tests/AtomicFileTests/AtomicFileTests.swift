import AtomicFile
import Testing

@Suite struct AtomicFileTests {
  @Test func messagesSayWhatToDo() {
    #expect(
      AtomicFileError.exists(path: "a.html").description
        == "a.html already exists; pass --force to replace it, or choose another file name.")
  }
}
