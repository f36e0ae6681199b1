/// The rules that turn any text into XML 1.0 character data or an attribute value.
///
/// XML 1.0 allows tab, line feed, carriage return, and U+0020 upwards except the surrogates (which a
/// Swift string cannot hold) and U+FFFE, U+FFFF. Everything else is replaced by U+FFFD, the
/// replacement character, so a reader sees that something was there.
public enum XMLText {
    /// Whether UTF-8 bytes need escaping or cleaning before they can be written as they are.
    ///
    /// Conservative: it answers true for any C0 control, markup character, or a byte 0xEF (the lead
    /// byte of U+FFFE and U+FFFF); ``appendEscaped(_:inAttribute:to:)`` then decides exactly.
    @inline(__always)
    static func needsRewriting(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) -> Bool {
        for byte in bytes where byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0xEF
            || (inAttribute && byte == 0x22) {
            return true
        }
        return false
    }

    /// Appends the escaped, cleaned form of UTF-8 bytes.
    ///
    /// In attributes, quotes are escaped, and tab, line feed and carriage return become character
    /// references so attribute-value normalisation keeps them. In text, a carriage return becomes
    /// `&#13;` so it is not turned into a line feed on reading.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, to out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x26: out.append(contentsOf: ampersand)
            case 0x3C: out.append(contentsOf: lessThan)
            case 0x3E: out.append(contentsOf: greaterThan)
            case 0x22 where inAttribute: out.append(contentsOf: quote)
            case 0x09 where inAttribute: out.append(contentsOf: tab)
            case 0x0A where inAttribute: out.append(contentsOf: lineFeed)
            case 0x0D: out.append(contentsOf: carriageReturn)
            default: index += appendCleaned(bytes, at: index, to: &out) - 1
            }
            index += 1
        }
    }

    /// Appends UTF-8 bytes with every character XML 1.0 forbids replaced by U+FFFD and nothing
    /// escaped: for outputs that are not XML but follow the same rule (CSV).
    public static func appendCleaned(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            index += appendCleaned(bytes, at: index, to: &out)
        }
    }

    /// Appends the character starting at `index` (or U+FFFD for a forbidden one) and returns how many
    /// bytes it consumed.
    @inline(__always)
    private static func appendCleaned(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to out: inout [UInt8]) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x09, 0x0A, 0x0D:
            out.append(byte)
            return 1
        case 0x00..<0x20:
            out.append(contentsOf: replacementUTF8)
            return 1
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF
            && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
            out.append(contentsOf: replacementUTF8)
            return 3
        default:
            out.append(byte)
            return 1
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let tab = Array("&#9;".utf8)
    private static let lineFeed = Array("&#10;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
    private static let replacementUTF8: [UInt8] = [0xEF, 0xBF, 0xBD]
}
