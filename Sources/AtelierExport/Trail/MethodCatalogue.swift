import AtelierKit

/// What documents know of the methods whose results they draw: each method's name and how its
/// result is shown, from the manifests of the registry. A method the catalogue lacks (an external
/// module that is not installed here) is drawn as a ranking under its id.
public struct MethodCatalogue: Sendable {
    private let manifests: [String: MethodManifest]

    /// The catalogue of these manifests (a registry's, usually).
    public init(_ manifests: [MethodManifest]) {
        self.manifests = Dictionary(manifests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A catalogue without any method: every result is drawn as a ranking.
    public static let empty = MethodCatalogue([])

    /// How a method's result is shown.
    func presentation(of method: String) -> ResultPresentation {
        manifests[method]?.presentation ?? .ranking
    }

    /// A method's name in a language, or its id when the catalogue lacks it.
    func name(of method: String, in language: Language) -> String {
        manifests[method]?.name[language] ?? method
    }
}
