import ArgumentParser
import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsReports

/// `trustmetrics extract`: proposes candidate figures from a text for a person to review.
struct ExtractCommand: ParsableCommand {
  /// The formats `extract` prints.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv
    case text
  }

  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Propose candidate figures.csv rows from an article, minutes or report text.",
    // The synopsis ArgumentParser generates, wrapped by hand: it does not wrap usage lines.
    usage: """
      trustmetrics extract [--datasets <datasets>] [--seeds <seeds>] <file>
      [--source <source>] [--format <format>]
      """,
    discussion: """
      Every number read as written whose nearby words name a measure becomes a row: unit from \
      how it is written, measure from nearby words, entity from the nearest named body \
      (entities.csv), period from nearby dates, qualifier from words such as about, nearly, \
      forecast; the quote is the shortest clause stating it, an exact substring of the file. \
      Review every row before adding it: the CSV is meant to be read back, so it is not \
      formula-escaped.

      Formats: csv (default), text.

      Examples:
        trustmetrics extract article.txt --source 005_new_article.txt
        trustmetrics extract minutes.txt --format text
      """
  )

  @OptionGroup var data: DataOptions

  @Argument(help: "The text file to read.")
  var file: String

  @Option(help: "The source name for the rows (default: the file's name).")
  var source: String?

  @Option(help: "Output format: csv (figures.csv rows) or text.")
  var format: Format = .csv

  func run() throws {
    let dataset = try data.load()
    guard let bytes = FileManager.default.contents(atPath: file) else {
      CommandErrors.printError("\(file): not found or unreadable (expected a text file)")
      throw ExitCode(CommandErrors.Code.missingInput)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      CommandErrors.printError("\(file): not valid UTF-8 text")
      throw ExitCode(CommandErrors.Code.badData)
    }
    let name = source ?? URL(fileURLWithPath: file).lastPathComponent
    let candidates = FigureExtractor(entities: dataset.entities).candidates(in: text, source: name)
    try StandardOutput.write { output in
      switch format {
      case .csv:
        output.write("id,entity,measure,period,value,unit,qualifier,source,quote\n")
        for candidate in candidates {
          output.write(candidate.fields.map(Self.csvField).joined(separator: ",") + "\n")
        }
      case .text:
        for candidate in candidates {
          let fields = candidate.fields
          output.write(
            "\(fields[0])  \(fields[2]) \(fields[4]) \(fields[5]) \(fields[3]) \(fields[6])\n")
          output.write("  “\(candidate.quote)”\n")
        }
        output.write("\(candidates.count) candidate\(candidates.count == 1 ? "" : "s")\n")
      }
    }
  }

  /// An RFC 4180 field, quoted when it holds a comma, quote or line break; never escaped.
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
