/// Where text files people hand Atelier stop being UTF-8, so a message can name the line.
enum UTF8Lines {
    /// The 1-based line holding the first byte sequence that is not UTF-8, or nil when all of it is.
    static func firstInvalidLine(in bytes: [UInt8]) -> Int? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        var line = 1
        var lineStart = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { break }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}
