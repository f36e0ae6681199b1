import Crypto
import Foundation

/// The external methods the user has allowed to run, as `direnv allow` does for folders.
///
/// For each trusted manifest (by its real path) the file records the SHA-256 of the manifest and of
/// the program it runs. A method runs only while both are unchanged; built-in methods need no trust.
public struct TrustStore: Sendable {
    /// The JSON file of trusted manifests.
    public var file: URL

    public init(file: URL) { self.file = file }

    /// The user's store: `$XDG_CONFIG_HOME/atelier/trusted.json`, or `~/.config/atelier/trusted.json`
    /// when that variable is unset or not an absolute path.
    public static func user(environment: [String: String]) -> TrustStore {
        let config: URL
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            config = URL(fileURLWithPath: base)
        } else {
            config = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config")
        }
        return TrustStore(file: config.appendingPathComponent("atelier/trusted.json"))
    }

    /// Whether a method may run.
    public enum Standing: Sendable, Equatable {
        /// Built in, or external and unchanged since the user trusted it.
        case trusted
        /// External and never trusted.
        case unknown
        /// External, trusted once, and its manifest or program has changed since.
        case changed
    }

    /// What the user agreed to run.
    struct Fingerprint: Codable, Equatable {
        /// SHA-256 of the manifest file, in hexadecimal.
        var manifest: String
        /// SHA-256 of the program file, in hexadecimal.
        var executable: String
    }

    /// Whether the method may run now.
    /// - Throws: ``TrustError`` when the store or one of the method's files cannot be read.
    public func standing(of manifest: MethodManifest) throws(TrustError) -> Standing {
        guard case .executable(let spec) = manifest.implementation, let manifestFile = manifest.file else { return .trusted }
        guard let recorded = try entries()[Self.key(manifestFile)] else { return .unknown }
        return recorded == (try Self.fingerprint(manifest: manifestFile, executable: spec.path)) ? .trusted : .changed
    }

    /// Records the method's manifest and program as they are now, replacing what was recorded for it.
    /// The file is replaced atomically: a crash leaves the old file or the new one.
    /// - Throws: ``TrustError`` when a file cannot be read or the store cannot be written.
    public func trust(_ manifest: MethodManifest) throws(TrustError) {
        guard case .executable(let spec) = manifest.implementation, let manifestFile = manifest.file else { return }
        var all = try entries()
        all[Self.key(manifestFile)] = try Self.fingerprint(manifest: manifestFile, executable: spec.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try encoder.encode(all).write(to: file, options: .atomic)
        } catch {
            throw TrustError(file: file.path, message: "cannot be written: \(error.localizedDescription)")
        }
    }

    /// The recorded fingerprints by manifest path; none when the file does not exist yet.
    private func entries() throws(TrustError) -> [String: Fingerprint] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [:] }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw TrustError(file: file.path, message: "cannot be read")
        }
        do {
            return try JSONDecoder().decode([String: Fingerprint].self, from: data)
        } catch {
            throw TrustError(file: file.path, message: "is not the list of trusted methods atelier writes; remove it and trust the methods again")
        }
    }

    /// A manifest's real path: a manifest reached through another link is the same manifest.
    private static func key(_ manifest: URL) -> String {
        ManifestLoader.realPath(manifest.path) ?? manifest.standardizedFileURL.path
    }

    private static func fingerprint(manifest: URL, executable: URL) throws(TrustError) -> Fingerprint {
        Fingerprint(manifest: try sha256(of: manifest), executable: try sha256(of: executable))
    }

    /// The SHA-256 of a file's content in hexadecimal, read a megabyte at a time.
    static func sha256(of url: URL) throws(TrustError) -> String {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var hash = SHA256()
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(data: chunk) }
            return hash.finalize().map { String(format: "%02x", $0) }.joined()
        } catch {
            throw TrustError(file: url.path, message: "cannot be read to check it is unchanged: \(error.localizedDescription)")
        }
    }
}

/// The store of trusted methods, or a file it fingerprints, could not be read or written.
public struct TrustError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file concerned.
    public var file: String
    public var message: String

    public var description: String { "\(file): \(message)" }
}
