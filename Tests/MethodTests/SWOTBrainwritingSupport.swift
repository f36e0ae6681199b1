import AtelierKit
import Foundation

/// Builds requests for the SWOT and brainwriting methods the way the host does, and applies their
/// changes, so tests can run a method twice over the workshop it changed.
enum SWOTBrainwritingSupport {
    /// The defaults `methods/builtin/swot.yaml` declares.
    static let swotDefaults: [String: ParameterValue] = [
        "max_items": .integer(10), "merge_threshold": .number(0.85), "tows_pairs": .integer(2),
    ]

    /// The defaults `methods/builtin/brainwriting.yaml` declares (`rounds`, `challenges` and `dimension` have none).
    static let brainwritingDefaults: [String: ParameterValue] = [
        "group_size": .integer(6), "ideas_per_round": .integer(3), "minutes_per_round": .integer(5),
        "include_facilitators": .bool(false), "keep_tables": .bool(false),
    ]

    /// A request for an ad-hoc run: the step is named after the method, parameters over the defaults.
    static func request(
        _ method: String, _ workshop: Workshop, defaults: [String: ParameterValue],
        _ parameters: [String: ParameterValue] = [:], language: Language = .en
    ) -> MethodRequest {
        MethodRequest(
            method: method, step: AgendaStep(id: method, title: method, method: method),
            parameters: defaults.merging(parameters) { _, given in given }, language: language, workshop: workshop)
    }

    /// A fixture workshop from `Fixtures/<name>.json`.
    static func workshop(_ name: String) throws -> Workshop {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name + ".json")
        return try JSONDecoder().decode(Workshop.self, from: Data(contentsOf: url))
    }

    /// A workshop with only a title and the given participants and items.
    static func workshop(participants: [Participant] = [], items: [Item] = []) -> Workshop {
        Workshop(info: WorkshopInfo(title: "Test"), participants: participants, items: items)
    }

    /// Participants `p1`…`pN`, role participant.
    static func people(_ count: Int) -> [Participant] {
        (0..<count).map { Participant(id: "p\($0 + 1)", name: "Person \($0 + 1)") }
    }

    /// The workshop after a change set: upserts replace in place or append, removals drop, results
    /// replace the same step's result.
    static func applying(_ changes: ChangeSet, to workshop: Workshop) -> Workshop {
        var result = workshop
        result.items = apply(changes.items, to: result.items)
        result.participants = apply(changes.participants, to: result.participants)
        result.ballots += changes.ballots
        result.scores += changes.scores
        for stepResult in changes.results {
            result.results.removeAll { $0.step == stepResult.step }
            result.results.append(stepResult)
        }
        return result
    }

    private static func apply<T>(_ edits: Edits<T>, to elements: [T]) -> [T] {
        var elements = elements.filter { !edits.remove.contains($0.id) }
        for element in edits.upsert {
            if let index = elements.firstIndex(where: { $0.id == element.id }) {
                elements[index] = element
            } else {
                elements.append(element)
            }
        }
        return elements
    }

    /// The error message a call throws, or nil when it does not throw a ``MethodError``.
    static func message(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as MethodError {
            return error.message
        } catch {
            return nil
        }
    }
}
