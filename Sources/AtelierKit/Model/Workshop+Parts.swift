extension Workshop {
    /// The workshop holding only the parts named, the others empty; info and agenda are always kept.
    public func keeping(_ parts: Set<ModelPart>) -> Workshop {
        Workshop(
            info: info, agenda: agenda,
            participants: parts.contains(.participants) ? participants : [],
            items: parts.contains(.items) ? items : [],
            categories: parts.contains(.categories) ? categories : [],
            criteria: parts.contains(.criteria) ? criteria : [],
            scores: parts.contains(.scores) ? scores : [],
            ballots: parts.contains(.ballots) ? ballots : [],
            results: parts.contains(.results) ? results : [],
            actions: parts.contains(.actions) ? actions : [])
    }
}
