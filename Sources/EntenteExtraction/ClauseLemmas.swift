/// `Lemmatizer.lemma(_:form:)` remembered for each word and slot: a document's clauses use the
/// same few verbs over and over, and the lemmatizer's string work was a large part of reading
/// each verb group.
struct ClauseLemmas: Sendable {
    private var known: [Lemmatizer.Form: [String: String]] = [:]

    /// The lemma of `token` (read from `text`) in slot `form`.
    mutating func lemma(of token: ClauseToken, in text: String, form: Lemmatizer.Form) -> String {
        let word = token.lower(in: text)
        if let lemma = known[form]?[word] { return lemma }
        let lemma = Lemmatizer.lemma(word, form: form)
        known[form, default: [:]][word] = lemma
        return lemma
    }
}
