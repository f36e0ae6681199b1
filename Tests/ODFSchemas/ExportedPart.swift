import AtelierXML
import Foundation
import ZIPFoundation

/// A part of a package `atelier export` wrote, found by the end of its file name.
public enum ExportedPart {
    /// The bytes of `path` in the one `*-<suffix>` package of `folder` (`content.xml` of `*-actions.odt`).
    public static func data(_ path: String, of suffix: String, in folder: URL) throws -> Data {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let file = files.first(where: { $0.hasSuffix("-\(suffix)") }) else { throw Missing(what: "*-\(suffix) in \(files)") }
        let archive = try Archive(url: folder.appendingPathComponent(file), accessMode: .read)
        guard let entry = archive[path] else { throw Missing(what: "\(path) in \(file)") }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    /// The part read for XPath, with the ODF prefixes.
    public static func xml(_ path: String, of suffix: String, in folder: URL) throws -> SafeXMLDocument {
        try SafeXMLDocument(data: data(path, of: suffix, in: folder), name: "\(suffix)/\(path)", namespaces: ODFPrefixes.all)
    }

    /// What was looked for and not found.
    public struct Missing: Error, CustomStringConvertible {
        public var what: String
        public var description: String { "no \(what)" }
    }
}
