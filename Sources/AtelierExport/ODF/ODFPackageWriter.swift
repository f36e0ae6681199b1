import AtelierKit
import AtelierXML
import Foundation
import ZIPFoundation

/// Writes an ODF zip package by the rules readers check (ODF 1.3 part 2):
///
/// - `mimetype` first, stored (not deflated), no extra field, no data descriptor, exactly the media
///   type's bytes;
/// - `META-INF/manifest.xml` last, listing exactly the files present;
/// - every entry with the same fixed timestamp and permissions, in a fixed order, deflated at a
///   fixed level, so the same document gives the same bytes.
///
/// ZIPFoundation writes each local header with the sizes and CRC filled in (it seeks back after the
/// data) and never sets the data-descriptor flag. It needs an entry's size before its first byte, so
/// a streamed part (a 100,000-row `content.xml`) is first written through a fixed-size buffer to a
/// staging file next to the package, then deflated from there: memory stays flat however long the
/// part is.
final class ODFPackageWriter {
    private let url: URL
    private let archive: Archive
    private let timestamp: Date
    private var manifest: ODFManifest
    private let stagingURL: URL
    private static let chunkSize = 1 << 18

    /// Creates the package file and writes its `mimetype` entry.
    /// - Parameters:
    ///   - url: The package to create (it must not exist).
    ///   - kind: Gives the media type.
    ///   - date: The timestamp of every entry (the workshop's first day); 1980-01-01 when nil.
    init(url: URL, kind: ODFDocumentKind, date: CalendarDate?) throws {
        self.url = url
        manifest = ODFManifest(mediaType: kind.mediaType)
        timestamp = ZIPTimestamp.date(for: date)
        stagingURL = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).staging")
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw ExportError.packageFailed(file: url.path, entry: nil, reason: ExportError.reason(of: error))
        }
        try add("mimetype", data: Data(kind.mediaType.description.utf8), compressed: false)
    }

    deinit {
        try? FileManager.default.removeItem(at: stagingURL)
    }

    /// Streams an XML part into the package and lists it in the manifest as `text/xml`.
    func addXML(_ path: String, _ body: (XMLStreamWriter) throws -> Void) throws {
        let sink = try FileSink(url: stagingURL)
        let writer = try XMLStreamWriter(sink: sink)
        try writer.startDocument()
        try body(writer)
        try writer.endDocument()
        try sink.close()
        try addStaged(path, size: sink.byteCount)
        manifest.entries.append((path, "text/xml"))
    }

    /// Adds a file held in memory (a picture) and lists it in the manifest.
    func addFile(_ path: String, mediaType: String, data: Data) throws {
        try add(path, data: data, compressed: true)
        manifest.entries.append((path, mediaType))
    }

    /// Writes the manifest; the package is complete afterwards.
    func finish() throws {
        let sink = DataSink()
        try manifest.write(to: XMLStreamWriter(sink: sink))
        try add("META-INF/manifest.xml", data: sink.data, compressed: true)
    }

    private func add(_ path: String, data: Data, compressed: Bool) throws {
        try entry(path, size: Int64(data.count), compressed: compressed) { position, size in
            let start = Int(position)
            return data.subdata(in: start..<min(data.count, start + size))
        }
    }

    private func addStaged(_ path: String, size: Int64) throws {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: stagingURL)
        } catch {
            throw ExportError.packageFailed(file: url.path, entry: path, reason: "the staged part is unreadable: \(ExportError.reason(of: error))")
        }
        defer { try? handle.close() }
        try entry(path, size: size, compressed: true) { _, size in
            try handle.read(upToCount: size) ?? Data()
        }
    }

    private func entry(_ path: String, size: Int64, compressed: Bool, provider: Provider) throws {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, modificationDate: timestamp, permissions: 0o644,
                compressionMethod: compressed ? .deflate : .none, bufferSize: Self.chunkSize, provider: provider)
        } catch {
            throw ExportError.packageFailed(file: url.path, entry: path, reason: ExportError.reason(of: error))
        }
    }
}

extension ODFPackageWriter {
    /// Writes a whole document as a package: mimetype, content, styles, meta, settings, pictures,
    /// manifest.
    static func write(_ document: some ODFDocument, to url: URL, date: CalendarDate?) throws {
        let package = try ODFPackageWriter(url: url, kind: document.kind, date: date)
        try package.addXML("content.xml") { writer in
            try writer.startODFRoot("office:document-content")
            try writer.container("office:font-face-decls") { try document.writeFontFaces(writer) }
            try writer.container("office:automatic-styles") { try document.writeContentAutomaticStyles(writer) }
            try writer.container("office:body") { try document.writeBody(writer, embedding: .package) }
            try writer.endElement()
        }
        try package.addXML("styles.xml") { writer in
            try writer.startODFRoot("office:document-styles")
            try writer.container("office:font-face-decls") { try document.writeFontFaces(writer) }
            try writer.container("office:styles") { try document.writeStyles(writer) }
            try writer.container("office:automatic-styles") { try document.writePageLayouts(writer) }
            try writer.container("office:master-styles") { try document.writeMasterStyles(writer) }
            try writer.endElement()
        }
        try package.addXML("meta.xml") { writer in
            try writer.startODFRoot("office:document-meta")
            try document.metadata.write(to: writer)
            try writer.endElement()
        }
        if document.hasSettings {
            try package.addXML("settings.xml") { writer in
                try writer.startODFRoot("office:document-settings")
                try writer.container("office:settings") { try document.writeSettings(writer) }
                try writer.endElement()
            }
        }
        for picture in document.pictures {
            try package.addFile(picture.path, mediaType: picture.mediaType, data: picture.data)
        }
        try package.finish()
    }
}

/// The fixed timestamp of zip entries.
enum ZIPTimestamp {
    /// Midnight UTC of `date` (ZIPFoundation converts with `gmtime`), or 1980-01-01, the first day
    /// a zip timestamp can hold.
    static func date(for date: CalendarDate?) -> Date {
        guard let date, date.year >= 1980, date.year <= 2099 else { return Date(timeIntervalSince1970: 315_532_800) }
        return Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch(date)) * 86_400)
    }

    /// Days from 1970-01-01 to `date` in the proleptic Gregorian calendar.
    static func daysSinceEpoch(_ date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
