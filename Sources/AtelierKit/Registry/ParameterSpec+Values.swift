import Foundation

extension ParameterSpec {
    /// Why a value does not fit this parameter, or nil when it does.
    public func problem(with value: ParameterValue) -> String? {
        switch (type, value) {
        case (.integer, .integer(let v)):
            return bounds(Double(v))
        case (.number, .integer(let v)):
            return bounds(Double(v))
        case (.number, .number(let v)):
            return v.isFinite ? bounds(v) : "must be a finite number"
        case (.boolean, .bool), (.string, .string), (.list, .list):
            return nil
        case (.choice, .string(let v)):
            return choices.contains(v) ? nil : "'\(v)' is not one of \(choices.joined(separator: ", "))"
        default:
            return "must be \(type.noun), not '\(value)'"
        }
    }

    private func bounds(_ v: Double) -> String? {
        if abs(v) > Self.largestMagnitude { return "\(v.plain) is beyond the largest value a parameter may take, \(Self.largestMagnitude.plain)" }
        if let min, v < min { return "\(v.plain) is below the minimum \(min.plain)" }
        if let max, v > max { return "\(v.plain) is above the maximum \(max.plain)" }
        return nil
    }

    /// Reads a value typed on the command line (`--param dots=5`).
    public func parse(_ text: String) -> ParameterValue? {
        switch type {
        case .integer: Int(text).map(ParameterValue.integer)
        case .number: Double(text).flatMap { $0.isFinite ? ParameterValue.number($0) : nil }
        case .boolean:
            switch text.lowercased() {
            case "true", "yes", "1": .bool(true)
            case "false", "no", "0": .bool(false)
            default: nil
            }
        case .string, .choice: .string(text)
        case .list: .list(text.isEmpty ? [] : text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
    }
}

extension ParameterType {
    /// How messages name the type.
    var noun: String {
        switch self {
        case .integer: "a whole number"
        case .number: "a number"
        case .string: "text"
        case .boolean: "true or false"
        case .choice: "one of the listed choices"
        case .list: "a comma-separated list"
        }
    }
}

extension MethodManifest {
    /// The parameters a run uses: the step's values, overridden by the command line's, with defaults
    /// for the rest, each checked against its declaration.
    /// - Parameters:
    ///   - step: Values from the agenda step.
    ///   - overrides: `KEY=VALUE` texts from the command line, by key.
    /// - Throws: ``ParameterError`` for an unknown parameter, a value of the wrong type, or one out of bounds.
    public func resolveParameters(step: [String: ParameterValue], overrides: [String: String]) throws -> [String: ParameterValue] {
        var result: [String: ParameterValue] = [:]
        let known = Set(parameters.map(\.name))
        for name in Set(step.keys).union(overrides.keys).sorted() where !known.contains(name) {
            let list = parameters.isEmpty ? "it takes none" : "known: \(parameters.map(\.name).joined(separator: ", "))"
            throw ParameterError(method: id, parameter: name, message: "unknown parameter (\(list))")
        }
        for spec in parameters {
            var value = spec.defaultValue
            if let v = step[spec.name] { value = v }
            if let text = overrides[spec.name] {
                guard let v = spec.parse(text) else {
                    throw ParameterError(method: id, parameter: spec.name, message: "'\(text)' is not \(spec.type.noun)")
                }
                value = v
            }
            guard var value else { continue }
            if spec.type == .number, case .integer(let v) = value { value = .number(Double(v)) }
            if let problem = spec.problem(with: value) {
                throw ParameterError(method: id, parameter: spec.name, message: problem)
            }
            result[spec.name] = value
        }
        return result
    }
}
