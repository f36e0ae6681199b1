import Foundation
import Yams

/// Reads the YAML of manifests and templates, which come from others: one document, with no anchors
/// (`&name`) and so no aliases (`*name`), which could make a small file expand to billions of nodes
/// (the "billion laughs").
enum PlainYAML {
    /// Manifests and templates are a few kilobytes; a larger file is refused before it is read.
    static let maximumBytes = 1024 * 1024

    /// The text of a manifest or template, after checking that it is a regular file of at most
    /// ``maximumBytes`` and UTF-8 text.
    /// - Parameter display: How messages name the file.
    /// - Throws: ``RegistryError`` naming the file (and the line of the first byte that is not UTF-8).
    static func read(_ file: URL, display: String) throws -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw RegistryError(file: display, message: "not a regular file")
        }
        guard let size = attributes?[.size] as? Int, size <= maximumBytes else {
            throw RegistryError(file: display, message: "the file is larger than \(maximumBytes) bytes; a manifest or template is a few kilobytes")
        }
        guard let data = FileManager.default.contents(atPath: file.path), data.count <= maximumBytes else {
            throw RegistryError(file: display, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RegistryError(file: display, line: UTF8Lines.firstInvalidLine(in: [UInt8](data)),
                                message: "the file is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    /// The document's root node, nil when the text holds none.
    /// - Parameter file: How messages name the file.
    /// - Throws: `YamlError` for a syntax error; ``RegistryError`` at the first anchor.
    static func compose(_ text: String, file: String) throws -> Node? {
        let parser = try Parser(yaml: text)
        guard let root = try parser.singleRoot() else { return nil }
        // An alias is always preceded by its anchor, and anchors live as long as the parser: stopping at
        // the first anchor in document order never walks an expansion.
        try withExtendedLifetime(parser) {
            if let (anchor, mark) = firstAnchor(in: root) {
                throw RegistryError(file: file, line: mark?.line, column: mark?.column, message:
                    "YAML anchors and aliases (&\(anchor), *\(anchor)) are not accepted; write each value out in full")
            }
        }
        return root
    }

    /// The first anchored node in document order, with where it is written.
    private static func firstAnchor(in node: Node) -> (String, Mark?)? {
        switch node {
        case .scalar(let scalar):
            return scalar.anchor.map { ($0.rawValue, scalar.mark) }
        case .sequence(let sequence):
            if let anchor = sequence.anchor { return (anchor.rawValue, sequence.mark) }
            return sequence.lazy.compactMap(firstAnchor).first
        case .mapping(let mapping):
            if let anchor = mapping.anchor { return (anchor.rawValue, mapping.mark) }
            return mapping.lazy.compactMap { firstAnchor(in: $0.key) ?? firstAnchor(in: $0.value) }.first
        case .alias(let alias):
            return (alias.anchor.rawValue, alias.mark)
        }
    }
}
