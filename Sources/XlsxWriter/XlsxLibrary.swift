private import CXlsxWriter

/// Facts about the libxlsxwriter library this module wraps.
public enum XlsxLibrary {
  /// The library's version string, such as `1.1.4`.
  ///
  /// The corresponding C function is `lxw_version`.
  public static var version: String {
    guard let text = lxw_version() else { return "unknown" }
    return String(cString: text)
  }
}
