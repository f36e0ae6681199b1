/// Text people typed (a method's name, its summary) written into generated Swift and YAML.
enum Literal {
    /// `text` as a Swift string literal, quotes included.
    static func swift(_ text: String) -> String {
        quoted(text) { "\\u{\(String($0, radix: 16, uppercase: true))}" }
    }

    /// `text` as a double-quoted YAML scalar, quotes included.
    static func yaml(_ text: String) -> String {
        quoted(text) { value in
            let hex = String(value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// `text` between double quotes, with backslashes and quotes escaped and control characters
    /// written by `control` (both languages share the rest of the rules).
    private static func quoted(_ text: String, control: (UInt32) -> String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += control(scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
