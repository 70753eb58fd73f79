/// The point shapes of successive series, in the order of ``LineChart/pointGlyphs`` (● ■ ▲ ◆
/// ○ □ △ ◇), so a picture and a text chart mark the same series alike and no series is told
/// apart by colour alone.
enum PointShape {
  /// The shape of series `index` at (`x`, `y`), `size` across, in `color`.
  static func drawn(index: Int, x: Double, y: Double, size: Double, color: String) -> String {
    let kind = index % 8
    let isOpen = kind >= 4
    let fill = isOpen ? SVGPalette.background : color
    let paint = "fill=\"\(fill)\" stroke=\"\(color)\" stroke-width=\"1.5\""
    let half = size / 2
    func n(_ value: Double) -> String { Markup.number(value) }
    switch kind % 4 {
    case 0:
      return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(half))\" \(paint)/>"
    case 1:
      let side = size * 0.9
      return "<rect x=\"\(n(x - side / 2))\" y=\"\(n(y - side / 2))\" width=\"\(n(side))\" "
        + "height=\"\(n(side))\" \(paint)/>"
    case 2:
      let top = y - half * 1.15
      let bottom = y + half * 0.85
      return "<polygon points=\"\(n(x)),\(n(top)) \(n(x + half * 1.1)),\(n(bottom)) "
        + "\(n(x - half * 1.1)),\(n(bottom))\" \(paint)/>"
    default:
      let reach = half * 1.25
      return "<polygon points=\"\(n(x)),\(n(y - reach)) \(n(x + reach)),\(n(y)) "
        + "\(n(x)),\(n(y + reach)) \(n(x - reach)),\(n(y))\" \(paint)/>"
    }
  }
}
