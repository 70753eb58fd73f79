/// What a picture is called and what it shows, for its `<title>` and `<desc>` (read by screen
/// readers and shown as a tooltip).
public struct SVGLabel: Sendable {
  /// A prefix unique in the document, for the title's and description's `id`s.
  public var id: String
  /// A short name.
  public var title: String
  /// What the picture shows, in a sentence or two.
  public var description: String

  /// Creates a label.
  ///
  /// - Parameters:
  ///   - id: A prefix unique in the document (letters, digits and `-`).
  ///   - title: A short name.
  ///   - description: What the picture shows.
  public init(id: String, title: String, description: String) {
    self.id = id
    self.title = title
    self.description = description
  }

  /// The opening `<svg>` tag and its `<title>` and `<desc>`, for a picture `width` × `height`
  /// user units that scales to its container, or is that many pixels when `isFixedSize`.
  func opening(width: Double, height: Double, className: String, isFixedSize: Bool = false)
    -> String
  {
    let key = Markup.escaped(id)
    let w = Markup.number(width)
    let h = Markup.number(height)
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(className)\" "
      + (isFixedSize ? "width=\"\(w)\" height=\"\(h)\" " : "")
      + "viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-labelledby=\"\(key)-title \(key)-desc\">"
      + "<title id=\"\(key)-title\">\(Markup.escaped(title))</title>"
      + "<desc id=\"\(key)-desc\">\(Markup.escaped(description))</desc>"
  }
}
