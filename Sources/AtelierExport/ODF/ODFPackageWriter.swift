import AtelierKit
import AtelierXML
import Foundation

/// Writes an ODF zip package by the rules readers check (ODF 1.3 part 2):
///
/// - `mimetype` first, stored (not deflated), no extra field, no data descriptor, exactly the media
///   type's bytes;
/// - `META-INF/manifest.xml` last, listing exactly the files present;
/// - every entry with the same fixed timestamp and permissions, in a fixed order, deflated at a
///   fixed level, so the same document gives the same bytes.
///
/// A streamed part (a 100,000-row `content.xml`) goes from the XML writer straight into a
/// ``BlockDeflater``, which compresses it on every core while the rows are still being written; the
/// compressed bytes wait in a staging file next to the package until the part is complete, since
/// a local header carries the CRC and sizes before the data. Memory stays flat however long the
/// part is, and only the compressed bytes are written twice.
final class ODFPackageWriter {
    private let url: URL
    private let zip: ZipWriter
    private var manifest: ODFManifest
    private let staging: TemporaryFile

    /// Creates the package file and writes its `mimetype` entry.
    /// - Parameters:
    ///   - url: The package to create (it must not exist).
    ///   - kind: Gives the media type.
    ///   - date: The timestamp of every entry (the workshop's first day); 1980-01-01 when nil.
    init(url: URL, kind: ODFDocumentKind, date: CalendarDate?) throws {
        self.url = url
        manifest = ODFManifest(mediaType: kind.mediaType)
        staging = TemporaryFile(for: url.appendingPathExtension("staging"))
        do {
            zip = try ZipWriter(url: url, date: date)
        } catch {
            throw ExportError.packageFailed(file: url.path, entry: "(the package itself)", reason: ExportError.reason(of: error))
        }
        try add("mimetype", bytes: Array(kind.mediaType.description.utf8), method: .stored)
    }

    deinit {
        staging.discard()
    }

    /// Streams an XML part into the package and lists it in the manifest as `text/xml`.
    func addXML(_ path: String, _ body: (XMLStreamWriter) throws -> Void) throws {
        let sink = try FileSink(url: staging.url)
        let deflater = BlockDeflater(output: sink)
        let writer = XMLStreamWriter(sink: deflater)
        try writer.startDocument()
        try body(writer)
        try writer.endDocument()
        do {
            let summary = try deflater.finish()
            try sink.close()
            try zip.addDeflated(path, compressedFile: staging.url, summary: summary)
            unlink(staging.url.path)
        } catch {
            throw ExportError.packageFailed(file: url.path, entry: path, reason: ExportError.reason(of: error))
        }
        manifest.entries.append((path, "text/xml"))
    }

    /// Adds a file held in memory (a picture) and lists it in the manifest.
    func addFile(_ path: String, mediaType: String, data: Data) throws {
        try add(path, bytes: [UInt8](data), method: .deflated)
        manifest.entries.append((path, mediaType))
    }

    /// Writes the manifest and the central directory; the package is complete afterwards.
    func finish() throws {
        let sink = DataSink()
        try manifest.write(to: XMLStreamWriter(sink: sink))
        try add("META-INF/manifest.xml", bytes: [UInt8](sink.data), method: .deflated)
        do {
            try zip.finish()
        } catch {
            throw ExportError.packageFailed(file: url.path, entry: "(the central directory)", reason: ExportError.reason(of: error))
        }
    }

    private func add(_ path: String, bytes: [UInt8], method: ZipWriter.Method) throws {
        do {
            try zip.add(path, bytes: bytes, method: method)
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
