import AtelierExport
import AtelierKit
import Foundation

/// The live room: the phones that joined, the step open, and every submission recorded in the workshop
/// file through the same import, checks and journal as `atelier import` (one change per submission,
/// journalled under the step, which stays open until the facilitator closes it).
public actor Room {
    /// The workshop file.
    public nonisolated let store: WorkshopStore
    /// Runs the steps' methods and their import checks (a voter's budget and cap).
    nonisolated let runner: Runner
    public nonisolated let settings: RoomSettings

    /// The step open to the phones, with what it asks.
    private(set) var open: (step: AgendaStep, task: RoomTask)?
    /// The step closed last, whose result the wall shows until another opens.
    private var closed: (step: AgendaStep, task: RoomTask)?
    /// The rounds of the brainwriting step open.
    private var sheets: SheetRound?
    private var phones: [String: PhoneSession] = [:]
    /// Cards the facilitator took off the wall (kept in the workshop file, read again when a step opens).
    private var hidden: Set<String> = []
    /// The teams of a dot vote whose teams each vote on their own items (`groups_from`).
    private var teams: VoteTeams?
    /// The round timer the console runs.
    private var timer: RoundTimer?
    private var watchers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// Counts the room's changes: the wall's state carries it.
    private var version = 0
    private var wallOutdated = false
    private var wallRefreshing = false
    /// The workshop as the room shows it (the wall, the phones' pages, the console), kept up to date by
    /// each guest, card, idea, dot and score; nil when it is to be read again from the file.
    private var shownWorkshop: Workshop?
    /// The file's ``WorkshopStore/outsideVersion()`` when the shown workshop was read: another process's
    /// change (an `atelier undo` in a terminal) has it read again.
    private var shownFileVersion = 0
    /// What the checks of the open vote's dots read besides the voter and their ballots, read once for the step.
    private var voteChecks: (step: String, workshop: Workshop)?
    /// Dots waiting to be written together, and whether they are being written.
    private var pendingDots: [PendingDot] = []
    private var writingDots = false
    /// The walls get at most one state per interval: in a busy room, the changes made meanwhile come together.
    static let wallInterval = Duration.milliseconds(50)

    public init(store: WorkshopStore, runner: Runner, settings: RoomSettings) {
        self.store = store
        self.runner = runner
        self.settings = settings
    }

    // MARK: Phones

    /// Lets a phone in with the room's code, as the participant it names (by id) or as a new guest.
    /// - Returns: The phone's cookie.
    func join(code: String, participant: String?) throws(RoomError) -> String {
        guard Secret.matches(code.uppercased().trimmingCharacters(in: .whitespaces), settings.code) else { throw .wrongCode }
        guard phones.count < settings.maxPhones else { throw .roomFull(settings.maxPhones) }
        let session: PhoneSession
        if let participant {
            let workshop = try recorded { try store.workshop(leavingOut: Set(ModelPart.allCases).subtracting([.participants])) }
            guard let person = workshop.participant(participant) else { throw .invalid(settings.language(.yourName)) }
            guard !phones.values.contains(where: { $0.participant == participant }) else { throw .nameTaken(person.name) }
            session = PhoneSession(participant: participant, named: true, formToken: Secret.token())
        } else {
            var guest = ""
            var added: [Participant] = []
            try recorded {
                try store.change(command: "room join", loading: [.participants]) { workshop in
                    let taken = Set(workshop.participants.map(\.id))
                    let number = (1...).first { !taken.contains("guest-\($0)") }!
                    guest = "guest-\(number)"
                    let table = ImportTable(header: ["id", "name", "role"],
                                            records: [.init(line: 1, fields: [guest, "\(Self.guestName[workshop.info.language]) \(number)", "participant"])])
                    let (changes, _) = try Importer(kind: .participants, table: table, file: "room").changes(for: workshop)
                    added = changes.participants.upsert
                    return (changes, "A guest joined the room as \(guest).")
                }
            }
            changed { $0.participants += added }
            session = PhoneSession(participant: guest, named: false, formToken: Secret.token())
        }
        let cookie = Secret.token()
        phones[cookie] = session
        return cookie
    }

    private static let guestName = phrase("Guest", "Invité", "Gast", "Gast")

    /// The phone behind a cookie.
    func phone(_ cookie: String?) throws(RoomError) -> PhoneSession {
        guard let cookie, let session = phones[cookie] else { throw .notJoined }
        return session
    }

    /// Checks a phone's form: its cookie, its anti-forgery token, its pace, and the step it was for.
    private func admit(_ cookie: String?, form: FormData) throws(RoomError) -> (PhoneSession, AgendaStep, RoomTask) {
        var session = try phone(cookie)
        guard Secret.matches(form["form"], session.formToken) else { throw .badFormToken }
        try session.admit(limit: settings.maxSubmissions, window: settings.rateWindow)
        phones[cookie!] = session
        guard let open, open.step.id == form["step"] else { throw .stepNotOpen(form["step"]) }
        return (session, open.step, open.task)
    }

    /// Records a card written on a phone: the text, its kind (quadrant) and category. Only a person who
    /// picked their name is recorded as its author.
    func addCard(_ cookie: String?, _ form: FormData) throws(RoomError) {
        let (session, step, task) = try admit(cookie, form: form)
        guard case .cards(let kinds) = task else { throw .stepNotOpen(step.id) }
        let language = settings.language
        guard let text = form["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .missing(language(.cardText))
        }
        guard text.count <= settings.maxCardLength else { throw .tooLong(language(.cardText), settings.maxCardLength) }
        guard let kind = (kinds.count == 1 ? kinds.first : form["kind"].flatMap(ItemKind.init(rawValue:))), kinds.contains(kind) else {
            throw .invalid(language(.quadrant))
        }
        let category = form["category"].flatMap { $0.isEmpty ? nil : $0 }
        var added: [Item] = []
        try recorded {
            try store.change(command: "room card \(step.id)", step: step.id, completing: false,
                             loading: [.participants, .items, .categories]) { workshop in
                if let category, workshop.categories.first(where: { $0.id == category }) == nil { throw RoomError.invalid("category") }
                let table = ImportTable(header: ["text", "kind", "category", "author", "step"], records: [
                    .init(line: 1, fields: [text, kind.rawValue, category ?? "", session.named ? session.participant : "", step.id]),
                ])
                let (changes, _) = try Importer(kind: .items, table: table, file: "room", step: step.id).changes(for: workshop)
                added = changes.items.upsert
                return (changes, "A \(kind.rawValue) card came from the room in \(step.id).")
            }
        }
        changed { $0.items += added }
    }

    /// Adds or takes back one dot of a phone's ballot, within the budget and the cap, checked by the
    /// vote's own import checks in the same transaction as the write. The checks read the voter and the
    /// voter's ballots of the step from the file, and the rest of what they need (the ballot's items, the
    /// categories, the earlier steps' results) from what the room read when the first dot came. Dots
    /// arriving while others are written wait and are then written together, each its own change.
    func changeDots(_ cookie: String?, _ form: FormData) async throws(RoomError) {
        let (session, step, task) = try admit(cookie, form: form)
        guard case .dots(let items, let budget, let cap) = task else { throw .stepNotOpen(step.id) }
        guard let item = form["item"], items.contains(where: { $0.id == item }) else { throw .invalid("item") }
        guard let change = form["change"].flatMap(Int.init), change == 1 || change == -1 else { throw .invalid("change") }
        let checks = try voteChecks(step.id, items: items)
        let runner = runner
        let replacement = BallotReplacement(participant: session.participant, step: step.id, command: "room dots \(step.id)") { voter, own in
            var dots = Dictionary(own.map { ($0.item, $0.dots) }) { a, b in a + b }
            dots[item, default: 0] += change
            if dots.values.reduce(0, +) > budget { throw RoomError.overBudget(budget) }
            if let cap, dots[item]! > cap { throw RoomError.overCap(cap) }
            let rows = items.compactMap { listed in
                dots[listed.id].flatMap { $0 > 0 ? ImportTable.Record(line: 1, fields: [session.participant, listed.id, String($0), step.id]) : nil }
            }
            var workshop = checks
            workshop.participants = voter.map { [$0] } ?? []
            let table = ImportTable(header: ["participant", "item", "dots", "step"], records: rows)
            let (changes, _) = try Importer(kind: .ballots, table: table, file: "room", step: step.id)
                .changes(for: workshop, extraChecks: runner.importIssues)
            return (changes.ballots, "A voter in the room \(change > 0 ? "placed" : "took back") a dot on \(item) in \(step.id).")
        }
        let ballots = try await withCheckedContinuation { answer in
            pendingDots.append(PendingDot(replacement: replacement, answer: answer))
            if !writingDots {
                writingDots = true
                Task { await writeDots() }
            }
        }.get()
        changed { wall in
            wall.ballots.removeAll { $0.participant == session.participant && $0.step == step.id }
            wall.ballots += ballots
        }
    }

    /// What a dot's checks read besides the voter and their ballots: the workshop with only the vote's
    /// ballot as items, its categories and its results (the earlier steps' rankings and teams).
    private func voteChecks(_ step: String, items: [Item]) throws(RoomError) -> Workshop {
        if let voteChecks, voteChecks.step == step { return voteChecks.workshop }
        var workshop = try recorded { try store.workshop(leavingOut: Set(ModelPart.allCases).subtracting([.categories, .results])) }
        workshop.items = items
        voteChecks = (step, workshop)
        return workshop
    }

    /// Writes the dots waiting in one transaction, away from the room's turn so that phones are admitted
    /// meanwhile, then those that came during the write; a dot whose step closed while it waited is refused.
    private func writeDots() async {
        while !pendingDots.isEmpty {
            let batch = pendingDots
            pendingDots = []
            let (due, late) = (batch.filter { $0.replacement.step == open?.step.id }, batch.filter { $0.replacement.step != open?.step.id })
            for dot in late { dot.answer.resume(returning: .failure(.stepNotOpen(dot.replacement.step))) }
            for (dot, outcome) in zip(due, await Self.write(due.map(\.replacement), in: store)) { dot.answer.resume(returning: outcome) }
        }
        writingDots = false
    }

    private nonisolated static func write(_ replacements: [BallotReplacement], in store: WorkshopStore) async -> [Result<[Ballot], RoomError>] {
        do {
            return try store.replaceBallots(replacements).map { $0.mapError(refusal) }
        } catch {
            return replacements.map { _ in .failure(refusal(error)) }
        }
    }

    /// Records a phone's scores of one item, one per criterion; an item is scored once.
    func addScores(_ cookie: String?, _ form: FormData) throws(RoomError) {
        let (session, step, task) = try admit(cookie, form: form)
        guard case .scores(let items, let criteria) = task else { throw .stepNotOpen(step.id) }
        guard let item = form["item"], items.contains(where: { $0.id == item }) else { throw .invalid("item") }
        var rows: [ImportTable.Record] = []
        for criterion in criteria {
            guard let value = form["score-\(criterion.id)"], !value.isEmpty else { throw .missing(criterion.name) }
            guard value.count <= 12 else { throw .tooLong(criterion.name, 12) }
            rows.append(.init(line: 1, fields: [session.participant, item, criterion.id, value, step.id]))
        }
        var added: [Score] = []
        try recorded {
            try store.change(command: "room scores \(step.id)", step: step.id, completing: false,
                             loading: [.participants, .items, .criteria, .scores]) { workshop in
                let table = ImportTable(header: ["participant", "item", "criterion", "value", "step"], records: rows)
                let (changes, _) = try Importer(kind: .scores, table: table, file: "room", step: step.id)
                    .changes(for: workshop, extraChecks: runner.importIssues)
                added = changes.scores
                return (changes, "Scores of \(item) came from the room in \(step.id).")
            }
        }
        changed { $0.scores += added }
    }

    /// Writes a phone's ideas on the sheet it holds this round, in the boxes still free, each an idea
    /// placed at its sheet position (group, sheet, round, box) as an import of the sheets would place it.
    func addIdeas(_ cookie: String?, _ form: FormData) throws(RoomError) {
        let (session, step, task) = try admit(cookie, form: form)
        guard case .ideas = task, let sheets else { throw .stepNotOpen(step.id) }
        let seat = try heldSheet(session, sheets)
        let language = settings.language
        let texts = (1...sheets.slots).compactMap { form["idea-\($0)"] }.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard !texts.isEmpty else { throw .missing(language(.idea)) }
        for text in texts where text.count > settings.maxCardLength { throw .tooLong(language(.idea), settings.maxCardLength) }
        let round = sheets.round
        var added: [Item] = []
        try recorded {
            try store.change(command: "room ideas \(step.id)", step: step.id, completing: false,
                             loading: [.participants, .items, .categories]) { workshop in
                let taken = Set(workshop.items.compactMap { item in
                    item.step == step.id ? item.position.flatMap { $0.group == seat.group && $0.sheet == seat.sheet && $0.round == round ? $0.slot : nil } : nil
                })
                let free = (1...sheets.slots).filter { !taken.contains($0) }
                guard texts.count <= free.count else { throw RoomError.sheetFull(sheets.slots) }
                let rows = zip(texts, free).map { text, slot in
                    ImportTable.Record(line: 1, fields: [text, ItemKind.idea.rawValue, session.named ? session.participant : "",
                                                         "\(seat.group)/\(seat.sheet)/\(round)/\(slot)", step.id])
                }
                let table = ImportTable(header: ["text", "kind", "author", "position", "step"], records: rows)
                let (changes, _) = try Importer(kind: .items, table: table, file: "room", step: step.id).changes(for: workshop)
                added = changes.items.upsert
                return (changes, "\(rows.count) idea(s) came from the room on sheet \(seat.group)/\(seat.sheet), round \(round), in \(step.id).")
            }
        }
        changed { $0.items += added }
    }

    /// Passes a phone's sheet on: once everyone holding a sheet this round has, the next round begins.
    func passSheet(_ cookie: String?, _ form: FormData) throws(RoomError) {
        let (session, step, task) = try admit(cookie, form: form)
        guard case .ideas = task, var sheets else { throw .stepNotOpen(step.id) }
        _ = try heldSheet(session, sheets)
        sheets.pass(session.participant)
        self.sheets = sheets
        changed()
    }

    /// The sheet a phone's participant holds this round.
    private func heldSheet(_ session: PhoneSession, _ sheets: SheetRound) throws(RoomError) -> SheetRound.Seat {
        guard sheets.plans(session.participant) else { throw .notOnSheet }
        guard let seat = sheets.seat(of: session.participant), !sheets.passed.contains(session.participant) else { throw .sheetPassed }
        return seat
    }

    /// What a phone sees: the open step, its task, and the phone's own dots and scored items.
    func phoneView(_ cookie: String?) throws(RoomError) -> PhoneView {
        let session = try phone(cookie)
        guard let open else { return PhoneView(session: session, step: nil, task: .none, categories: [], dots: [:], scored: [], sheet: nil, timer: timer) }
        let workshop = try shown()
        let dots = Dictionary(workshop.ballots.filter { $0.participant == session.participant && $0.step == open.step.id }
            .map { ($0.item, $0.dots) }) { a, b in a + b }
        let scored = Set(workshop.scores.filter { $0.participant == session.participant && $0.step == open.step.id }.map(\.item))
        return PhoneView(session: session, step: open.step, task: open.task.ballot(of: session.participant, teams: teams),
                         categories: workshop.categories, dots: dots, scored: scored,
                         sheet: sheets.map { SheetView($0, participant: session.participant, step: open.step.id, workshop: workshop) }, timer: timer)
    }

    // MARK: Console

    /// Opens a step to the phones (closing the one open); a step without a method collects cards of `cardKind`.
    /// A brainwriting step's sheets are planned first, by a run of its method, when no run has planned them yet.
    public func openStep(_ id: String, cardKind: ItemKind) throws(RoomError) {
        var workshop = try recorded { try store.workshop(leavingOut: [.actions]) }
        guard let step = workshop.agenda.step(id) else { throw .unknownStep(id) }
        if step.method == "brainwriting", !workshop.results.contains(where: { $0.step == id && $0.groups.contains { !$0.rotation.isEmpty } }) {
            do {
                _ = try runner.run(id, overrides: [:], in: store, command: "room run \(id)")
            } catch {
                throw .stepNotRunnable(id, "\(error)")
            }
            workshop = try recorded { try store.workshop(leavingOut: [.actions]) }
        }
        var parameters: [String: ParameterValue] = [:]
        if let method = step.method, let manifest = runner.registry.manifest(method) {
            do {
                parameters = try manifest.resolveParameters(step: step.parameters, overrides: [:])
            } catch {
                throw .stepNotRunnable(id, "\(error)")
            }
        }
        let task = try RoomTask(step: step, cardKind: cardKind, parameters: parameters, workshop: workshop)
        if case .ideas(let groups, let slots) = task {
            sheets = SheetRound(groups: groups, slots: slots, written: workshop.items.compactMap { $0.step == id ? $0.position : nil })
        } else {
            sheets = nil
        }
        teams = try RoomTask.teams(of: step, parameters: parameters, workshop: workshop)
        hidden = try recorded { try store.hiddenCards() }
        open = (step, task)
        closed = nil
        changed()
    }

    /// Closes the open step: phones can no longer change what they sent, and the wall shows the result.
    public func closeStep() {
        closed = open ?? closed
        open = nil
        changed()
    }

    /// Moves every brainwriting sheet on to the next round, whoever has not passed yet.
    public func nextRound() throws(RoomError) {
        guard var sheets, open != nil else { throw .stepNotOpen(nil) }
        sheets.nextRound()
        self.sheets = sheets
        changed()
    }

    /// Takes a card of the open (or last closed) step off the wall, in one journalled change that undo
    /// takes back; the card stays in the workshop, for the methods and the exports.
    public func hide(_ item: String) throws(RoomError) {
        let (step, card) = try moderated(item)
        guard !hidden.contains(card.id) else { return }
        try recorded {
            try store.hideCard(card.id, step: step, command: "room hide \(step)", summary: "Card \(card.id) was taken off the wall in \(step).")
        }
        hidden.insert(card.id)
        changed()
    }

    /// Records a card as a duplicate of another of the step (as the SWOT merge does), in one journalled
    /// change: the wall shows the kept card once. Cards that repeated the duplicate now repeat the kept card.
    public func merge(_ item: String, into kept: String) throws(RoomError) {
        let (step, card) = try moderated(item)
        let (_, target) = try moderated(kept, field: Labels(settings.language)[.duplicateOf])
        let root = target.duplicateOf ?? target.id
        guard root != card.id else { throw .invalid(Labels(settings.language)[.duplicateOf]) }
        try recorded {
            try store.change(command: "room merge \(step)", step: step, completing: false, loading: [.items]) { workshop in
                let moved = workshop.items.filter { $0.id == card.id || $0.duplicateOf == card.id }.map { item in
                    var item = item
                    item.duplicateOf = root
                    return item
                }
                return (ChangeSet(items: Edits(upsert: moved)), "Card \(card.id) was merged into \(root) in \(step).")
            }
        }
        changed()
    }

    /// Replaces the text of a card of the step (a typo, a name to leave out), in one journalled change.
    public func edit(_ item: String, text: String?) throws(RoomError) {
        let language = settings.language
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .missing(language(.cardText)) }
        guard text.count <= settings.maxCardLength else { throw .tooLong(language(.cardText), settings.maxCardLength) }
        let (step, card) = try moderated(item)
        var edited = card
        edited.text = text
        try recorded {
            try store.change(command: "room edit \(step)", step: step, completing: false, loading: [.items]) { _ in
                (ChangeSet(items: Edits(upsert: [edited])), "The text of card \(card.id) was edited in \(step).")
            }
        }
        changed()
    }

    /// The step open (or closed last) and its card `item`, which the console may moderate.
    private func moderated(_ item: String, field: String? = nil) throws(RoomError) -> (step: String, card: Item) {
        guard let step = (open ?? closed)?.step.id else { throw .stepNotOpen(nil) }
        let workshop = try recorded { try store.workshop(leavingOut: Set(ModelPart.allCases).subtracting([.items])) }
        guard let card = workshop.items.first(where: { $0.id == item && $0.step == step }) else {
            throw .invalid(field ?? settings.language(.card))
        }
        return (step, card)
    }

    /// Starts a round of `minutes` (replacing the timer running), or pauses, resumes or resets the timer.
    public func changeTimer(_ command: String?, minutes: String?) throws(RoomError) {
        switch command {
        case "start":
            guard let minutes = minutes.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                  (1...RoundTimer.maxMinutes).contains(minutes) else {
                throw .outOfRange(settings.language(.minutes), 1, RoundTimer.maxMinutes)
            }
            timer = RoundTimer(minutes: minutes)
        case "pause", "resume":
            guard timer != nil else { throw .noTimer }
            if command == "pause" { timer?.pause() } else { timer?.resume() }
        case "reset":
            timer = nil
        default:
            throw .invalid(settings.language(.timer))
        }
        changed()
    }

    /// Runs the method of the step open or closed last, as `atelier run` does.
    /// - Returns: The run's summary.
    public func runStep() throws(RoomError) -> String {
        guard let id = (open ?? closed)?.step.id else { throw .stepNotOpen(nil) }
        let outcome = try recorded { try runner.run(id, overrides: [:], in: store, command: "room run \(id)") }
        if let open, open.step.id == id, case .ideas = open.task {
            // The run planned the sheets again (with the people who joined since): the phones follow the new plan.
            try openStep(id, cardKind: .idea)
        } else {
            changed()
        }
        return outcome.summary
    }

    /// Undoes the workshop's last change, as `atelier undo` does.
    /// - Returns: What was undone.
    public func undo() throws(RoomError) -> String {
        let entry = try recorded { try store.undo() }
        hidden = try recorded { try store.hiddenCards() }
        changed()
        return "#\(entry.id) \(entry.command): \(entry.summary)"
    }

    /// What the console shows: the agenda, the open step, the phones and who has taken part in it.
    func consoleView() throws(RoomError) -> ConsoleView {
        let workshop = try shown()
        let step = (open ?? closed)?.step.id
        let active = Set(workshop.ballots.filter { $0.step == step }.compactMap(\.participant))
            .union(workshop.scores.filter { $0.step == step }.compactMap(\.participant))
        let wrote = workshop.items.filter { $0.step == step }.count
        var waiting: (names: [String], guests: Int)?
        switch (open ?? closed)?.task {
        case .dots?, .scores?: waiting = notVoted(workshop, besides: active)
        default: break
        }
        return ConsoleView(agenda: workshop.agenda, open: open?.step.id, closed: closed?.step.id, phones: phones.count,
                           takingPart: active.count,
                           cards: workshop.items.filter { $0.step == step && !hidden.contains($0.id) && $0.duplicateOf == nil },
                           cardsWritten: wrote, notVoted: waiting, timer: timer,
                           journal: try recorded { try store.journal().suffix(5).reversed() },
                           round: open == nil ? nil : sheets)
    }

    /// The workshop's participants (by name) and the guests with a phone in the room who have not voted
    /// (in a team vote, only those in a team: the others have nothing to vote on).
    private func notVoted(_ workshop: Workshop, besides voters: Set<String>) -> (names: [String], guests: Int) {
        let waiting = { (id: String) in !voters.contains(id) && (self.teams.map { $0.teamOfParticipant[id] != nil } ?? true) }
        let names = workshop.participants
            .filter { $0.role == .participant && !$0.id.hasPrefix("guest-") && waiting($0.id) }.map(\.name)
        let guests = Set(phones.values.filter { !$0.named && waiting($0.participant) }.map(\.participant)).count
        return (names, guests)
    }

    // MARK: Wall

    /// The wall as it stands, with the room's change count.
    func wallState() throws(RoomError) -> WallState {
        WallState(version: version, workshop: try shown(), open: open, closed: closed,
                  hidden: hidden, liveDots: settings.liveDots, sheets: sheets, timer: timer)
    }

    /// The workshop as the room shows it, read again from the file when it is not kept up to date.
    private func shown() throws(RoomError) -> Workshop {
        let fileVersion = try recorded { try store.outsideVersion() }
        if fileVersion != shownFileVersion {
            // Another process changed the file (an `atelier undo` in a terminal, say): its hidden cards too.
            shownWorkshop = nil
            voteChecks = nil
            hidden = try recorded { try store.hiddenCards() }
            shownFileVersion = fileVersion
        }
        if let shownWorkshop { return shownWorkshop }
        let workshop = try recorded { try store.workshop(leavingOut: [.actions]) }
        shownWorkshop = workshop
        return workshop
    }

    /// The wall's updates: the whole state at once, then again after every change (a slow wall skips
    /// to the latest).
    func watchWall() -> (UUID, AsyncStream<String>) {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        watchers[id] = continuation
        if let state = try? wallState() { continuation.yield(state.message()) }
        return (id, stream)
    }

    /// Whether a wall watches the room.
    var watched: Bool { !watchers.isEmpty }

    func stopWatching(_ id: UUID) {
        watchers.removeValue(forKey: id)?.finish()
    }

    /// Notes a change and brings the walls up to date: changes made while the state is drawn, or within
    /// ``wallInterval`` of the last one sent, are sent together in the next one. `update` applies a guest,
    /// card, idea, dot or score to the shown workshop; without it (a step opened, a run, an undo), the
    /// shown workshop and the dots' checks are read again from the file.
    private func changed(_ update: ((inout Workshop) -> Void)? = nil) {
        if let update {
            if shownWorkshop != nil { update(&shownWorkshop!) }
        } else {
            shownWorkshop = nil
            voteChecks = nil
        }
        version += 1
        wallOutdated = true
        guard !wallRefreshing else { return }
        wallRefreshing = true
        Task { await refreshWalls() }
    }

    private func refreshWalls() async {
        while wallOutdated {
            wallOutdated = false
            if !watchers.isEmpty, let state = try? wallState() {
                let message = state.message()
                for watcher in watchers.values { watcher.yield(message) }
            }
            try? await Task.sleep(for: Self.wallInterval)
        }
        wallRefreshing = false
    }

    /// Runs store work, turning what it throws into a refusal the phone can show.
    @discardableResult
    private func recorded<T>(_ work: () throws -> T) throws(RoomError) -> T {
        do {
            return try work()
        } catch {
            throw Self.refusal(error)
        }
    }

    /// What a phone is told of what the workshop or its checks refused.
    private nonisolated static func refusal(_ error: any Error) -> RoomError {
        switch error {
        case let error as RoomError: error
        case let error as ImportError: .refused(error.message)
        default: .refused("\(error)")
        }
    }
}

/// A dot waiting to be written, with the phone waiting for its answer: the voter's ballots of the step once
/// written, or the refusal.
private struct PendingDot {
    var replacement: BallotReplacement
    var answer: CheckedContinuation<Result<[Ballot], RoomError>, Never>
}

/// What a phone's page shows.
struct PhoneView: Sendable {
    var session: PhoneSession
    var step: AgendaStep?
    var task: RoomTask
    var categories: [AtelierKit.Category]
    /// The phone's dots on each item of the open vote.
    var dots: [String: Int]
    /// Items the phone has scored in the open step.
    var scored: Set<String>
    /// The phone's brainwriting sheet, when the open step is a brainwriting.
    var sheet: SheetView?
    var timer: RoundTimer?
}

/// What the console shows.
struct ConsoleView: Sendable {
    var agenda: Agenda
    var open: String?
    var closed: String?
    var phones: Int
    /// Participants who placed dots or gave scores in the step.
    var takingPart: Int
    /// The step's cards on the wall.
    var cards: [Item]
    var cardsWritten: Int
    /// In a vote or a matrix, the participants (by name) and the guests' phones that have not voted yet.
    var notVoted: (names: [String], guests: Int)?
    var timer: RoundTimer?
    /// The last changes, newest first.
    var journal: [JournalEntry]
    /// The rounds of the brainwriting step open.
    var round: SheetRound?
}
