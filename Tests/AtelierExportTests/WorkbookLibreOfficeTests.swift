import AtelierKit
import Foundation
import Testing
@testable import AtelierExport

/// The workbook as an administration sends it back: opened and saved by LibreOffice (which writes
/// its own styles, repeated columns and rows, and plain runs of spaces), unchanged in every
/// language and with edits, its drop-down lists of statuses and carriers kept.
///
/// LibreOffice (7.4) drops tabs in cells when it saves a spreadsheet; the reader cannot bring them
/// back, so actions are compared without their tabs.
@Suite(.enabled(if: LibreOffice.path != nil, LibreOffice.missing), .serialized)
struct WorkbookLibreOfficeTests {
    @Test func workbooksSavedByLibreOfficeImportBackExactly() throws {
        let workshop = WorkbookImportTests.representable()
        let work = try TemporaryDirectory()
        var names: [String] = []
        for language in Language.allCases {
            let name = "unchanged-\(language.rawValue).fods"
            try Data(WorkbookEdit(workshop, language: language).flat.utf8).write(to: work.url.appendingPathComponent(name))
            names.append(name)
        }
        let edited = try WorkbookImportTests.edited(workshop)
        try Data(edited.flat.utf8).write(to: work.url.appendingPathComponent("edited.fods"))
        try LibreOffice.convert(names + ["edited.fods"], to: "ods", in: work.url)
        for (language, name) in zip(Language.allCases, names) {
            let ods = work.url.appendingPathComponent(name.replacingOccurrences(of: ".fods", with: ".ods"))
            let content = try ODFPackage(ods).xml("content.xml")
            let lists = try content.strings("//table:content-validation/@table:condition").joined()
            #expect(lists.contains(ActionStatus.completed.name(in: language)) && lists.contains(Carrier.Kind.other.name(in: language)),
                    "LibreOffice keeps the drop-down lists of \(name): \(lists)")
            #expect(try content.number("count(//table:table-cell[@table:content-validation-name])") >= 2)
            let imported = try importActions(from: ods, into: workshop).workshop
            #expect(imported.actions.count == workshop.actions.count)
            for (got, want) in zip(imported.actions, workshop.actions) { #expect(Self.withoutTabs(got) == Self.withoutTabs(want), "\(name)") }
        }
        let imported = try importActions(from: work.url.appendingPathComponent("edited.ods"), into: workshop).workshop
        let expected = WorkbookImportTests.expected(after: workshop)
        #expect(imported.actions.count == expected.count)
        for (got, want) in zip(imported.actions, expected) { #expect(Self.withoutTabs(got) == Self.withoutTabs(want)) }
    }

    static func withoutTabs(_ action: Action) -> Action {
        var action = action
        action.description = action.description.replacingOccurrences(of: "\t", with: "")
        return action
    }
}
