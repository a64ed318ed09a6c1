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
    private static func stem(_ word: String, dropping count: Int) -> String? {
        let stem = String(word.dropLast(count))
        guard stem.count >= 2, stem.contains(where: { "aeiouy".contains($0) }) else { return nil }
        if count == 2, stem.count < 3 { return nil }
        let letters = Array(stem)
        let last = letters[letters.count - 1]
        let previous = letters[letters.count - 2]
        // "agreed" → agree, "guaranteed" → guarantee.
        if last == "e" { return count == 2 ? stem + "e" : stem }
        // A doubled final consonant was added before the suffix: "planning" → plan, "committed" → commit.
        if last == previous, !"aeiouslfcz".contains(last) { return String(letters.dropLast()) }
        if last == "l", previous == "l" {
            let keep: Set<String> = ["tell", "sell", "dwell", "smell", "spell", "swell", "shell", "roll", "poll", "toll",
                                     "install", "call", "recall", "fall", "stall", "forestall", "enroll", "enthrall"]
            if keep.contains(stem) { return stem }
            let third = letters.count >= 3 ? letters[letters.count - 3] : " "
            if "eoa".contains(third), letters.count >= 5 { return String(letters.dropLast()) }
            return stem
        }
        return needsFinalE(letters) ? stem + "e" : stem
    }

    /// Whether a stem lost a silent "e" before the suffix ("provid" → provide, "ensur" → ensure).
    private static func needsFinalE(_ letters: [Character]) -> Bool {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let count = letters.count
        let last = letters[count - 1]
        let previous = letters[count - 2]
        let third: Character = count >= 3 ? letters[count - 3] : " "
        let consonantBefore = !vowels.contains(third) && third != " "
        switch last {
        case "v", "u", "c":
            return true
        case "z":
            return vowels.contains(previous) || previous == "y"
        case "s":
            return vowels.contains(previous) && !(previous == "u" && third == "c") && !(previous == "a" && third == "i")
        case "d":
            // "guid" → guide: the "u" of "gu" is not a vowel sound.
            return "aiou".contains(previous) && (consonantBefore || (previous == "i" && third == "u"))
        case "t":
            if previous == "a" { return consonantBefore && String(letters) != "combat" }
            if previous == "u" || previous == "o" { return consonantBefore }
            if previous == "e" { return third == "l" || third == "p" }
            return false
        case "r":
            if "aiu".contains(previous) { return consonantBefore || (previous == "i" && third == "u") }
            if previous == "o" { return count >= 4 && ["plor", "stor", "gnor"].contains(String(letters.suffix(4))) }
            return false
        case "m":
            return "aiuo".contains(previous) && consonantBefore
        case "n":
            return previous == "i" && consonantBefore && !["gin", "rain"].contains(String(letters.suffix(3)))
        case "g":
            if previous == "n" { return third == "a" || third == "e" || third == "u" }
            return previous == "d" || previous == "r" || previous == "l" || vowels.contains(previous)
        case "k":
            return "aiou".contains(previous) && consonantBefore
        case "b":
            return vowels.contains(previous)
        case "p":
            if previous == "a" { return consonantBefore }
            if previous == "o" { return consonantBefore && third != "l" }
            return false
        case "l":
            return "bdgkptzc".contains(previous)
        default:
            return false
        }
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
