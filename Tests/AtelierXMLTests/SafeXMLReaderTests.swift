import AtelierXML
import Foundation
import Testing

/// Streaming XML safely: balanced events, attributes by namespace, no DTDs, errors with lines.
@Suite struct SafeXMLReaderTests {
    /// Every node of a document, attributes `a` (no namespace) and `n:b` shown after starts.
    func events(_ xml: String) throws -> [String] {
        let reader = try SafeXMLReader(data: Data(xml.utf8), name: "doc.xml")
        var events: [String] = []
        while let node = try reader.next() {
            switch node {
            case .start(let namespace, let name):
                var event = "<\(namespace.isEmpty ? "" : "{\(namespace)}")\(name)"
                if let a = reader.attribute("a", namespace: "") { event += " a=\(a)" }
                if let b = reader.attribute("b", namespace: "urn:n") { event += " n:b=\(b)" }
                events.append(event + ">")
            case .end: events.append("</>")
            case .text(let text): events.append("'\(text)'")
            }
        }
        return events
    }

    @Test func eventsAreBalancedAndAttributesReadByNamespace() throws {
        let xml = """
        <?xml version="1.0"?><!-- comment --><r xmlns:n="urn:n"><n:e a="1" n:b="deux &amp; « trois »"/>\
        <e>un <![CDATA[<brut>]]> &lt;x&gt;</e><?pi data?><n:f b="ignored"> </n:f></r>
        """
        let got = try events(xml)
        let expected = [
            "<r>", "<{urn:n}e a=1 n:b=deux & « trois »>", "</>", "<e>", "'un '", "'<brut>'", "' <x>'", "</>",
            "<{urn:n}f>", "' '", "</>", "</>",
        ]
        #expect(got.count == expected.count)
        for (a, b) in zip(got, expected) { #expect(a == b) }
    }

    @Test func malformedDocumentsNameTheLine() {
        #expect {
            _ = try events("<a>\n<b>\n</a>\n")
        } throws: { error in
            guard case XMLError.parseFailed(let document, let diagnostics) = error else { return false }
            return document == "doc.xml" && diagnostics.contains { $0.line == 3 }
        }
        #expect(throws: XMLError.self) { _ = try events("<a>&undefined;</a>") }
        #expect(throws: XMLError.self) { _ = try events("not xml at all") }
        #expect(throws: XMLError.self) { _ = try events("") }
    }

    @Test(arguments: [
        "<!DOCTYPE a [<!ENTITY x \"expanded\">]><a>&x;</a>",
        "<!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><a>&xxe;</a>",
        "<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\"><a/>",
    ])
    func documentsWithADoctypeAreRefusedBeforeAnyEntity(xml: String) {
        #expect(throws: XMLError.doctypeRefused(document: "doc.xml")) { _ = try events(xml) }
    }

    /// libxml2 refuses the entity loop while reading the DTD, before the reader reaches the
    /// `<!DOCTYPE …>`: either way nothing is expanded and the document is refused at once.
    @Test func billionLaughsIsRefused() {
        let xml = """
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
        <lolz>&lol9;</lolz>
        """
        #expect {
            _ = try events(xml)
        } throws: { error in
            switch error as? XMLError {
            case .doctypeRefused?: true
            case .parseFailed(_, let diagnostics)?: diagnostics.contains { $0.message.contains("entity") }
            default: false
            }
        }
    }
}
