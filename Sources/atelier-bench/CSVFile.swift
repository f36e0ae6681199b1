import AtelierXML
import Foundation

/// A CSV file written row by row through a buffered sink: comma-separated, LF line ends, fields
/// quoted when they hold a comma, a quote or a line break (RFC 4180).
final class CSVFile {
    private let sink: FileSink
    private var line: [UInt8] = []

    init(path: String, header: [String]) throws {
        try? FileManager.default.removeItem(atPath: path)
        sink = try FileSink(url: URL(fileURLWithPath: path))
        try write(header)
    }

    func write(_ fields: [String]) throws {
        line.removeAll(keepingCapacity: true)
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            let bytes = Array(field.utf8)
            if bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                line.append(UInt8(ascii: "\""))
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { line.append(byte) }
                    line.append(byte)
                }
                line.append(UInt8(ascii: "\""))
            } else {
                line.append(contentsOf: bytes)
            }
        }
        line.append(0x0A)
        try line.withUnsafeBytes { try sink.write($0) }
    }

    func close() throws { try sink.close() }

    /// Writes a whole file: the header, then `rows(1)`, `rows(2)`, … up to `rows(count)`.
    static func write(path: String, header: [String], rows count: Int, _ row: (Int) -> [String]) throws {
        let file = try CSVFile(path: path, header: header)
        for index in 1..<(count + 1) { try file.write(row(index)) }
        try file.close()
    }
}
