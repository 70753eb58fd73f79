/// What a passage's structure attaches one of its numbers to: a period, a body, and the number
/// it is set against (which measures the same thing); each with the words that say so.
struct NumberBinding: Hashable, Sendable {
  /// The period the passage gives the number, if its structure says.
  var period: BoundPeriod?
  /// How the period was read: "a date beside it", "the date opening its clause", ...
  var periodCue: String?
  /// The body the passage gives the number, if its structure says.
  var entity: BoundEntity?
  /// How the body was read: "(Name: number)", "Name average (number)", ...
  var entityCue: String?
  /// The index of the number it is set against ("up from B the year before" after A; "(Region:
  /// B)" after A; "double the Region average (B)" after A): the two measure the same thing.
  var comparedWith: Int?

  /// Creates a binding.
  init(
    period: BoundPeriod? = nil, periodCue: String? = nil, entity: BoundEntity? = nil,
    entityCue: String? = nil, comparedWith: Int? = nil
  ) {
    self.period = period
    self.periodCue = periodCue
    self.entity = entity
    self.entityCue = entityCue
    self.comparedWith = comparedWith
  }

  /// Whether the structure says anything about the number's period or body.
  var isEmpty: Bool { period == nil && entity == nil }
}
