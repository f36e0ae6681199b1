/// A ballot in a sheet (see ``PackedSheet``): the voter (an optional text, none for a paper count),
/// the item (a text) and the dots (a whole number).
enum BallotSheet: PackedSheet {
    static func pack(_ ballot: Ballot, into writer: inout PackedWriter) {
        writer.optionalText(ballot.participant)
        writer.text(ballot.item)
        writer.integer(ballot.dots)
    }

    static func unpack(from reader: inout PackedReader, step: String?) throws(PackDamage) -> Ballot {
        let participant = try reader.optionalText()
        let item = try reader.text()
        return Ballot(participant: participant, item: item, dots: try reader.integer(), step: step)
    }
}
