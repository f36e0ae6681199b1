import Foundation

/// Bubblewrap (`bwrap`), which confines an external method: no network, a read-only view of the system,
/// its own folder read-only, its working folder writable, and nothing else of the host (not the
/// workshop, not the home folder).
public struct Sandbox: Sendable, Equatable {
    /// The `bwrap` program.
    public var bubblewrap: URL

    public init(bubblewrap: URL) { self.bubblewrap = bubblewrap }

    /// Bubblewrap from the folders of `searchPath`, or nil when it is not installed.
    public static func find(searchPath: String) -> Sandbox? {
        ExternalMethod.locate("bwrap", searchPath: searchPath).map(Sandbox.init)
    }

    /// What to tell the user when there is no sandbox.
    public static let missingWarning = "warning: external methods run unsandboxed, with access to your files and the network, "
        + "because bubblewrap (bwrap) is not installed; install it (Debian and Ubuntu: apt install bubblewrap)"

    /// The system folders the sandbox shows, read-only: enough to run a shell, Python and the like.
    static let systemFolders = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/etc/alternatives", "/etc/ld.so.cache"]

    /// Whether a path is among the system folders the sandbox shows.
    static func shows(_ path: String) -> Bool {
        systemFolders.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// The program to start and its arguments to run `program arguments` inside the sandbox.
    /// - Parameters:
    ///   - moduleFolder: Shown read-only at its own path.
    ///   - workingDirectory: Shown writable at its own path; the program starts there.
    func command(_ program: URL, _ arguments: [String], moduleFolder: URL, workingDirectory: URL) -> (URL, [String]) {
        var options = ["--unshare-all", "--die-with-parent", "--new-session", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
        for folder in Self.systemFolders { options += ["--ro-bind-try", folder, folder] }
        options += ["--ro-bind", moduleFolder.path, moduleFolder.path, "--bind", workingDirectory.path, workingDirectory.path,
                    "--chdir", workingDirectory.path, "--", program.path]
        return (bubblewrap, options + arguments)
    }
}
