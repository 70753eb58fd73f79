import XlsxWriter

/// The version line printed by `--version`.
enum ToolVersion {
  static let number = "0.1.0"
  static var text: String { "trustmetrics \(number) (libxlsxwriter \(XlsxLibrary.version))" }
}
