#if canImport(Glibc)
private import Glibc
#elseif canImport(Darwin)
private import Darwin
#endif

/// The width output is laid out to, by the usual terminal conventions.
public enum TerminalWidth {
  /// The width used when nothing else says: 80 columns.
  public static let fallback = 80

  /// The width to lay out to.
  ///
  /// The first that is given and positive: `explicit` (a `--width` flag), the `COLUMNS`
  /// environment variable, the terminal's own width (`ioctl(TIOCGWINSZ)` on standard output),
  /// else ``fallback``.
  ///
  /// - Parameters:
  ///   - explicit: A width given on the command line.
  ///   - environment: The process environment.
  ///   - terminalWidth: The terminal's width when standard output is one; by default asked of
  ///     the terminal.
  /// - Returns: A width in display columns, at least 1.
  public static func resolved(
    explicit: Int?, environment: [String: String],
    terminalWidth: () -> Int? = TerminalWidth.standardOutputWidth
  ) -> Int {
    if let explicit, explicit > 0 { return explicit }
    if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
    if let columns = terminalWidth(), columns > 0 { return columns }
    return fallback
  }

  /// The width of the terminal standard output writes to, or `nil` when it is not a terminal.
  ///
  /// The corresponding C function is `ioctl(1, TIOCGWINSZ, &winsize)`.
  public static func standardOutputWidth() -> Int? {
    #if canImport(Glibc) || canImport(Darwin)
    var size = winsize()
    // unsafe: ioctl(TIOCGWINSZ) fills a C struct through a pointer, valid for the call.
    let status = withUnsafeMutablePointer(to: &size) {
      ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0)
    }
    guard status == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
    #else
    return nil
    #endif
  }

  /// Whether standard output is a terminal.
  ///
  /// The corresponding C function is `isatty(1)`.
  public static var isStandardOutputTerminal: Bool {
    #if canImport(Glibc) || canImport(Darwin)
    isatty(STDOUT_FILENO) == 1
    #else
    false
    #endif
  }
}
