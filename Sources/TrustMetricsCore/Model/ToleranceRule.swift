/// The word of a claim that sets how closely a recomputed value must agree with it.
///
/// One rule per word, applied to every claim that uses the word; never tuned per claim. The
/// README's table lists each word's test.
public enum ToleranceRule: String, CaseIterable, Sendable {
  /// "double": a ratio in [1.9, 2.1].
  case double
  /// "twice": a ratio in [1.9, 2.1].
  case twice
  /// "half": a ratio in [0.45, 0.55].
  case half
  /// "about": within half a unit of the expected value's last written digit (about 7% is
  /// [6.5, 7.5]).
  case about
  /// "approximately": as "about".
  case approximately
  /// A number stated without hedging: equal once rounded to the expected value's written
  /// decimals.
  case exact
  /// "fall", "falling", "fell": the later value is lower; a numeric expectation must also equal
  /// the change exactly.
  case fall
  /// "reduce", "reduced": as "fall".
  case reduce
  /// "leave", "leaves" (a count left after some go): as "fall", and the change is exact.
  case leave
  /// "up", "up from": the later value is higher.
  case up
  /// "rise", "rose", "increase": as "up".
  case rise
  /// "improve", "improvement": the change goes the better way for the measure (down when a lower
  /// value is better).
  case improve
  /// "N of the M": the part is a whole number no greater than the whole.
  case of
  /// "in total": the shares add up to the expected total within half a unit of each share's last
  /// written digit (three whole-number shares: ± 1.5).
  case inTotal = "in_total"
  /// "below": the figure, with its hedge ("just under 14%" is [13, 14]), is entirely below the
  /// reference.
  case below
  /// "above": the figure is entirely above the reference.
  case above

  /// The claim kinds the rule can test.
  public var kinds: Set<ClaimKind> {
    switch self {
    case .double, .twice, .half: [.ratio]
    case .about, .approximately, .exact: [.ratio, .share]
    case .fall, .reduce, .leave, .up, .rise, .improve: [.change]
    case .of: [.partOfWhole]
    case .inTotal: [.partition]
    case .below, .above: [.comparison]
    }
  }
}
