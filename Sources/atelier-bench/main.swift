import Foundation
import AtelierXML

let url = URL(fileURLWithPath: "/tmp/bench-content.xml")
let sink = try FileSink(url: url)
let w = try XMLStreamWriter(sink: sink)
let start = Date()
try w.startDocument()
try w.startElement("office:document-content")
try w.attribute("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
try w.attribute("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
try w.attribute("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
try w.startElement("table:table")
let texts = (0..<100).map { "Améliorer l'accueil des citoyens au guichet numéro \($0) — « priorité »" }
for row in 0..<100_000 {
    try w.startElement("table:table-row")
    for col in 0..<10 {
        try w.startElement("table:table-cell")
        if col % 3 == 0 {
            try w.attribute("office:value-type", "float")
            try w.attribute("office:value", row * 10 + col)
            try w.startElement("text:p"); try w.text(String(row)); try w.endElement()
        } else {
            try w.attribute("office:value-type", "string")
            try w.startElement("text:p"); try w.text(texts[(row + col) % 100]); try w.endElement()
        }
        try w.endElement()
    }
    try w.endElement()
}
try w.endDocument()
try sink.close()
print(Date().timeIntervalSince(start), sink.byteCount)
