/// `Lemmatizer.lemma(_:form:)` remembered for each word and slot: a document's clauses use the
/// same few verbs over and over, and the lemmatizer's string work was a large part of reading
/// each verb group.
struct ClauseLemmas: Sendable {
    // A table per slot, not one keyed by the slot: a dictionary keyed by `Lemmatizer.Form` had the
    // runtime search for the key's `Hashable` conformance at first use, which cost more than
    // lemmatizing a whole document.
    private var base: [String: String] = [:]
    private var participle: [String: String] = [:]
    private var present: [String: String] = [:]

    /// The lemma of `token` (read from `text`) in slot `form`.
    mutating func lemma(of token: ClauseToken, in text: String, form: Lemmatizer.Form) -> String {
        let word = token.lower(in: text)
        switch form {
        case .base: return Self.lemma(of: word, form: form, known: &base)
        case .participle: return Self.lemma(of: word, form: form, known: &participle)
        case .present: return Self.lemma(of: word, form: form, known: &present)
        }
    }

    private static func lemma(of word: String, form: Lemmatizer.Form, known: inout [String: String]) -> String {
        if let lemma = known[word] { return lemma }
        let lemma = Lemmatizer.lemma(word, form: form)
        known[word] = lemma
        return lemma
    }
}
