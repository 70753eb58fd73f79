import Foundation

/// Text and numbers made safe to place in HTML or SVG.
public enum Markup {
  /// Text escaped for an element's content or a quoted attribute: `&`, `<`, `>`, `"` and `'`
  /// become character references; control characters other than tab and newline (which
  /// HTML forbids) are dropped.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The escaped text.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        // C0 and C1 controls, and the noncharacters HTML reports as parse errors.
        if value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
          || value & 0xFFFE == 0xFFFE
        {
          continue
        }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The address escaped for an `href` when it is an absolute `http` or `https` URL with a
  /// host and only characters a URL may hold; `nil` for anything else (`javascript:`, `data:`,
  /// relative paths, spaces, quotes, angle brackets).
  ///
  /// - Parameter address: The address as given.
  /// - Returns: The escaped address, or `nil` when it must not be linked.
  public static func linkAddress(_ address: String) -> String? {
    let trimmed = address.trimmingCharacters(in: .whitespaces)
    guard let components = URLComponents(string: trimmed),
      let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = components.host, !host.isEmpty,
      !trimmed.unicodeScalars.contains(where: {
        $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0)
      })
    else { return nil }
    return escaped(trimmed)
  }

  /// A coordinate in SVG user units to one decimal place, without a trailing `.0`; 0 for a
  /// value that is not finite (never reached by the charts, whose inputs are checked).
  ///
  /// - Parameter value: The coordinate.
  /// - Returns: Its text, such as `12.5` or `40`.
  public static func number(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e12 else { return "0" }
    let tenths = (value * 10).rounded()
    let whole = Int(tenths / 10)
    let rest = Int(abs(tenths.truncatingRemainder(dividingBy: 10)))
    if rest == 0 { return String(whole) }
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(rest)"
  }
}
