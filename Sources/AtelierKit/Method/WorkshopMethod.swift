/// A method module built into Atelier.
///
/// A module computes; it never writes. It receives a ``MethodRequest`` and returns a ``MethodResult``;
/// the host checks the result and applies it in one transaction, so a method that throws leaves the
/// workshop exactly as it was.
public protocol WorkshopMethod: Sendable {
    /// The module name the registry's `implementation.module` refers to (for example `SWOT`).
    static var moduleName: String { get }

    /// Runs the method over a snapshot of the workshop.
    /// - Throws: ``MethodError`` (or any error) when the workshop or parameters do not allow the method to run.
    func run(_ request: MethodRequest) throws -> MethodResult
}

/// Why a method could not run, said for the facilitator.
public struct MethodError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong and, where it helps, what to do.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
