/// A method parameter's value, as it appears in JSON, YAML and on the command line.
public enum ParameterValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case list([String])

    /// The value as an integer, if it is one.
    public var intValue: Int? {
        if case .integer(let v) = self { return v }
        return nil
    }

    /// The value as a number; integers convert.
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .number(let v): v
        default: nil
        }
    }

    /// The value as text, if it is text.
    public var stringValue: String? {
        if case .string(let v) = self { return v }
        return nil
    }

    /// The value as a Boolean, if it is one.
    public var boolValue: Bool? {
        if case .bool(let v) = self { return v }
        return nil
    }

    /// The value as a list of strings, if it is one.
    public var listValue: [String]? {
        if case .list(let v) = self { return v }
        return nil
    }

    public var description: String {
        switch self {
        case .bool(let v): String(v)
        case .integer(let v): String(v)
        case .number(let v): v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        case .string(let v): v
        case .list(let v): v.joined(separator: ",")
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Bool.self) {
            self = .bool(v)
        } else if let v = try? c.decode(Int.self) {
            self = .integer(v)
        } else if let v = try? c.decode(Double.self) {
            self = .number(v)
        } else if let v = try? c.decode(String.self) {
            self = .string(v)
        } else if let v = try? c.decode([String].self) {
            self = .list(v)
        } else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "a parameter value is a boolean, a number, a string or a list of strings")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .bool(let v): try c.encode(v)
        case .integer(let v): try c.encode(v)
        case .number(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .list(let v): try c.encode(v)
        }
    }
}
