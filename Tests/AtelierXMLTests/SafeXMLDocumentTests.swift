import AtelierXML
import Foundation
import Testing

/// Reading XML safely: errors with lines, no DTDs, XPath with namespaces.
@Suite struct SafeXMLDocumentTests {
    @Test func parseErrorsNameTheLine() {
        let xml = "<a>\n<b>\n</a>\n"
        #expect {
            _ = try SafeXMLDocument(data: Data(xml.utf8), name: "broken.xml")
        } throws: { error in
            guard case XMLError.parseFailed(let document, let diagnostics) = error else { return false }
            return document == "broken.xml" && diagnostics.contains { $0.line == 3 && $0.file == "broken.xml" }
                && "\(error)".contains("broken.xml:3")
        }
    }

    @Test(arguments: [
        "<!DOCTYPE a [<!ENTITY x \"expanded\">]><a>&x;</a>",
        "<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\"><a/>",
        """
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <lolz>&lol2;</lolz>
        """,
    ])
    func documentsWithADoctypeAreRefused(xml: String) {
        #expect(throws: XMLError.doctypeRefused(document: "dtd.xml")) {
            _ = try SafeXMLDocument(data: Data(xml.utf8), name: "dtd.xml")
        }
    }

    @Test func xpathWithNamespaces() throws {
        let xml = """
        <n:notes xmlns:n="urn:test:notes"><n:note level="1"><n:title>Un</n:title></n:note>
        <n:note level="2"><n:title>Deux « bis »</n:title></n:note></n:notes>
        """
        let document = try SafeXMLDocument(data: Data(xml.utf8), name: "notes.xml", namespaces: ["x": "urn:test:notes"])
        #expect(try document.strings("//x:note/x:title") == ["Un", "Deux « bis »"])
        #expect(try document.strings("//x:note/@level") == ["1", "2"])
        #expect(try document.number("count(//x:note)") == 2)
        #expect(try document.string("//x:note[@level='2']/x:title") == "Deux « bis »")
        #expect(try document.strings("//note").isEmpty, "unprefixed names are in no namespace")
    }

    @Test func badXPathIsAnError() throws {
        let document = try SafeXMLDocument(data: Data("<a/>".utf8), name: "a.xml")
        #expect(throws: XMLError.self) { _ = try document.strings("//a[") }
        #expect(throws: XMLError.self) { _ = try document.strings("count(//a)") }
        #expect(throws: XMLError.self) { _ = try document.strings("//undeclared:a") }
    }
}
