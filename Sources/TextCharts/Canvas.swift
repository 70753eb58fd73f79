/// A grid of cells drawn in dots: braille (2 × 4 dots a cell) or one dot a cell for ASCII, each
/// cell remembering the last series drawn in it; whole-cell glyphs can overlay the dots.
struct Canvas {
  struct Cell {
    var character: Character
    var series: Int?
  }

  let columns: Int
  let rows: Int
  let dotsAcross: Int
  let dotsDown: Int
  private var masks: [[UInt8]]
  private var owners: [[Int?]]
  private var glyphs: [[Character?]]

  init(columns: Int, rows: Int, dotsAcross: Int, dotsDown: Int) {
    self.columns = columns
    self.rows = rows
    self.dotsAcross = dotsAcross
    self.dotsDown = dotsDown
    masks = Array(repeating: Array(repeating: 0, count: columns), count: rows)
    owners = Array(repeating: Array(repeating: nil, count: columns), count: rows)
    glyphs = Array(repeating: Array(repeating: nil, count: columns), count: rows)
  }

  /// Braille dot bits by (x, y) within a cell: dots 1–3 and 7 on the left, 4–6 and 8 on the right.
  private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

  mutating func setDot(x: Int, y: Int, series: Int) {
    guard x >= 0, y >= 0, x < columns * dotsAcross, y < rows * dotsDown else { return }
    let column = x / dotsAcross
    let row = y / dotsDown
    masks[row][column] |= dotsAcross == 2 ? Canvas.bits[x % 2][y % 4] : 1
    owners[row][column] = series
  }

  /// Bresenham's line between two dots, both ends included.
  mutating func drawLine(from start: (Int, Int), to end: (Int, Int), series: Int) {
    var (x, y) = start
    let dx = abs(end.0 - x)
    let dy = -abs(end.1 - y)
    let stepX = x < end.0 ? 1 : -1
    let stepY = y < end.1 ? 1 : -1
    var error = dx + dy
    while true {
      setDot(x: x, y: y, series: series)
      if x == end.0 && y == end.1 { break }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x += stepX
      }
      if doubled <= dx {
        error += dx
        y += stepY
      }
    }
  }

  mutating func mark(cellColumn: Int, row: Int, glyph: Character, series: Int) {
    guard cellColumn >= 0, row >= 0, cellColumn < columns, row < rows else { return }
    glyphs[row][cellColumn] = glyph
    owners[row][cellColumn] = series
  }

  func cell(column: Int, row: Int, ascii: Bool) -> Cell {
    if let glyph = glyphs[row][column] {
      return Cell(character: glyph, series: owners[row][column])
    }
    let mask = masks[row][column]
    guard mask != 0 else { return Cell(character: " ", series: nil) }
    if ascii {
      let series = owners[row][column] ?? 0
      return Cell(
        character: LineChart.asciiGlyphs[series % LineChart.asciiGlyphs.count], series: series)
    }
    let scalar = Unicode.Scalar(0x2800 + UInt32(mask)) ?? " "
    return Cell(character: Character(scalar), series: owners[row][column])
  }
}
