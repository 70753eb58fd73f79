public import TrustMetricsCore

/// Reads `entities.csv` (`name,kind,la_code,region,aliases`).
public enum EntityParser {
  /// The header the file must have.
  public static let header = ["name", "kind", "la_code", "region", "aliases"]

  /// Parses and validates the file's bytes.
  ///
  /// - Throws: `DatasetError` for a bad kind, a council without a code, or a name given twice
  ///   (names compare ignoring case and apostrophe style).
  public static func parse(bytes: some Collection<UInt8>, file: String) throws(DatasetError)
    -> [Entity]
  {
    let table = try CSVTable.parse(
      bytes: bytes, file: file, expectedHeader: header, allowEmpty: false)
    var entities: [Entity] = []
    var firstLineOfName: [String: Int] = [:]
    for row in table.rows {
      try table.requireFieldCount(row)
      let name = table.field("name", of: row)
      guard !name.isEmpty, name.trimmingCharacters(in: " ") == name else {
        throw table.invalid("name", of: row, expected: "a name without leading or trailing spaces")
      }
      guard let kind = EntityKind(rawValue: table.field("kind", of: row)) else {
        throw table.invalid("kind", of: row, expected: "trust|council|region|country")
      }
      let code = table.field("la_code", of: row)
      if kind == .council, code.isEmpty {
        throw table.invalid("la_code", of: row, expected: "DfE's old_la_code for a council")
      }
      if !code.isEmpty, !code.utf8.allSatisfy({ (48...57).contains($0) || $0 == 32 || $0 == 47 }) {
        throw table.invalid("la_code", of: row, expected: "digits, or merged codes like 940 / 941")
      }
      let region = table.field("region", of: row)
      let aliases = table.field("aliases", of: row).split(separator: ";").map(String.init)
      let entity = Entity(
        name: name, kind: kind, laCode: code.isEmpty ? nil : code,
        region: region.isEmpty ? nil : region, aliases: aliases)
      for key in entity.names.map(EntityDirectory.key) {
        if let first = firstLineOfName[key] {
          throw .duplicate(
            file: file, line: row.line, field: "name or alias", value: key, firstLine: first)
        }
        firstLineOfName[key] = row.line
      }
      entities.append(entity)
    }
    return entities
  }
}

extension String {
  func trimmingCharacters(in set: Character) -> String {
    var text = Substring(self)
    while text.first == set { text.removeFirst() }
    while text.last == set { text.removeLast() }
    return String(text)
  }
}
