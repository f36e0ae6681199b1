import Foundation
import Testing

/// A copy of this package in a temporary folder, where the `new-method` plugin can write and the
/// result can be built without touching the package itself.
///
/// Copies live in the package's `.build/plugin-tests`, one at a time, always at the same place and with
/// one scratch folder: `swift package` then compiles the plugin again only when its sources change,
/// the dependencies are built once, and later runs only rebuild what changed. On first use the scratch
/// folder is seeded with the package's own checkouts, so nothing is fetched. The tests using copies
/// must therefore run one after the other.
struct PackageCopy {
    /// The package these tests belong to.
    static let original = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The folder holding the copy, its logs and the build folder they share.
    static let home = original.appendingPathComponent(".build/plugin-tests")
    /// The build folder all copies share.
    static let scratch = home.appendingPathComponent("scratch")
    /// What a copy holds: enough to resolve, build and test the package.
    static let contents = ["Package.swift", "Package.resolved", "Sources", "Plugins", "Tests", "methods"]

    /// The copy's root folder.
    let root: URL
    /// Where command output goes, outside the copy.
    private let logs: URL

    /// Copies the package, replacing the previous copy.
    init() throws {
        let fileManager = FileManager.default
        root = Self.home.appendingPathComponent("Atelier")
        logs = Self.home.appendingPathComponent("logs")
        for folder in [root, logs] {
            if fileManager.fileExists(atPath: folder.path) { try fileManager.removeItem(at: folder) }
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for name in Self.contents where fileManager.fileExists(atPath: Self.original.appendingPathComponent(name).path) {
            try fileManager.copyItem(at: Self.original.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        try Self.seedScratch()
    }

    /// Removes the copy and its logs; the scratch folder stays for the next copy.
    func discard() {
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.removeItem(at: logs)
    }

    /// A file or folder of the copy.
    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// The text of a file of the copy.
    func text(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    /// Every file the plugin may write (the manifest, the sources, the tests, the registry), with its
    /// contents, by path in the copy.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in ["Package.swift", "Sources", "Plugins", "Tests", "methods"] {
            let top = url(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: top.path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else {
                files[name] = try Data(contentsOf: top)
                continue
            }
            for case let file as URL in FileManager.default.enumerator(at: top, includingPropertiesForKeys: nil) ?? .init() {
                let path = name + file.path.dropFirst(top.path.count)
                var isSubfolder: ObjCBool = false
                FileManager.default.fileExists(atPath: file.path, isDirectory: &isSubfolder)
                files[path] = isSubfolder.boolValue ? Data() : try Data(contentsOf: file)
            }
        }
        return files
    }

    /// `swift package --allow-writing-to-package-directory new-method …` in the copy.
    func newMethod(_ arguments: [String]) throws -> CommandOutput {
        try swift(["package", "--scratch-path", Self.scratch.path, "--allow-writing-to-package-directory", "new-method"] + arguments)
    }

    /// A `swift` command in the copy, with the shared scratch folder.
    func swift(_ arguments: [String]) throws -> CommandOutput {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["swift"] + arguments, in: root)
    }

    /// Runs a program and waits for it. Output goes through files (replaced at each run), so a
    /// talkative build cannot block on a full pipe. The slow tests' switch is not passed on, so tests run inside the copy stay quick.
    func run(_ program: URL, _ arguments: [String], in folder: URL, environment extra: [String: String] = [:]) throws -> CommandOutput {
        let outURL = logs.appendingPathComponent("stdout")
        let errURL = logs.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["ATELIER_SLOW_TESTS"] = nil
        process.environment = environment.merging(extra) { _, given in given }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return CommandOutput(
            command: ([program.lastPathComponent] + arguments).joined(separator: " "), status: process.terminationStatus,
            output: try String(contentsOf: outURL, encoding: .utf8), errors: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Gives the shared scratch folder the package's resolved dependencies, the first time.
    private static func seedScratch() throws {
        let fileManager = FileManager.default
        let state = scratch.appendingPathComponent("workspace-state.json")
        guard !fileManager.fileExists(atPath: state.path) else { return }
        try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
        let build = original.appendingPathComponent(".build")
        for name in ["checkouts", "repositories", "workspace-state.json"] {
            let source = build.appendingPathComponent(name)
            let target = scratch.appendingPathComponent(name)
            guard fileManager.fileExists(atPath: source.path), !fileManager.fileExists(atPath: target.path) else { continue }
            try fileManager.copyItem(at: source, to: target)
        }
    }
}

/// What a command printed, and how it ended.
struct CommandOutput: CustomStringConvertible {
    let command: String
    let status: Int32
    let output: String
    let errors: String

    /// The error lines `swift package` printed for a plugin, without the `error: ` prefix.
    var errorLines: [String] {
        errors.split(whereSeparator: \.isNewline).compactMap { line in
            line.hasPrefix("error: ") ? String(line.dropFirst("error: ".count)) : nil
        }
    }

    /// The command and everything it printed, for a failing expectation's message.
    var description: String { "\(command) exited with \(status)\n--- stdout\n\(output)\n--- stderr\n\(errors)" }
}
