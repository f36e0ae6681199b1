import AtelierKit
import Foundation
import Testing
@testable import AtelierExport

/// File names, fixed-point numbers, zip dates, vote tallies and quadrant names.
@Suite struct SupportTests {
    @Test(arguments: [
        ("Budget 2027 : l'accueil « guichet unique » 🏛️", "budget-2027-l-accueil-guichet-unique"),
        ("Straße & Œuvre — Ærø", "strasse-oeuvre-aero"),
        ("مريم", "workshop"),
        ("   ", "workshop"),
        ("Atelier van de Vlaamse Overheid over digitale dienstverlening en toegankelijkheid voor iedereen",
         "atelier-van-de-vlaamse-overheid-over-digitale"),
    ])
    func slugs(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
        #expect(Slug.make(title).count <= 60)
    }

    @Test func fixedPointRoundsHalfAwayFromZero() {
        #expect(FixedPoint.format(3.756, decimals: 2) == "3.76")
        #expect(FixedPoint.format(-0.125, decimals: 2) == "-0.13")
        #expect(FixedPoint.format(-0.001, decimals: 2) == "0.00")
        #expect(FixedPoint.format(12, decimals: 0) == "12")
        #expect(FixedPoint.format(0.5, decimals: 1, separator: ",") == "0,5")
        #expect(FixedPoint.format(.nan, decimals: 2) == "–")
    }

    @Test func zipDatesAreDOSDatesOfTheFirstDay() throws {
        #expect(ZipWriter.dosDate(CalendarDate(year: 2025, month: 3, day: 12)) == UInt16(45 << 9 | 3 << 5 | 12))
        #expect(ZipWriter.dosDate(CalendarDate(year: 1980, month: 1, day: 1)) == 0x21)
        #expect(ZipWriter.dosDate(CalendarDate(year: 2107, month: 12, day: 31)) == 0xFF9F)
        #expect(ZipWriter.dosDate(nil) == 0x21, "1980-01-01")
        #expect(ZipWriter.dosDate(CalendarDate(year: 1975, month: 1, day: 1)) == 0x21, "before the DOS epoch")
        #expect(ZipWriter.dosDate(CalendarDate(year: 2108, month: 1, day: 1)) == 0x21, "after the last DOS year")
    }

    @Test func resultSheetNamesAreNamesSpreadsheetsAccept() {
        let taken: Set<String> = ["actions", "items"]
        #expect(TrackingWorkbook.sheetName("Vote [jour 2]: top/bas?", taken: taken) == "Vote jour 2 topbas")
        #expect(TrackingWorkbook.sheetName("Actions", taken: taken) == "Actions 2")
        #expect(TrackingWorkbook.sheetName("''", taken: taken) == "Result")
        let long = String(repeating: "Priorisation ", count: 4)
        #expect(TrackingWorkbook.sheetName(long, taken: []).count == 31)
        let first = TrackingWorkbook.sheetName(long, taken: [])
        let second = TrackingWorkbook.sheetName(long, taken: [first.lowercased()])
        #expect(second.count == 31 && second.hasSuffix(" 2") && second != first)
    }
}
