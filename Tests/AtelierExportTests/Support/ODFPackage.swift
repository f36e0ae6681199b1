import AtelierXML
import Foundation
import ZIPFoundation

/// An exported ODF package opened with ZIPFoundation, its parts readable as bytes or XML.
struct ODFPackage {
    let url: URL
    let archive: Archive

    init(_ url: URL) throws {
        self.url = url
        archive = try Archive(url: url, accessMode: .read)
    }

    /// Entry paths in package order.
    var paths: [String] { archive.map(\.path) }

    /// The bytes of one entry (CRC checked while extracting).
    func data(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw MissingEntry(path: path, package: url.lastPathComponent) }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    /// One XML part, parsed safely, with the ODF prefixes registered for XPath.
    func xml(_ path: String) throws -> SafeXMLDocument {
        try SafeXMLDocument(data: data(path), name: "\(url.lastPathComponent)/\(path)", namespaces: ODFPrefixes.all)
    }

    struct MissingEntry: Error, CustomStringConvertible {
        var path: String
        var package: String
        var description: String { "\(package) has no entry \(path)" }
    }
}

/// Namespace prefixes for reading exports with XPath.
enum ODFPrefixes {
    static let all: [String: String] = [
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
        "dc": "http://purl.org/dc/elements/1.1/",
        "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
        "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
        "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
        "a": "urn:atelier:actions:1",
        "s": "http://www.w3.org/2000/svg",
    ]
}
