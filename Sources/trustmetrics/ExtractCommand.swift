import ArgumentParser
import Foundation
import SourceCheck
import TrustMetricsCore
import TrustMetricsData
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
      [--source <source>] [--published <published>] [--format <format>]
      """,
    discussion: """
      Every stated quantity becomes a row: money with its scale, ranges and lists, \
      percentages and fractions, rates, counts of a noun, multiples. Page furniture is skipped \
      (years and dates alone, times, phone numbers, list, section and page numbers, ages, \
      spans of time, subscription prices). The measure comes from the documented vocabulary \
      of domain words (README, extract), else `other`; the entity from the nearest named body \
      (entities.csv names and aliases, DfE's authority names, "X Council", "X Children's \
      Trust"); the period from nearby dates, years and financial years, or "last year" against \
      --published (else the first date in the text); qualifiers from words such as about, \
      nearly, at least, forecast. The quote is the shortest clause stating it, an exact \
      substring of the file.

      Review every row before adding it. A row whose measure is `other` (or whose unit is empty, \
      a multiple) does not load into figures.csv until a person chooses a measure from the \
      vocabulary; stderr says how many there are. The CSV is meant to be read back, so it is \
      not formula-escaped.

      Formats: csv (default), text.

      Examples:
        trustmetrics extract article.txt --published 2024-03-06
        trustmetrics extract article.txt --source 005_new_article.txt
        trustmetrics extract minutes.txt --format text
      """
  )

  @OptionGroup var data: DataOptions

  @Argument(help: "The text file to read.")
  var file: String

  @Option(help: "The source name for the rows (default: the file's name).")
  var source: String?

  @Option(
    help: ArgumentHelp(
      "The article's date (YYYY, YYYY-MM or YYYY-MM-DD), for \"last year\" and \"currently\".",
      valueName: "published"))
  var published: String?

  @Option(help: "Output format: csv (figures.csv rows) or text.")
  var format: Format = .csv

  func run() throws {
    var date: PartialDate?
    if let published {
      guard let parsed = PartialDate(parsing: published) else {
        throw CommandErrors.usage(
          "--published: \"\(published)\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
      }
      date = parsed
    }
    let dataset = try data.load(.alwaysRead)
    let text = try TextInput.read(file)
    let name = source ?? URL(fileURLWithPath: file).lastPathComponent
    var authorityNames = Set<String>()
    for record in dataset.workforce.records {
      authorityNames.insert(record.name)
      if !record.regionName.isEmpty { authorityNames.insert(record.regionName) }
    }
    let extractor = FigureExtractor(
      entities: dataset.entities, authorityNames: authorityNames.sorted())
    let proposals = extractor.proposals(in: text, source: name, published: date)
    try StandardOutput.write { output in
      switch format {
      case .csv:
        output.write("id,entity,measure,period,value,unit,qualifier,source,quote\n")
        for proposal in proposals {
          output.write(proposal.fields.map(Self.csvField).joined(separator: ",") + "\n")
        }
      case .text:
        for proposal in proposals {
          let fields = proposal.fields
          output.write(
            "\(fields[0])  \(fields[2]) \(fields[4]) \(fields[5]) \(fields[3]) \(fields[6])\n")
          output.write("  “\(proposal.quote)” (line \(proposal.line))\n")
        }
        output.write("\(proposals.count) proposal\(proposals.count == 1 ? "" : "s")\n")
      }
    }
    let incomplete = proposals.filter { !$0.hasDatasetMeasure }.count
    if incomplete > 0 {
      CommandErrors.printError(
        "note: \(incomplete) of \(proposals.count) rows have measure `other` (a proposal only): "
          + "choose a measure from the vocabulary (README, extract) before adding them to "
          + "figures.csv, which does not load `other`")
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
