public import ArgumentParser
import TrustMetricsReports

extension OutputFormat: ExpressibleByArgument {}

/// The `--format` option every command takes.
struct FormatOption: ParsableArguments {
  @Option(help: "Output format: text (for people), csv or json.")
  var format: OutputFormat = .text
}
