import Foundation
import Testing

/// One malformed input handed to `atelier` as a user would: the files it needs, the command, and what
/// the command must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// Where the input enters Atelier.
    enum Entry: String, Sendable, CaseIterable {
        case csv = "CSV file"
        case records = "records of an import"
        case ballots = "ballots for a dot vote"
        case scores = "scores for a matrix"
        case registry = "registry manifest"
        case template = "workshop template"
        case parameters = "command-line parameter"
        case workshop = "workshop file"
        case spreadsheet = "spreadsheet (.ods, .fods)"
    }

    /// A file's content, written when the test runs (a 100 MB line is not held in memory beforehand).
    enum Content: Sendable {
        case text(String)
        case bytes([UInt8])
        /// Bytes written as base64 (a small zip package).
        case base64(String)
        /// `prefix`, then `count` times `byte`, then `suffix`.
        case repeated(prefix: String, byte: UInt8, count: Int, suffix: String)

        func write(to url: URL) throws {
            switch self {
            case .text(let text):
                try Data(text.utf8).write(to: url)
            case .bytes(let bytes):
                try Data(bytes).write(to: url)
            case .base64(let text):
                try #require(Data(base64Encoded: text)).write(to: url)
            case .repeated(let prefix, let byte, let count, let suffix):
                FileManager.default.createFile(atPath: url.path, contents: Data(prefix.utf8))
                let handle = try FileHandle(forWritingTo: url)
                defer { try? handle.close() }
                try handle.seekToEnd()
                let chunk = Data(repeating: byte, count: 1 << 20)
                var left = count
                while left > 0 {
                    try handle.write(contentsOf: left >= chunk.count ? chunk : chunk.prefix(left))
                    left -= chunk.count
                }
                try handle.write(contentsOf: Data(suffix.utf8))
            }
        }
    }

    /// A file of the registry folder (`registry`) the command is given with `--methods registry`; the
    /// folder starts empty.
    enum RegistryEdit: Sendable {
        /// Writes a file of the built-in registry (`methods/builtin`) into the folder, or the one written
        /// there before, with text replaced; the text must be there.
        case replace(file: String, String, with: String)
        /// Adds a file (or replaces one) with this content.
        case write(file: String, Content)
        /// Writes a file of the built-in registry into the folder under a name.
        case copy(file: String, to: String)
    }

    var entry: Entry
    var name: String
    /// Files written in the folder before the command runs.
    var files: [String: Content] = [:]
    /// Changes to a copy of the registry; none means the command uses the package's registry.
    var registry: [RegistryEdit] = []
    var arguments: [String]
    /// 1 for a user error, 2 for a usage error.
    var status: Int32 = 1
    /// What standard error must contain: the file, line and field, and what is wrong.
    var message: String

    var testDescription: String { "\(entry.rawValue): \(name)" }

    /// A CSV import of one file.
    static func importing(
        _ entry: Entry, _ name: String, _ kind: String, _ file: String, _ content: Content, step: String? = nil, message: String
    ) -> BadInput {
        BadInput(entry: entry, name: name, files: [file: content],
                 arguments: ["import", kind, file] + (step.map { ["--step", $0] } ?? []), message: message)
    }

    /// Writes the input's files and registry copy into the folder.
    /// - Returns: The files written whose bytes are worth comparing afterwards (not the 100 MB ones).
    func prepare(in cli: CLI) throws -> [URL] {
        var written: [URL] = []
        for (file, content) in files.sorted(by: { $0.key < $1.key }) {
            let url = cli.folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url)
            if case .repeated = content { continue }
            if !file.contains("/") { written.append(url) }
        }
        guard !registry.isEmpty else { return written }
        let copy = cli.folder.appendingPathComponent("registry")
        let builtIn = CLI.packageRoot.appendingPathComponent("methods/builtin")
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("templates"), withIntermediateDirectories: true)
        for edit in registry {
            switch edit {
            case .replace(let file, let old, let new):
                let url = copy.appendingPathComponent(file)
                let source = FileManager.default.fileExists(atPath: url.path) ? url : builtIn.appendingPathComponent(file)
                let text = try String(contentsOf: source, encoding: .utf8)
                try #require(text.contains(old), "\(file) has no \(old)")
                try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
                written.append(url)
            case .write(let file, let content):
                let url = copy.appendingPathComponent(file)
                try content.write(to: url)
                written.append(url)
            case .copy(let file, let name):
                let url = copy.appendingPathComponent(name)
                try FileManager.default.copyItem(at: builtIn.appendingPathComponent(file), to: url)
                written.append(url)
            }
        }
        return written
    }

    /// The command line, naming the registry copy when there is one.
    var commandLine: [String] { registry.isEmpty ? arguments : arguments + ["--methods", "registry"] }
}
