@testable import AtelierKit
import Testing

/// The plugin's text helpers, compiled into this target through the `SourceText` link to
/// `Plugins/NewMethod/SourceText` (a plugin's code cannot be imported).
@Suite struct SourceTextTests {
    @Test(arguments: [
        // Several lines, trailing comma: a new line, indented like the last element.
        ("let m: [String] = [\n    \"A\",\n    \"B\",\n]\n", "let m: [String] = [\n    \"A\",\n    \"B\",\n    \"C\",\n]\n"),
        // Several lines, no trailing comma: one is added.
        ("let m: [String] = [\n  \"A\"\n]", "let m: [String] = [\n  \"A\",\n  \"C\",\n]"),
        // One line.
        ("let m: [String] = [\"A\", \"B\"]", "let m: [String] = [\"A\", \"B\", \"C\"]"),
        ("let m: [String] = [\"A\",]", "let m: [String] = [\"A\", \"C\"]"),
        // Empty.
        ("    let m: [String] = []", "    let m: [String] = [\n        \"C\",\n    ]"),
        // Brackets in strings and comments do not count; the anchor's spaces match any spacing.
        ("let m:[String]=[\n    \"a]\", // ] [\n    /* ] */ \"b\\\"]\",\n]", "let m:[String]=[\n    \"a]\", // ] [\n    /* ] */ \"b\\\"]\",\n    \"C\",\n]"),
    ])
    func appendsAnElement(source: String, expected: String) throws {
        let array = try #require(ArrayLiteral(in: source, anchor: "let m: [String] = ["))
        #expect(array.appending("\"C\"") == expected)
    }

    @Test func listsTheStringElementsOfTheFirstLevel() throws {
        let source = "let m: [String] = [\"A\", [\"nested\"], f(\"call\"), \"B\\\"q\", \"\"\"\nblock\n\"\"\"]"
        let array = try #require(ArrayLiteral(in: source, anchor: "let m: [String] = ["))
        #expect(array.strings == ["A", "B\\\"q", "\nblock\n"])
    }

    @Test(arguments: [
        "let n: [String] = [\"A\"]",  // another anchor
        "let m: [String] = [\"A\"]\nlet m: [String] = [\"B\"]",  // twice
        "let m: [String] = [\"A\", (\"B\"]",  // closed by the wrong bracket
        "let m: [String] = [\"A\",",  // not closed
        "let m: [String] = [\"A]",  // a string that does not end
    ])
    func findsNoArrayWhereTheAnchorIsMissingOrUnclosed(source: String) {
        #expect(ArrayLiteral(in: source, anchor: "let m: [String] = [") == nil)
    }

    @Test(arguments: [
        ("pestle", true), ("start-stop-continue", true), ("plan2", true), ("a", true),
        ("Bad_ID", false), ("swot-", false), ("2plan", false), ("-x", false), ("", false), ("été", false), ("a b", false),
    ])
    func validatesIDsLikeTheRegistry(id: String, valid: Bool) {
        #expect(MethodNaming.isValidID(id) == valid)
        #expect(ManifestLoader.isValidID(id) == valid)
    }

    @Test(arguments: [("pestle", "Pestle"), ("start-stop-continue", "StartStopContinue"), ("pestle-v2", "PestleV2"), ("dot--voting", "DotVoting")])
    func namesTheModuleInUpperCamelCase(id: String, module: String) {
        #expect(MethodNaming.moduleName(forID: id) == module)
        #expect(MethodNaming.isValidModuleName(module))
    }

    @Test(arguments: ["pestle", "Pes-tle", "Été", "P_1", ""])
    func refusesModuleNamesThatAreNotPlainIdentifiers(name: String) {
        #expect(!MethodNaming.isValidModuleName(name))
    }

    @Test func escapesTextForSwiftAndYAML() {
        let text = "L'analyse « PESTEL » \\ \"q\"\t🎯"
        #expect(Literal.swift(text) == #""L'analyse « PESTEL » \\ \"q\"\u{9}🎯""#)
        #expect(Literal.yaml(text) == #""L'analyse « PESTEL » \\ \"q\"\u0009🎯""#)
    }
}
