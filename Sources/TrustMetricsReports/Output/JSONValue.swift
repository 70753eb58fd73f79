/// A minimal JSON tree with deterministic output (sorted keys), numbers written verbatim.
indirect enum JSONValue: Sendable {
  case string(String)
  /// A number already formatted as JSON (never NaN or infinity).
  case raw(String)
  case null
  case bool(Bool)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The value as JSON text at the top level (`indent` 0: the only level callers use).
  func serialized(indent: Int) -> String {
    let output = OutputBuffer()
    var writer = JSONWriter(to: output)
    write(to: &writer)
    return output.text
  }

  /// Writes the value through the JSON writer, keys sorted.
  func write(to writer: inout JSONWriter) {
    switch self {
    case .string(let text): writer.string(text)
    case .raw(let text): writer.raw(text)
    case .null: writer.null()
    case .bool(let value): writer.bool(value)
    case .array(let items):
      writer.beginArray()
      for item in items { item.write(to: &writer) }
      writer.endArray()
    case .object(let fields):
      writer.beginObject()
      for key in fields.keys.sorted() {
        writer.key(key)
        (fields[key] ?? .null).write(to: &writer)
      }
      writer.endObject()
    }
  }

  static func quoted(_ text: String) -> String {
    let output = OutputBuffer()
    JSONText.writeString(text, to: output)
    return output.text
  }
}
