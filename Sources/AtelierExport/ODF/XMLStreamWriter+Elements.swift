import AtelierXML

extension XMLStreamWriter {
    /// Writes an element with its attributes in the order given, then its children.
    func element(
        _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String>, children: () throws -> Void = {}
    ) throws {
        try startElement(name)
        for (attribute, value) in attributes { try self.attribute(attribute, value) }
        try children()
        try endElement()
    }

    /// Writes an element that only wraps children (`office:styles`, `office:body`, …).
    func container(_ name: StaticString, children: () throws -> Void) throws {
        try startElement(name)
        try children()
        try endElement()
    }
}
