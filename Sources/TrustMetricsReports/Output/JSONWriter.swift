/// The one JSON writer of every command: objects, arrays and scalars streamed to an
/// ``OutputBuffer`` as they are made, two spaces per level, so a listing of 200,000 rows is
/// never held as a tree.
///
/// Keys are written in the order given (callers sort them). Two layouts: ``Style/plain``
/// (`"key": value`, `[]` and `{}` when empty) for the listings and reports, and
/// ``Style/foundation``, byte for byte what `JSONSerialization` writes with `.prettyPrinted`
/// (`"key" : value`, an empty array as `[` and `]` on lines of their own, backspace and form
/// feed escaped by name) for `check`'s JSON, which scripts compare with it.
public struct JSONWriter {
  /// How keys and empty containers are laid out.
  public enum Style: Sendable {
    /// `"key": value`; `[]` and `{}` when empty.
    case plain
    /// As `JSONSerialization` pretty-prints: `"key" : value`; an empty array on two lines.
    case foundation
  }

  /// Where the text goes.
  public let output: OutputBuffer
  /// The layout.
  public let style: Style
  /// For each open container: whether it has no member yet, and whether it is an array.
  private var open: [(isEmpty: Bool, isArray: Bool)] = []
  /// Whether a key was just written, so the value follows on the same line.
  private var afterKey = false

  /// A writer to `output`.
  ///
  /// - Parameters:
  ///   - output: Where the text goes.
  ///   - style: The layout.
  public init(to output: OutputBuffer, style: Style = .plain) {
    self.output = output
    self.style = style
  }

  /// Starts an object (`{`).
  public mutating func beginObject() {
    beginValue()
    output.write(byte: 0x7B)
    open.append((true, false))
  }

  /// Ends the innermost object (`}`).
  public mutating func endObject() {
    end(closing: 0x7D)
  }

  /// Starts an array (`[`).
  public mutating func beginArray() {
    beginValue()
    output.write(byte: 0x5B)
    open.append((true, true))
  }

  /// Ends the innermost array (`]`).
  public mutating func endArray() {
    end(closing: 0x5D)
  }

  /// Writes a member's key; its value comes next.
  ///
  /// - Parameter name: The key.
  public mutating func key(_ name: String) {
    beginMember()
    JSONText.writeString(name, foundationStyle: style == .foundation, to: output)
    output.write(style == .foundation ? " : " : ": ")
    afterKey = true
  }

  /// Writes a string, escaped.
  ///
  /// - Parameter text: The text.
  public mutating func string(_ text: String) {
    beginValue()
    JSONText.writeString(text, foundationStyle: style == .foundation, to: output)
  }

  /// Writes a number already formatted as JSON (never NaN or infinity), or any literal.
  ///
  /// - Parameter text: The JSON text of the value.
  public mutating func raw(_ text: String) {
    beginValue()
    output.write(text)
  }

  /// Writes an integer.
  ///
  /// - Parameter value: The integer.
  public mutating func integer(_ value: Int) {
    beginValue()
    output.write(integer: value)
  }

  /// Writes `true` or `false`.
  ///
  /// - Parameter value: The Boolean.
  public mutating func bool(_ value: Bool) {
    raw(value ? "true" : "false")
  }

  /// Writes `null`.
  public mutating func null() {
    raw("null")
  }

  /// Ends the text with a line feed, once every container is closed.
  public func finish() {
    output.write(byte: 0x0A)
  }

  /// Before a value: a new member of an array, or the value of the key just written.
  private mutating func beginValue() {
    if afterKey {
      afterKey = false
      return
    }
    if !open.isEmpty { beginMember() }
  }

  /// A new member of the innermost container: a comma after the previous one, a line break
  /// and the indentation.
  private mutating func beginMember() {
    guard let last = open.last else { return }
    output.write(last.isEmpty ? "\n" : ",\n")
    open[open.count - 1].isEmpty = false
    output.write(byte: 0x20, times: 2 * open.count)
  }

  private mutating func end(closing byte: UInt8) {
    guard let last = open.popLast() else { return }
    if last.isEmpty {
      if style == .foundation && last.isArray {
        output.write("\n\n")
        output.write(byte: 0x20, times: 2 * open.count)
      }
    } else {
      output.write(byte: 0x0A)
      output.write(byte: 0x20, times: 2 * open.count)
    }
    output.write(byte: byte)
  }
}
