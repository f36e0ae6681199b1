import Foundation
import Testing

/// The `new-method` command plugin, run by `swift package` in copies of this package (see
/// ``PackageCopy``). One test at a time: the copies share a build folder.
@Suite(.serialized) struct NewMethodPluginTests {
    /// The lines of `after` that `before` does not have, and those it lost, in order.
    static func lineChanges(from before: String, to after: String) -> (added: [String], removed: [String]) {
        let difference = after.split(separator: "\n", omittingEmptySubsequences: false)
            .difference(from: before.split(separator: "\n", omittingEmptySubsequences: false))
        var added: [String] = []
        var removed: [String] = []
        for change in difference {
            switch change {
            case .insert(_, let line, _): added.append(String(line))
            case .remove(_, let line, _): removed.append(String(line))
            }
        }
        return (added, removed)
    }

    @Test func scaffoldsTheMethodAndWiresItIn() throws {
        let copy = try PackageCopy()
        defer { copy.discard() }
        // An empty module folder is not in the way.
        try FileManager.default.createDirectory(at: copy.url("Sources/Methods/Pestle"), withIntermediateDirectories: true)
        let before = try copy.snapshot()

        let result = try copy.newMethod(["--id", "pestle", "--name", "PESTLE analysis", "--name-fr", "Analyse PESTEL"])
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("Created method 'pestle' (module Pestle, target PestleMethod):"), "\(result)")

        let after = try copy.snapshot()
        #expect(Set(after.keys).subtracting(before.keys) == [
            "Sources/Methods/Pestle/Pestle.swift", "Sources/Methods/Pestle/PestleTexts.swift",
            "Sources/Methods/Pestle/CategoryCount.swift", "methods/builtin/pestle.yaml", "methods/builtin/pestle.md",
            "Tests/MethodTests/PestleTests.swift",
        ])
        #expect(Set(before.keys).subtracting(after.keys).isEmpty)
        #expect(before.keys.filter { before[$0] != after[$0] }.sorted() == ["Package.swift", "Sources/atelier/BuiltinMethods.swift"])

        let package = Self.lineChanges(from: String(decoding: before["Package.swift"]!, as: UTF8.self), to: try copy.text("Package.swift"))
        #expect(package.added == [#"    "Pestle","#])
        #expect(package.removed.isEmpty)
        let modules = try copy.text("Package.swift").components(separatedBy: "let methodModules: [String] = [")[1]
            .components(separatedBy: "]")[0]
        #expect(modules.hasSuffix("\n    \"Pestle\",\n"))

        let hostText = try copy.text("Sources/atelier/BuiltinMethods.swift")
        let host = Self.lineChanges(from: String(decoding: before["Sources/atelier/BuiltinMethods.swift"]!, as: UTF8.self), to: hostText)
        #expect(host.added == ["import PestleMethod", "        Pestle(),"])
        #expect(host.removed.isEmpty)
        let imports = hostText.split(separator: "\n").filter { $0.hasPrefix("import ") }
        #expect(imports == imports.sorted())

        let manifest = try copy.text("methods/builtin/pestle.yaml")
        for line in ["id: pestle", #"  en: "PESTLE analysis""#, #"  fr: "Analyse PESTEL""#, #"  nl: "PESTLE analysis""#, "  module: Pestle"] {
            #expect(manifest.split(separator: "\n").contains(Substring(line)), "methods/builtin/pestle.yaml lacks \(line)")
        }
        #expect(try copy.text("Sources/Methods/Pestle/Pestle.swift").contains("public struct Pestle: WorkshopMethod {\n    public static let moduleName = \"Pestle\""))
    }

    @Test(arguments: [
        (["--id", "swot", "--name", "SWOT again"], "a method with id 'swot' exists already (methods/builtin/swot.yaml); choose another id"),
        (["--id", "Bad_ID", "--name", "Bad"],
         "'Bad_ID' is not a valid method id: use lowercase letters, digits and dashes, starting with a letter and not "
            + "ending with a dash (for example pestle or start-stop-continue)"),
        (["--id", "pestle", "--name", "PESTLE", "--module", "SWOT"],
         "module SWOT is already in methodModules in Package.swift; choose another module name with --module"),
        (["--id", "category", "--name", "Categories"],
         "a type named Category exists already (Sources/AtelierKit/Model/Category.swift); choose another module name with --module"),
        (["--id", "pestle"], #"--name is missing: give the method's name, for example --name "PESTLE analysis""#),
    ])
    func refusesAndWritesNothing(arguments: [String], message: String) throws {
        let copy = try PackageCopy()
        defer { copy.discard() }
        let before = try copy.snapshot()
        let result = try copy.newMethod(arguments)
        #expect(result.status != 0, "\(result)")
        #expect(result.errorLines == [message, "new-method wrote nothing"], "\(result)")
        #expect(try copy.snapshot() == before)
    }

    @Test func refusesADirtyModuleFolder() throws {
        let copy = try PackageCopy()
        defer { copy.discard() }
        try FileManager.default.createDirectory(at: copy.url("Sources/Methods/Pestle"), withIntermediateDirectories: true)
        try Data("// a draft\n".utf8).write(to: copy.url("Sources/Methods/Pestle/Draft.swift"))
        let before = try copy.snapshot()
        let result = try copy.newMethod(["--id", "pestle", "--name", "PESTLE analysis"])
        #expect(result.status != 0, "\(result)")
        #expect(result.errorLines == [
            "Sources/Methods/Pestle exists and is not empty (Draft.swift); remove it, or choose another module name with --module",
            "new-method wrote nothing",
        ], "\(result)")
        #expect(try copy.snapshot() == before)
    }

    @Test func refusesWhenTheHostNoLongerHasItsListOfMethods() throws {
        let copy = try PackageCopy()
        defer { copy.discard() }
        let host = copy.url("Sources/atelier/BuiltinMethods.swift")
        let text = try String(contentsOf: host, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "static let all: [any WorkshopMethod] = [", with: "static let all: [any WorkshopMethod] = builtins + [").utf8)
            .write(to: host)
        let before = try copy.snapshot()
        let result = try copy.newMethod(["--id", "pestle", "--name", "PESTLE analysis"])
        #expect(result.status != 0, "\(result)")
        #expect(result.errorLines == [
            "Sources/atelier/BuiltinMethods.swift: cannot find the list of built-in methods — new-method looks for exactly one "
                + "'static let all: [any WorkshopMethod] = [' followed by its elements and a closing ']'; restore that line, "
                + "or wire the module in by hand (see methods/README.md)",
            "new-method wrote nothing",
        ], "\(result)")
        #expect(try copy.snapshot() == before)
    }
}
