import AtelierXML

/// The parts of one ODF document, written once and assembled either as a zip package
/// (``ODFPackageWriter``) or as a single flat XML file (``ODFFlatWriter``).
///
/// Every method writes the children of one ODF container element; the assembler writes the
/// containers, the roots and their namespaces.
protocol ODFDocument {
    var kind: ODFDocumentKind { get }
    var metadata: ODFMetadata { get }
    /// Pictures the body refers to, in package order.
    var pictures: [ODFPicture] { get }
    /// Whether the document has view settings (`settings.xml`).
    var hasSettings: Bool { get }

    /// Children of `office:settings`.
    func writeSettings(_ writer: XMLStreamWriter) throws
    /// Children of `office:font-face-decls`.
    func writeFontFaces(_ writer: XMLStreamWriter) throws
    /// Children of `office:styles`: the named styles people see and reuse.
    func writeStyles(_ writer: XMLStreamWriter) throws
    /// Automatic styles used by `styles.xml` (page layouts).
    func writePageLayouts(_ writer: XMLStreamWriter) throws
    /// Automatic styles used by the body (columns, cells, right-to-left paragraphs, frames).
    func writeContentAutomaticStyles(_ writer: XMLStreamWriter) throws
    /// Children of `office:master-styles`.
    func writeMasterStyles(_ writer: XMLStreamWriter) throws
    /// The element inside `office:body` (`office:text` or `office:spreadsheet`) and its content.
    func writeBody(_ writer: XMLStreamWriter, embedding: ODFImageEmbedding) throws
}

extension ODFDocument {
    var hasSettings: Bool { false }
    func writeSettings(_ writer: XMLStreamWriter) throws {}

    /// The two font families every Atelier document uses; LibreOffice ships both.
    func writeFontFaces(_ writer: XMLStreamWriter) throws {
        for (name, generic) in ["Liberation Sans": "swiss", "Liberation Serif": "roman"] as KeyValuePairs {
            try writer.element("style:font-face", [
                "style:name": name, "svg:font-family": "'\(name)'", "style:font-family-generic": generic,
                "style:font-pitch": "variable",
            ])
        }
    }
}
