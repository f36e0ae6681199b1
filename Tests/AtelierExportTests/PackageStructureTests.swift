import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// The zip rules of ODF packages, checked on the raw bytes: what `file(1)`, validators and
/// LibreOffice's package reader look at.
@Suite struct PackageStructureTests {
    static let packages: [(suffix: String, mediaType: String)] = [
        ("actions.odt", "application/vnd.oasis.opendocument.text"),
        ("actions.ods", "application/vnd.oasis.opendocument.spreadsheet"),
        ("worksheets-a4.odt", "application/vnd.oasis.opendocument.text"),
        ("worksheets-a3.odt", "application/vnd.oasis.opendocument.text"),
    ]

    @Test(arguments: packages)
    func mimetypeIsFirstStoredAndExact(package: (suffix: String, mediaType: String)) throws {
        let export = try SampleExport(formats: [.odt, .ods, .worksheets])
        let zip = try ZipLayout(Data(contentsOf: export.file(package.suffix)))
        let header = try zip.localHeader(at: 0)
        #expect(header.name == "mimetype")
        #expect(String(decoding: zip.bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(header.method == 0, "stored, not deflated")
        #expect(header.flags & 0x0008 == 0, "no data descriptor")
        #expect(header.extraLength == 0, "no extra field")
        let content = zip.bytes[header.dataOffset..<(header.dataOffset + Int(header.compressedSize))]
        #expect(String(decoding: content, as: UTF8.self) == package.mediaType)
        #expect(header.uncompressedSize == UInt32(package.mediaType.utf8.count))
        #expect(zip.central.first?.name == "mimetype")
    }

    @Test(arguments: packages)
    func localHeadersAgreeWithCentralDirectory(package: (suffix: String, mediaType: String)) throws {
        let export = try SampleExport(formats: [.odt, .ods, .worksheets])
        let zip = try ZipLayout(Data(contentsOf: export.file(package.suffix)))
        for entry in zip.central {
            let local = try zip.localHeader(at: entry.localOffset)
            #expect(local.name == entry.name)
            #expect(local.method == entry.method, "\(entry.name)")
            #expect(local.crc == entry.crc, "\(entry.name)")
            #expect(local.compressedSize == entry.compressedSize, "\(entry.name)")
            #expect(local.uncompressedSize == entry.uncompressedSize, "\(entry.name)")
            #expect(local.flags & 0x0008 == 0, "\(entry.name) has no data descriptor")
            #expect(entry.method == 0 || entry.method == 8)
            // Fixed timestamp: the workshop's first day, 2025-03-12 00:00.
            #expect(local.date == UInt16((2025 - 1980) << 9 | 3 << 5 | 12), "\(entry.name)")
            #expect(local.time == 0, "\(entry.name)")
        }
    }

    @Test(arguments: packages)
    func manifestListsExactlyThePartsPresent(package: (suffix: String, mediaType: String)) throws {
        let export = try SampleExport(formats: [.odt, .ods, .worksheets])
        let odf = try ODFPackage(export.file(package.suffix))
        let manifest = try odf.xml("META-INF/manifest.xml")
        let listed = try manifest.strings("/manifest:manifest/manifest:file-entry/@manifest:full-path")
        let present = odf.paths.filter { $0 != "mimetype" && $0 != "META-INF/manifest.xml" }
        #expect(listed == ["/"] + present)
        #expect(try manifest.string("/manifest:manifest/@manifest:version") == "1.3")
        #expect(try manifest.string("//manifest:file-entry[@manifest:full-path='/']/@manifest:media-type") == package.mediaType)
        #expect(try manifest.number("count(//manifest:file-entry[@manifest:full-path='content.xml' and @manifest:media-type='text/xml'])") == 1)
        for picture in present where picture.hasPrefix("Pictures/") {
            #expect(try manifest.string("//manifest:file-entry[@manifest:full-path='\(picture)']/@manifest:media-type") == "image/svg+xml")
        }
    }

    @Test func reportEmbedsBothChartsAsDeclaredSVGPictures() throws {
        let export = try SampleExport(formats: [.odt])
        let odf = try ODFPackage(export.file("actions.odt"))
        #expect(odf.paths.filter { $0.hasPrefix("Pictures/") } == [
            "Pictures/result-3.svg", "Pictures/result-4.svg",
        ])
        let content = try odf.xml("content.xml")
        let hrefs = try content.strings("//draw:frame/draw:image/@xlink:href")
        #expect(hrefs == ["Pictures/result-3.svg", "Pictures/result-4.svg"], "the matrix's scatter, then the vote's bars")
        #expect(try content.number("count(//draw:image[@xlink:show='embed' and @xlink:actuate='onLoad' and @xlink:type='simple' and @draw:mime-type='image/svg+xml'])") == 2)
        let chart = try odf.xml("Pictures/result-3.svg")
        let markers = try chart.strings("//s:text[@fill='#FFFFFF']").flatMap { $0.split(separator: ",").map(String.init) }
        #expect(markers.sorted() == ["1", "2", "3", "3", "5"], "every ranked item (two tied third) on a marker, once")
        let bars = try odf.xml("Pictures/result-4.svg")
        #expect(try bars.number("count(//s:rect[@height='26'])") == 5, "one bar per item with dots")
    }

    @Test func everyRootDeclaresODF13() throws {
        let export = try SampleExport(formats: [.odt, .ods, .fodt, .fods])
        for suffix in ["actions.odt", "actions.ods"] {
            let odf = try ODFPackage(export.file(suffix))
            for path in ["content.xml", "styles.xml", "meta.xml"] {
                #expect(try odf.xml(path).string("/*/@office:version") == "1.3", "\(suffix)/\(path)")
            }
        }
        for (suffix, type) in [("actions.fodt", "text"), ("actions.fods", "spreadsheet")] {
            let flat = try SafeXMLDocument(contentsOf: export.file(suffix), namespaces: ODFPrefixes.all)
            #expect(try flat.string("/office:document/@office:version") == "1.3")
            #expect(try flat.string("/office:document/@office:mimetype") == "application/vnd.oasis.opendocument.\(type)")
        }
    }
}
