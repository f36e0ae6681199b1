/// What a method module receives: a read-only snapshot of the workshop, its checked parameters, and
/// the step it runs for.
///
/// External modules receive it as JSON on standard input (see `methods/README.md`).
public struct MethodRequest: Codable, Sendable {
    /// Version of the request and result messages; raised when their meaning changes.
    public static let protocolVersion = 1

    public var version: Int
    /// The registry id of the method.
    public var method: String
    /// The step the method runs for: an agenda step, or one made up for an ad-hoc run (its id is the method id).
    public var step: AgendaStep
    /// Parameters with their defaults filled in and their types and bounds checked.
    public var parameters: [String: ParameterValue]
    /// The language for summaries and any text the method writes.
    public var language: Language
    public var workshop: Workshop

    public init(
        method: String, step: AgendaStep, parameters: [String: ParameterValue], language: Language,
        workshop: Workshop
    ) {
        version = Self.protocolVersion
        self.method = method
        self.step = step
        self.parameters = parameters
        self.language = language
        self.workshop = workshop
    }
}
