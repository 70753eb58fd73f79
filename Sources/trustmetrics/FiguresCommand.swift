import ArgumentParser
import TrustMetricsCore
import TrustMetricsData
import TrustMetricsReports

/// `trustmetrics figures`: the extracted figures with their citations.
struct FiguresCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "figures",
    abstract: "List extracted figures with a citation for each.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics figures [--datasets <datasets>] [--seeds <seeds>]
      [--format <format>] [--entity <entity>] [--measure <measure>]
      [--source <source>]
      """,
    discussion: """
      Formats: text (default), csv, json.

      Examples:
        trustmetrics figures --entity Sandwell
        trustmetrics figures --measure overspend --format csv
        trustmetrics figures --source 003_bdf9a22eb4b3a7bb.txt --format json
      """
  )

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOption

  @Option(help: "Only figures about this trust, council or region (and a council's trusts).")
  var entity: String?

  @Option(help: "Only this measure (see the README's vocabulary), e.g. agency_rate.")
  var measure: String?

  @Option(help: "Only figures from this source file in seeds/.")
  var source: String?

  func run() throws {
    var wantedMeasure: Measure?
    if let measure {
      if let official = OfficialMeasure(rawValue: measure) {
        throw CommandErrors.usage(
          "--measure \"\(measure)\" is an official statistic computed for every authority, not a figure extracted from the sources; try trustmetrics compare --measure \(official.rawValue)"
        )
      }
      guard let parsed = Measure(rawValue: measure) else {
        throw CommandErrors.usage(
          "--measure \"\(measure)\" is not in the vocabulary; expected one of "
            + Measure.allCases.map(\.rawValue).joined(separator: ", "))
      }
      wantedMeasure = parsed
    }
    let dataset = try data.load(.alwaysRead)
    if let source, !dataset.sourceTexts.keys.contains(source) {
      throw CommandErrors.usage(
        "--source \"\(source)\" is not a file in seeds/; expected one of "
          + dataset.sourceTexts.keys.sorted().joined(separator: ", "))
    }
    let names = try entity.map {
      EntitySelection.names(covering: try EntitySelection.resolve($0, in: dataset), in: dataset)
    }
    let figures = dataset.figures.filter { figure in
      (names?.contains(figure.entity) ?? true)
        && (wantedMeasure.map { $0 == figure.measure } ?? true)
        && (source.map { $0 == figure.provenance.source } ?? true)
    }
    try StandardOutput.write { stream in
      switch output.format {
      case .text: FigureListing.writeText(of: figures, in: dataset, to: stream)
      case .csv, .json:
        FigureListing.listing(of: figures, in: dataset).write(as: output.format, to: stream)
      }
    }
  }
}
