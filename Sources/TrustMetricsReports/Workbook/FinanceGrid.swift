import TrustMetricsCore

/// The columns every table of the Finance sheet's official comparison shares, so that the one
/// header row printed at the top of each page fits them all: authority, code, row, one column
/// per financial year, then the latest year's rank, ranked count and band, and notes.
struct FinanceGrid {
  /// The years the financial years start, ascending.
  let years: [Int]

  /// The authority's name.
  static let authorityColumn = 0
  /// The authority's code.
  static let codeColumn = 1
  /// What the row holds.
  static let labelColumn = 2
  /// The first financial year.
  static let firstYearColumn = 3

  /// The latest year, whose rank and band are shown; `nil` without years.
  var latestYear: Int? { years.last }

  /// The column of a year, or `nil` when the grid does not show it.
  func column(ofYear year: Int) -> Int? {
    years.firstIndex(of: year).map { Self.firstYearColumn + $0 }
  }

  /// The rank in the latest year.
  var rankColumn: Int { Self.firstYearColumn + years.count }
  /// How many authorities were ranked.
  var rankedCountColumn: Int { rankColumn + 1 }
  /// The quartile band in the latest year.
  var bandColumn: Int { rankColumn + 2 }
  /// Notes on the row.
  var notesColumn: Int { rankColumn + 3 }

  /// The header row.
  var headers: [String] {
    let latest = latestYear.map { FinancialYear(startYear: $0).description } ?? "latest year"
    return ["Authority", "Code", "Row"] + years.map { FinancialYear(startYear: $0).description }
      + ["Rank \(latest)", "Of", "Band \(latest)", "Notes"]
  }

  /// Column widths in characters, fixed so that the sheet prints one page wide at a readable
  /// scale: names and labels wrap, money is shown in millions.
  var widths: [Int: Double] {
    var widths: [Int: Double] = [
      Self.authorityColumn: 22, Self.codeColumn: 8.5, Self.labelColumn: 31,
      rankColumn: 9.5, rankedCountColumn: 5, bandColumn: 9.5, notesColumn: 30,
    ]
    for index in years.indices { widths[Self.firstYearColumn + index] = 10 }
    return widths
  }
}
