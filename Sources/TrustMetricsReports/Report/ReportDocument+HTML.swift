import SVGCharts
import TextCharts

extension ReportDocument {
  /// The document as one self-contained HTML5 page: styles inline, every chart an inline SVG
  /// with a `<title>`, a `<desc>` and its data table in `<details>`, no script, font, image
  /// or other request (a content security policy forbids them), laid out for the screen and
  /// for A4 paper (a page break before each authority and comparison section, charts and table
  /// rows never split).
  ///
  /// - Parameter stamp: When it was made and the datasets' content hash, printed under the
  ///   title; `nil` leaves them out.
  /// - Returns: The page, ending with a newline.
  func html(stamp: ReportStamp?) -> String {
    var writer = HTMLWriter()
    return writer.page(of: self, stamp: stamp)
  }
}
