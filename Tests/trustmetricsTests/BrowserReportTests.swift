import Foundation
import Testing

/// The bundled report in a real browser: headless Chromium renders `report --format html` to PNG
/// and to PDF with networking disabled (every request goes to a proxy on a closed local port and
/// no name resolves), then `scripts/check-html-report.py` checks that the page is not blank, the
/// PDF has a page per authority in scope and each authority starts one, the page parses as HTML5
/// with no parse error (html5lib), requests nothing, and every `<svg>` has a `<title>`.
///
/// Skipped with a note only when Chromium or html5lib is missing; `.ci/run` installs both (apt:
/// `chromium`, `python3-html5lib`) and sets `TRUSTMETRICS_REQUIRE_BROWSER=1`, which turns a
/// missing browser into a failure.
@Suite struct BrowserReportTests {
  static let isRequired = ProcessInfo.processInfo.environment["TRUSTMETRICS_REQUIRE_BROWSER"] == "1"

  /// The first of the browser's usual names on `PATH`.
  static let chromium: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for directory in path.split(separator: ":") {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  /// A Python that can import html5lib: Debian's first (`python3-html5lib`), then `python3`.
  static let python: String? = {
    for candidate in ["/usr/bin/python3", "python3"] {
      // A Python that cannot be started counts as missing, like one without html5lib.
      let result = Result {
        try run("/usr/bin/env", [candidate, "-c", "import html5lib"], timeout: 30)
      }
      if case .success(let run) = result, run.status == 0 { return candidate }
    }
    return nil
  }()

  static var note: Comment {
    let missing = chromium == nil ? "chromium" : "html5lib for Python 3"
    return Comment(
      rawValue: "\(missing) is not installed; "
        + ".ci/run installs it (apt-get install chromium python3-html5lib)")
  }

  struct Run {
    var status: Int32
    var output: String
    var seconds: Double
  }

  /// Runs a program with its output in a file (a browser writes more than a pipe holds), killing
  /// it after `timeout` seconds.
  static func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> Run {
    let log = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-browser-\(UUID().uuidString).log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let handle = try FileHandle(forWritingTo: log)
    defer { try? handle.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    while process.isRunning {
      if Date().timeIntervalSince(start) > timeout {
        process.terminate()
        process.waitUntilExit()
        break
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      output: String(
        decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self),
      seconds: Date().timeIntervalSince(start))
  }

  @Test(.enabled(if: isRequired || (chromium != nil && python != nil), note))
  func theBundledReportRendersInARealBrowser() throws {
    let chromium = try #require(Self.chromium, "chromium is required here but was not found")
    let python = try #require(Self.python, "html5lib is required here but was not found")
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmetrics-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("report.html")
    let written = try ToolRunner.run(
      ["report", "--format", "html", "--output", page.path],
      environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    #expect(written.status == 0, "\(written.standardError)")
    let html = try String(contentsOf: page, encoding: .utf8)
    let authorities = html.components(separatedBy: "class=\"authority\"").count - 1
    #expect(authorities == 7)

    // No network: every request to a proxy on the closed port 9, no name resolves, no
    // background services; a profile of its own; as root the sandbox cannot start.
    var browser = [
      "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
      "--disable-extensions", "--disable-background-networking", "--disable-sync",
      "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
      "--host-resolver-rules=MAP * ~NOTFOUND",
      "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
    ]
    if geteuid() == 0 { browser.append("--no-sandbox") }
    let pdf = directory.appendingPathComponent("report.pdf")
    let png = directory.appendingPathComponent("report.png")
    let printed = try Self.run(
      chromium,
      browser + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString],
      timeout: 180)
    #expect(FileManager.default.fileExists(atPath: pdf.path), "\(printed.output)")
    let shot = try Self.run(
      chromium,
      browser + [
        "--hide-scrollbars", "--window-size=1200,1600", "--screenshot=\(png.path)",
        page.absoluteString,
      ], timeout: 180)
    #expect(FileManager.default.fileExists(atPath: png.path), "\(shot.output)")

    let script = ToolRunner.packageRoot.appendingPathComponent("scripts/check-html-report.py")
    let checked = try Self.run(
      "/usr/bin/env",
      [
        python, script.path, page.path, "--png", png.path, "--pdf", pdf.path, "--min-pages",
        String(authorities),
      ], timeout: 180)
    #expect(checked.status == 0, "\(checked.output)")
    #expect(checked.output.contains("every <svg> has a <title>"))
    #expect(checked.output.contains("each of the 7 authorities starts a printed page"))
    print(
      "browser test: PDF in \(String(format: "%.1f", printed.seconds)) s, PNG in "
        + "\(String(format: "%.1f", shot.seconds)) s, checks in "
        + "\(String(format: "%.1f", checked.seconds)) s\n" + checked.output)
  }
}
