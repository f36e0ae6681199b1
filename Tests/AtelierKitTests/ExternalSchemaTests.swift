import Foundation
import Testing
@testable import AtelierKit

/// A result that breaks the schema, where the checker must say it does and how.
struct InvalidResult: CustomTestStringConvertible, Sendable {
    var json: String
    var path: String
    var problem: String
    var testDescription: String { path.isEmpty ? problem : "\(path): \(problem)" }
}

@Suite struct ExternalSchemaTests {
    static let schemaFolder = ExternalFixtures.methods.appendingPathComponent("schema")
    static let requestSchema = schemaFolder.appendingPathComponent("method-request-1.schema.json")
    static let resultSchema = schemaFolder.appendingPathComponent("method-result-1.schema.json")

    static let invalidResults: [InvalidResult] = [
        InvalidResult(json: #"[]"#, path: "", problem: "expected an object, found an array of 0 elements"),
        InvalidResult(json: #"{"version": 1, "changes": {}}"#, path: "", problem: #"the required field "summary" is missing"#),
        InvalidResult(json: #"{"version": 1, "changes": {}, "summary": 3}"#, path: "summary",
                      problem: "expected a string, found the number 3"),
        InvalidResult(json: #"{"version": 2, "changes": {}, "summary": ""}"#, path: "version",
                      problem: "expected the protocol version 1 (the version of the request this host sent), found the number 2"),
        InvalidResult(json: #"{"version": 1, "changes": {}, "summary": "", "notes": []}"#, path: "",
                      problem: #"unknown field "notes"; the fields allowed here are "version", "changes", "summary""#),
        InvalidResult(json: #"{"version": 1, "changes": {"action": {}}, "summary": ""}"#, path: "changes",
                      problem: #"unknown field "action"; the fields allowed here are "participants", "items", "categories", "criteria", "actions", "scores", "ballots", "results""#),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"items": {"upsert": [{"id": "i1", "text": "x", "kind": "card"}]}}}"#,
                      path: "changes.items.upsert[0].kind",
                      problem: #"expected one of "vision", "strength", "weakness", "opportunity", "threat", "challenge", "idea", "proposal", found the string "card""#),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"items": {"remove": ["i1", 2]}}}"#,
                      path: "changes.items.remove[1]", problem: "expected a string, found the number 2"),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"actions": {"upsert": [{"id": "A1", "title": "x", "carrier": {"kind": "government"}, "horizon": "2027-13"}]}}}"#,
                      path: "changes.actions.upsert[0].horizon", problem: #""2027-13" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"#),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"actions": {"upsert": [{"id": "A1", "title": "x", "carrier": {"kind": "other"}}]}}}"#,
                      path: "changes.actions.upsert[0].carrier", problem: #"the field "name" is required when "kind" is "other""#),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"actions": {"upsert": [{"id": "A1", "title": "x", "carrier": {"kind": "other", "name": "  "}}]}}}"#,
                      path: "changes.actions.upsert[0].carrier.name", problem: #"expected a non-blank string, found "  ""#),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"ballots": [{"item": "i1"}]}}"#,
                      path: "changes.ballots[0]", problem: #"the required field "dots" is missing"#),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"scores": [{"item": "i1", "criterion": "c", "value": null}]}}"#,
                      path: "changes.scores[0].value", problem: "expected a number, found null"),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"results": [{"step": "s", "method": "m", "entries": [{"item": "i1", "rank": 1.5}]}]}}"#,
                      path: "changes.results[0].entries[0].rank", problem: "expected an integer, found the number 1.5"),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"results": [{"step": "s", "method": "m", "metrics": {"turnout": "high"}}]}}"#,
                      path: "changes.results[0].metrics.turnout", problem: #"expected a number, found the string "high""#),
        InvalidResult(json: #"{"version": 1, "summary": "", "changes": {"criteria": {"upsert": [{"id": "c", "name": "C", "scaleMin": 1, "scaleMax": 5, "weight": 1, "direction": "up"}]}}}"#,
                      path: "changes.criteria.upsert[0].direction", problem: #"expected one of "higher", "lower", found the string "up""#),
    ]

    static let validResults = [
        #"{"version": 1, "changes": {}, "summary": ""}"#,
        #"{"version": 1.0, "changes": {"items": null, "scores": []}, "summary": "ok"}"#,
        #"{"version": 1, "summary": "", "changes": {"items": {"upsert": [{"id": "i1", "text": "x", "kind": "idea", "category": null, "position": null}]}}}"#,
        #"{"version": 1, "summary": "", "changes": {"actions": {"upsert": [{"id": "A1", "title": "x", "carrier": {"kind": "other", "name": "CPAS"}, "horizon": "2027-06", "rank": 2.0}]}}}"#,
    ]

    @Test func publishedSchemasAreRenderedFromTheShapes() throws {
        for schema in SchemaRendering.published {
            let file = Self.schemaFolder.appendingPathComponent(schema.file)
            let rendered = SchemaRendering.document(schema)
            if ProcessInfo.processInfo.environment["ATELIER_UPDATE_SCHEMAS"] == "1" {
                try FileManager.default.createDirectory(at: Self.schemaFolder, withIntermediateDirectories: true)
                try Data(rendered.utf8).write(to: file)
                Issue.record("wrote \(file.lastPathComponent); run the tests again without ATELIER_UPDATE_SCHEMAS to compare")
                continue
            }
            let published = try String(contentsOf: file, encoding: .utf8)
            #expect(published == rendered, """
                \(file.lastPathComponent) differs from MessageSchema; after changing the model or MessageSchema, \
                run ATELIER_UPDATE_SCHEMAS=1 swift test --filter ExternalSchemaTests
                """)
        }
    }

    /// The request passes the checker, and the checker is strict about it: one field more is refused.
    @Test func aFullRequestUsesOnlyFieldsTheSchemaNames() throws {
        let data = try ExternalMethod.encoded(ExternalFixtures.request(parameters: ["proposals": .integer(2)]))
        let document = try JSONParser.parse(Array(data))
        try MessageChecker.check(document, against: MessageSchema.request)
        guard case .object(let fields) = document else {
            Issue.record("the request is not an object: \(document)")
            return
        }
        let extended = JSONValue.object(fields + [(key: "extra", value: .null)])
        let violation = #expect(throws: SchemaViolation.self) { try MessageChecker.check(extended, against: MessageSchema.request) }
        #expect(violation?.path == "")
        #expect(violation?.problem.hasPrefix(#"unknown field "extra"; the fields allowed here are "#) == true, "\(String(describing: violation))")
    }

    @Test func aFullResultPassesTheCheckerAndDecodesToItself() throws {
        let data = try JSONEncoder().encode(ExternalFixtures.result)
        try MessageChecker.check(try JSONParser.parse(Array(data)), against: MessageSchema.result)
        #expect(try JSONDecoder().decode(MethodResult.self, from: data) == ExternalFixtures.result)
    }

    @Test(arguments: invalidResults)
    func theCheckerNamesWhereAResultBreaksTheSchema(_ case_: InvalidResult) throws {
        let document = try JSONParser.parse(Array(case_.json.utf8))
        #expect(throws: SchemaViolation(path: case_.path, problem: case_.problem)) {
            try MessageChecker.check(document, against: MessageSchema.result)
        }
    }

    @Test(arguments: validResults)
    func theCheckerAcceptsResultsTheDecoderReads(_ json: String) throws {
        try MessageChecker.check(try JSONParser.parse(Array(json.utf8)), against: MessageSchema.result)
        let decoded = try JSONDecoder().decode(MethodResult.self, from: Data(json.utf8))
        let encoded = try JSONEncoder().encode(decoded)
        try MessageChecker.check(try JSONParser.parse(Array(encoded)), against: MessageSchema.result)
        #expect(try JSONDecoder().decode(MethodResult.self, from: encoded) == decoded)
    }

    @Test(.enabled(if: ExternalFixtures.hasJSONSchema, "needs python3 with jsonschema: install python3-jsonschema"))
    func pythonJSONSchemaAcceptsWhatSwiftEncodes() throws {
        let requests = try [ExternalFixtures.request(), ExternalFixtures.request(Workshop(info: WorkshopInfo(title: "Vide")))]
            .map { try ExternalMethod.encoded($0) }
        #expect(try Self.validate(requests, against: Self.requestSchema) == ["valid", "valid"])
        let results = try [ExternalFixtures.result, MethodResult(changes: ChangeSet(), summary: "")].map { try JSONEncoder().encode($0) }
        #expect(try Self.validate(results, against: Self.resultSchema) == ["valid", "valid"])
        let stepResults = try [
            StepResult(step: "vote", method: "dot-voting", summary: "Fait.", entries: [
                ResultEntry(item: "i1", rank: 1, value: 3, values: ["dots": 3], group: "g", flags: ["selected", "tie"], members: ["i2"]),
                ResultEntry(item: "i2", rank: 1),
            ], groups: [ParticipantGroup(name: "A", members: ["p1", "p2"], rotation: [["p1", "p2"], ["p2", "p1"]], sheetTopics: ["c1", "c2"])],
            metrics: ["turnout": 0.5], notes: ["Une note."], parameters: ["select_top": "15"]),
            StepResult(step: "s", method: "m", summary: ""),
        ].map { try JSONEncoder().encode($0) }
        #expect(try Self.validate(stepResults, against: Self.schemaFolder.appendingPathComponent("step-result-1.schema.json")) == ["valid", "valid"])
    }

    @Test(.enabled(if: ExternalFixtures.hasJSONSchema, "needs python3 with jsonschema: install python3-jsonschema"))
    func pythonJSONSchemaJudgesResultsAsTheCheckerDoes() throws {
        let invalid = try Self.validate(Self.invalidResults.map { Data($0.json.utf8) }, against: Self.resultSchema)
        for (case_, verdict) in zip(Self.invalidResults, invalid) {
            #expect(verdict.hasPrefix("invalid"), "jsonschema accepted \(case_.json)")
        }
        let valid = try Self.validate(Self.validResults.map { Data($0.utf8) }, against: Self.resultSchema)
        #expect(valid == Array(repeating: "valid", count: Self.validResults.count))
    }

    /// Python's verdict on each document: `valid`, or `invalid:` and the first error.
    static func validate(_ documents: [Data], against schema: URL) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for document in json.load(sys.stdin):
                error = jsonschema.exceptions.best_match(validator.iter_errors(document))
                print("valid" if error is None else "invalid: " + error.message.replace("\\n", " "))
            """
        var input = Data("[".utf8)
        for (index, document) in documents.enumerated() {
            if index > 0 { input.append(Data(",".utf8)) }
            input.append(document)
        }
        input.append(Data("]".utf8))
        let run = try ExternalFixtures.run(ExternalFixtures.python!, ["-c", script, schema.path], input: input)
        #expect(run.status == 0, "python failed: \(run.errors)")
        return run.output.split(separator: "\n").map(String.init)
    }
}
