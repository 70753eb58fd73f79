/// When to colour output: the `--color auto|always|never` convention.
public enum ColorMode: String, CaseIterable, Sendable {
  /// Colour only on a terminal, when `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
  case auto
  /// Always colour.
  case always
  /// Never colour.
  case never

  /// Whether colour is on.
  ///
  /// `always` → on; `never` → off; `auto` → on exactly when the output is a terminal, `NO_COLOR`
  /// is unset or empty (no-color.org) and `TERM` is not `dumb`.
  ///
  /// - Parameters:
  ///   - isTerminal: Whether the output is a terminal (`isatty`).
  ///   - environment: The process environment.
  /// - Returns: Whether to write colour escapes.
  public func isColored(isTerminal: Bool, environment: [String: String]) -> Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto:
      isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
  }
}
