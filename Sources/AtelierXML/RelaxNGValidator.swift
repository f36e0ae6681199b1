import CLibXML2
import Foundation

/// A compiled RelaxNG schema that validates documents and reports every error with its line.
///
/// Compiling a large schema (ODF's is 18,000 lines) takes a while: build one validator and reuse it.
/// Validations through one validator run one at a time, so a validator can be shared between
/// threads.
public final class RelaxNGValidator: @unchecked Sendable {
    /// The schema's path, for messages.
    public let schemaPath: String
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    /// Reads and compiles the schema at `url`.
    /// - Throws: ``XMLError/schemaFailed(schema:diagnostics:)`` with libxml2's messages.
    public init(schemaAt url: URL) throws {
        schemaPath = url.path
        guard let parser = xmlRelaxNGNewParserCtxt(url.path) else {
            throw XMLError.unavailable(resource: "a RelaxNG parser")
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let collector = DiagnosticCollector(file: url.path)
        xmlRelaxNGSetParserStructuredErrors(parser, collectStructuredError, collector.context)
        let compiled = withExtendedLifetime(collector) {
            collector.capturingThreadErrors { xmlRelaxNGParse(parser) }
        }
        guard let compiled else {
            throw XMLError.schemaFailed(schema: url.path, diagnostics: collector.errors)
        }
        schema = compiled
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Validates a parsed document.
    /// - Returns: every validity error, in document order; empty when the document is valid.
    public func validate(_ document: SafeXMLDocument) throws -> [XMLDiagnostic] {
        lock.lock()
        defer { lock.unlock() }
        guard let context = xmlRelaxNGNewValidCtxt(schema) else {
            throw XMLError.unavailable(resource: "a RelaxNG validation context")
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let collector = DiagnosticCollector(file: document.name)
        xmlRelaxNGSetValidStructuredErrors(context, collectStructuredError, collector.context)
        let result = withExtendedLifetime(collector) {
            collector.capturingThreadErrors { xmlRelaxNGValidateDoc(context, document.pointer) }
        }
        let errors = collector.errors
        if result != 0 && errors.isEmpty {
            return [XMLDiagnostic(file: document.name, line: 0, message: "invalid (libxml2 code \(result))")]
        }
        return errors
    }

    /// Parses and validates a document held in memory.
    /// - Returns: every validity error; empty when the document is valid.
    /// - Throws: the parse errors when the bytes are not well-formed XML.
    public func validate(data: Data, name: String) throws -> [XMLDiagnostic] {
        try validate(SafeXMLDocument(data: data, name: name))
    }

    /// Parses and validates a file.
    public func validate(fileAt url: URL) throws -> [XMLDiagnostic] {
        try validate(SafeXMLDocument(contentsOf: url))
    }
}
