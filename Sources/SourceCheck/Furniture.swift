/// Why a written number is not a stated quantity.
enum Furniture: Equatable, Sendable {
  /// A year or a range of years alone (`2017`, `2022-23`).
  case year
  /// Part of a date (`23 Aug 18`, `30 September 2016`, `09/12/2022`).
  case date
  /// A time of day (`04:49 PM`, `10.30am`).
  case time
  /// Part of a telephone number.
  case phone
  /// Part of an address, a code or markup (`/`, `:`, `=`, `@`, `+` in the token).
  case code
  /// A number that names rather than counts, after a word such as "quarter", "section",
  /// "page", "item", "appendix", "level", "month", or joined to one ("1 to 3").
  case reference
  /// A list or heading number at a line's start (`1.`, `2)`, `79 Payment of ...`).
  case listNumber
  /// An age ("aged 10", "under-18", "12-year-old").
  case age
  /// A span of time that dates a figure rather than states one ("in five years", "37 weeks").
  case timeSpan
  /// A price of the page itself ("Subscribe from £9.99 / month").
  case price
  /// "one" as a pronoun ("one of the reasons", "the one facing") or in an idiom ("one-off",
  /// "double figures").
  case wordUse
  /// Digits glued to letters ("1of", "3B", "Covid-19").
  case glued
  /// A length of text or a recording ("100-250 words", "90 seconds").
  case pageText
}
