/// How a cell looks: number format, font, fill, alignment and border.
///
/// A value type: the workbook turns each distinct style into one library format the first time
/// it is used, so equal styles share a format.
public struct CellStyle: Hashable, Sendable {
  /// Horizontal alignment within the cell.
  public enum Alignment: Hashable, Sendable {
    /// Left.
    case left
    /// Centred.
    case center
    /// Right.
    case right
  }

  /// The Excel number format, such as `£#,##0;[Red]-£#,##0` or `0.0%`; `nil` for General.
  public var numberFormat: String?
  /// Bold font.
  public var isBold: Bool
  /// Italic font.
  public var isItalic: Bool
  /// Underlined font.
  public var isUnderlined: Bool
  /// The font size in points; `nil` for the default 11.
  public var fontSize: Double?
  /// The font colour; `nil` for automatic.
  public var fontColor: Color?
  /// The solid background colour; `nil` for none.
  public var backgroundColor: Color?
  /// The horizontal alignment; `nil` for Excel's default by type.
  public var alignment: Alignment?
  /// Aligns to the top of the cell rather than the bottom.
  public var alignsTop: Bool
  /// Wraps long text onto several lines.
  public var wrapsText: Bool
  /// Draws a thin line under the cell.
  public var hasBottomBorder: Bool

  /// Creates a style; every part defaults to Excel's default.
  public init(
    numberFormat: String? = nil, isBold: Bool = false, isItalic: Bool = false,
    isUnderlined: Bool = false, fontSize: Double? = nil, fontColor: Color? = nil,
    backgroundColor: Color? = nil, alignment: Alignment? = nil, alignsTop: Bool = false,
    wrapsText: Bool = false, hasBottomBorder: Bool = false
  ) {
    self.numberFormat = numberFormat
    self.isBold = isBold
    self.isItalic = isItalic
    self.isUnderlined = isUnderlined
    self.fontSize = fontSize
    self.fontColor = fontColor
    self.backgroundColor = backgroundColor
    self.alignment = alignment
    self.alignsTop = alignsTop
    self.wrapsText = wrapsText
    self.hasBottomBorder = hasBottomBorder
  }
}

/// A colour as 24-bit RGB, such as `Color(rgb: 0x1F4E79)`.
public struct Color: Hashable, Sendable {
  /// The red, green and blue bytes as `0xRRGGBB`.
  public var rgb: UInt32

  /// Creates a colour from `0xRRGGBB`; bits above the 24th are ignored.
  ///
  /// - Parameter rgb: The colour as `0xRRGGBB`.
  public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

  /// Black, `0x000000`.
  public static let black = Color(rgb: 0x00_0000)
  /// Excel's input blue, `0x0000FF`, for cells a reader is meant to change.
  public static let inputBlue = Color(rgb: 0x00_00FF)
  /// Red, `0xC00000`, for negative money.
  public static let red = Color(rgb: 0xC0_0000)
}
