import AtelierXML
import Foundation
import Testing

/// RelaxNG validation with libxml2: every error collected with its line.
@Suite struct RelaxNGValidatorTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let validator = Result { try RelaxNGValidator(schemaAt: fixtures.appendingPathComponent("note.rng")) }

    @Test func validDocumentHasNoErrors() throws {
        let xml = """
        <notes xmlns="urn:test:notes"><note level="1"><title>Un</title></note></notes>
        """
        #expect(try Self.validator.get().validate(data: Data(xml.utf8), name: "ok.xml").isEmpty)
    }

    @Test func errorsCarryTheirLines() throws {
        let xml = """
        <notes xmlns="urn:test:notes">
          <note level="1"><title>Un</title></note>
          <note level="zero"><title>Deux</title></note>
          <remark/>
        </notes>
        """
        let errors = try Self.validator.get().validate(data: Data(xml.utf8), name: "bad.xml")
        #expect(!errors.isEmpty)
        #expect(errors.contains { $0.line == 3 }, "\(errors)")
        #expect(errors.allSatisfy { $0.file == "bad.xml" && $0.severity == .error })
        #expect(errors.first.map { "\($0)".hasPrefix("bad.xml:3") } == true)
    }

    @Test func malformedDocumentsThrowBeforeValidation() throws {
        #expect(throws: XMLError.self) {
            _ = try Self.validator.get().validate(data: Data("<notes".utf8), name: "cut.xml")
        }
    }

    @Test func aBrokenSchemaIsReportedWithItsMessages() {
        let url = Self.fixtures.appendingPathComponent("broken.rng")
        #expect {
            _ = try RelaxNGValidator(schemaAt: url)
        } throws: { error in
            guard case XMLError.schemaFailed(let schema, let diagnostics) = error else { return false }
            return schema == url.path && diagnostics.contains { $0.message.contains("missing") }
        }
    }

    @Test func oneValidatorServesManyThreads() async throws {
        let validator = try Self.validator.get()
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let level = index % 2 == 0 ? "1" : "x"
                    let xml = "<notes xmlns=\"urn:test:notes\"><note level=\"\(level)\"><title>t</title></note></notes>"
                    return try validator.validate(data: Data(xml.utf8), name: "n\(index).xml").count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts.filter { $0 == 0 }.count == 4)
        #expect(counts.filter { $0 > 0 }.count == 4)
    }
}
