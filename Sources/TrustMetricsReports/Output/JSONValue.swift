/// A minimal JSON tree with deterministic output (sorted keys), numbers written verbatim.
indirect enum JSONValue: Sendable {
  case string(String)
  /// A number already formatted as JSON (never NaN or infinity).
  case raw(String)
  case null
  case bool(Bool)
  case array([JSONValue])
  case object([String: JSONValue])

  func serialized(indent: Int) -> String {
    let pad = String(repeating: "  ", count: indent)
    let inner = String(repeating: "  ", count: indent + 1)
    switch self {
    case .string(let text): return JSONValue.quoted(text)
    case .raw(let text): return text
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n"
        + items.map { inner + $0.serialized(indent: indent + 1) }.joined(separator: ",\n")
        + "\n" + pad + "]"
    case .object(let fields):
      if fields.isEmpty { return "{}" }
      return "{\n"
        + fields.keys.sorted().map { key in
          inner + JSONValue.quoted(key) + ": "
            + (fields[key] ?? .null).serialized(indent: indent + 1)
        }.joined(separator: ",\n") + "\n" + pad + "}"
    }
  }

  static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}
