import EntenteModel

/// The verb group after a modal or at the head of an item: "strive to ensure", "continue
/// providing", "be terminated by either Participant", "exert all possible efforts to".
///
/// chain  := filler* ( "be" filler* participle agent? | verb ( "to" chain | gerund-chain )? )
/// filler := "not" | "never" | adverb | "," parenthetical "," | "(" … ")"
struct ClauseChain: Sendable, Hashable {
    /// The verbs read, in order ("strive", "ensure").
    var verbs: [ClauseVerb] = []
    /// True when a verb of effort or an effort phrase softens the commitment.
    var bestEffort = false
    var negated = false
    /// True for "be" + participle: the subject undergoes the action.
    var passive = false
    /// The agent of a passive ("by either Participant"), as written, if any.
    var agent: ArraySlice<ClauseToken>?
    /// A condition found in a parenthetical between the modal and the verb ("will, if necessary, designate").
    var condition: ConditionFinder.Found?
    /// Index of the first token after the chain.
    var end: Int = 0
    /// True when the chain stops at a colon with no action of its own ("will:", "will strive to:").
    var open = false

    /// The main verb: the last one read that is not a mere lead to another ("strive to ensure" →
    /// ensure, "continue to consult" → consult); nil for an open chain.
    var action: String? {
        if open { return nil }
        return (verbs.last(where: { !$0.leadsOn }) ?? verbs.last)?.lemma
    }

    /// Reads the chain starting at `start`.
    static func read(_ tokens: [ClauseToken], from start: Int, in text: String, lemmas: inout ClauseLemmas) -> ClauseChain {
        var chain = ClauseChain()
        var position = start
        var afterTo = false
        chainLoop: while true {
            skipFillers(tokens, &position, &chain, text)
            guard position < tokens.count else { break }
            let token = tokens[position]
            if token.lower == ":" {
                chain.open = chain.verbs.isEmpty || afterTo
                break
            }
            guard token.isWord, !afterTo || !token.traits.contains(.determiner) else { break }
            afterTo = false
            let word = token.lower
            if word == "be" || word == "been" || word == "remain" || word == "remains" {
                var next = position + 1
                while next < tokens.count, tokens[next].isAdverb || Self.copulaFillers.contains(tokens[next].lower) {
                    chain.negated = chain.negated || tokens[next].lower == "not"
                    next += 1
                }
                guard next < tokens.count, tokens[next].isWord else { chain.verbs.append(ClauseVerb(lemma: "be")); position = next; break }
                let after = next + 1 < tokens.count ? tokens[next + 1].lower : ""
                // "be able to", "be committed to", "remain committed to": the verb after "to" is the action.
                if Self.readiness.contains(tokens[next].lower), after == "to" {
                    position = next + 2
                    afterTo = true
                    continue chainLoop
                }
                if word == "be" || word == "been" {
                    chain.passive = true
                    chain.verbs.append(lemmas.verb(of: tokens[next], in: text, form: .participle))
                    position = next + 1
                    chain.agent = agent(tokens, from: position)
                    break
                }
                chain.verbs.append(ClauseVerb(lemma: "remain"))
                position += 1
                break
            }
            let verb = lemmas.verb(of: token, in: text, form: .base)
            let lemma = verb.lemma
            chain.verbs.append(verb)
            position += 1
            if verb.takesEffortNoun {
                var probe = position
                while probe < tokens.count, probe - position < 4, tokens[probe].isWord, !ModalLexicon.effortNouns.contains(tokens[probe].lower) {
                    probe += 1
                }
                if probe < tokens.count, ModalLexicon.effortNouns.contains(tokens[probe].lower) {
                    chain.bestEffort = true
                    position = probe + 1
                    if position < tokens.count, tokens[position].lower == "to" {
                        chain.verbs.removeLast()
                        position += 1
                        afterTo = true
                        continue chainLoop
                    }
                    break
                }
            }
            if lemma == "consider", position < tokens.count {
                let next = tokens[position].lower
                if ModalLexicon.deliberativeObjects.contains(next) && next != "the" || tokens[position].traits.contains(.endsIng) {
                    chain.bestEffort = true
                } else if next == "the", position + 1 < tokens.count,
                          Self.deliberativeNouns.contains(tokens[position + 1].lower) {
                    chain.bestEffort = true
                }
            }
            if verb.leadsOn {
                var probe = position
                var aside = ClauseChain()
                skipFillers(tokens, &probe, &aside, text)
                chain.condition = chain.condition ?? aside.condition
                if probe < tokens.count, tokens[probe].lower == "to" {
                    position = probe + 1
                    afterTo = true
                    continue chainLoop
                }
                if lemma == "continue", probe < tokens.count, tokens[probe].traits.contains(.endsIng) {
                    position = probe
                    continue chainLoop
                }
            }
            break
        }
        if afterTo, position < tokens.count, tokens[position].lower == ":" { chain.open = true }
        if afterTo, position >= tokens.count { chain.open = chain.verbs.isEmpty }
        chain.bestEffort = chain.bestEffort || chain.verbs.contains(where: { $0.lemma != "consider" && $0.softens })
        chain.end = position
        return chain
    }

    /// Words between "be" and its participle that change nothing but negation ("be duly notified").
    private static let copulaFillers: Set<String> = ["so", "duly", "not"]
    /// "be able to", "be committed to": the verb after "to" is the action.
    private static let readiness: Set<String> = ["able", "committed", "prepared", "ready", "willing"]
    /// Verbs that make an effort noun after them a best effort ("make every effort to").
    static let effortVerbs: Set<String> = ["make", "exert", "use", "spare", "employ", "deploy"]
    /// Nouns after "consider the" that make it deliberation ("consider the possibility of").
    private static let deliberativeNouns: Set<String> = ["possibility", "possibilities", "options", "ways", "feasibility", "opportunity"]

    /// Skips negation, adverbs and parentheticals, noting negation and a parenthetical condition.
    private static func skipFillers(_ tokens: [ClauseToken], _ position: inout Int, _ chain: inout ClauseChain, _ text: String) {
        while position < tokens.count {
            let token = tokens[position]
            if token.lower == "not" || token.lower == "never" {
                chain.negated = true
                position += 1
            } else if token.isAdverb {
                position += 1
            } else if token.lower == "and" || token.lower == "or", position > 0, tokens[position - 1].isAdverb,
                      position + 1 < tokens.count, tokens[position + 1].isAdverb {
                // "continuously and effectively maintain": adverbs joined by a conjunction.
                position += 1
            } else if token.lower == "," {
                var close = position + 1
                while close < tokens.count, close - position < 25, tokens[close].isWord || !Self.clauseMarks.contains(tokens[close].lower) { close += 1 }
                guard close < tokens.count, tokens[close].lower == ",", close > position + 1 else { return }
                if chain.condition == nil {
                    chain.condition = ConditionFinder.inPredicate(tokens, from: position + 1, to: close, in: text)
                }
                position = close + 1
            } else if token.lower == "(" {
                var close = position + 1
                while close < tokens.count, close - position < 25, tokens[close].lower != ")" { close += 1 }
                guard close < tokens.count else { return }
                position = close + 1
            } else {
                return
            }
        }
    }

    /// Marks that end a parenthetical or a condition.
    static let clauseMarks: Set<String> = [",", ";", ":", "."]
    /// "by X", or "between X and Y" for what two actors settle together ("shall be agreed upon between the Parties").
    private static let agentMarkers: Set<String> = ["by", "between", "among", "amongst"]
    /// Words that end a passive's agent.
    private static let agentStops: Set<String> = [
        "by", "in", "to", "for", "with", "on", "at", "within", "through", "under", "from", "after",
        "before", "upon", "if", "unless", "until", "providing", "giving", "means", "way",
    ]

    /// The agent of a passive: the words after "by" up to the next preposition or mark.
    private static func agent(_ tokens: [ClauseToken], from start: Int) -> ArraySlice<ClauseToken>? {
        var position = start
        while position < tokens.count, position - start < 8, tokens[position].isWord, !agentMarkers.contains(tokens[position].lower) { position += 1 }
        guard position < tokens.count, agentMarkers.contains(tokens[position].lower) else { return nil }
        var end = position + 1
        while end < tokens.count, tokens[end].isWord, !agentStops.contains(tokens[end].lower) { end += 1 }
        return end > position + 1 ? tokens[(position + 1)..<end] : nil
    }
}
