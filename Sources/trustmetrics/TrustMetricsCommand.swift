import ArgumentParser

/// The `trustmetrics` command: lists its subcommands and nothing else.
@main
struct TrustMetricsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trustmetrics",
    abstract: "Figures, official workforce statistics and their arithmetic for children's trusts.",
    discussion: """
      Every figure is tied to its source document by an exact quote. Run from the repository \
      (or pass --datasets and --seeds).

      Exit codes: 0 ok, 1 checks found problems, 64 usage, 65 bad data, 66 input missing or \
      unreadable, 73 output cannot be created, 74 read or write failed part-way.
      """,
    version: ToolVersion.text,
    subcommands: [
      FiguresCommand.self, CompareCommand.self, BeforeAfterCommand.self, SavingsCommand.self,
      CheckCommand.self, ExtractCommand.self, FactCheckCommand.self,
      ReportCommand.self,
      ChartCommand.self,
      WorkbookCommand.self,
    ]
  )
}
