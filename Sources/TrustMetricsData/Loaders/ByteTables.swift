import TrustMetricsCore

/// A fast 64-bit hash of a short byte string (not for security: keys come from local files).
enum ByteHash {
  static func hash(_ bytes: Span<UInt8>) -> UInt64 {
    let count = bytes.count
    guard count > 0 else { return 0x9E37_79B9_7F4A_7C15 }
    var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    var index = 0
    while index + 8 <= count {
      hash = step(hash, word(bytes, at: index))
      index += 8
    }
    if index < count {
      // The last eight bytes (overlapping what came before), or the few there are.
      var tail: UInt64
      if count >= 8 {
        tail = word(bytes, at: count - 8)
      } else {
        tail = 0
        var shift: UInt64 = 0
        while index < count {
          tail |= UInt64(bytes[index]) << shift
          shift += 8
          index += 1
        }
      }
      hash = step(hash, tail)
    }
    // splitmix64's finaliser, so every bit of the result depends on every input bit.
    hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
    hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }

  /// The eight bytes from `index` as one integer, the first byte lowest.
  @inline(__always)
  static func word(_ bytes: Span<UInt8>, at index: Int) -> UInt64 {
    var word: UInt64 = 0
    for offset in 0..<8 { word |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
    return word
  }

  @inline(__always)
  private static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
    return mixed ^ (mixed >> 29)
  }
}

/// Values kept by the exact bytes they were read from, so each distinct text of a column is
/// converted (and checked) once, and every row with that text shares the one value.
///
/// Keys compare as bytes, never as `String`s, so two spellings that Swift calls equal (NFC and
/// NFD) stay two keys, each converted from its own bytes as before.
struct ByteInterner<Value> {
  private struct Entry {
    var hash: UInt64
    var start: Int
    var count: Int
    var value: Value
  }

  private var entries: [Entry] = []
  private var keys: [UInt8] = []
  /// Entry index + 1 per slot, 0 for an empty one; a power of two of them, at most half full.
  private var slots: [Int32] = Array(repeating: 0, count: 16)
  /// Past this many entries nothing more is kept (a column of mostly distinct texts).
  private let limit: Int
  /// The entry found or stored last: looked at first, without hashing, since a column whose
  /// rows come in blocks (a measure, a service line) repeats it row after row.
  private var last = -1

  init(limit: Int = 1 << 16) {
    self.limit = limit
  }

  /// The value stored for these bytes.
  func value(for bytes: Span<UInt8>, hash: UInt64) -> Value? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { return nil }
      let entry = entries[stored - 1]
      if entry.hash == hash, entry.count == bytes.count, isKey(entry, bytes) {
        return entry.value
      }
      slot = (slot + 1) & mask
    }
  }

  /// What a look-up found: the value, or the bytes' hash to store a value with.
  enum Lookup {
    case found(Value)
    case missing(hash: UInt64)
  }

  /// The value stored for these bytes, the last entry found or stored tried first.
  mutating func lookUp(_ bytes: Span<UInt8>) -> Lookup {
    if last >= 0, entries[last].count == bytes.count, isKey(entries[last], bytes) {
      return .found(entries[last].value)
    }
    let hash = ByteHash.hash(bytes)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { return .missing(hash: hash) }
      let entry = entries[stored - 1]
      if entry.hash == hash, entry.count == bytes.count, isKey(entry, bytes) {
        last = stored - 1
        return .found(entry.value)
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether an entry's key is these bytes (of the same count).
  private func isKey(_ entry: Entry, _ bytes: Span<UInt8>) -> Bool {
    let key = keys.span.extracting(entry.start..<entry.start + entry.count)
    // Every byte compared, without an exit in the loop, so that it runs many bytes at a time
    // (the keys of a column are long and mostly equal: service lines, area names).
    var difference: UInt8 = 0
    for index in 0..<key.count { difference |= key[index] ^ bytes[index] }
    return difference == 0
  }

  /// Stores a value for bytes not yet stored (ignored once the table is full).
  mutating func insert(_ value: Value, for bytes: Span<UInt8>, hash: UInt64) {
    guard entries.count < limit else { return }
    if (entries.count + 1) * 2 > slots.count { grow() }
    entries.append(Entry(hash: hash, start: keys.count, count: bytes.count, value: value))
    for index in bytes.indices { keys.append(bytes[index]) }
    place(entries.count - 1)
    last = entries.count - 1
  }

  private mutating func place(_ index: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(index + 1)
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    for index in entries.indices { place(index) }
  }
}

/// The first line each key was seen on, for finding a key given twice: an open-addressing table
/// of 128-bit keys (a loader packs what makes a row unique into two words), cheaper per row than
/// a `Dictionary`'s hashing.
struct FirstLines {
  /// A key: two words.
  struct Key: Equatable {
    var high: UInt64
    var low: UInt64
  }

  /// The keys, and each key's line (0 for an empty slot): a power of two of them, at most half
  /// full.
  private var keys: [Key]
  private var lines: [Int]
  private var count = 0

  /// A table sized for about `capacity` keys.
  init(capacity: Int = 0) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    keys = Array(repeating: Key(high: 0, low: 0), count: size)
    lines = Array(repeating: 0, count: size)
  }

  /// Records that `key` was seen on `line` (1 or more), unless it was seen before.
  ///
  /// - Returns: The line it was first seen on, or `nil` the first time.
  mutating func insert(_ key: Key, line: Int) -> Int? {
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var slot = Self.slot(of: key, mask: mask)
    while lines[slot] != 0 {
      if keys[slot] == key { return lines[slot] }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    lines[slot] = line
    count += 1
    return nil
  }

  private static func slot(of key: Key, mask: Int) -> Int {
    // Fibonacci hashing: the high bits of the products, which depend on every bit of the key.
    let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
    return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) >> 16) & mask
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldLines = lines
    keys = Array(repeating: Key(high: 0, low: 0), count: oldKeys.count * 2)
    lines = Array(repeating: 0, count: oldKeys.count * 2)
    let mask = keys.count - 1
    for index in oldKeys.indices where oldLines[index] != 0 {
      var slot = Self.slot(of: oldKeys[index], mask: mask)
      while lines[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = oldKeys[index]
      lines[slot] = oldLines[index]
    }
  }
}

/// Every kept figure's id hash and line, for finding the first duplicate id once, at the end.
///
/// Checking each id against a table as it is read costs a cache miss per row (a million
/// random probes into a table of megabytes); appending to a log and sorting it once by hash
/// (a radix sort, in cache-friendly passes) finds the same first duplicate for a fraction of
/// that. The row order is kept, so the duplicate found is the one a row-by-row check finds
/// first: the earliest row whose id an earlier row had.
struct IDLog {
  /// (hash's upper 32 bits << 32) | figure index, in row order.
  private var entries: [UInt64] = []
  /// The line of each figure.
  private var lines: [Int] = []

  /// The number of ids logged.
  var count: Int { entries.count }

  mutating func reserve(_ count: Int) {
    entries.reserveCapacity(count)
    lines.reserveCapacity(count)
  }

  /// Logs the id of the next figure (index `count`), read on `line`.
  mutating func append(hash: UInt64, line: Int) {
    precondition(entries.count < Int(UInt32.max))
    entries.append(hash & 0xFFFF_FFFF_0000_0000 | UInt64(entries.count))
    lines.append(line)
  }

  /// The first figure, in row order, whose id an earlier figure had.
  ///
  /// The log is sorted in the process: it can be asked once.
  ///
  /// - Parameter figures: The logged figures, figure `i` logged `i`th.
  /// - Returns: Its index and line, and the line of the id's first figure; `nil` if the ids are
  ///   all distinct.
  mutating func firstDuplicate(in figures: [Figure]) -> (index: Int, line: Int, firstLine: Int)? {
    precondition(figures.count == entries.count)
    var sorted: [UInt64] = []
    swap(&sorted, &entries)
    Self.sortByHash(&sorted)
    var best: (index: Int, first: Int)?
    var runStart = 0
    while runStart < sorted.count {
      var runEnd = runStart + 1
      let tag = sorted[runStart] >> 32
      while runEnd < sorted.count, sorted[runEnd] >> 32 == tag { runEnd += 1 }
      if runEnd - runStart > 1,
        let found = Self.firstRepeat(sorted[runStart..<runEnd], in: figures),
        found.index < best?.index ?? Int.max
      {
        best = found
      }
      runStart = runEnd
    }
    guard let best else { return nil }
    return (best.index, lines[best.index], lines[best.first])
  }

  /// In one run of equal hashes (figure indices ascending), the first figure whose id an
  /// earlier one in the run had, and that earlier one.
  private static func firstRepeat(_ run: ArraySlice<UInt64>, in figures: [Figure]) -> (
    index: Int, first: Int
  )? {
    // One figure per distinct id seen so far; hashes collide rarely, so this stays short.
    var distinct: [Int] = []
    for entry in run {
      let index = Int(entry & 0xFFFF_FFFF)
      if let first = distinct.first(where: {
        figures[$0].id.utf8.elementsEqual(figures[index].id.utf8)
      }) {
        return (index, first)
      }
      distinct.append(index)
    }
    return nil
  }

  /// Sorts entries by their upper 32 bits, stably (three passes of 11 bits).
  private static func sortByHash(_ entries: inout [UInt64]) {
    var source: [UInt64] = []
    swap(&source, &entries)
    var target = [UInt64](repeating: 0, count: source.count)
    for shift: UInt64 in [32, 43, 54] {
      var starts = [Int](repeating: 0, count: 2049)
      for entry in source { starts[Int((entry >> shift) & 0x7FF) + 1] += 1 }
      for bucket in 1...2048 { starts[bucket] += starts[bucket - 1] }
      for entry in source {
        let bucket = Int((entry >> shift) & 0x7FF)
        target[starts[bucket]] = entry
        starts[bucket] += 1
      }
      swap(&source, &target)
    }
    entries = source
  }
}
