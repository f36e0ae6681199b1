import Foundation

/// A method module as the registry declares it: everything the host needs to list, check and run it.
public struct MethodManifest: Sendable, Equatable {
    /// Registry identifier (`swot`, `dot-voting`).
    public var id: String
    /// Version of the method, `MAJOR.MINOR.PATCH`.
    public var version: String
    /// Name in each language.
    public var name: LocalizedText
    /// One-line description in each language.
    public var summary: LocalizedText
    public var implementation: Implementation
    /// Model parts the method reads: the workshop it is handed holds only these, with info and agenda.
    public var reads: [ModelPart]
    /// Model parts the method may write; the host refuses a result that writes any other.
    public var writes: [ModelPart]
    public var parameters: [ParameterSpec]
    /// How the method's result is shown (its manifest's `result`).
    public var presentation: ResultPresentation = .ranking
    /// Where the manifest comes from.
    public var origin: Origin

    /// Where a manifest comes from.
    public enum Origin: Sendable, Equatable {
        /// Compiled into atelier, with the text of its page when it has one.
        case builtIn(page: String?)
        /// A manifest file of a registry folder.
        case file(URL)
    }

    /// The manifest file, for a manifest of a registry folder (every external method has one).
    public var file: URL? {
        guard case .file(let url) = origin else { return nil }
        return url
    }

    /// The text of the method's documentation page (`<id>.md` beside the manifest), when there is one.
    public var page: String? {
        switch origin {
        case .builtIn(let page): return page
        case .file(let url):
            return try? String(contentsOf: url.deletingLastPathComponent().appendingPathComponent("\(id).md"), encoding: .utf8)
        }
    }

    /// How the host runs the method.
    public enum Implementation: Sendable, Equatable {
        /// A Swift module built into `atelier`, by its ``WorkshopMethod/moduleName``.
        case module(String)
        /// An executable speaking JSON on standard input and output.
        case executable(ExecutableSpec)
    }

    /// An external method's executable and its limits.
    public struct ExecutableSpec: Sendable, Equatable {
        /// The program's real path (every symbolic link resolved), inside the manifest's folder.
        public var path: URL
        /// The program that runs ``path`` (`python3`, looked up in atelier's own `PATH`); nil when the
        /// file is itself executable.
        public var interpreter: String?
        public var arguments: [String]
        /// Seconds the program may run.
        public var timeoutSeconds: Double
        /// Bytes the program may print on standard output.
        public var maxOutputBytes: Int
        /// Environment variables passed through to the program; nothing else is.
        public var environment: [String]

        public static let defaultTimeoutSeconds: Double = 30
        public static let defaultMaxOutputBytes = 16 * 1024 * 1024
        /// The most a manifest may allow, 1 GiB: a result is held in memory to be checked.
        public static let largestMaxOutputBytes = 1024 * 1024 * 1024

        public init(path: URL, interpreter: String? = nil, arguments: [String] = [], timeoutSeconds: Double = defaultTimeoutSeconds,
                    maxOutputBytes: Int = defaultMaxOutputBytes, environment: [String] = []) {
            self.path = path
            self.interpreter = interpreter
            self.arguments = arguments
            self.timeoutSeconds = timeoutSeconds
            self.maxOutputBytes = maxOutputBytes
            self.environment = environment
        }
    }
}

/// A text in each of Atelier's languages.
public struct LocalizedText: Sendable, Equatable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    /// The text in a language; English when a language was left out (only parameter help may be).
    public subscript(language: Language) -> String { values[language] ?? values[.en] ?? "" }
}

/// A parameter a method accepts.
public struct ParameterSpec: Sendable, Equatable {
    public var name: String
    public var type: ParameterType
    /// Used when the step and the command line give none; nil makes the parameter optional.
    public var defaultValue: ParameterValue?
    public var min: Double?
    public var max: Double?
    /// Allowed values of a `choice`.
    public var choices: [String]
    public var help: LocalizedText

    /// The largest magnitude of a number parameter's value or bound: whatever a manifest or the command
    /// line says, a method never sees a number it could not count up to.
    public static let largestMagnitude: Double = 1_000_000_000

    public init(name: String, type: ParameterType, defaultValue: ParameterValue? = nil, min: Double? = nil,
                max: Double? = nil, choices: [String] = [], help: LocalizedText) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.min = min
        self.max = max
        self.choices = choices
        self.help = help
    }
}

/// The type of a method parameter.
public enum ParameterType: String, Sendable, CaseIterable {
    case integer, number, string, boolean, choice, list
}
