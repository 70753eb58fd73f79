private import CXlsxWriter

/// Turns libxlsxwriter's result codes into ``XlsxError``: the one place that does.
enum LibraryResult {
  /// Throws unless a C call succeeded.
  ///
  /// - Parameters:
  ///   - code: The raw value of the `lxw_error` the C call returned.
  ///   - context: What was being done, such as `writing Insourcing!B3`.
  /// - Throws: ``XlsxError/library(code:message:context:)`` with `lxw_strerror`'s message.
  static func check(_ code: UInt32, _ context: @autoclosure () -> String) throws(XlsxError) {
    guard code != LXW_NO_ERROR.rawValue else { return }
    throw error(code, context())
  }

  /// The error for a failed C call.
  ///
  /// The corresponding C function is `lxw_strerror`.
  ///
  /// - Parameters:
  ///   - code: The raw value of the `lxw_error`.
  ///   - context: What was being done.
  /// - Returns: The error carrying the library's message.
  static func error(_ code: UInt32, _ context: String) -> XlsxError {
    let message = lxw_strerror(lxw_error(rawValue: code)).map { String(cString: $0) }
    return .library(code: Int(code), message: message ?? "unknown error", context: context)
  }
}
