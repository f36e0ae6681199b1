import AtelierXML
import Foundation

/// Writes an ODF document as one flat XML file (`.fodt`, `.fods`): `office:document` with
/// `office:mimetype`, pictures inline as base64.
enum ODFFlatWriter {
    /// Streams the whole document to `url`.
    static func write(_ document: some ODFDocument, to url: URL) throws {
        let sink = try FileSink(url: url)
        let writer = XMLStreamWriter(sink: sink)
        try writer.startDocument()
        try writer.startODFRoot("office:document")
        try writer.attribute("office:mimetype", document.kind.mediaType)
        try document.metadata.write(to: writer)
        if document.hasSettings {
            try writer.container("office:settings") { try document.writeSettings(writer) }
        }
        try writer.container("office:font-face-decls") { try document.writeFontFaces(writer) }
        try writer.container("office:styles") { try document.writeStyles(writer) }
        try writer.container("office:automatic-styles") {
            try document.writePageLayouts(writer)
            try document.writeContentAutomaticStyles(writer)
        }
        try writer.container("office:master-styles") { try document.writeMasterStyles(writer) }
        try writer.container("office:body") { try document.writeBody(writer, embedding: .flat) }
        try writer.endElement()
        try writer.endDocument()
        try sink.close()
    }
}
