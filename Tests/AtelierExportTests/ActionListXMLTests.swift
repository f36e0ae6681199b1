import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// The XML export in Atelier's own vocabulary: valid against its published schema, and carrying
/// every field an administration's system needs.
@Suite struct ActionListXMLTests {
    let document: SafeXMLDocument

    init() throws {
        let export = try SampleExport(formats: [.xml])
        document = try SafeXMLDocument(contentsOf: export.file("actions.xml"), namespaces: ODFPrefixes.all)
    }

    @Test func rootIsNamespacedAndVersioned() throws {
        #expect(try document.string("namespace-uri(/*)") == "urn:atelier:actions:1")
        #expect(try document.string("/a:actions/@version") == "1.1")
        #expect(try document.string("/a:actions/@language") == "fr")
        #expect(try document.string("/a:actions/@count") == "24")
        #expect(try document.string("/a:actions/@generator") == "Atelier/\(AtelierVersion.current)")
    }

    @Test func workshopHeader() throws {
        #expect(try document.string("/a:actions/a:workshop/a:title") == "Budget 2027 : l'accueil « guichet unique » 🏛️")
        #expect(try document.string("/a:actions/a:workshop/a:start-date") == "2025-03-12")
        #expect(try document.string("/a:actions/a:workshop/a:participants") == "12")
        #expect(try document.strings("/a:actions/a:workshop/a:language") == ["fr", "nl", "de"])
    }

    /// Every step's latest result, in agenda order, in machine values: keys as the method wrote them.
    @Test func resultsCarryEveryStepsEntriesInMachineValues() throws {
        #expect(try document.strings("/a:actions/a:result/@step") == ["day1-swot", "day1-brainwriting", "day2-matrix", "day2-vote"])
        #expect(try document.strings("/a:actions/a:result/@shape") == ["cards", "groups", "scatter", "ranking"])
        #expect(try document.string("/a:actions/a:result[@step='day2-matrix']/a:title") == "Matrice de priorisation")
        let last = "/a:actions/a:result[@step='day2-matrix']/a:entry[@item='pr5']"
        #expect(try document.string("\(last)/@group") == "thankless")
        #expect(try document.strings("\(last)/a:value/@name") == ["feasibility", "impact"])
        #expect(try document.strings("\(last)/a:value") == ["1.5", "2.0"])
        #expect(try document.strings("\(last)/a:flag") == ["disagreement"])
        #expect(try document.strings("/a:actions/a:result[@step='day2-vote']/a:entry[@rank='3']/a:text")
                == ["Loket op afspraak, ook 's avonds", "Chatbot 🤖 pour les questions fréquentes"])
        #expect(try document.strings("/a:actions/a:result[@step='day1-brainwriting']/a:group/@name") == ["A", "B"])
    }

    @Test func actionsCarryEveryField() throws {
        let first = "/a:actions/a:action[1]"
        #expect(try document.string("\(first)/@id") == "A1")
        #expect(try document.string("\(first)/@rank") == "1")
        #expect(try document.string("\(first)/@status") == "limited")
        #expect(try document.string("\(first)/a:carrier/@kind") == "administration")
        #expect(try document.string("\(first)/a:lead-service") == "DG Accueil")
        #expect(try document.strings("\(first)/a:partner") == ["BOSA", "Smals"])
        #expect(try document.string("\(first)/a:horizon") == "2026-06")
        #expect(try document.string("\(first)/a:horizon/@last-day") == "2026-06-30")
        #expect(try document.string("\(first)/a:budget") == "40 000 € (budget 2027)")
        #expect(try document.string("\(first)/a:description") == SampleWorkshop.longDescription)
        #expect(try document.strings("\(first)/a:milestone/a:title") == ["Cahier des charges", "Mise en service"])
        #expect(try document.strings("\(first)/a:milestone/@done") == ["true", "false"])
        #expect(try document.string("\(first)/a:provenance/@dots") == "5")
        #expect(try document.string("\(first)/a:provenance/@score") == "4.25")
        #expect(try document.strings("\(first)/a:provenance/a:source/@item") == ["pr1", "i1"])
        #expect(try document.string("\(first)/a:provenance/a:source[1]") == "Prise de rendez-vous en ligne")
        #expect(try document.string("/a:actions/a:action[@id='A3']/a:carrier") == "Région wallonne")
        #expect(try document.string("/a:actions/a:action[@id='A3']/a:carrier/@kind") == "other")
        #expect(try document.string("/a:actions/a:action[@id='A2']/a:title") == "  Loket op afspraak,  ook 's avonds ")
        #expect(try document.string("/a:actions/a:action[@id='A2']/a:description") == "Eerste lijn\nTweede lijn\r\nDerde\tkolom")
        #expect(try document.string("/a:actions/a:action[last()]/@id") == "A7")
        #expect(try document.number("count(/a:actions/a:action[last()]/@rank)") == 0)
    }

    @Test func schemaRejectsWhatTheVocabularyForbids() throws {
        let schema = try ODFSchemas.actions()
        let wrong = """
        <?xml version="1.0" encoding="UTF-8"?>
        <actions xmlns="urn:atelier:actions:1" version="1.0" language="fr" generator="x" count="1">
          <workshop><title>T</title><participants>0</participants><pseudonymised>false</pseudonymised></workshop>
          <action id="A1" status="finished"><title>T</title><carrier kind="administration"/><provenance/></action>
        </actions>
        """
        let errors = try schema.validate(data: Data(wrong.utf8), name: "wrong.xml")
        #expect(errors.contains { $0.line == 4 }, "\(errors)")
    }
}
