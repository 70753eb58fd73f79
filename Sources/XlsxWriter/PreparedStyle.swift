/// A ``CellStyle`` looked up once in its workbook, for writing many cells without looking it up
/// again.
///
/// Get one from ``Workbook/prepare(_:)`` and pass it to
/// ``Worksheet/write(_:at:prepared:undefinedNote:)``; it is valid for the workbook that made it
/// only (another workbook refuses it with ``XlsxError/foreignStyle``).
public struct PreparedStyle {
  /// The library format, `nil` for the default style.
  let format: OpaquePointer?
  /// The workbook that made it.
  let owner: ObjectIdentifier
  /// The style it stands for.
  public let style: CellStyle?
}
