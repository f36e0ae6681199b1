import Foundation
import Testing
@testable import AtelierKit

/// `atelier show` and the short table `atelier run` ends with, on the demo workshop.
@Suite struct ShowTests {
    /// A folder holding the demo workshop (`out/demo.atelier`).
    static func demo() throws -> CLI {
        let cli = try CLI()
        let demo = try cli("demo", "--output", "out")
        try #require(demo.status == 0, "\(demo.stderr)")
        return cli
    }

    static func show(_ cli: CLI, _ arguments: String...) throws -> [String] {
        let output = try cli.run(["show"] + arguments + ["--workshop", "out/demo.atelier"])
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func everyStepOfTheDemoShowsItsTableWithTiesSelectionsNotesAndGroups() throws {
        let cli = try Self.demo()
        defer { cli.remove() }

        let swot = try Self.show(cli, "day1-swot")
        #expect(swot[0] == "day1-swot (swot): SWOT : 63 cartes regroupées en 52 éléments (11 doublons) ; 16 défis candidats issus des stratégies croisées TOWS.")
        #expect(swot[1] == "  Rang  Carte           Texte                                     Soutien  Valeurs                             Quadrant                           Marques   Issue de")
        #expect(swot.contains("  =1    S01             Agents motivés et attachés au service p…  2        Cartes 2 · Soutien 2 · Gommettes 0  Forces                             ex aequo  S04"))
        #expect(swot.contains("  1     W01             Manque d'interopérabilité entre les bas…  3        Cartes 3 · Soutien 3 · Gommettes 0  Faiblesses                                   W02, W19"))
        #expect(swot.contains("  1     day1-swot-so-1  Comment pourrions-nous nous appuyer sur…                                               Défis : forces × opportunités                S01, O05"))
        #expect(swot.contains("  - Menaces non affichées : 1 (max_items vaut 10)."))

        let brainwriting = try Self.show(cli, "day1-brainwriting")
        #expect(brainwriting.contains("  =1    C01    Comment pourrions-nous rendre nos démar…  6      Idées qui prolongent une autre 4 · ideas 6  I001, I002, I003, I004, I005, I006"))
        #expect(brainwriting.filter { $0.hasPrefix("  =1    C0") }.count == 8, "eight challenges tied first")
        #expect(brainwriting.contains("Groupes:"))
        #expect(brainwriting.contains("  1 (6): Amélie Vandenberghe, Koen Verstraeten, Fatima El Amrani, Jean-François Lemaire, Griet Van Damme, Benoît Collignon"))
        #expect(brainwriting.contains("    Tour 1: 1 p01 · 2 p02 · 3 p03 · 4 p04 · 5 p05 · 6 p06"))
        #expect(brainwriting.contains("    Tour 6: 1 p06 · 2 p01 · 3 p02 · 4 p03 · 5 p04 · 6 p05"))

        let matrix = try Self.show(cli, "day2-matrix")
        #expect(matrix.filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true }.count == 24)
        #expect(matrix.contains("  1     P16    Former tous les rédacteurs au langage c…  4,25           Faisabilité 4,61 · Impact 3,89  Gains rapides"))
        #expect(matrix.contains("  5     P02    Pré-remplir systématiquement les formul…  4,03           Faisabilité 3,56 · Impact 4,5   Gains rapides"))
        #expect(matrix.contains("  14    P14    Internaliser les profils IT clés grâce…   3,56           Faisabilité 2,94 · Impact 4,17  Grands projets  désaccord"))
        #expect(matrix.contains("Remarques:"))

        let vote = try Self.show(cli, "day2-vote")
        #expect(vote[0] == "day2-vote (dot-voting): 16 participants sur 18 ont placé 80 gommettes sur 24 éléments ; 20 retenus.")
        #expect(vote.contains("  1     P02    Pré-remplir systématiquement les formul…  12         dots 12 · Votants 10  Centrer sur les usagers      retenue"))
        #expect(vote.contains("  =7    P12    Des modèles standard de protocoles d'éc…  4          dots 4 · Votants 4    Données et interopérabilité  ex aequo, retenue"))
        #expect(vote.contains("  =15   P22    Inscrire un programme pluriannuel de si…  1          dots 1 · Votants 1    Gouvernance et pilotage      ex aequo, retenue"))
        #expect(vote.contains("  =21   P06    Auditer tous nos sites selon WCAG 2.1 A…  0          dots 0 · Votants 0    Centrer sur les usagers      ex aequo"))
        #expect(vote.filter { $0.hasSuffix("retenue") }.count == 20)
        #expect(vote.contains("Chiffres: Votants 16 · Participants appelés à voter 18 · Gommettes placées 80 · Éléments retenus 20 · items 24 · turnout 0,89"))
        #expect(vote.suffix(3) == ["Remarques:", "  - N’ont pas voté (2) : p08, p16.", ""])

        let german = try Self.show(cli, "dot-voting", "--language", "de")
        #expect(german[1] == "  Rang  Karte  Text                                      Punkte  Werte                     Kategorie                    Merkmale")
        #expect(german.contains("  =7    P12    Des modèles standard de protocoles d'éc…  4       dots 4 · Abstimmende 4    Données et interopérabilité  Gleichstand, ausgewählt"))

        let plan = try Self.show(cli, "day2-actions")
        #expect(plan.contains { $0.hasPrefix("  1     P02") && $0.hasSuffix("A01") }, "which proposal became which action: \(plan)")

        let vision = try cli("show", "day1-vision", "--workshop", "out/demo.atelier")
        #expect(vision.status == 1)
        #expect(vision.stderr == "error: 'day1-vision' has no result: it is neither a step that has run nor a method that has; "
                + "steps with a result: day1-swot, day1-brainwriting, day2-matrix, day2-vote, day2-actions\n")
    }

    @Test func theJSONOfEveryStepIsTheStoredResultAndFollowsThePublishedSchema() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        for step in ["day1-swot", "day1-brainwriting", "day2-matrix", "day2-vote"] {
            let output = try cli("show", step, "--json", "--workshop", "out/demo.atelier")
            #expect(output.status == 0, "\(output.stderr)")
            try MessageChecker.check(try JSONParser.parse(Array(output.stdout.utf8)), against: MessageSchema.stepResult)
            let result = try JSONDecoder().decode(StepResult.self, from: Data(output.stdout.utf8))
            let stored = try WorkshopStore.open(at: cli.folder.appendingPathComponent("out/demo.atelier")).workshop().result(forStep: step)
            #expect(result == stored, "\(step)")
        }
    }

    @Test func runEndsWithTheTopOfTheResultAndTheSelection() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        let vote = try cli("run", "day2-vote", "--param", "select_top=6", "--workshop", "out/demo.atelier")
        #expect(vote.status == 0, "\(vote.stderr)")
        #expect(vote.stdout.split(separator: "\n") == [
            "Reprise de --param select_threshold=1 du dernier passage de day2-vote.",
            "day2-vote (dot-voting): 16 participants sur 18 ont placé 80 gommettes sur 24 éléments ; 6 retenus.",
            "  Rang  Carte  Texte                                     Gommettes  Valeurs               Catégorie                    Marques",
            "  1     P02    Pré-remplir systématiquement les formul…  12         dots 12 · Votants 10  Centrer sur les usagers      retenue",
            "  2     P07    Mettre en place un formulaire unique «…   10         dots 10 · Votants 9   Données et interopérabilité  retenue",
            "  3     P05    Former des « aidants numériques » dans…   9          dots 9 · Votants 8    Centrer sur les usagers      retenue",
            "Retenues (6): P02, P07, P05, P16, P01, P03",
            "21 de plus : atelier show day2-vote",
        ])
        let brainwriting = try cli("run", "day1-brainwriting", "--workshop", "out/demo.atelier")
        let lines = brainwriting.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  3 (6): Françoise Delvaux, Mehmet Yılmaz, Élodie Renard, Pieter-Jan Claeys, Anke Schröder, Chloé Lejeune"))
        #expect(!lines.contains { $0.hasPrefix("    Tour") }, "the short form leaves the rotation to atelier show")
    }
}
