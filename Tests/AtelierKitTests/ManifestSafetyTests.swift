import Foundation
import Testing
@testable import AtelierKit

/// Manifests and templates from others: the program they name stays inside their folder, no YAML alias
/// expands, and every number they set is bounded.
@Suite struct ManifestSafetyTests {
    /// A manifest of an external method running `executable`.
    static func external(_ executable: String) -> String {
        RegistryTests.base.replacingOccurrences(of: "module: Tally", with: "executable: \(executable)\n  interpreter: sh")
    }

    /// Loads a registry holding only `manifest`, as `tally.yaml` in `folder`.
    static func load(_ manifest: String, in folder: URL) throws -> Registry {
        _ = try write(manifest, to: "tally.yaml", in: folder)
        return try Registry.load(from: folder, builtinModules: ["Tally"])
    }

    @Test func refusesAnExecutableOutsideTheManifestsFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let registry = root.appendingPathComponent("methods"), outside = root.appendingPathComponent("outside")
        for folder in [registry, outside, registry.appendingPathComponent("sub")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        _ = try write("echo '{}'\n", to: "run.sh", in: outside)
        try FileManager.default.createSymbolicLink(atPath: registry.appendingPathComponent("link.sh").path, withDestinationPath: outside.path + "/run.sh")
        try FileManager.default.createSymbolicLink(atPath: registry.appendingPathComponent("tools").path, withDestinationPath: "../outside")
        let cases: [(String, String)] = [
            (outside.path + "/run.sh", "is an absolute path; give a path relative to the manifest's folder"),
            ("../outside/run.sh", "leads out of the manifest's folder through '..'"),
            ("sub/../../outside/run.sh", "leads out of the manifest's folder through '..'"),
            ("link.sh", "outside the manifest's folder"),
            ("tools/run.sh", "outside the manifest's folder"),
            ("sub", "is not a regular file (a program or a script)"),
        ]
        for (executable, message) in cases {
            #expect {
                try Self.load(Self.external(executable), in: registry)
            } throws: { error in
                let e = error as? RegistryError
                return e?.file.hasSuffix("tally.yaml") == true && e?.line == 6 && e?.key == "implementation.executable"
                    && e?.message.contains(message) == true
            }
        }
    }

    @Test func acceptsALinkThatStaysInsideAndKeepsTheRealPath() throws {
        let registry = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: registry) }
        try FileManager.default.createDirectory(at: registry.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let program = try write("echo '{}'\n", to: "sub/run.sh", in: registry)
        try FileManager.default.createSymbolicLink(atPath: registry.appendingPathComponent("run.sh").path, withDestinationPath: "sub/run.sh")
        let manifest = try #require(try Self.load(Self.external("run.sh"), in: registry).manifest("tally"))
        guard case .executable(let spec) = manifest.implementation else {
            Issue.record("not external")
            return
        }
        #expect(spec.path.path == ManifestLoader.realPath(program.path))
    }

    /// A billion laughs: nine levels of ten aliases each.
    static let laughs = "a: &a [\"lol\"]\n" + (1...9).map { level in
        let previous = level == 1 ? "a" : "l\(level - 1)"
        return "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
    }.joined()

    @Test func refusesAnchorsAndAliasesInAManifestNamingTheLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, Int)] = [
            (RegistryTests.base + "parameters:\n  - &p {name: a, type: string}\n  - *p\n", 9),
            (RegistryTests.base.replacingOccurrences(of: "writes: [results]", with: "reads: &r [items]\nwrites: *r"), 7),
            (Self.laughs, 1),
        ]
        for (text, line) in cases {
            #expect {
                try Self.load(text, in: folder)
            } throws: { error in
                let e = error as? RegistryError
                return e?.file.hasSuffix("tally.yaml") == true && e?.line == line && e?.message.contains("YAML anchors and aliases") == true
            }
        }
        #expect {
            try Self.load(RegistryTests.base + "parameters:\n  - *nowhere\n", in: folder)
        } throws: { error in
            (error as? RegistryError)?.line == 9
        }
    }

    @Test func refusesABillionLaughsTemplate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let twoDay = try String(contentsOf: ExternalFixtures.methods.appendingPathComponent("builtin/templates/two-day.yaml"), encoding: .utf8)
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        for (name, text) in [("laughs", Self.laughs), ("aliased", twoDay.replacingOccurrences(of: "criteria:", with: "criteria: &c"))] {
            _ = try write(text, to: "\(name).yaml", in: templates)
            #expect {
                try Registry.load(from: folder, builtinModules: []).template(named: name)
            } throws: { error in
                let e = error as? RegistryError
                return e?.file.hasSuffix("\(name).yaml") == true && e?.line != nil && e?.message.contains("YAML anchors and aliases") == true
            }
        }
        _ = try write(twoDay, to: "plain.yaml", in: templates)
        #expect(try Registry.load(from: folder, builtinModules: []).template(named: "plain").days.count == 2)
    }

    @Test func refusesAManifestFileTooLargeToBeOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let padding = String(repeating: "# padding\n", count: PlainYAML.maximumBytes / 10 + 1)
        #expect {
            try Self.load(RegistryTests.base + padding, in: folder)
        } throws: { error in
            (error as? RegistryError)?.message.contains("larger than \(PlainYAML.maximumBytes) bytes") == true
        }
    }

    /// Absurd limits: the text replacing `interpreter: sh`'s line end, the line and key at fault, and the message.
    static let absurd: [(String, Int, String, String)] = [
        ("\n  max_output_bytes: 1e30", 8, "implementation.max_output_bytes", "between 1 and 1073741824"),
        ("\n  max_output_bytes: 9223372036854775807", 8, "implementation.max_output_bytes", "between 1 and 1073741824"),
        ("\n  max_output_bytes: -5", 8, "implementation.max_output_bytes", "between 1 and 1073741824"),
        ("\n  timeout_seconds: -1", 8, "implementation.timeout_seconds", "between 0 and 3600"),
        ("\n  timeout_seconds: 1e300", 8, "implementation.timeout_seconds", "between 0 and 3600"),
        ("\n  timeout_seconds: .nan", 8, "implementation.timeout_seconds", "between 0 and 3600"),
        ("\nparameters:\n  - {name: n, type: integer, max: 1e30}", 9, "parameters[0].max", "between -1000000000 and 1000000000"),
        ("\nparameters:\n  - {name: n, type: number, min: -.inf}", 9, "parameters[0].min", "between -1000000000 and 1000000000"),
        ("\nparameters:\n  - {name: n, type: integer, default: 9000000000000}", 9, "parameters[0].default",
         "9000000000000 is beyond the largest value a parameter may take, 1000000000"),
    ]

    @Test(arguments: absurd)
    func refusesAnAbsurdLimit(_ addition: String, _ line: Int, _ key: String, _ message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write("echo\n", to: "run.sh", in: folder)
        let text = Self.external("run.sh").replacingOccurrences(of: "interpreter: sh", with: "interpreter: sh" + addition)
        #expect {
            try Self.load(text, in: folder)
        } throws: { error in
            let e = error as? RegistryError
            return e?.file.hasSuffix("tally.yaml") == true && e?.line == line && e?.key == key && e?.message.contains(message) == true
        }
    }
}
