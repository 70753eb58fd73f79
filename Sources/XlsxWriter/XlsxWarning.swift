/// Something the workbook changed to stay valid, reported after writing.
public enum XlsxWarning: Hashable, Sendable, CustomStringConvertible {
  /// Text longer than Excel's 32,767 characters was cut, ending with a marker.
  case textTruncated(cell: String, characters: Int)

  /// The longest text a cell holds: 32,767 characters.
  public static let maximumTextLength = 32_767

  /// The marker ending truncated text.
  public static let truncationMarker = " […truncated]"

  /// One sentence.
  public var description: String {
    switch self {
    case .textTruncated(let cell, let characters):
      "\(cell): text of \(characters) characters truncated to \(XlsxWarning.maximumTextLength), "
        + "ending \"\(XlsxWarning.truncationMarker.trimmingPrefix(" "))\"."
    }
  }
}
