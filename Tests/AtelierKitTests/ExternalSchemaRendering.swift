@testable import AtelierKit

/// Renders ``MessageSchema`` as the JSON Schema documents published in `methods/schema/`.
///
/// The request schema lists as required every property the host always sends and lets later hosts add
/// properties; the result schema requires only what a result must give, refuses properties it does not
/// name, and lets a property that may be left out also be `null` (as the decoder reads it as absent).
enum SchemaRendering {
    static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// A published schema: its file in `methods/schema/`, its root object and title, and whether it is
    /// read strictly as a result is (`forResult`) or leniently as a request is.
    struct Published: Sendable {
        var file: String
        var root: String
        var title: String
        var forResult: Bool
    }

    static let published = [
        Published(file: "method-request-1.schema.json", root: MessageSchema.request,
                  title: "Atelier method request, protocol version \(MethodRequest.protocolVersion)", forResult: false),
        Published(file: "method-result-1.schema.json", root: MessageSchema.result,
                  title: "Atelier method result, protocol version \(MethodRequest.protocolVersion)", forResult: true),
        Published(file: "step-result-1.schema.json", root: MessageSchema.stepResult,
                  title: "Atelier step result as stored and printed by atelier show --json, version 1", forResult: true),
    ]

    /// The schema document of a published schema.
    static func document(_ schema: Published) -> String {
        let (root, title, forResult) = (schema.root, schema.title, schema.forResult)
        var members: [(key: String, value: JSONValue)] = [("$schema", .string(draft)), ("title", .string(title))]
        members += object(MessageSchema.definitions[root]!, forResult: forResult)
        let definitions = reachable(from: root).filter { $0 != root }.sorted()
        members.append(("$defs", .object(definitions.map { ($0, .object(object(MessageSchema.definitions[$0]!, forResult: forResult))) })))
        return text(.object(members), indent: "") + "\n"
    }

    /// Names of the objects a root object refers to, directly or not, and the root itself.
    private static func reachable(from root: String) -> Set<String> {
        var found: Set<String> = [root]
        var pending = [root]
        while let name = pending.popLast() {
            for property in MessageSchema.definitions[name]!.properties {
                for reference in references(property.shape) where found.insert(reference).inserted {
                    pending.append(reference)
                }
            }
        }
        return found
    }

    private static func references(_ shape: MessageShape) -> [String] {
        switch shape {
        case .definition(let name): [name]
        case .array(let element), .map(let element): references(element)
        case .anyOf(let shapes): shapes.flatMap(references)
        case .string, .integer, .number, .boolean, .version, .choice: []
        }
    }

    private static func object(_ shape: ObjectShape, forResult: Bool) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [("description", .string(shape.description)), ("type", .string("object"))]
        members.append(("properties", .object(shape.properties.map { property in
            let nullable = forResult && property.presence != .required
            var schema = self.schema(property.shape, nullable: nullable)
            if let description = property.description { schema.insert(("description", .string(description)), at: 0) }
            return (property.name, .object(schema))
        })))
        let required = shape.properties.filter { $0.presence == .required || (!forResult && $0.presence == .sent) }
        members.append(("required", .array(required.map { .string($0.name) })))
        if forResult { members.append(("additionalProperties", .bool(false))) }
        if let rule = shape.conditional {
            members.append(("if", .object([
                ("properties", .object([(rule.property, .object([("const", .string(rule.equals))]))])),
                ("required", .array([.string(rule.property)])),
            ])))
            members.append(("then", .object([
                ("properties", .object([(rule.requires, .object([("type", .string("string"))]))])),
                ("required", .array([.string(rule.requires)])),
            ])))
        }
        return members
    }

    private static func schema(_ shape: MessageShape, nullable: Bool) -> [(key: String, value: JSONValue)] {
        func type(_ name: String) -> (key: String, value: JSONValue) {
            ("type", nullable ? .array([.string(name), .string("null")]) : .string(name))
        }
        switch shape {
        case .string(let rule):
            let pattern: String? = switch rule {
            case .any: nil
            case .date: #"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"#
            case .horizon: #"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"#
            case .nonBlank: #"\S"#
            }
            return [type("string")] + (pattern.map { [("pattern", .string($0))] } ?? [])
        case .integer: return [type("integer")]
        case .number: return [type("number")]
        case .boolean: return [type("boolean")]
        case .version: return [("const", .integer(MethodRequest.protocolVersion))]
        case .choice(let choices):
            return [("enum", .array(choices.map { .string($0) } + (nullable ? [.null] : [])))]
        case .array(let element):
            return [type("array"), ("items", .object(schema(element, nullable: false)))]
        case .map(let value):
            return [type("object"), ("additionalProperties", .object(schema(value, nullable: false)))]
        case .definition(let name):
            let reference: JSONValue = .object([("$ref", .string("#/$defs/\(name)"))])
            return nullable ? [("anyOf", .array([reference, .object([("type", .string("null"))])]))] : [("$ref", .string("#/$defs/\(name)"))]
        case .anyOf(let shapes):
            let choices = shapes.map { JSONValue.object(schema($0, nullable: false)) } + (nullable ? [.object([("type", .string("null"))])] : [])
            return [("anyOf", .array(choices))]
        }
    }

    /// JSON with two-space indentation; arrays of plain values stay on one line.
    static func text(_ value: JSONValue, indent: String) -> String {
        let inner = indent + "  "
        switch value {
        case .null: return "null"
        case .bool(let v): return v ? "true" : "false"
        case .integer(let v): return String(v)
        case .number(let v): return String(v)
        case .string(let v): return quoted(v)
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            if elements.allSatisfy({ if case .object = $0 { false } else if case .array = $0 { false } else { true } }) {
                return "[" + elements.map { text($0, indent: inner) }.joined(separator: ", ") + "]"
            }
            return "[\n" + elements.map { inner + text($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { inner + quoted($0.key) + ": " + text($0.value, indent: inner) }.joined(separator: ",\n")
                + "\n\(indent)}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
