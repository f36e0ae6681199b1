import Foundation
import Testing
@testable import AtelierKit

/// The registry built into the host, and a registry folder that adds to it.
@Suite struct BuiltInRegistryTests {
    static let template = "title: Court\ncriteria: []\ndays:\n  - title: Jour\n    steps:\n      - {id: tally, title: Décompte, method: tally}\n"
    static let builtIn = ["tally.yaml": RegistryTests.base, "tally.md": "# Tally\n", "templates/short.yaml": template]

    @Test func builtInManifestsPagesAndTemplatesLoadWithoutAFolder() throws {
        let registry = try Registry.load(from: nil, builtIn: Self.builtIn, builtinModules: ["Tally"])
        let tally = try #require(registry.manifest("tally"))
        #expect(tally.origin == .builtIn(page: "# Tally\n"))
        #expect(tally.file == nil && tally.page == "# Tally\n")
        #expect(registry.templateNames == ["short"])
        #expect(try registry.template(named: "short").days.map(\.steps.count) == [1])
        #expect(registry.directory == nil)
    }

    @Test func aFolderAddsModulesAndTemplates() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try write(RegistryTests.base.replacingOccurrences(of: "id: tally", with: "id: count"), to: "count.yaml", in: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        _ = try write(Self.template, to: "long.yaml", in: folder.appendingPathComponent("templates"))
        let registry = try Registry.load(from: folder, builtIn: Self.builtIn, builtinModules: ["Tally"])
        #expect(registry.manifests.map(\.id) == ["count", "tally"])
        #expect(registry.manifest("count")?.origin == .file(file))
        #expect(registry.templateNames == ["long", "short"])
    }

    @Test func aFolderManifestReusingABuiltInIDIsRefusedNamingBoth() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(RegistryTests.base, to: "mine.yaml", in: folder)
        #expect {
            try Registry.load(from: folder, builtIn: Self.builtIn, builtinModules: ["Tally"])
        } throws: { error in
            let e = error as? RegistryError
            return e?.file.hasSuffix("/mine.yaml") == true && e?.line == 1 && e?.key == "id"
                && e?.message == "id 'tally' is already declared by atelier's built-in tally.yaml; choose another id"
        }
    }

    @Test func aFolderTemplateReusingABuiltInNameIsRefusedNamingBoth() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        _ = try write(Self.template, to: "short.yaml", in: folder.appendingPathComponent("templates"))
        #expect {
            try Registry.load(from: folder, builtIn: Self.builtIn, builtinModules: ["Tally"])
        } throws: { error in
            let e = error as? RegistryError
            return e?.file.hasSuffix("templates/short.yaml") == true
                && e?.message == "template 'short' is already declared by atelier's built-in templates/short.yaml; choose another name"
        }
    }

    @Test func aBuiltInManifestNamesAModuleNotAnExecutable() throws {
        let builtIn = ["tally.yaml": RegistryTests.base.replacingOccurrences(of: "module: Tally", with: "executable: tally.py")]
        #expect {
            try Registry.load(from: nil, builtIn: builtIn, builtinModules: ["Tally"])
        } throws: { error in
            "\(error)" == "atelier's built-in tally.yaml:6:15: error: implementation.executable: a built-in manifest names a module, not an executable"
        }
    }
}
