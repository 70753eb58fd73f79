extension Dictionary {
  /// The value under `key`, made and kept when there is none yet: for texts and look-ups a
  /// sheet needs many times over.
  mutating func cachedValue(forKey key: Key, orMake make: () -> Value) -> Value {
    if let known = self[key] { return known }
    let value = make()
    self[key] = value
    return value
  }
}
