/// Turns a verb form into its lemma: "providing" → provide, "terminated" → terminate,
/// "commits" → commit, "held" → hold.
///
/// Rule-based, no dictionary: a table of irregular forms, then suffix rules that undo English
/// spelling changes (dropped "e", doubled consonants, "y" → "ie"). Callers say which form they
/// hold, because a base form after a modal ("will proceed") must not be stripped.
enum Lemmatizer {
    /// The grammatical slot a word was found in.
    enum Form: Sendable {
        /// After a modal or "to": already the lemma unless it is a gerund.
        case base
        /// After "be"/"been": a past participle.
        case participle
        /// A finite present verb: "commits", "undertakes".
        case present
    }

    /// The lemma of `word` found in slot `form`, lower-cased.
    static func lemma(_ word: String, form: Form) -> String {
        let lower = ClauseTokenizer.normalize(word)
        if let irregular = irregulars[lower] { return irregular }
        switch form {
        case .base:
            if lower.hasSuffix("ing") { return stem(lower, dropping: 3) ?? lower }
            return lower
        case .participle:
            if lower.hasSuffix("ied"), lower.count > 4 { return String(lower.dropLast(3)) + "y" }
            if lower.hasSuffix("ed") { return stem(lower, dropping: 2) ?? lower }
            if lower.hasSuffix("ing") { return stem(lower, dropping: 3) ?? lower }
            return lower
        case .present:
            if lower.hasSuffix("ing") { return stem(lower, dropping: 3) ?? lower }
            return presentStem(lower)
        }
    }

    /// The lemma of a third-person present form ("provides" → provide, "reaches" → reach).
    private static func presentStem(_ word: String) -> String {
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zzes", "oes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }

    /// The stem left after dropping an "-ing" or "-ed" suffix, with the spelling change undone;
    /// nil when too little is left to be a verb ("bring", "need").
    ///
    /// An ASCII word is read as bytes, where each byte is a character: the rules are the same,
    /// and reading characters (and building sets of them per call) cost more than the rest of
    /// reading a verb group.
    private static func stem(_ word: String, dropping count: Int) -> String? {
        // (Not a carriage return, which joins a line feed into one character.)
        if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return stem(bytesOf: word, dropping: count) }
        return stem(charactersOf: word, dropping: count)
    }

    /// `stem(_:dropping:)` read as bytes, for an ASCII word.
    static func stem(bytesOf word: String, dropping count: Int) -> String? {
        stem(Array(word.utf8.dropLast(count)), dropping: count).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `stem(_:dropping:)` read as characters, for any word.
    static func stem(charactersOf word: String, dropping count: Int) -> String? {
        stem(Array(word.dropLast(count)), dropping: count).map { String($0) }
    }

    /// `stem(_:dropping:)` of the letters left after dropping `count` of them.
    private static func stem<Letter: LemmaLetter>(_ letters: [Letter], dropping count: Int) -> [Letter]? {
        guard letters.count >= 2, letters.contains(where: { $0.isAny(of: "aeiouy") }) else { return nil }
        if count == 2, letters.count < 3 { return nil }
        let last = letters[letters.count - 1]
        let previous = letters[letters.count - 2]
        // "agreed" → agree, "guaranteed" → guarantee.
        if last.equals("e") { return count == 2 ? letters + [Letter("e")] : letters }
        // A doubled final consonant was added before the suffix: "planning" → plan, "committed" → commit.
        if last == previous, !last.isAny(of: "aeiouslfcz") { return Array(letters.dropLast()) }
        if last.equals("l"), previous.equals("l") {
            if keptDoubleL.contains(where: { Letter.spell($0) == letters }) { return letters }
            let third = letters.count >= 3 ? letters[letters.count - 3] : Letter(" ")
            if third.isAny(of: "eoa"), letters.count >= 5 { return Array(letters.dropLast()) }
            return letters
        }
        return needsFinalE(letters) ? letters + [Letter("e")] : letters
    }

    /// Stems in "-ll" that keep both letters ("telling" → tell, "installed" → install).
    private static let keptDoubleL: [StaticString] = ["tell", "sell", "dwell", "smell", "spell", "swell", "shell", "roll", "poll", "toll",
                                      "install", "call", "recall", "fall", "stall", "forestall", "enroll", "enthrall"]

    /// Whether a stem lost a silent "e" before the suffix ("provid" → provide, "ensur" → ensure).
    private static func needsFinalE<Letter: LemmaLetter>(_ letters: [Letter]) -> Bool {
        let vowels: StaticString = "aeiou"
        let count = letters.count
        let last = letters[count - 1]
        let previous = letters[count - 2]
        let third = count >= 3 ? letters[count - 3] : Letter(" ")
        let consonantBefore = !third.isAny(of: vowels) && !third.equals(" ")
        if last.isAny(of: "vuc") { return true }
        if last.equals("z") { return previous.isAny(of: vowels) || previous.equals("y") }
        if last.equals("s") {
            return previous.isAny(of: vowels) && !(previous.equals("u") && third.equals("c")) && !(previous.equals("a") && third.equals("i"))
        }
        if last.equals("d") {
            // "guid" → guide: the "u" of "gu" is not a vowel sound.
            return previous.isAny(of: "aiou") && (consonantBefore || (previous.equals("i") && third.equals("u")))
        }
        if last.equals("t") {
            if previous.equals("a") { return consonantBefore && letters != Letter.spell("combat") }
            if previous.equals("u") || previous.equals("o") { return consonantBefore }
            if previous.equals("e") { return third.equals("l") || third.equals("p") }
            return false
        }
        if last.equals("r") {
            if previous.isAny(of: "aiu") { return consonantBefore || (previous.equals("i") && third.equals("u")) }
            if previous.equals("o") { return count >= 4 && ["plor", "stor", "gnor"].contains(where: { Letter.spell($0) == Array(letters.suffix(4)) }) }
            return false
        }
        if last.equals("m") { return previous.isAny(of: "aiuo") && consonantBefore }
        // ("rain" is listed with "gin" but is never three letters long: only "gin" keeps its stem.)
        if last.equals("n") { return previous.equals("i") && consonantBefore && Array(letters.suffix(3)) != Letter.spell("gin") }
        if last.equals("g") {
            if previous.equals("n") { return third.equals("a") || third.equals("e") || third.equals("u") }
            return previous.equals("d") || previous.equals("r") || previous.equals("l") || previous.isAny(of: vowels)
        }
        if last.equals("k") { return previous.isAny(of: "aiou") && consonantBefore }
        if last.equals("b") { return previous.isAny(of: vowels) }
        if last.equals("p") {
            if previous.equals("a") { return consonantBefore }
            if previous.equals("o") { return consonantBefore && !third.equals("l") }
            return false
        }
        if last.equals("l") { return previous.isAny(of: "bdgkptzc") }
        return false
    }

    /// Forms no suffix rule recovers, and stems the rules would get wrong.
    static let irregulars: [String: String] = [
        "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
        "has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do", "doing": "do",
        "goes": "go", "went": "go", "gone": "go", "made": "make", "making": "make", "taken": "take", "took": "take",
        "taking": "take", "given": "give", "gave": "give", "held": "hold", "kept": "keep", "brought": "bring",
        "bought": "buy", "sought": "seek", "taught": "teach", "caught": "catch", "fought": "fight", "thought": "think",
        "built": "build", "sent": "send", "spent": "spend", "lent": "lend", "meant": "mean", "dealt": "deal", "felt": "feel", "dwelt": "dwell", "spelt": "spell", "met": "meet", "led": "lead",
        "fed": "feed", "paid": "pay", "laid": "lay", "said": "say", "set": "set", "put": "put", "cut": "cut", "let": "let",
        "shut": "shut", "bound": "bind", "found": "find", "told": "tell", "sold": "sell", "understood": "understand",
        "stood": "stand", "withheld": "withhold", "upheld": "uphold", "undertaken": "undertake", "undertook": "undertake",
        "written": "write", "wrote": "write", "chosen": "choose", "chose": "choose", "driven": "drive", "broken": "break",
        "spoken": "speak", "shown": "show", "known": "know", "drawn": "draw", "withdrawn": "withdraw", "withdrew": "withdraw",
        "seen": "see", "forbidden": "forbid", "forgiven": "forgive", "begun": "begin", "run": "run", "won": "win",
        "arisen": "arise", "risen": "rise", "borne": "bear", "born": "bear", "sworn": "swear", "worn": "wear",
        "frozen": "freeze", "hidden": "hide", "overseen": "oversee", "foreseen": "foresee", "grown": "grow",
        "thrown": "throw", "become": "become", "became": "become", "come": "come", "came": "come", "got": "get",
        "gotten": "get", "left": "leave", "lost": "lose", "heard": "hear", "read": "read", "struck": "strike",
        "using": "use", "used": "use", "uses": "use", "focusing": "focus", "focused": "focus", "focuses": "focus",
        "focussing": "focus", "focussed": "focus", "signalling": "signal", "signaled": "signal", "signalled": "signal",
        "adding": "add", "added": "add", "lying": "lie", "dying": "die", "tying": "tie", "interfering": "interfere",
        "adhering": "adhere", "adhered": "adhere", "persevering": "persevere", "developing": "develop",
        "developed": "develop", "inviting": "invite", "invited": "invite", "uniting": "unite", "united": "unite",
        "citing": "cite", "cited": "cite", "writing": "write", "expediting": "expedite", "expedited": "expedite",
        "breathing": "breathe", "postponing": "postpone", "postponed": "postpone", "reasoning": "reason",
        "abandoning": "abandon", "abandoned": "abandon", "questioning": "question", "questioned": "question",
        "offering": "offer", "offered": "offer", "entering": "enter", "entered": "enter", "delivering": "deliver",
        "delivered": "deliver", "considering": "consider", "considered": "consider", "monitoring": "monitor",
        "monitored": "monitor", "sponsoring": "sponsor", "sponsored": "sponsor", "combating": "combat",
        "combated": "combat", "combatting": "combat", "targeting": "target", "targeted": "target",
        "budgeting": "budget", "budgeted": "budget", "interpreting": "interpret", "interpreted": "interpret",
        "limiting": "limit", "limited": "limit", "visiting": "visit", "visited": "visit", "depositing": "deposit",
        "deposited": "deposit", "benefiting": "benefit", "benefited": "benefit", "exhibiting": "exhibit",
        "prohibiting": "prohibit", "prohibited": "prohibit", "auditing": "audit", "audited": "audit",
        "crediting": "credit", "credited": "credit", "editing": "edit", "edited": "edit", "soliciting": "solicit",
        "inheriting": "inherit", "opening": "open", "opened": "open", "strengthening": "strengthen",
        "strengthened": "strengthen", "threatening": "threaten", "happening": "happen", "listening": "listen",
        "following": "follow", "followed": "follow", "honouring": "honour", "honoured": "honour",
        "endeavouring": "endeavour", "endeavoured": "endeavour", "favouring": "favour", "coming": "come",
        "becoming": "become", "hoping": "hope", "hoped": "hope", "coping": "cope", "scoping": "scope",
    ]
}

/// A letter of a word the lemmatizer reads: a byte of an ASCII word, or a character of any other.
/// The rules compare letters with ASCII letters only.
protocol LemmaLetter: Equatable {
    init(_ ascii: Unicode.Scalar)
}

extension LemmaLetter {
    @inline(__always)
    func equals(_ ascii: Unicode.Scalar) -> Bool {
        self == Self(ascii)
    }

    /// True when the letter is one of `asciiLetters`.
    @inline(__always)
    func isAny(of asciiLetters: StaticString) -> Bool {
        asciiLetters.withUTF8Buffer { $0.contains { self == Self(Unicode.Scalar($0)) } }
    }

    /// The letters of an ASCII word.
    static func spell(_ word: StaticString) -> [Self] {
        word.withUTF8Buffer { $0.map { Self(Unicode.Scalar($0)) } }
    }
}

extension UInt8: LemmaLetter {
    @inline(__always)
    init(_ ascii: Unicode.Scalar) {
        self = UInt8(truncatingIfNeeded: ascii.value)
    }
}

extension Character: LemmaLetter {}
