/// A JSON document as read from an external method, before it is checked against the message schema.
///
/// Integers (numbers written without a fraction or exponent that fit in `Int`) are kept apart from
/// other numbers so that the checker can tell `2` from `2.5`; object members keep their order.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    /// The value as an integer when it is one, including a number with no fractional part, as JSON
    /// Schema counts `2.0` as an integer.
    var integerValue: Int? {
        switch self {
        case .integer(let v): v
        case .number(let v) where v.rounded() == v && abs(v) < 9.0e18: Int(v)
        default: nil
        }
    }

    /// How the value is named in a message: its JSON type and, for short values, the value itself.
    var described: String {
        switch self {
        case .null: "null"
        case .bool(let v): "the boolean \(v)"
        case .integer(let v): "the number \(v)"
        case .number(let v): "the number \(v)"
        case .string(let v): v.count <= 40 ? "the string \"\(v)\"" : "a string of \(v.count) characters"
        case .array(let v): "an array of \(v.count) elements"
        case .object: "an object"
        }
    }
}
