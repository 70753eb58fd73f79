import Foundation
import SeededRandom
import Testing
import TextCharts
import TrustMetricsCore

@testable import TrustMetricsReports

/// The streaming renderers on awkward text and random listings, against what every rendering
/// must satisfy (``ListingProperties``) and a listing worked by hand; and the byte-level
/// shortcuts (`TextScan`) against the character-by-character rules they stand for.
@Suite struct ListingStreamingTests {
  /// Scalars chosen to trip byte-level shortcuts: controls, CSV and JSON specials, formula
  /// prefixes, combining and prepended marks, East Asian and emoji clusters, format characters,
  /// and both sides of every edge of the plain ranges.
  static let alphabet: [String] = [
    "a", "Z", "0", "9", " ", " ", ",", "\"", "\n", "\r", "\r\n", "\t", "=", "+", "-", "@", "\\",
    "/",
    "'", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", "é", "£", "\u{A0}", "\u{AD}",
    "\u{85}", "\u{9F}", "\u{2FF}", "\u{300}", "\u{301}", "\u{308}", "\u{20DD}", "\u{600}",
    "\u{110BD}", "\u{D4E}", "\u{903}", "\u{915}", "\u{94D}", "中", "\u{3000}", "\u{FF71}",
    "\u{FF01}", "\u{1100}", "\u{1161}", "\u{11A8}", "가", "😀", "👍", "\u{1F3FB}", "\u{200D}",
    "❤", "\u{FE0F}", "\u{1F1EC}", "\u{1F1E7}", "“", "”", "—", "…", "‼", "€", "\u{2028}",
    "\u{2029}", "\u{200B}", "\u{200F}", "\u{2010}", "\u{2027}", "\u{202E}", "\u{202F}", "\u{2030}",
    "\u{205E}", "\u{205F}", "\u{2060}", "\u{209F}", "\u{20A0}", "\u{20C0}", "\u{20C1}", "\u{20D0}",
  ]

  static func randomText(_ random: inout SplitMix, maxLength: Int = 10) -> String {
    let length = Int(random.next() % UInt64(maxLength + 1))
    var text = ""
    for _ in 0..<length {
      // Half the time plain ASCII, so runs of it meet the odd scalars.
      if random.next() % 2 == 0 {
        text += String(UnicodeScalar(UInt8(0x20 + random.next() % 95)))
      } else {
        text += alphabet[Int(random.next() % UInt64(alphabet.count))]
      }
    }
    return text
  }

  static func randomCell(_ random: inout SplitMix) -> Cell {
    switch random.next() % 10 {
    case 0: return .decimal(Decimal(Int(random.next() % 2_000_000)) / 100 - 500)
    case 1:
      let values = [2.675, -0.004, 1e6, 0.1 + 0.2, -12.25, .nan, .infinity, 31.456]
      return .number(values[Int(random.next() % 8)], places: Int(random.next() % 4))
    case 2: return .integer(Int(truncatingIfNeeded: random.next() % 4_000_000) - 2_000_000)
    case 3: return .money(Money(pence: Int64(random.next() % 100_000_000) - 10_000_000))
    case 4:
      let markers = SuppressionMarker.allCases
      return .suppressed(markers[Int(random.next() % UInt64(markers.count))])
    case 5: return .empty
    default: return .text(randomText(&random))
    }
  }

  static func randomListing(_ random: inout SplitMix, fullRows: Bool) -> Listing {
    let keys = ["value", "marker", "value_marker", "id", "a", "b_marker", "b", "rows", "schema"]
    let columnCount = 1 + Int(random.next() % 5)
    let columns = (0..<columnCount).map { _ in
      Listing.Column(keys[Int(random.next() % UInt64(keys.count))], randomText(&random))
    }
    let rowCount = Int(random.next() % 7)
    let rows = (0..<rowCount).map { _ in
      let length = fullRows ? columnCount : Int(random.next() % UInt64(columnCount + 1))
      return (0..<length).map { _ in randomCell(&random) }
    }
    let metadataKeys = ["licence", "schema", "rows", "caveat", "zzz", "a"]
    let metadata = (0..<Int(random.next() % 3)).map { _ in
      (key: metadataKeys[Int(random.next() % 6)], value: randomText(&random))
    }
    let notes = (0..<Int(random.next() % 3)).map { _ in randomText(&random) }
    var listing = Listing(
      schema: randomText(&random), columns: columns, rows: rows, notes: notes, metadata: metadata)
    if random.next() % 3 == 0 {
      listing.textColumnKeys = columns.map(\.key).filter { _ in random.next() % 2 == 0 }
    }
    return listing
  }

  /// The same listing with its rows made on demand.
  static func made(_ listing: Listing) -> Listing {
    let rows = listing.rows
    var made = Listing(
      schema: listing.schema, columns: listing.columns, rowCount: rows.count,
      cells: { index, cells in
        for (column, cell) in rows[index].enumerated() { cells[column] = cell }
      }, notes: listing.notes, metadata: listing.metadata)
    made.textColumnKeys = listing.textColumnKeys
    return made
  }

  @Test func randomListingsRenderAsEveryRenderingMust() {
    var random = SplitMix(seed: 20_240_122)
    for round in 0..<3_000 {
      let listing = Self.randomListing(&random, fullRows: round % 2 == 0)
      for format in OutputFormat.allCases {
        let problems = ListingProperties.problems(of: listing, as: format)
        #expect(problems.isEmpty, "round \(round), \(format): \(problems)")
        if round % 2 == 0 {
          #expect(
            Self.made(listing).rendered(as: format) == listing.rendered(as: format),
            "made, round \(round)")
        }
      }
    }
  }

  @Test(arguments: [
    // Trailing spaces are trimmed by characters: a prepended mark keeps the space it joins.
    ["a", "\u{600}"], ["\u{600}  ", "x"], ["x\u{600}", ""], ["", "  "], ["\u{301}", "a"],
    // CSV specials beside marks that join them into one character, or do not.
    ["\",\u{301}", "\u{600},x"], ["“a,b”", "\"\u{20DD}"], ["=1,2", "-\u{301}"], ["\r\n", "a\rb"],
    ["中文,字", "😀👍🏻,"], ["\u{1F1EC}\u{1F1E7}\"", "\u{915}\u{94D}\u{915},"],
  ])
  func awkwardTextRendersAsEveryRenderingMust(texts: [String]) {
    let listing = Listing(
      schema: "s", columns: [.init("a", "A"), .init("b", "B\u{301}")],
      rows: [texts.map(Cell.text), [.integer(5), .empty]], notes: ["n"])
    for format in OutputFormat.allCases {
      let problems = ListingProperties.problems(of: listing, as: format)
      #expect(problems.isEmpty, "\(format): \(problems)")
    }
  }

  /// A small listing worked by hand in every format: widths are the widest text per column
  /// ("name" 4 and "Sandwell" 8; "n" 1 and "1200" 4), numbers aligned right, two spaces
  /// between columns, trailing spaces trimmed; CSV with CRLF and the formula defused; JSON with
  /// keys sorted and the suppressed value's marker.
  @Test func aSmallListingRendersAsWorkedByHand() {
    let listing = Listing(
      schema: "s/1", columns: [.init("name", "name"), .init("n", "n")],
      rows: [[.text("Sandwell"), .integer(1200)], [.text("=x"), .suppressed(.notAvailable)]],
      notes: ["a note"])
    let marker = SuppressionMarker.notAvailable
    #expect(
      listing.rendered(as: .text) == """
        name         n
        --------  ----
        Sandwell  1200
        =x           x

        a note

        """)
    #expect(listing.rendered(as: .csv) == "name,n\r\nSandwell,1200\r\n'=x,x\r\n")
    #expect(
      listing.rendered(as: .json) == """
        {
          "rows": [
            {
              "n": 1200,
              "name": "Sandwell"
            },
            {
              "n": null,
              "n_marker": "\(marker.rawValue)",
              "name": "=x"
            }
          ],
          "schema": "s/1"
        }

        """)
  }

  @Test func madeRowsAreMadeOnDemand() {
    let listing = Listing(
      schema: "s", columns: [.init("n", "n")], rowCount: 3,
      cells: { index, cells in cells[0] = .integer(index * 10) })
    #expect(listing.rowCount == 3)
    #expect(listing.rows == [[.integer(0)], [.integer(10)], [.integer(20)]])
    #expect(listing.csv() == "n\r\n0\r\n10\r\n20\r\n")
    var replaced = listing
    replaced.rows = [[.text("x")]]
    #expect(replaced.rowCount == 1)
  }

  @Test func widthMatchesDisplayWidth() {
    var random = SplitMix(seed: 7)
    for _ in 0..<20_000 {
      let text = Self.randomText(&random, maxLength: 24)
      #expect(
        TextScan.width(of: text) == DisplayWidth.of(text), "\(text.unicodeScalars.map(\.value))")
    }
    let long = String(repeating: "abcdefgh", count: 20)
    #expect(TextScan.width(of: long + "\u{301}" + long) == DisplayWidth.of(long + "\u{301}" + long))
    #expect(TextScan.width(of: long + "\t\u{7F}") == long.count)
  }

  /// Every plain scalar is what `TextScan.isPlain` promises: its own cluster beside ASCII and
  /// beside other plain scalars, neither joining what follows nor what precedes, and as wide as
  /// `DisplayWidth` says.
  @Test func plainScalarsStandAlone() {
    let plain = (0...0x10FFFF).compactMap { value -> Unicode.Scalar? in
      guard TextScan.isPlain(UInt32(value)) else { return nil }
      return Unicode.Scalar(UInt32(value))
    }
    #expect(plain.count > 800)
    for scalar in plain {
      let text = String(Character(scalar))
      #expect(TextScan.plainWidth(scalar.value) == DisplayWidth.width(of: Character(scalar)))
      if scalar == "\r" || scalar == "\n" { continue }
      #expect((text + "a").count == 2, "\(scalar.value) joins what follows")
      #expect(("a" + text).count == 2, "\(scalar.value) joins what precedes")
      for (index, other) in plain.enumerated() where index % 7 == Int(scalar.value) % 7 {
        if other == "\n" || other == "\r" { continue }
        #expect((text + String(Character(other))).count == 2, "\(scalar.value) \(other.value)")
      }
    }
  }

  @Test func csvFieldsMatchTheCharacterRule() {
    var random = SplitMix(seed: 11)
    for _ in 0..<20_000 {
      let text = Self.randomText(&random, maxLength: 12)
      for defusing in [false, true] {
        let output = OutputBuffer()
        Listing.writeCSVField(text, defusing: defusing, to: output)
        #expect(
          output.text == Listing.csvField(defusing ? Listing.defused(text) : text),
          "\(text.unicodeScalars.map(\.value))")
      }
    }
  }

  /// A small tree written by hand: keys sorted, two spaces per level, `"key": value`, empty
  /// containers as `[]` and `{}`.
  @Test func aJSONTreeIsLaidOutAsWrittenByHand() {
    let tree = JSONValue.object([
      "b": .array([.raw("1"), .null, .bool(true)]), "a": .string("x\"y"), "c": .object([:]),
      "d": .array([]),
    ])
    let expected = """
      {
        "a": "x\\"y",
        "b": [
          1,
          null,
          true
        ],
        "c": {},
        "d": []
      }
      """
    #expect(tree.serialized(indent: 0) == expected)
  }

  /// Random trees read back by Foundation's parser (the independent oracle) give the values
  /// they were made of.
  @Test func jsonTreesReadBackAsTheirValues() throws {
    var random = SplitMix(seed: 5)
    func tree(depth: Int) -> (JSONValue, Any) {
      switch random.next() % (depth > 3 ? 4 : 6) {
      case 0:
        let text = Self.randomText(&random)
        return (.string(text), text)
      case 1:
        let number = Int(random.next() % 1000)
        return (.raw(String(number)), number)
      case 2: return (.null, NSNull())
      case 3:
        let value = random.next() % 2 == 0
        return (.bool(value), value)
      case 4:
        let items = (0..<Int(random.next() % 4)).map { _ in tree(depth: depth + 1) }
        return (.array(items.map(\.0)), items.map(\.1))
      default:
        var fields: [String: JSONValue] = [:]
        var values: [String: Any] = [:]
        for _ in 0..<Int(random.next() % 4) {
          let key = Self.randomText(&random, maxLength: 4)
          let (value, expected) = tree(depth: depth + 1)
          fields[key] = value
          values[key] = expected
        }
        return (.object(fields), values)
      }
    }
    for _ in 0..<2_000 {
      let (value, expected) = tree(depth: 0)
      let text = value.serialized(indent: 0)
      let parsed = try JSONSerialization.jsonObject(
        with: Data(text.utf8), options: [.fragmentsAllowed])
      #expect(Self.matches(parsed, expected), "\(text)")
    }
  }

  /// Whether a value parsed by `JSONSerialization` is the value expected.
  static func matches(_ parsed: Any, _ expected: Any) -> Bool {
    switch expected {
    case let text as String: return parsed as? String == text
    case is NSNull: return parsed is NSNull
    case let number as Int: return parsed as? Int == number
    case let value as Bool: return parsed as? Bool == value
    case let items as [Any]:
      guard let parsedItems = parsed as? [Any], parsedItems.count == items.count else {
        return false
      }
      return zip(parsedItems, items).allSatisfy { matches($0, $1) }
    case let fields as [String: Any]:
      guard let parsedFields = parsed as? [String: Any], parsedFields.count == fields.count else {
        return false
      }
      return fields.allSatisfy { key, value in parsedFields[key].map { matches($0, value) } ?? false
      }
    default: return false
    }
  }

  @Test func foundationStyleStringsMatchJSONSerialization() throws {
    var random = SplitMix(seed: 3)
    var texts = (0..<2_000).map { _ in Self.randomText(&random, maxLength: 16) }
    texts.append(String((0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }))
    for text in texts {
      let data = try JSONSerialization.data(
        withJSONObject: [text], options: [.prettyPrinted, .withoutEscapingSlashes])
      let expected = String(decoding: data, as: UTF8.self)
      let output = OutputBuffer()
      output.write("[\n  ")
      output.writeJSONString(text, foundationStyle: true)
      output.write("\n]")
      #expect(output.text == expected, "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func aDrainGetsChunksAndCanStopTheOutput() {
    var chunks: [[UInt8]] = []
    let output = OutputBuffer(capacity: 64) { chunk in
      chunks.append(Array(chunk))
      return chunks.count < 3
    }
    output.write(String(repeating: "x", count: 40))
    output.write(String(repeating: "y", count: 40))  // fills past 64: the first chunk goes
    #expect(chunks.count == 1 && chunks[0].count == 40)
    output.write(String(repeating: "z", count: 200))  // longer than the buffer: handed on whole
    #expect(chunks.map(\.count) == [40, 40, 200])
    #expect(output.isClosed)
    output.write("dropped")
    output.write(byte: 0x41, times: 500)
    output.flush()
    #expect(chunks.count == 3)
  }

  @Test func integersAreWrittenAsStringDoes() {
    for value in [0, 7, -7, 10, 99, 100, -1_000_000, Int.max, Int.min] {
      let output = OutputBuffer()
      output.write(integer: value)
      #expect(output.text == String(value))
    }
  }

  @Test func renderingStopsOnceTheOutputCloses() {
    let listing = Listing(
      schema: "s", columns: [.init("n", "n")], rowCount: 100_000,
      cells: { index, cells in cells[0] = .integer(index) })
    for format in OutputFormat.allCases {
      var chunks = 0
      let output = OutputBuffer(capacity: 256) { _ in
        chunks += 1
        return false
      }
      listing.write(as: format, to: output)
      output.flush()
      #expect(output.isClosed)
      #expect(chunks == 1, "\(format): one refused chunk, then nothing")
    }
  }
}
