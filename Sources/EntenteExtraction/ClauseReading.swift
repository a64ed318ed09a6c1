import EntenteModel

/// One commitment read from a sentence or an item, before it is tied to a provision.
struct ClauseReading: Sendable, Hashable {
    /// Resolved actors (party names), or the actor as written when it does not resolve.
    var actors: [String]
    /// The actor as written.
    var actorText: String
    /// The modal or commitment verb, normalised: will, shall, may, commit, agree, intend, …
    var modality: String
    var force: Force
    /// Lemma of the main verb; nil for a lead-in whose items carry the action ("the Parties will:").
    var action: String?
    var negated: Bool
    var condition: String?
    /// True when the condition refers back to one stated before ("In those circumstances").
    var conditionRefersBack: Bool
    var deadline: String?
    /// True when the clause ends with a colon: the provision's items continue it.
    var leadsItems: Bool
    /// Items written inline after the colon ("Canada will: provide …; impose …; and consult …").
    var inlineItems: [String]
    /// The clause as written: the sentence, or the item.
    var text: String
    /// Token index where the actor starts (0 when the clause opens with it).
    var subjectStart: Int
    /// True when the actor was not written but carried over ("… and will promote …").
    var elided: Bool
    /// True when the actor opens the sentence, or follows an introductory phrase and its comma
    /// ("To advance this effort, Canada commits to …"): the sentence is not an item's continuation.
    var actorOpensSentence = false

    /// True for a lead-in that commits to nothing by itself: its items carry the actions.
    var isOpenLeadIn: Bool { action == nil }
}
