/// A ``CellStyle`` looked up once in its workbook, for writing many cells without looking it up
/// again.
///
/// Get one from ``Workbook/prepare(_:)`` and pass it to
/// ``Worksheet/write(_:at:prepared:undefinedNote:)``; it is valid for the workbook that made it
/// only (another workbook refuses it with ``XlsxError/foreignStyle``, a closed one with
/// ``XlsxError/workbookClosed``).
public struct PreparedStyle {
  /// The library format, `nil` for the default style; freed with its workbook.
  let format: OpaquePointer?
  /// The generation of the workbook that made it (``Workbook/generation``): never reused, so a
  /// style outliving its workbook can never pass for another's, as an object's address can.
  let owner: UInt64
  /// The style it stands for.
  public let style: CellStyle?
}
