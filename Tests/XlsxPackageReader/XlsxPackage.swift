public import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
public import FoundationXML
#endif

/// A produced `.xlsx` opened for checking: its zip entries and their XML, read independently of
/// the library that wrote them.
public struct XlsxPackage {
  /// One cell as the sheet XML states it.
  public struct CellEntry: Equatable {
    /// The `t` attribute: `s` shared string, `inlineStr`, `str` formula text, `n` or `nil`.
    public var type: String?
    /// The formula without `=`, when the cell has one.
    public var formula: String?
    /// The cached or stored value, with shared strings resolved.
    public var value: String?
    /// The style index.
    public var style: Int?
  }

  /// The entries by path inside the zip.
  public let entries: [String: Data]

  public init(url: URL) throws {
    let archive = try Archive(url: url, accessMode: .read)
    var entries: [String: Data] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
      entries[entry.path] = data
    }
    self.entries = entries
  }

  /// The parsed XML of an entry.
  public func xml(_ path: String) throws -> XMLNode {
    guard let data = entries[path] else { throw PackageError.missing(path) }
    return try XMLNode.parse(data)
  }

  /// The sheet names in order and their XML paths.
  public func sheets() throws -> [(name: String, path: String)] {
    let workbook = try xml("xl/workbook.xml")
    let rels = try xml("xl/_rels/workbook.xml.rels")
    var targets: [String: String] = [:]
    for rel in rels.all("Relationship") {
      targets[rel["Id"] ?? ""] = rel["Target"]
    }
    return workbook.all("sheet").map { sheet in
      let target = targets[sheet["r:id"] ?? ""] ?? ""
      return (
        sheet["name"] ?? "", target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      )
    }
  }

  /// The defined names and what they refer to.
  public func definedNames() throws -> [String: String] {
    var names: [String: String] = [:]
    for node in try xml("xl/workbook.xml").all("definedName") {
      names[node["name"] ?? ""] = node.text
    }
    return names
  }

  /// The cells of a sheet by A1 reference.
  public func cells(ofSheet name: String) throws -> [String: CellEntry] {
    guard let path = try sheets().first(where: { $0.name == name })?.path else {
      throw PackageError.missing("sheet \(name)")
    }
    let shared = try sharedStrings()
    var cells: [String: CellEntry] = [:]
    for cell in try xml(path).all("c") {
      let type = cell["t"]
      var value = cell.first("v")?.text
      if type == "s", let index = value.flatMap(Int.init), index < shared.count {
        value = shared[index]
      }
      if type == "inlineStr" { value = cell.first("is")?.all("t").map(\.text).joined() }
      cells[cell["r"] ?? ""] = CellEntry(
        type: type, formula: cell.first("f")?.text, value: value, style: cell["s"].flatMap(Int.init)
      )
    }
    return cells
  }

  /// The shared strings table, empty when there is none (constant-memory mode).
  public func sharedStrings() throws -> [String] {
    guard entries["xl/sharedStrings.xml"] != nil else { return [] }
    return try xml("xl/sharedStrings.xml").all("si").map { $0.all("t").map(\.text).joined() }
  }

  /// The paths of entries whose path starts with a prefix, sorted.
  public func paths(under prefix: String) -> [String] {
    entries.keys.filter { $0.hasPrefix(prefix) }.sorted()
  }

  public enum PackageError: Error { case missing(String) }
}

/// A minimal XML tree for tests.
public final class XMLNode {
  public let name: String
  public let attributes: [String: String]
  public var children: [XMLNode] = []
  public var text = ""

  public init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  public subscript(attribute: String) -> String? { attributes[attribute] }

  /// Every descendant (and self) whose name, without its namespace prefix, is `local`.
  public func all(_ local: String) -> [XMLNode] {
    var found: [XMLNode] = []
    var stack = [self]
    while let node = stack.popLast() {
      if node.name == local || node.name.hasSuffix(":" + local) { found.append(node) }
      stack.append(contentsOf: node.children.reversed())
    }
    return found
  }

  /// The first descendant named `local`.
  public func first(_ local: String) -> XMLNode? { all(local).first { $0 !== self } }

  public static func parse(_ data: Data) throws -> XMLNode {
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw parser.parserError ?? XlsxPackage.PackageError.missing("XML root")
    }
    return root
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: XMLNode?
    var stack: [XMLNode] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      let node = XMLNode(name: elementName, attributes: attributeDict)
      stack.last?.children.append(node)
      if root == nil { root = node }
      stack.append(node)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}
