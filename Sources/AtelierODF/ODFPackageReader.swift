import Foundation
import ZIPFoundation

/// Reads the `content.xml` of an ODF package (a zip file) into memory, refusing what could be an
/// attack rather than a spreadsheet: nothing is ever extracted to disk.
///
/// Refused, naming the file: a file that is not a zip; more than ``SpreadsheetLimits/maxEntries``
/// entries; an entry whose name would escape a folder it were extracted to (`../`, an absolute
/// path, a drive letter); two entries of the same name among the parts read; a package of another
/// kind (its `mimetype` says text or drawing); a password-protected package; a part larger than
/// ``SpreadsheetLimits/maxContentBytes`` or inflating more than
/// ``SpreadsheetLimits/maxCompressionRatio`` times its compressed size; a damaged part (CRC).
struct ODFPackageReader {
    /// The file as messages name it.
    let file: String

    /// The mimetypes of spreadsheets and spreadsheet templates.
    static let spreadsheetTypes: Set<String> = [
        "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template",
    ]

    /// The bytes of the package's `content.xml`.
    func content(of url: URL) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw fail("the zip package cannot be read; the file is damaged or not an OpenDocument spreadsheet")
        }
        var parts: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= SpreadsheetLimits.maxEntries else {
                throw fail("the package holds more than \(SpreadsheetLimits.maxEntries) entries; this is not a workbook Atelier can read")
            }
            let path = entry.path
            guard !Self.escapes(path) else {
                throw fail("the package holds an entry named '\(path)' that points outside it; Atelier refuses such files")
            }
            if Self.partsRead.contains(path) {
                guard parts[path] == nil else { throw fail("the package holds two entries named '\(path)'; Atelier refuses such files") }
                parts[path] = entry
            }
        }
        if let entry = parts["mimetype"] {
            let type = String(decoding: try read(entry, from: archive, limit: 256), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard Self.spreadsheetTypes.contains(type) else {
                throw fail("this is not a spreadsheet: the package is of type '\(type)'")
            }
        }
        if let entry = parts["META-INF/manifest.xml"] {
            let manifest = try read(entry, from: archive, limit: SpreadsheetLimits.ratioCheckBytes)
            if manifest.range(of: Data("encryption-data".utf8)) != nil {
                throw fail("the spreadsheet is protected by a password; save a copy without one and import that")
            }
        }
        guard let content = parts["content.xml"] else {
            throw fail("the package has no content.xml; this is not an OpenDocument spreadsheet")
        }
        return try read(content, from: archive, limit: SpreadsheetLimits.maxContentBytes)
    }

    /// The entries read; a second entry of one of these names is refused.
    static let partsRead: Set<String> = ["mimetype", "META-INF/manifest.xml", "content.xml"]

    /// Whether an entry name would leave the folder it were extracted to.
    static func escapes(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.hasPrefix("\\") { return true }
        let scalars = Array(path.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return true }
        return path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    /// One entry's bytes, stopping as soon as a limit is passed: the output so far is compared with
    /// the whole compressed size, so an entry inflating more than the ratio allows is stopped before
    /// it outgrows that many times its compressed bytes.
    private func read(_ entry: Entry, from archive: Archive, limit: Int) throws -> Data {
        let path = entry.path
        guard entry.type == .file else { throw fail("'\(path)' is not a file in the package") }
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge(path, limit) }
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        var data = Data()
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > SpreadsheetLimits.ratioCheckBytes, data.count / compressed > SpreadsheetLimits.maxCompressionRatio {
                    throw Refusal.ratio
                }
                if data.count > limit { throw Refusal.tooLarge }
            }
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch Refusal.tooLarge {
            throw tooLarge(path, limit)
        } catch Refusal.ratio {
            throw fail("'\(path)' inflates more than \(SpreadsheetLimits.maxCompressionRatio) times its compressed size (a zip bomb?); Atelier refuses it")
        } catch Archive.ArchiveError.invalidCRC32 {
            throw fail("'\(path)' is damaged (its checksum does not match); save the spreadsheet again")
        } catch {
            throw fail("cannot read '\(path)' in the package (\(error))")
        }
        return data
    }

    private enum Refusal: Error { case tooLarge, ratio }

    private func tooLarge(_ path: String, _ limit: Int) -> SpreadsheetError {
        fail("'\(path)' is larger than the \(Self.size(limit)) Atelier reads; import the actions in smaller files")
    }

    private func fail(_ message: String) -> SpreadsheetError { SpreadsheetError(file: file, message: message) }

    /// A byte count for messages: `50 MiB`, `256 bytes`.
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}
