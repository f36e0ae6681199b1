extension Milestone {
    /// The word that marks a milestone done, written in brackets after it: `(done)`, `(fait)`.
    public static func doneWord(in language: Language) -> String {
        LocalisedText("done", "fait", "klaar", "erledigt")[language]
    }
}
