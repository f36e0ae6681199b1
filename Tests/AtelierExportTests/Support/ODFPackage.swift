import AtelierXML
import Foundation
import ODFSchemas
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
