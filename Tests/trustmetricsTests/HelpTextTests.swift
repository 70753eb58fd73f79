import ArgumentParser
import Foundation
import Testing

@testable import trustmetrics

/// `--help` of the root command and every subcommand as a person reads it at an 80- or
/// 120-column terminal: every line fits, prose paragraphs wrap without stray fragments, and the
/// usage lines (wrapped by hand) still say what ArgumentParser would generate.
@Suite struct HelpTextTests {
  /// The subcommands' names, as the root command lists them.
  static let subcommands = TrustMetricsCommand.configuration.subcommands.compactMap {
    $0.configuration.commandName
  }

  /// The arguments before `--help`: none for the root command, then each subcommand.
  static let commands: [[String]] = [[]] + subcommands.map { [$0] }

  @Test func everySubcommandIsCovered() {
    #expect(Self.subcommands.count == TrustMetricsCommand.configuration.subcommands.count)
    #expect(Self.subcommands.contains("workbook"))
  }

  @Test(arguments: commands, [80, 120])
  func everyLineFitsTheTerminal(command: [String], columns: Int) throws {
    let lines = try Self.helpLines(command, columns: columns)
    #expect(lines.count > 10)
    for line in lines {
      #expect(line.count <= columns, "\(line.count) columns: \(line)")
    }
  }

  @Test(arguments: commands, [80, 120])
  func proseWrapsWithoutFragments(command: [String], columns: Int) throws {
    let lines = try Self.helpLines(command, columns: columns)
    #expect(Self.fragments(in: lines) == [])
  }

  @Test(arguments: subcommands)
  func usageIsTheGeneratedSynopsis(command: String) throws {
    let lines = try Self.helpLines([command], columns: 80)
    let start = try #require(lines.firstIndex { $0.hasPrefix("USAGE: ") })
    let end = lines[start...].firstIndex(of: "") ?? lines.endIndex
    let usage = lines[start..<end].joined(separator: " ").dropFirst("USAGE: ".count)
      .split(separator: " ").joined(separator: " ")

    let dump = try ToolRunner.run([command, "--experimental-dump-help"])
    try #require(dump.status == 0, "\(dump.standardError)")
    let tool = try JSONDecoder().decode(DumpedTool.self, from: Data(dump.standardOutput.utf8))
    let synopsis = tool.command.arguments.compactMap(\.synopsis)
    #expect(usage == (["trustmetrics", command] + synopsis).joined(separator: " "))
  }

  @Test func theFragmentRuleFindsARaggedParagraph() {
    let ragged = [
      "Sheets: About, Summary, Workforce, Finance, Insourcing, Figures, Sources.",
      "Formulas are live",
      "and carry their computed values; the Insourcing sheet's NPVs and paybacks refer",
      "to the",
      "named cells DiscountRate and Horizon (change them in Excel or LibreOffice and",
      "everything",
      "recalculates).",
    ]
    #expect(Self.fragments(in: ragged) == ["Formulas are live", "to the", "everything"])
  }

  @Test func theFragmentRuleAllowsParagraphEndsAndContinuedExamples() {
    let tidy = [
      "for England, the region and the statistical-neighbour median. A descriptive",
      "difference-in-differences, not a causal estimate. Formats: text (default), csv,",
      "json.",
      "",
      "  trustmetrics chart --entity Reading --entity \"South East\" --measure vacancy \\",
      "    --kind bars",
      "  trustmetrics chart --entity BFfC --measure turnover --since 2020 --ascii",
    ]
    #expect(Self.fragments(in: tidy) == [])
  }

  /// The lines `trustmetrics <command> --help` prints at a terminal `columns` wide.
  static func helpLines(_ command: [String], columns: Int) throws -> [String] {
    let result = try ToolRunner.run(command + ["--help"], environment: ["COLUMNS": "\(columns)"])
    #expect(result.status == 0, "\(result.standardError)")
    return result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
  }

  /// The lines that are stray pieces of a re-wrapped paragraph.
  ///
  /// A fragment is a line shorter than 20 columns straight after one longer than 70, unless the
  /// long line continues an example command (ends with `\`) or the short one ends its paragraph
  /// with a full stop.
  static func fragments(in lines: [String]) -> [String] {
    lines.indices.dropFirst().compactMap { index in
      let line = lines[index]
      let previous = lines[index - 1]
      let endsParagraph =
        line.hasSuffix(".") && (index + 1 == lines.endIndex || lines[index + 1].isEmpty)
      guard !line.isEmpty, line.count < 20, previous.count > 70, !previous.hasSuffix("\\"),
        !endsParagraph
      else { return nil }
      return line
    }
  }
}

/// The parts of `--experimental-dump-help` that make a command's usage synopsis.
private struct DumpedTool: Decodable {
  struct Command: Decodable {
    var arguments: [Argument]
  }

  struct Argument: Decodable {
    struct Name: Decodable {
      var kind: String
      var name: String
    }

    var kind: String
    var isOptional: Bool
    var isRepeating: Bool
    var preferredName: Name?
    var valueName: String?

    /// The argument as ArgumentParser writes it in a usage line, such as `[--entity <name> ...]`;
    /// `nil` for `--help` and `--version`, which usage lines leave out.
    var synopsis: String? {
      var text: String
      switch (kind, preferredName) {
      case ("positional", _): text = "<\(valueName ?? "")>"
      case (_, let name?):
        if name.name == "help" || name.name == "version" { return nil }
        text = (name.kind == "short" ? "-" : "--") + name.name
        if kind == "option" { text += " <\(valueName ?? name.name)>" }
      case (_, nil): return nil
      }
      if isRepeating { text += " ..." }
      return isOptional ? "[\(text)]" : text
    }
  }

  var command: Command
}
