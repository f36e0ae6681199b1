/// The request and result messages of the external method protocol, object by object.
///
/// Each object restates the Codable form of a model type: property names, types, enumeration values,
/// and which properties the host always sends or a result must give. A test renders
/// `methods/schema/method-request-1.schema.json` and `method-result-1.schema.json` from these shapes
/// and checks that Python's `jsonschema` accepts what Swift encodes; `step-result-1.schema.json`, the
/// shape of a stored step result, is rendered from ``stepResult`` the same way.
enum MessageSchema {
    /// The root object of a request.
    static let request = "MethodRequest"
    /// The root object of a result.
    static let result = "MethodResult"
    /// The root object of a step's result as the workshop stores it (`atelier show --json`).
    static let stepResult = "StepResult"

    /// Every object of both messages, by name.
    static let definitions: [String: ObjectShape] = {
        var all: [String: ObjectShape] = [
            "MethodRequest": ObjectShape("What an external method reads on standard input.", [
                PropertyShape("version", .version, .required, "Protocol version; refuse a request of a version you do not know."),
                PropertyShape("method", .string(.any), .required, "The registry id of the method."),
                PropertyShape("step", .definition("AgendaStep"), .required,
                              "The step the method runs for: an agenda step, or one made up for an ad-hoc run (its id is the method id)."),
                PropertyShape("parameters", .map(parameterValue), .required,
                              "Parameters with their defaults filled in and their types and bounds checked."),
                PropertyShape("language", choice(Language.self), .required, "The language for summaries and any text the method writes."),
                PropertyShape("workshop", .definition("Workshop"), .required, "A read-only snapshot of the workshop."),
            ]),
            "MethodResult": ObjectShape("What an external method writes on standard output.", [
                PropertyShape("version", .version, .required, "Protocol version; the same as the request's."),
                PropertyShape("changes", .definition("ChangeSet"), .required, "The changes to apply, part by part."),
                PropertyShape("summary", .string(.any), .required, "One or two sentences for the facilitator."),
            ]),
            "ChangeSet": ObjectShape("The changes a method proposes; a part left out is not changed.", [
                PropertyShape("participants", .definition("ParticipantEdits"), .optional),
                PropertyShape("items", .definition("ItemEdits"), .optional),
                PropertyShape("categories", .definition("CategoryEdits"), .optional),
                PropertyShape("criteria", .definition("CriterionEdits"), .optional),
                PropertyShape("actions", .definition("ActionEdits"), .optional),
                PropertyShape("scores", .array(.definition("Score")), .optional, "Scores to add."),
                PropertyShape("ballots", .array(.definition("Ballot")), .optional, "Ballots to add."),
                PropertyShape("results", .array(.definition("StepResult")), .optional,
                              "Step results; each replaces an earlier result of the same step."),
            ]),
            "Workshop": ObjectShape("One workshop: everything recorded from the first card to the agreed actions.", [
                PropertyShape("info", .definition("WorkshopInfo"), .required),
                PropertyShape("agenda", .definition("Agenda"), .required),
                PropertyShape("participants", .array(.definition("Participant")), .required),
                PropertyShape("items", .array(.definition("Item")), .required, "Every card, in the order it was recorded."),
                PropertyShape("categories", .array(.definition("Category")), .required),
                PropertyShape("criteria", .array(.definition("Criterion")), .required),
                PropertyShape("scores", .array(.definition("Score")), .required),
                PropertyShape("ballots", .array(.definition("Ballot")), .required),
                PropertyShape("results", .array(.definition("StepResult")), .required),
                PropertyShape("actions", .array(.definition("Action")), .required, "The agreed action list."),
            ]),
            "WorkshopInfo": ObjectShape("Title, organisation, place, dates and languages of the workshop.", [
                PropertyShape("title", .string(.any), .required),
                PropertyShape("organisation", .string(.any), .required),
                PropertyShape("place", .string(.any), .required),
                PropertyShape("startDate", .string(.date), .optional, "First day."),
                PropertyShape("endDate", .string(.date), .optional, "Last day."),
                PropertyShape("languages", .array(choice(Language.self)), .required, "Working languages; the first is the default."),
                PropertyShape("timeZone", .string(.any), .required, "IANA time zone of the venue, for example Europe/Brussels."),
                PropertyShape("pseudonymise", .boolean, .required, "When true, exports show participants by id instead of name."),
                PropertyShape("criterionNames", .map(.map(.string(.any))), .sent,
                              "Criteria names in other languages, by criterion id then language code."),
                PropertyShape("responseMonths", .integer, .sent,
                              "Months after the last day within which addressees answer each recommendation (9 unless set)."),
                PropertyShape("reportMonths", .integer, .sent,
                              "Months after the last day by which the follow-up is reported in public (12 unless set)."),
            ]),
            "Agenda": ObjectShape("The workshop's programme.", [
                PropertyShape("days", .array(.definition("AgendaDay")), .required),
            ]),
            "AgendaDay": ObjectShape("One day of the programme.", [
                PropertyShape("number", .integer, .required, "1 for the first day."),
                PropertyShape("title", .string(.any), .required),
                PropertyShape("titles", .map(.string(.any)), .sent, "The title in other languages, by language code."),
                PropertyShape("date", .string(.date), .optional),
                PropertyShape("steps", .array(.definition("AgendaStep")), .required),
            ]),
            "AgendaStep": ObjectShape("One step of the programme: a method run with given parameters in a time box.", [
                PropertyShape("id", .string(.any), .required),
                PropertyShape("title", .string(.any), .required),
                PropertyShape("titles", .map(.string(.any)), .sent, "The title in other languages, by language code."),
                PropertyShape("method", .string(.any), .optional, "The registry id of the method the step runs; absent for a break."),
                PropertyShape("parameters", .map(parameterValue), .required, "Parameters as the agenda gives them."),
                PropertyShape("minutes", .integer, .optional, "Time box in minutes."),
                PropertyShape("status", choice(StepStatus.self), .required),
            ]),
            "Participant": ObjectShape("A person in the room.", [
                PropertyShape("id", .string(.any), .required),
                PropertyShape("name", .string(.any), .required),
                PropertyShape("group", .string(.any), .optional, "Table or sub-group."),
                PropertyShape("role", choice(Role.self), .required),
            ]),
            "Item": ObjectShape("A card: anything a participant writes down.", [
                PropertyShape("id", .string(.any), .required),
                PropertyShape("text", .string(.any), .required),
                PropertyShape("kind", choice(ItemKind.self), .required),
                PropertyShape("category", .string(.any), .optional, "The id of the category the item is sorted into."),
                PropertyShape("author", .string(.any), .optional, "The id of the participant who wrote it; absent for an anonymous card."),
                PropertyShape("buildsOn", .string(.any), .optional, "The id of the item this one builds on."),
                PropertyShape("step", .string(.any), .optional, "The id of the agenda step that produced it."),
                PropertyShape("addresses", .string(.any), .optional, "The id of the challenge (or other item) it addresses."),
                PropertyShape("dimension", .string(.any), .optional, "The dimension of the challenge it works on."),
                PropertyShape("duplicateOf", .string(.any), .optional, "The id of the item this card repeats."),
                PropertyShape("position", .definition("SheetPosition"), .optional, "Where a brainwriting idea sits on its sheet."),
            ]),
            "SheetPosition": ObjectShape("The place of an idea on a brainwriting sheet.", [
                PropertyShape("group", .integer, .required),
                PropertyShape("sheet", .integer, .required),
                PropertyShape("round", .integer, .required),
                PropertyShape("slot", .integer, .required, "1-based idea slot within the round."),
            ]),
            "Category": ObjectShape("A heading items are sorted under.", [
                PropertyShape("id", .string(.any), .required),
                PropertyShape("name", .string(.any), .required),
                PropertyShape("description", .string(.any), .optional),
            ]),
            "Criterion": ObjectShape("A scale items are scored on.", [
                PropertyShape("id", .string(.any), .required),
                PropertyShape("name", .string(.any), .required),
                PropertyShape("scaleMin", .number, .required),
                PropertyShape("scaleMax", .number, .required),
                PropertyShape("weight", .number, .required, "Relative weight in a weighted score."),
                PropertyShape("direction", choice(Criterion.Direction.self), .required),
            ]),
            "Score": ObjectShape("One value given to one item on one criterion.", [
                PropertyShape("item", .string(.any), .required),
                PropertyShape("criterion", .string(.any), .required),
                PropertyShape("value", .number, .required),
                PropertyShape("participant", .string(.any), .optional, "The participant who scored; absent for a group or plenary score."),
                PropertyShape("group", .string(.any), .optional, "The group that scored together."),
                PropertyShape("step", .string(.any), .optional),
            ]),
            "Ballot": ObjectShape("Dots placed on one item.", [
                PropertyShape("participant", .string(.any), .optional, "The voter; absent when dots were counted on paper."),
                PropertyShape("item", .string(.any), .required),
                PropertyShape("dots", .integer, .required),
                PropertyShape("step", .string(.any), .optional),
            ]),
            "StepResult": ObjectShape("What a step produced: a ranking, a grouping, a tally.", [
                PropertyShape("step", .string(.any), .required, "The agenda step, or the method id when run outside the agenda."),
                PropertyShape("method", .string(.any), .required, "The registry id of the method that produced it."),
                PropertyShape("summary", .string(.any), .sent),
                PropertyShape("entries", .array(.definition("ResultEntry")), .sent, "Entries in rank order."),
                PropertyShape("groups", .array(.definition("ParticipantGroup")), .sent),
                PropertyShape("metrics", .map(.number), .sent, "Whole-step figures."),
                PropertyShape("notes", .array(.string(.any)), .sent, "Points for the facilitator."),
                PropertyShape("parameters", .map(.string(.any)), .sent,
                              "The --param values the step was run with; the host sets them and reuses them on the next run."),
            ]),
            "ResultEntry": ObjectShape("One item's line in a step result.", [
                PropertyShape("item", .string(.any), .required),
                PropertyShape("rank", .integer, .required, "1-based; tied entries share a rank."),
                PropertyShape("value", .number, .optional, "The headline figure."),
                PropertyShape("values", .map(.number), .sent, "Named figures."),
                PropertyShape("group", .string(.any), .optional, "The group the entry falls in."),
                PropertyShape("flags", .array(.string(.any)), .sent, "Markers such as selected, tie."),
                PropertyShape("members", .array(.string(.any)), .sent, "Related item ids."),
            ]),
            "ParticipantGroup": ObjectShape("A group of participants formed by a step.", [
                PropertyShape("name", .string(.any), .required),
                PropertyShape("members", .array(.string(.any)), .sent, "Participant ids, in seating order."),
                PropertyShape("rotation", .array(.array(.string(.any))), .sent,
                              "rotation[round][sheet] is the participant who holds that sheet in that round."),
                PropertyShape("sheetTopics", .array(.string(.any)), .sent, "The challenge id each sheet works on."),
                PropertyShape("slots", .integer, .optional, "Boxes each holder fills on a sheet in a round."),
            ]),
            "Action": ObjectShape("An agreed action.", [
                PropertyShape("id", .string(.any), .required),
                PropertyShape("title", .string(.any), .required),
                PropertyShape("description", .string(.any), .sent),
                PropertyShape("problem", .string(.any), .sent, "The problem or challenge the action answers."),
                PropertyShape("carrier", .definition("Carrier"), .required),
                PropertyShape("owner", .string(.any), .sent, "Lead service or person responsible."),
                PropertyShape("partners", .array(.string(.any)), .sent),
                PropertyShape("horizon", .string(.horizon), .optional, "When it is due: YYYY, YYYY-MM or YYYY-MM-DD."),
                PropertyShape("rank", .integer, .optional, "1 for the highest priority."),
                PropertyShape("budget", .string(.any), .sent),
                PropertyShape("status", choice(ActionStatus.self), .sent),
                PropertyShape("milestones", .array(.definition("Milestone")), .sent),
                PropertyShape("sources", .array(.string(.any)), .sent, "Ids of the items the action came from."),
                PropertyShape("dots", .integer, .optional),
                PropertyShape("score", .number, .optional),
            ]),
            "Milestone": ObjectShape("A step on the way to completing an action.", [
                PropertyShape("title", .string(.any), .required),
                PropertyShape("due", .string(.horizon), .optional),
                PropertyShape("done", .boolean, .required),
            ]),
            "Carrier": ObjectShape(
                "Who must carry an action: the administration, the next government, or another named body.", [
                    PropertyShape("kind", choice(Carrier.Kind.self), .required),
                    PropertyShape("name", .string(.nonBlank), .optional, "The body's name; required when kind is other."),
                ], conditional: .init(property: "kind", equals: Carrier.Kind.other.rawValue, requires: "name")),
        ]
        for part in ["Participant", "Item", "Category", "Criterion", "Action"] {
            all[part + "Edits"] = ObjectShape("Changes to the \(part.lowercased()) list: elements to insert or replace (matched by id), ids to remove.", [
                PropertyShape("upsert", .array(.definition(part)), .optional, "Elements to add, or to replace when one with the same id exists."),
                PropertyShape("remove", .array(.string(.any)), .optional, "Ids of elements to remove."),
            ])
        }
        return all
    }()

    /// A method parameter's value: a boolean, a number, a string or a list of strings.
    static let parameterValue = MessageShape.anyOf([.boolean, .number, .string(.any), .array(.string(.any))])

    private static func choice<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> MessageShape where T.RawValue == String {
        .choice(T.allCases.map(\.rawValue))
    }
}
