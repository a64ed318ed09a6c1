/// Finds the clause a commitment depends on: "In the event of…", "If…", "Should…", "at the
/// request of…", "upon…", "where…", and "In those circumstances", which points back to the
/// condition of the provision before.
///
/// condition  := intro-condition | predicate-condition
/// intro      := trigger … up to the actor ("In the event of X, and at the request of Y, the Parties will")
/// predicate  := trigger … up to the next comma, semicolon or colon ("will designate, if necessary, …")
enum ConditionFinder {
    /// A condition found, as written from its trigger on.
    struct Found: Sendable, Hashable {
        var text: String
        /// True for "In those circumstances", "in such a case": the condition is stated elsewhere.
        var refersBack: Bool
    }

    /// Word sequences that open a condition anywhere.
    static let triggers: [[String]] = [
        ["in", "the", "event"], ["in", "case", "of"], ["in", "case"], ["in", "any", "case", "where"], ["in", "cases", "where"], ["in", "any", "event", "where"], ["if"], ["unless"], ["provided", "that"],
        ["providing", "that"], ["at", "the", "request"], ["at", "its", "request"], ["at", "their", "request"],
        ["upon", "request"], ["on", "request"], ["upon", "the", "request"], ["on", "the", "request"],
        ["upon", "receipt"], ["subject", "to", "the", "consent"], ["as", "long", "as"], ["so", "long", "as"],
    ]

    /// Word sequences that open a condition only before the actor ("Where a claim arises, …").
    static let introTriggers: [[String]] = [["where"], ["when"], ["whenever"], ["once"], ["upon"], ["on", "receipt"]]

    /// First words of every trigger: a token that is none of them opens no condition, which
    /// spares matching each sequence at each word.
    /// (A closure, not the key path `\.first`, which the runtime would build at first use.)
    static let openingWords: Set<String> = Set((triggers + introTriggers).compactMap { $0.first }).union(["should", "where", "when", "whenever", "once", "upon"])

    /// Nouns of "in those circumstances" and the like, which refer back to a condition already stated.
    static let backReferenceNouns: Set<String> = ["circumstances", "circumstance", "event", "events", "case", "cases", "situation", "situations"]

    /// What may stand before "where", "upon"… that opens a condition: the head of a phrase.
    static let phraseHeads: Set<String> = [",", ";", "and", "("]
    /// "provided that", "providing that": a condition, not a relative clause.
    static let provisoWords: Set<String> = ["provided", "providing"]
    /// Words that open a condition after a comma ("…, where necessary,").
    static let clauseOpeners: Set<String> = ["where", "when", "whenever", "once"]
    /// What "upon" must be followed by to open a condition ("upon their request", "upon signature").
    static let uponObjects: Set<String> = ["their", "its", "mutual", "written", "expiry", "expiration", "signature", "notification",
                                           "completion", "approval", "consent", "invitation", "termination", "entry"]
    /// "In those circumstances", "in such a case": a demonstrative that refers back.
    static let demonstratives: Set<String> = ["those", "these", "such", "that", "this"]

    /// The condition in the words before the actor, `tokens[0..<end]`: from its trigger to the
    /// end of the intro, without the trailing comma.
    static func inIntro(_ tokens: [ClauseToken], before end: Int, in text: String) -> Found? {
        guard end > 0 else { return nil }
        for start in 0..<end where tokens[start].traits.contains(.conditionOpening) {
            let refersBack = isBackReference(tokens, at: start, limit: end)
            // "where", "upon"… open a condition only at the head of a phrase, not in "building upon".
            let atPhraseStart = start == 0 || phraseHeads.contains(tokens[start - 1].lower)
            let opens = refersBack || matches(tokens, at: start, limit: end, any: triggers)
                || (atPhraseStart && matches(tokens, at: start, limit: end, any: introTriggers))
                || (start == 0 && tokens[start].lower == "should")
            guard opens else { continue }
            var last = end - 1
            while last > start, !tokens[last].isWord, tokens[last].lower != ")" { last -= 1 }
            return Found(text: ClauseToken.text(of: tokens[start...last], in: text), refersBack: refersBack)
        }
        return nil
    }

    /// The condition among the words after the verb, `tokens[start..<end]`: from its trigger to
    /// the next comma, semicolon or colon.
    static func inPredicate(_ tokens: [ClauseToken], from start: Int, to end: Int, in text: String) -> Found? {
        guard start < end else { return nil }
        for index in start..<end where tokens[index].traits.contains(anyOf: [.conditionOpening, .relative]) {
            // A condition inside a relative clause ("a level that, in the event of …") qualifies
            // that clause, not the commitment.
            if tokens[index].traits.contains(.relative),
               !(index > 0 && provisoWords.contains(tokens[index - 1].lower)) {
                return nil
            }
            let afterComma = index > 0 && tokens[index - 1].lower == ","
            var opens = matches(tokens, at: index, limit: end, any: triggers)
            if !opens, afterComma, clauseOpeners.contains(tokens[index].lower) { opens = true }
            if !opens, tokens[index].lower == "upon", index + 1 < end {
                opens = uponObjects.contains(tokens[index + 1].lower)
            }
            guard opens else { continue }
            var last = index
            while last + 1 < end, tokens[last + 1].isWord || !ClauseChain.clauseMarks.contains(tokens[last + 1].lower) { last += 1 }
            return Found(text: ClauseToken.text(of: tokens[index...last], in: text), refersBack: false)
        }
        return nil
    }

    /// "In those circumstances", "In such a case", "In that event" at `index`.
    static func isBackReference(_ tokens: [ClauseToken], at index: Int, limit: Int) -> Bool {
        guard index + 2 < limit, tokens[index].lower == "in" else { return false }
        let demonstrative = tokens[index + 1].lower
        guard demonstratives.contains(demonstrative) else { return false }
        var noun = index + 2
        if demonstrative == "such", tokens[noun].lower == "a" || tokens[noun].lower == "an", noun + 1 < limit { noun += 1 }
        return backReferenceNouns.contains(tokens[noun].lower)
    }

    private static func matches(_ tokens: [ClauseToken], at index: Int, limit: Int, any sequences: [[String]]) -> Bool {
        for sequence in sequences where index + sequence.count <= limit && sequence[0] == tokens[index].lower {
            var offset = 1
            while offset < sequence.count, tokens[index + offset].lower == sequence[offset] { offset += 1 }
            if offset == sequence.count { return true }
        }
        return false
    }
}
