import SVGCharts
import TextCharts

/// A chart as an HTML page draws it: the chart model the text drawing uses too, what it shows
/// in words (the SVG's `<desc>`), and the numbers behind it as a table.
struct ChartPicture {
  /// The chart model.
  enum Model {
    case line(LineChart)
    case bars(BarChart)
  }

  /// The model, or why it could not be built (shown instead of a picture).
  var model: Result<Model, ChartError>
  /// A short name: the SVG's `<title>` and the figure's caption.
  var title: String
  /// What the chart shows, in a sentence or two of numbers from the data: the SVG's `<desc>`.
  var description: String
  /// How the axis ticks are written (`£1,500`, `20%`).
  var axis: AxisFormat
  /// The numbers drawn.
  var data: DataTable
  /// Whether the chart is one of several side by side (drawn narrower).
  var isSmall = false
}
