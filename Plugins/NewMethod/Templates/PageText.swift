extension ScaffoldedMethod {
    /// `methods/builtin/<id>.md`: the method's page.
    var page: String {
        """
        # \(name) (`\(id)`)

        \(summaries["en"] ?? "")

        ## When in a workshop

        Once cards are in and sorted into categories: import items with a `category` column (a new
        category name creates the category), or import the categories first to set their order. Run
        `atelier run \(id)` to see which categories hold the most cards.

        ## Parameters

        | name | type | default | what it does |
        | --- | --- | --- | --- |
        | `kinds` | list | `idea` | Kinds of card counted: vision, strength, weakness, opportunity, threat, challenge, idea, proposal. |

        ## Inputs

        - Items of the kinds in `kinds`, with their category (cards without one are counted apart).
        - The workshop's categories, for their names and their order.

        ## What it does

        Groups the cards by category and ranks the categories by their number of cards. Categories with as
        many cards share a rank, are flagged `tie` and keep the order in which the categories were recorded;
        the cards without a category come after the categories they tie with. It changes no card.

        ## Outputs

        - Step result: one entry per category holding cards, the largest first (item: the category's first
          card; value: its number of cards; group: the category's id, none for cards without a category;
          members: all its cards, in recorded order).
        - Metrics `cards`, `categories`, `cards.<category id>` and, when some cards have no category,
          `uncategorised`.

        ## Example

        Categories Economy, Legal and Social; ideas *Local tax incentives* and *Shared service centre*
        (Economy), *Simplify the decree* and *Data-sharing agreement* (Legal), *Open the counter on
        Saturdays* (no category); the proposal *Pilot in two municipalities* (Legal). With the default
        `kinds` (`idea`), Economy and Legal share rank 1 with 2 cards each, the card without a category
        comes third, Social holds no card and has no entry. With `kinds` `idea,proposal`, Legal comes first
        with 3 cards.

        """
    }
}
