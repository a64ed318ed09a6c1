import EntenteModel

/// The words that make a sentence a commitment, and how firmly each binds.
///
/// Everything here is general English legal vocabulary: modal auxiliaries, verbs of undertaking,
/// verbs of effort, verbs of statement. Nothing names a document, a party or a topic.
enum ModalLexicon {
    /// Modal auxiliaries that carry a commitment, with the force each gives on its own.
    static let auxiliaries: [String: Force] = [
        "will": .obligation, "shall": .obligation, "must": .obligation,
        "may": .permission, "can": .permission, "cannot": .permission,
        "should": .bestEffort, "would": .obligation,
    ]

    /// Finite verbs that carry a commitment without an auxiliary ("Ukraine commits to",
    /// "The Parties undertake to"), by lemma, with their force.
    static let commitmentVerbs: [String: Force] = [
        "commit": .obligation, "undertake": .obligation, "agree": .obligation,
        "intend": .bestEffort, "strive": .bestEffort, "seek": .bestEffort, "endeavour": .bestEffort,
        "endeavor": .bestEffort, "aim": .bestEffort, "aspire": .bestEffort,
    ]

    /// Every form a finite verb of undertaking can take, with its lemma ("commits" → commit,
    /// "sought" → seek): the words `Lemmatizer.lemma(_:form: .present)` takes to a key of
    /// `commitmentVerbs`, without "-ing" or "-ed".
    ///
    /// Written out rather than derived: the table is built at first use by every loaded document,
    /// and deriving it (lemmatizing every candidate form, scanning the irregular forms) cost a
    /// tenth of reading the commitments of a 46 KB agreement. `derivedCommitmentVerbForms()`
    /// derives it, and a test checks the two agree.
    static let commitmentVerbForms: [String: String] = [
        "commit": "commit", "commits": "commit", "undertake": "undertake", "undertakes": "undertake",
        "undertaken": "undertake", "undertook": "undertake", "agree": "agree", "agrees": "agree",
        "intend": "intend", "intends": "intend", "strive": "strive", "strives": "strive", "seek": "seek",
        "seeks": "seek", "sought": "seek", "endeavour": "endeavour", "endeavours": "endeavour",
        "endeavor": "endeavor", "endeavors": "endeavor", "aim": "aim", "aims": "aim", "aspire": "aspire",
        "aspires": "aspire",
    ]

    /// `commitmentVerbForms` derived from `commitmentVerbs` and the lemmatizer. A present stem only
    /// drops "s" or "es" (or turns "ies" into "y"), so the lemmas with those endings and the
    /// irregular forms are all the candidates; the lemmatizer itself decides which of them count.
    static func derivedCommitmentVerbForms() -> [String: String] {
        let lemmas = Array(commitmentVerbs.keys)
        var candidates: [String] = []
        for lemma in lemmas {
            candidates += [lemma, lemma + "s", lemma + "es"]
            if lemma.hasSuffix("y") { candidates.append(String(lemma.dropLast()) + "ies") }
        }
        for (form, lemma) in Lemmatizer.irregulars where lemmas.contains(lemma) { candidates.append(form) }
        var forms: [String: String] = [:]
        for form in candidates where !form.hasSuffix("ing") && !form.hasSuffix("ed") {
            let lemma = Lemmatizer.lemma(form, form: .present)
            if commitmentVerbs[lemma] != nil { forms[form] = lemma }
        }
        return forms
    }

    /// Verbs that turn any commitment into a best effort ("will strive to", "will explore").
    static let bestEffortVerbs: Set<String> = [
        "strive", "seek", "aim", "endeavour", "endeavor", "explore", "intend", "try", "attempt", "aspire",
    ]

    /// Verbs that lead to another verb through "to" and add nothing to what is done: the action is
    /// the verb they lead to ("will strive to ensure" → ensure, "will continue to consult" → consult).
    static let chainVerbs: Set<String> = [
        "strive", "seek", "aim", "endeavour", "endeavor", "try", "attempt", "intend", "continue", "aspire",
    ]

    /// What "consider" must be followed by to be deliberation (a best effort) rather than an
    /// agreed step: "consider how to…", "consider ways…", "consider providing…".
    static let deliberativeObjects: Set<String> = [
        "how", "whether", "ways", "options", "possibilities", "possibility", "means", "opportunities", "the",
    ]

    /// Nouns that make "make/exert/use … efforts to" a best effort.
    static let effortNouns: Set<String> = ["effort", "efforts", "endeavours", "endeavors", "endeavour", "endeavor", "utmost"]

    /// Verbs of statement: a sentence they govern states a view, it commits to nothing.
    static let statementVerbs: Set<String> = [
        "recognize", "recognise", "acknowledge", "reaffirm", "affirm", "welcome", "understand", "note", "commend",
        "believe", "emphasize", "emphasise", "stress", "underline", "underscore", "recall", "consider", "express",
        "share", "condemn", "reiterate", "confirm", "declare", "regret", "appreciate", "observe", "state",
    ]

    /// Verbs whose "that"-clause holds what was agreed ("The Parties agree that each shall…").
    static let agreementVerbs: Set<String> = ["agree", "agrees", "agreed", "undertake", "undertakes", "decide", "decides", "decided"]

    // The word lists below up to `determiners` are read only into `ClauseVocabulary`, which
    // every token is looked up in: arrays, since building sets of them at first use cost more
    // than the look-ups they would serve.

    /// Adverbs that sit between an actor and its modal or between a modal and its verb.
    static let adverbs: [String] = [
        "also", "further", "furthermore", "jointly", "hereby", "each", "both", "together", "therefore", "thus", "then",
        "accordingly", "moreover", "additionally", "likewise", "similarly", "still", "always", "now", "henceforth",
        "thereafter", "hereafter", "collectively", "individually", "mutually", "respectively", "promptly", "immediately",
        "duly", "already", "too",
    ]

    /// Words ending in "-ly" that are verbs, not adverbs.
    static let lyVerbs: [String] = ["apply", "comply", "supply", "reply", "rely", "multiply", "ally", "imply", "fly", "rally", "tally"]

    // A word that can sit between actor, modal and verb without changing what is done is a
    // listed adverb, or a word of more than four letters in "-ly" that is not a verb: the
    // tokenizer decides it once per word (`ClauseToken.isAdverb`).

    /// Words that open a subordinate clause: a modal after them is not the sentence's own.
    static let subordinators: [String] = [
        "that", "which", "who", "whom", "whose", "whereby", "wherein", "where", "when", "whenever", "while", "whilst",
        "if", "unless", "although", "though", "because", "since", "as", "until", "once", "before", "after", "whether",
        "so", "than", "how", "what", "why", "provided", "lest", "whereas",
    ]

    /// Words that may stand right before an actor without making it part of a longer phrase.
    static let coordinators: [String] = [
        "and", "or", "but", "then", "thereafter", "accordingly", "therefore", "also", "now", "hereby", "together",
        "moreover", "furthermore", "consequently", "thus", "additionally",
    ]

    /// Determiners and possessives that open a noun phrase: an item starting with one names a thing,
    /// not an action.
    static let determiners: [String] = [
        "the", "a", "an", "any", "all", "such", "their", "its", "his", "her", "our", "this", "these", "those", "each",
        "every", "other", "another", "no", "both", "either", "mutual",
    ]

    /// The force of a modal or commitment verb, given whether it is negated: "may not" and "cannot"
    /// forbid, so they bind like an obligation.
    static func force(ofModality modality: String, negated: Bool) -> Force {
        let base = auxiliaries[modality] ?? commitmentVerbs[modality] ?? .obligation
        if negated, base == .permission { return .obligation }
        return base
    }
}
