/// The namespaces of ODF documents, declared on every root element Atelier writes and compared
/// by the spreadsheet reader.
public enum ODFNamespace: CaseIterable {
    case office, style, text, table, draw, fo, xlink, dc, meta, number, svg, config

    /// The `xmlns:` attribute name and the namespace URI.
    public var declaration: (attribute: StaticString, uri: StaticString) {
        switch self {
        case .office: ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
        case .style: ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
        case .text: ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
        case .table: ("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
        case .draw: ("xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
        case .fo: ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
        case .xlink: ("xmlns:xlink", "http://www.w3.org/1999/xlink")
        case .dc: ("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        case .meta: ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0")
        case .number: ("xmlns:number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0")
        case .svg: ("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
        case .config: ("xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0")
        }
    }
    /// The namespace URI, as a reader compares it.
    public var uri: String { declaration.uri.description }
}
