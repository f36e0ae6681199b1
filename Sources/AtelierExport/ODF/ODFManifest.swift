import AtelierXML

/// `META-INF/manifest.xml`: the package's own entry and one entry per file, nothing else.
struct ODFManifest {
    static let namespace: StaticString = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// The document's media type (the `/` entry).
    var mediaType: StaticString
    /// Every file in the package except `mimetype` and the manifest, in package order.
    var entries: [(path: String, mediaType: String)] = []

    /// Writes the manifest document.
    func write(to writer: XMLStreamWriter) throws {
        try writer.startDocument()
        try writer.startElement("manifest:manifest")
        try writer.attribute("xmlns:manifest", Self.namespace)
        try writer.attribute("manifest:version", "1.3")
        try entry(path: "/", mediaType: mediaType.description, version: true, writer)
        for (path, mediaType) in entries {
            try entry(path: path, mediaType: mediaType, version: false, writer)
        }
        try writer.endDocument()
    }

    private func entry(path: String, mediaType: String, version: Bool, _ writer: XMLStreamWriter) throws {
        try writer.startElement("manifest:file-entry")
        try writer.attribute("manifest:full-path", path)
        if version { try writer.attribute("manifest:version", "1.3") }
        try writer.attribute("manifest:media-type", mediaType)
        try writer.endElement()
    }
}
