/// The shape of a JSON value in the messages exchanged with external methods.
///
/// The shapes restate the Codable form of ``MethodRequest`` and ``MethodResult``; the published JSON
/// Schemas (`methods/schema/`) are rendered from them and the host checks every result against them.
indirect enum MessageShape: Sendable {
    case string(TextRule)
    case integer
    case number
    case boolean
    /// The integer ``MethodRequest/protocolVersion``.
    case version
    /// One of these strings (an enumeration's raw values).
    case choice([String])
    case array(MessageShape)
    /// An object with any keys, each value of this shape.
    case map(MessageShape)
    /// The object of this name in ``MessageSchema/definitions``.
    case definition(String)
    /// A value of any of these shapes.
    case anyOf([MessageShape])

    /// What a string must hold beyond being a string.
    enum TextRule: Sendable {
        case any
        /// A calendar date, `YYYY-MM-DD`.
        case date
        /// A year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case horizon
        /// At least one character that is not white space.
        case nonBlank
    }
}

/// An object of the messages: its properties and which of them must be present.
struct ObjectShape: Sendable {
    var description: String
    var properties: [PropertyShape]
    /// A property that becomes required when another holds a given string (a carrier of kind
    /// `other` needs a name).
    var conditional: Conditional?

    struct Conditional: Sendable {
        var property: String
        var equals: String
        var requires: String
    }

    init(_ description: String, _ properties: [PropertyShape], conditional: Conditional? = nil) {
        self.description = description
        self.properties = properties
        self.conditional = conditional
    }

    func property(_ name: String) -> PropertyShape? { properties.first { $0.name == name } }
}

/// One property of an object.
struct PropertyShape: Sendable {
    var name: String
    var shape: MessageShape
    var presence: Presence
    var description: String?

    /// When a property appears.
    enum Presence: Sendable {
        /// In every request and every result.
        case required
        /// The host always sends it; a result may leave it out (it then takes its empty value).
        case sent
        /// Present only when it has a value; a result may also give `null`.
        case optional
    }

    init(_ name: String, _ shape: MessageShape, _ presence: Presence, _ description: String? = nil) {
        self.name = name
        self.shape = shape
        self.presence = presence
        self.description = description
    }
}
