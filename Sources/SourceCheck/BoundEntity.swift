/// The body a passage says a number is about, as its structure reads it: "(West Midlands:
/// 18.2%)" gives 18.2% to the West Midlands and the number before the bracket to another body.
enum BoundEntity: Hashable, Sendable {
  /// A body named beside the number (its canonical name in `entities.csv`).
  case named(String)
  /// A body other than the one named: the subject, set against a comparator ("27.7%" in
  /// "27.7% (West Midlands: 18.2%)").
  case otherThan(String)
}

extension BoundEntity: CustomStringConvertible {
  /// As details write it: `West Midlands`, `a body other than West Midlands`.
  var description: String {
    switch self {
    case .named(let name): name
    case .otherThan(let name): "a body other than \(name)"
    }
  }
}
