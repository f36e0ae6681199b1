import Foundation

/// Where a message breaks the published schema, and how.
struct SchemaViolation: Error, Sendable, Equatable, CustomStringConvertible {
    /// The place in the message, for example `changes.items.upsert[2].kind`; empty for the whole message.
    var path: String
    var problem: String

    var description: String { path.isEmpty ? problem : "at \(path): \(problem)" }
}

/// Checks a result message against ``MessageSchema`` as the published result schema states it:
/// required properties present, no property the schema does not name, every value of its type.
/// Properties that may be absent may also be `null`.
enum MessageChecker {
    /// Checks a value against a named object of ``MessageSchema/definitions``.
    /// - Throws: the first ``SchemaViolation`` found, in document order.
    static func check(_ value: JSONValue, against definition: String) throws(SchemaViolation) {
        try check(value, .definition(definition), at: "")
    }

    private static func check(_ value: JSONValue, _ shape: MessageShape, at path: String) throws(SchemaViolation) {
        switch shape {
        case .string(let rule):
            guard case .string(let text) = value else { throw mismatch(value, "a string", at: path) }
            try check(text, rule, at: path)
        case .integer:
            guard value.integerValue != nil else { throw mismatch(value, "an integer", at: path) }
        case .number:
            switch value {
            case .integer, .number: break
            default: throw mismatch(value, "a number", at: path)
            }
        case .boolean:
            guard case .bool = value else { throw mismatch(value, "true or false", at: path) }
        case .version:
            guard value.integerValue == MethodRequest.protocolVersion else {
                throw SchemaViolation(path: path, problem: "expected the protocol version \(MethodRequest.protocolVersion) (the version of "
                    + "the request this host sent), found \(value.described)")
            }
        case .choice(let choices):
            guard case .string(let text) = value, choices.contains(text) else {
                throw mismatch(value, "one of " + choices.map { "\"\($0)\"" }.joined(separator: ", "), at: path)
            }
        case .array(let elementShape):
            guard case .array(let elements) = value else { throw mismatch(value, "an array", at: path) }
            for (index, element) in elements.enumerated() {
                try check(element, elementShape, at: "\(path)[\(index)]")
            }
        case .map(let valueShape):
            guard case .object(let members) = value else { throw mismatch(value, "an object", at: path) }
            for member in members {
                try check(member.value, valueShape, at: join(path, member.key))
            }
        case .definition(let name):
            try check(value, MessageSchema.definitions[name]!, at: path)
        case .anyOf(let shapes):
            for candidate in shapes where (try? check(value, candidate, at: path)) != nil { return }
            throw mismatch(value, "a boolean, a number, a string or a list of strings", at: path)
        }
    }

    private static func check(_ value: JSONValue, _ object: ObjectShape, at path: String) throws(SchemaViolation) {
        guard case .object(let members) = value else { throw mismatch(value, "an object", at: path) }
        let given = Dictionary(members, uniquingKeysWith: { first, _ in first })
        for property in object.properties where property.presence == .required && given[property.name] == nil {
            throw SchemaViolation(path: path, problem: "the required field \"\(property.name)\" is missing")
        }
        if let rule = object.conditional, given[rule.property] == .string(rule.equals),
           given[rule.requires] == nil || given[rule.requires] == .null {
            throw SchemaViolation(path: path, problem: "the field \"\(rule.requires)\" is required when \"\(rule.property)\" is \"\(rule.equals)\"")
        }
        for member in members {
            guard let property = object.property(member.key) else {
                let known = object.properties.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw SchemaViolation(path: path, problem: "unknown field \"\(member.key)\"; the fields allowed here are \(known)")
            }
            if member.value == .null, property.presence != .required { continue }
            try check(member.value, property.shape, at: join(path, member.key))
        }
    }

    private static func check(_ text: String, _ rule: MessageShape.TextRule, at path: String) throws(SchemaViolation) {
        switch rule {
        case .any:
            return
        case .date:
            if CalendarDate(text) == nil {
                throw SchemaViolation(path: path, problem: "\"\(text)\" is not a calendar date of the form YYYY-MM-DD")
            }
        case .horizon:
            if Horizon(text) == nil {
                throw SchemaViolation(path: path, problem: "\"\(text)\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
            }
        case .nonBlank:
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw SchemaViolation(path: path, problem: "expected a non-blank string, found \"\(text)\"")
            }
        }
    }

    private static func mismatch(_ value: JSONValue, _ expected: String, at path: String) -> SchemaViolation {
        SchemaViolation(path: path, problem: "expected \(expected), found \(value.described)")
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
