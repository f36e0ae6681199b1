import AtelierODF
import AtelierXML

extension XMLStreamWriter {
    /// Opens an ODF root element: every namespace, and `office:version="1.3"`.
    func startODFRoot(_ name: StaticString) throws {
        try startElement(name)
        for namespace in ODFNamespace.allCases {
            let (attribute, uri) = namespace.declaration
            try self.attribute(attribute, uri)
        }
        try attribute("office:version", "1.3")
    }
}
