/// A score in a sheet (see ``PackedSheet``): the participant and the group (optional texts), the
/// item and the criterion (texts) and the value (a number).
enum ScoreSheet: PackedSheet {
    static func pack(_ score: Score, into writer: inout PackedWriter) {
        writer.optionalText(score.participant)
        writer.optionalText(score.group)
        writer.text(score.item)
        writer.text(score.criterion)
        writer.number(score.value)
    }

    static func unpack(from reader: inout PackedReader, step: String?) throws(PackDamage) -> Score {
        let participant = try reader.optionalText()
        let group = try reader.optionalText()
        let item = try reader.text()
        let criterion = try reader.text()
        return Score(item: item, criterion: criterion, value: try reader.number(), participant: participant, group: group, step: step)
    }
}
