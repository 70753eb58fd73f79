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
    let output = OutputBuffer()
    write(indent: indent, to: output)
    return output.text
  }

  /// Writes the value as `serialized(indent:)` gives it: two spaces per level, `"key": value`.
  func write(indent: Int, to output: OutputBuffer) {
    switch self {
    case .string(let text): JSONText.writeString(text, to: output)
    case .raw(let text): output.write(text)
    case .null: output.write("null")
    case .bool(let value): output.write(value ? "true" : "false")
    case .array(let items):
      if items.isEmpty {
        output.write("[]")
        return
      }
      output.write("[\n")
      for (index, item) in items.enumerated() {
        if index > 0 { output.write(",\n") }
        output.write(byte: 0x20, times: 2 * (indent + 1))
        item.write(indent: indent + 1, to: output)
      }
      output.write(byte: 0x0A)
      output.write(byte: 0x20, times: 2 * indent)
      output.write("]")
    case .object(let fields):
      if fields.isEmpty {
        output.write("{}")
        return
      }
      output.write("{\n")
      for (index, key) in fields.keys.sorted().enumerated() {
        if index > 0 { output.write(",\n") }
        output.write(byte: 0x20, times: 2 * (indent + 1))
        JSONText.writeString(key, to: output)
        output.write(": ")
        (fields[key] ?? .null).write(indent: indent + 1, to: output)
      }
      output.write(byte: 0x0A)
      output.write(byte: 0x20, times: 2 * indent)
      output.write("}")
    }
  }

  static func quoted(_ text: String) -> String {
    let output = OutputBuffer()
    JSONText.writeString(text, to: output)
    return output.text
  }
}
