/// `Lemmatizer.lemma(_:form:)` remembered for each word and slot, with the verb classes of the
/// lemma: a document's clauses use the same few verbs over and over, and the lemmatizer's string
/// work, then hashing each lemma into the class sets, was a large part of reading each verb group.
struct ClauseLemmas: Sendable {
    // A table per slot, not one keyed by the slot: a dictionary keyed by `Lemmatizer.Form` had the
    // runtime search for the key's `Hashable` conformance at first use, which cost more than
    // lemmatizing a whole document.
    private var base: [String: ClauseVerb] = [:]
    private var participle: [String: ClauseVerb] = [:]
    private var present: [String: ClauseVerb] = [:]

    init() {
        // A document reads a few dozen distinct verbs: room for them from the start spares the
        // tables their rehashing as they grow.
        base.reserveCapacity(64)
        participle.reserveCapacity(16)
        present.reserveCapacity(16)
    }

    /// The verb `token` (read from `text`) is in slot `form`.
    mutating func verb(of token: ClauseToken, in text: String, form: Lemmatizer.Form) -> ClauseVerb {
        let word = token.lower(in: text)
        switch form {
        case .base: return Self.verb(of: word, form: form, known: &base)
        case .participle: return Self.verb(of: word, form: form, known: &participle)
        case .present: return Self.verb(of: word, form: form, known: &present)
        }
    }

    private static func verb(of word: String, form: Lemmatizer.Form, known: inout [String: ClauseVerb]) -> ClauseVerb {
        if let verb = known[word] { return verb }
        let verb = ClauseVerb(lemma: Lemmatizer.lemma(word, form: form))
        known[word] = verb
        return verb
    }
}

/// A verb of a verb group: its lemma, and the lexicon classes the grammar asks about, found once
/// per lemma.
struct ClauseVerb: Sendable, Hashable {
    var lemma: String
    /// `ModalLexicon.chainVerbs`: leads to another verb through "to" ("strive to ensure").
    let leadsOn: Bool
    /// `ModalLexicon.bestEffortVerbs`: makes any commitment a best effort.
    let softens: Bool
    /// `ModalLexicon.statementVerbs`: states a view ("recognize that").
    let states: Bool
    /// `ClauseChain.effortVerbs`: an effort noun after it makes a best effort ("make every effort").
    let takesEffortNoun: Bool

    init(lemma: String) {
        self.lemma = lemma
        leadsOn = ModalLexicon.chainVerbs.contains(lemma)
        softens = ModalLexicon.bestEffortVerbs.contains(lemma)
        states = ModalLexicon.statementVerbs.contains(lemma)
        takesEffortNoun = ClauseChain.effortVerbs.contains(lemma)
    }
}
