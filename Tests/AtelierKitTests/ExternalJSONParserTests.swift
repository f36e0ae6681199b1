import Testing
@testable import AtelierKit

@Suite struct ExternalJSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func readsEveryKindOfValueAndKeepsMemberOrder() throws {
        let value = try parse(#" {"z": [true, false, null], "a": -0, "n": 2.5e1, "big": 12345678901234567890, "t": "é\u00e9\ud83d\ude42\n\/"} "#)
        #expect(value == .object([
            ("z", .array([.bool(true), .bool(false), .null])), ("a", .integer(0)), ("n", .number(25)),
            ("big", .number(1.2345678901234567e19)), ("t", .string("éé🙂\n/")),
        ]))
        #expect(try parse("1.0").integerValue == 1)
        #expect(try parse("1.5").integerValue == nil)
    }

    static let faults: [(text: String, line: Int, column: Int, message: String)] = [
        ("", 1, 1, "expected a value, found the end of the text"),
        ("[1, 2,]", 1, 7, "expected a value, found ']'"),
        ("{'a': 1}", 1, 2, "expected a key in double quotes, found '''"),
        ("{\"a\": 1,\n \"a\": 2}", 2, 2, "the key \"a\" appears twice in the same object"),
        ("// note\n{}", 1, 1, "expected a value, found '/'"),
        ("[01]", 1, 3, "a number cannot start with 0 followed by digits"),
        ("[1.]", 1, 4, "expected a digit after the decimal point, found ']'"),
        ("NaN", 1, 1, "expected a value, found 'N'"),
        ("[1e999]", 1, 2, "the number 1e999 is too large"),
        ("{\"a\": 1} {}", 1, 10, "unexpected '{' after the end of the JSON value"),
        ("\"tab\there\"", 1, 5, "control character 0x09 inside a string; write it as an escape such as \\n"),
        ("\"\\ud83d alone\"", 1, 2, "\\u escape of a high surrogate without the low surrogate that must follow"),
        ("\"\\ude42\"", 1, 2, "\\u escape of a lone low surrogate"),
        ("\"\\x41\"", 1, 3, "unknown escape sequence \\'x'"),
        ("\"never closed", 1, 1, "the string that starts here is never closed"),
        ("[tru]", 1, 5, "expected true, found ']'"),
    ]

    @Test(arguments: 0..<faults.count)
    func refusesWhatRFC8259RefusesAndSaysWhere(_ index: Int) {
        let fault = Self.faults[index]
        #expect(throws: JSONSyntaxError(offset: offset(of: fault, in: fault.text), line: fault.line, column: fault.column,
                                        message: fault.message)) {
            try parse(fault.text)
        }
    }

    func offset(of fault: (text: String, line: Int, column: Int, message: String), in text: String) -> Int {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        return lines.prefix(fault.line - 1).reduce(0) { $0 + $1.count + 1 } + fault.column - 1
    }

    @Test func refusesInvalidUTF8InAString() {
        #expect(throws: JSONSyntaxError(offset: 0, line: 1, column: 1, message: "the string is not valid UTF-8")) {
            try JSONParser.parse([0x22, 0xC3, 0x28, 0x22])
        }
    }

    @Test func refusesNestingDeeperThanTheLimit() throws {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(throws: JSONSyntaxError(offset: JSONParser.maximumDepth, line: 1, column: JSONParser.maximumDepth + 1,
                                        message: "objects and arrays are nested more than 128 deep")) {
            try parse(deep)
        }
        let allowed = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        _ = try parse(allowed)
    }
}
