/// Where and why a text is not JSON (RFC 8259).
struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 0-based byte offset of the fault.
    var offset: Int
    /// 1-based line and column (in bytes) of the fault.
    var line: Int
    var column: Int
    var message: String

    var description: String { "line \(line), column \(column) (byte \(offset)): \(message)" }
}

/// A strict JSON reader that reports the line and column of the first fault.
///
/// It refuses what RFC 8259 refuses (comments, trailing commas, single quotes, control characters in
/// strings, invalid UTF-8, lone surrogates, text after the value) and also duplicate keys in an object
/// and nesting deeper than ``maximumDepth``, so a hostile program cannot exhaust the host's stack.
struct JSONParser {
    static let maximumDepth = 128

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one JSON value, surrounded by optional white space.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        let value = try parser.value()
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.fault("unexpected \(parser.found) after the end of the JSON value") }
        return value
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw fault("expected a value, found the end of the text") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw fault("expected a value, found \(found)")
        }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        var keys = Set<String>()
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw fault("expected a key in double quotes, found \(found)")
            }
            let keyOffset = index
            let key = try string()
            guard keys.insert(key).inserted else {
                throw fault("the key \"\(key)\" appears twice in the same object", at: keyOffset)
            }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw fault("expected ':' after the key \"\(key)\", found \(found)") }
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { depth -= 1; return .object(members) }
            throw fault("expected ',' or '}' in an object, found \(found)")
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { depth -= 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { depth -= 1; return .array(elements) }
            throw fault("expected ',' or ']' in an array, found \(found)")
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw fault("objects and arrays are nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        let open = index
        index += 1
        var utf8: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw fault("the string is not valid UTF-8", at: open)
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                try escape(into: &utf8)
            case 0..<0x20:
                throw fault("control character \(hex(byte)) inside a string; write it as an escape such as \\n")
            default:
                utf8.append(byte)
                index += 1
            }
        }
        throw fault("the string that starts here is never closed", at: open)
    }

    /// The byte each one-letter escape (`\n`, `\t`, …) stands for.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    private mutating func escape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        guard index < bytes.count else { throw fault("the text ends inside an escape sequence") }
        if let byte = Self.simpleEscapes[bytes[index]] {
            utf8.append(byte)
            index += 1
            return
        }
        guard bytes[index] == UInt8(ascii: "u") else { throw fault("unknown escape sequence \\\(found)") }
        let start = index - 1
        index += 1
        var scalar = try hexQuad()
        if (0xD800..<0xDC00).contains(scalar) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw fault("\\u escape of a high surrogate without the low surrogate that must follow", at: start)
            }
            index += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw fault("\\u escape of a high surrogate followed by no low surrogate", at: start) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw fault("\\u escape of a lone low surrogate", at: start)
        }
        UTF8.encode(Unicode.Scalar(scalar)!) { utf8.append($0) }
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexDigit(bytes[index]) else {
                throw fault("a \\u escape needs four hexadecimal digits, found \(found)")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            if index < bytes.count, isDigit(bytes[index]) { throw fault("a number cannot start with 0 followed by digits") }
        } else {
            try digits("a digit")
        }
        if consume(UInt8(ascii: ".")) {
            isInteger = false
            try digits("a digit after the decimal point")
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isInteger = false
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            try digits("a digit in the exponent")
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let number = Double(text), number.isFinite else {
            throw fault("the number \(text) is too large", at: start)
        }
        return .number(number)
    }

    private mutating func digits(_ expected: String) throws(JSONSyntaxError) {
        guard index < bytes.count, isDigit(bytes[index]) else { throw fault("expected \(expected), found \(found)") }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else { throw fault("expected \(word), found \(found)") }
            index += 1
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// The byte at the current position, as a message shows it.
    private var found: String {
        guard index < bytes.count else { return "the end of the text" }
        let byte = bytes[index]
        if (0x21..<0x7F).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte \(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
    }

    private func fault(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let offset = offset ?? index
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return JSONSyntaxError(offset: offset, line: line, column: offset - lineStart + 1, message: message)
    }
}
