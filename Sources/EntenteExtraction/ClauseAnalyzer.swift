import EntenteModel

/// Reads the commitments of one sentence: each modal or commitment verb whose actor is a party
/// (or an agent the text names), with its verb, force, negation, condition and deadline.
///
/// commitment := intro? actor adverb* trigger chain tail
/// trigger    := will | shall | must | may | can | cannot | should
///             | commit(s) to | undertake(s) to | agree(s) to/on/: | intend(s) to | strive(s) to | seek(s) to | …
///             | is/are/remain(s) committed to
///
/// A trigger is skipped when its actor is inside a subordinate clause ("…, which will deepen"), is
/// governed by a verb of statement ("The Participants acknowledge that … will"), or is not an
/// actor ("This Agreement will enter into effect"); a passive keeps the agent named after "by".
struct ClauseAnalyzer: Sendable {
    let resolver: ActorResolver

    /// What each actor phrase (its words joined by spaces) resolved to, for phrases whose answer
    /// does not depend on the actors named before them: a document names the same few actors
    /// over and over.
    private var resolutions = ResolutionMemo()
    /// The same answers by the phrase's text as written (from its first token's start to its last
    /// token's end), which is found without building the phrase's words: the same text is made of
    /// the same tokens, so it has the same words and the same answer.
    private var resolutionsByText = ResolutionMemo()
    /// The lemmas of the verbs read so far: the same few verbs recur in every clause.
    private var lemmas = ClauseLemmas()

    init(document: Document) {
        resolver = ActorResolver(document: document)
    }

    /// An actor phrase resolved, with its text as written, which callers keep.
    private struct Resolved {
        var actors: [String]
        var negated: Bool
        var written: String

        init?(_ resolution: ActorResolver.Resolution?, written: String) {
            guard let resolution else { return nil }
            actors = resolution.actors
            negated = resolution.negated
            self.written = written
        }
    }

    /// `resolver.resolve(_:context:)`, remembered per phrase, with the phrase as written (which
    /// the memo is keyed by, so it is not built again).
    private mutating func resolve(_ tokens: ArraySlice<ClauseToken>, in text: String, context: [String]?) -> Resolved? {
        let written = ClauseToken.text(of: tokens, in: text)
        if let known = resolutionsByText[written] { return Resolved(known, written: written) }
        let words = ActorResolver.words(tokens, in: text)
        // Words hold no spaces, so the joined phrase tells the words apart.
        let phrase = ActorResolver.join(words[...])
        if let known = resolutions[phrase] {
            resolutionsByText[written] = known
            return Resolved(known, written: written)
        }
        var consulted = false
        let resolution = resolver.resolve(words: words, context: context, consulted: &consulted)
        if !consulted {
            resolutions[phrase] = resolution
            resolutionsByText[written] = resolution
        }
        return Resolved(resolution, written: written)
    }

    /// A trigger found in a sentence.
    private struct Trigger {
        var index: Int
        var modality: String
        var negated: Bool
        var isAuxiliary: Bool
        /// Where the actor ends (exclusive): the trigger, or the "is" of "is committed to".
        var subjectEnd: Int
        /// Where the verb group starts.
        var chainStart: Int
    }

    /// The actor of a trigger.
    private struct Subject {
        /// Resolved or as-written actors; nil when the phrase names no actor (a passive may still
        /// name one after "by").
        var actors: [String]?
        var text: String
        var start: Int
        var elided = false
        var negated = false
    }

    /// The commitments of `sentence`, in order. `context` is the actors last named before it, for
    /// "they" and for "… and will …" with the actor left out.
    ///
    /// An actor left out ("… and will …") is taken from a commitment earlier in the sentence, or
    /// from `context` when `continuesLeadIn` (an item continues its lead-in's sentence).
    mutating func readings(of sentence: String, context: (actors: [String], text: String)?, continuesLeadIn: Bool = false) -> [ClauseReading] {
        readings(of: sentence, tokens: tokens(sentence), context: context, continuesLeadIn: continuesLeadIn)
    }

    /// The tokens of a sentence or an item, for `readings(of:tokens:…)` and `itemReading(of:tokens:…)`.
    func tokens(_ text: String) -> [ClauseToken] {
        resolver.tokenizer.tokens(text)
    }

    /// `readings(of:context:continuesLeadIn:)` of a sentence already tokenized.
    mutating func readings(of sentence: String, tokens: [ClauseToken], context: (actors: [String], text: String)?, continuesLeadIn: Bool = false) -> [ClauseReading] {
        // Most words are none of the triggers: a sentence without one commits to nothing.
        guard tokens.contains(where: { $0.traits.contains(anyOf: .mayTrigger) }) else { return [] }
        // Three arrays rather than one of tuples: an array of a tuple type has its metadata built
        // by the runtime at first use, which cost more than reading a sentence.
        var found: [ClauseReading] = []
        var chainEnds: [Int] = []
        var triggerIndices: [Int] = []
        var lastActors = context
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // Most tokens are no trigger: that is told by their traits, without a call or a copy of the token.
            guard tokens[index].traits.contains(anyOf: .mayTrigger), let trigger = trigger(in: tokens, at: index) else { continue }
            guard let subject = subject(in: tokens, before: trigger.subjectEnd, context: lastActors, text: sentence) else { continue }
            // "… and seek to impose …" continues the verb group of a modal before it; only a
            // modal carries a commitment over to an actor left unwritten.
            if subject.elided, found.isEmpty, !continuesLeadIn { continue }
            // A finite "-s" form ("… and undertakes not to …") is a verb of its own.
            if subject.elided, !trigger.isAuxiliary, !tokens[trigger.index].traits.contains(.endsS) { continue }
            let chain = ClauseChain.read(tokens, from: trigger.chainStart, in: sentence, lemmas: &lemmas)
            var actors = subject.actors
            var actorText = subject.text
            if actors == nil, chain.passive, let agent = chain.agent ?? impliedAgent(tokens, before: trigger.index),
               let resolved = resolveAgent(agent, context: lastActors?.actors, in: sentence) {
                actors = resolved
                actorText = text(of: agent, in: sentence)
            }
            guard let actors, !actors.isEmpty else { continue }
            guard !chain.verbs.isEmpty || chain.open else { continue }
            let negated = trigger.negated || chain.negated || subject.negated
            var force = ModalLexicon.force(ofModality: trigger.modality, negated: negated)
            if chain.bestEffort, force == .obligation { force = .bestEffort }
            var action = chain.action
            // "agree on the following:", "commit to the following:" open a list; "commit to peace" commits to it.
            if !trigger.isAuxiliary, chain.verbs.isEmpty, !chain.open {
                action = trigger.modality
            }
            let reading = ClauseReading(
                actors: actors, actorText: actorText, modality: trigger.modality, force: force, action: action,
                negated: negated, condition: chain.condition?.text, conditionRefersBack: false, deadline: nil,
                leadsItems: false, inlineItems: [], text: sentence, subjectStart: subject.start, elided: subject.elided)
            found.append(reading)
            chainEnds.append(chain.end)
            triggerIndices.append(trigger.index)
            lastActors = (actors, actorText)
            index = max(index, chain.end - 1)
        }
        guard !found.isEmpty else { return [] }
        let firstSubject = found[0].subjectStart
        let introCondition = ConditionFinder.inIntro(tokens, before: firstSubject, in: sentence)
        var readings: [ClauseReading] = []
        for number in found.indices {
            var reading = found[number]
            let triggerIndex = triggerIndices[number]
            let tailEnd = number + 1 < found.count ? found[number + 1].subjectStart : tokens.count
            let chainEnd = min(max(chainEnds[number], triggerIndex + 1), tokens.count)
            let tail = max(chainEnd, min(tailEnd, tokens.count))
            var colon: Int?
            if reading.isOpenLeadIn, chainEnd < tokens.count, tokens[chainEnd].lower == ":" { colon = chainEnd }
            if let colon, colon + 1 < tokens.count {
                let after = String(sentence[ClauseToken.index(sentence, tokens[colon].end)...])
                reading.inlineItems = after.split(separator: ";").map { Self.trim(Self.dropConjunction(Self.trim($0)[...])[...]) }.filter { !$0.isEmpty }
            }
            let clauseEnd = colon ?? tail
            if let intro = introCondition {
                reading.condition = intro.text
                reading.conditionRefersBack = intro.refersBack
            } else if reading.condition == nil {
                reading.condition = ConditionFinder.inPredicate(tokens, from: chainEnd, to: clauseEnd, in: sentence)?.text
            }
            let start = ClauseToken.index(sentence, tokens[min(triggerIndex, tokens.count - 1)].start)
            let end = clauseEnd < tokens.count ? ClauseToken.index(sentence, tokens[clauseEnd].start) : sentence.endIndex
            if start < end {
                let lower = min(triggerIndex, tokens.count - 1)
                reading.deadline = ClauseDeadlineFilter.deadline(in: sentence, start..<end, tokens: tokens[lower..<max(lower, min(clauseEnd, tokens.count))])
            }
            let subjectStart = reading.subjectStart
            reading.actorOpensSentence = !reading.elided && (subjectStart == 0 || (subjectStart <= tokens.count && tokens[subjectStart - 1].lower == ","))
            reading.leadsItems = number == found.count - 1 && tokens.last?.lower == ":" && reading.inlineItems.isEmpty
            readings.append(reading)
        }
        return readings
    }

    /// The commitment of an item under a lead-in ("(i) hold annual meetings;"): the lead-in's
    /// actors, modality and condition, the item's own verb.
    mutating func itemReading(of text: String, leadIn: ClauseReading) -> ClauseReading? {
        itemReading(of: text, tokens: tokens(text), leadIn: leadIn)
    }

    /// `itemReading(of:leadIn:)` of an item already tokenized.
    mutating func itemReading(of text: String, tokens: [ClauseToken], leadIn: ClauseReading) -> ClauseReading? {
        var start = 0
        while start < tokens.count, tokens[start].lower == "to" || tokens[start].lower == "and" || tokens[start].lower == "or"
                || !tokens[start].isWord && tokens[start].lower != ":" {
            start += 1
        }
        guard start < tokens.count else { return nil }
        var chain = ClauseChain()
        var action: String?
        if tokens[start].traits.contains(.determiner) || tokens[start].isNumber {
            action = leadIn.action ?? leadIn.modality
            chain.end = start
        } else {
            chain = ClauseChain.read(tokens, from: start, in: text, lemmas: &lemmas)
            action = chain.action ?? (chain.open ? nil : leadIn.action ?? leadIn.modality)
        }
        var force = leadIn.force
        if chain.bestEffort, force == .obligation { force = .bestEffort }
        let negated = leadIn.negated || chain.negated
        if negated, leadIn.force == .permission { force = .obligation }
        var reading = leadIn
        reading.action = action
        reading.force = force
        reading.negated = negated
        reading.text = text
        reading.inlineItems = []
        reading.subjectStart = 0
        reading.elided = true
        if leadIn.condition == nil {
            let own = chain.condition ?? ConditionFinder.inPredicate(tokens, from: chain.end, to: tokens.count, in: text)
            reading.condition = own?.text
            reading.conditionRefersBack = false
        }
        reading.deadline = ClauseDeadlineFilter.deadline(in: text, text.startIndex..<text.endIndex, tokens: tokens[...]) ?? leadIn.deadline
        reading.leadsItems = tokens.last?.lower == ":"
        return reading
    }

    /// A comma, semicolon or colon: what ends a parenthetical or an actor's phrase.
    @inline(__always)
    private static func isPhraseMark(_ token: ClauseToken) -> Bool {
        !token.isWord && (token.lower == "," || token.lower == ";" || token.lower == ":")
    }

    // MARK: Triggers

    /// Words before "will" that make it a noun ("the will", "political will").
    private static let nounDeterminers: Set<String> = ["the", "a", "political", "good", "free", "own", "its", "their", "his", "her", "common", "strong", "shared"]
    /// The verb before "committed to": "is committed to", "remain committed to".
    private static let committedCopulas: Set<String> = ["is", "are", "remain", "remains", "stay", "stays"]
    /// Words between a verb of undertaking and its "to" that change nothing but negation.
    private static let undertakingFillers: Set<String> = ["themselves", "itself", "hereby", "not"]

    private func trigger(in tokens: [ClauseToken], at index: Int) -> Trigger? {
        let token = tokens[index]
        guard token.isWord, token.traits.contains(anyOf: .mayTrigger) else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let previous = index > 0 ? tokens[index - 1] : nil
        if token.traits.contains(.auxiliary) {
            guard let next else { return nil }
            // "political will to", "the will of the people", "May 2024": not modals.
            if token.lower == "will" {
                if next.lower == "to" || next.lower == "of" { return nil }
                if let previous, Self.nounDeterminers.contains(previous.lower) { return nil }
            }
            if token.lower == "may", token.isCapitalized, next.isNumber || (previous?.isNumber ?? false) { return nil }
            let modality = token.lower == "cannot" ? "can" : token.lower
            return Trigger(index: index, modality: modality, negated: token.lower == "cannot", isAuxiliary: true,
                           subjectEnd: index, chainStart: index + 1)
        }
        if token.traits.contains(.committed), next?.lower == "to" {
            var be = index - 1
            while be >= 0, tokens[be].isAdverb { be -= 1 }
            guard be >= 0, Self.committedCopulas.contains(tokens[be].lower) else { return nil }
            if be > 0, tokens[be - 1].traits.contains(.auxiliary) { return nil }
            return Trigger(index: index, modality: "commit", negated: false, isAuxiliary: false, subjectEnd: be, chainStart: index + 2)
        }
        // A finite form of a verb of undertaking ("commits", "undertake"); never "-ing" or "-ed".
        guard token.traits.contains(.commitmentVerb), let lemma = ModalLexicon.commitmentVerbForms[token.lower] else { return nil }
        var position = index + 1
        var negated = false
        while position < tokens.count, tokens[position].isAdverb || Self.undertakingFillers.contains(tokens[position].lower) {
            negated = negated || tokens[position].lower == "not"
            position += 1
        }
        if position < tokens.count, tokens[position].lower == "," {
            var close = position + 1
            while close < tokens.count, close - position < 30, !Self.isPhraseMark(tokens[close]) { close += 1 }
            if close < tokens.count, tokens[close].lower == "," { position = close + 1 }
        }
        guard position < tokens.count else { return nil }
        switch tokens[position].lower {
        case "to":
            return Trigger(index: index, modality: lemma, negated: negated, isAuxiliary: false, subjectEnd: index, chainStart: position + 1)
        case ":":
            return Trigger(index: index, modality: lemma, negated: false, isAuxiliary: false, subjectEnd: index, chainStart: position)
        case "on", "upon", "as":
            guard lemma == "agree" else { return nil }
            // "agree on the following:", "agree as follows:": a list follows; otherwise agreeing is the act.
            let opensList = tokens.last?.lower == ":"
            return Trigger(index: index, modality: lemma, negated: false, isAuxiliary: false, subjectEnd: index,
                           chainStart: opensList ? tokens.count - 1 : tokens.count)
        default:
            return nil
        }
    }

    // MARK: Actors

    private mutating func subject(in tokens: [ClauseToken], before end: Int, context: (actors: [String], text: String)?, text: String) -> Subject? {
        var last = end - 1
        while last >= 0, tokens[last].isAdverb { last -= 1 }
        guard last >= 0 else { return nil }
        if tokens[last].lower == "and" || tokens[last].lower == "or" || tokens[last].lower == "but" {
            // "… and will promote …": the actor is the one just named.
            if statementGoverns(tokens, before: last, in: text) {
                return statementSubject(tokens, before: last, text: text)
            }
            guard let context else { return nil }
            return Subject(actors: context.actors, text: context.text, start: last + 1, elided: true)
        }
        var hops = 0
        while hops < 2 {
            hops += 1
            // A parenthetical right before the modal ("the Parties, separately and jointly, will"):
            // the actor is before it.
            if last >= 0, tokens[last].lower == "," {
                var open = last - 1
                while open >= 0, last - open < 40, !Self.isPhraseMark(tokens[open]) { open -= 1 }
                guard open >= 1, tokens[open].lower == "," else { return nil }
                // A stray comma after the actor ("…, the Ukrainian Participant, will"): the
                // words between the commas are themselves an actor after an introductory phrase.
                if hops == 1, open + 1 < last - 1, !statementGoverns(tokens, before: open, in: text),
                   let resolved = resolve(tokens[(open + 1)..<last], in: text, context: context?.actors), !resolved.actors.isEmpty {
                    return Subject(actors: resolved.actors, text: resolved.written, start: open + 1, negated: resolved.negated)
                }
                last = open - 1
            }
            guard last >= 0, tokens[last].isWord else { return nil }
            var boundary = last
            // Actors are short: a bounded look-back keeps a sentence with many modals linear.
            while boundary >= 0, last - boundary < 40, tokens[boundary].isWord, !tokens[boundary].traits.contains(.subordinator) {
                boundary -= 1
            }
            if boundary >= 0, tokens[boundary].isWord {
                let agreed = tokens[boundary].traits.contains(.that) && boundary > 0 && ModalLexicon.agreementVerbs.contains(tokens[boundary - 1].lower)
                guard agreed else { return nil }
            }
            // The word before the modal is itself the subordinator ("agree that will …"): no actor.
            guard boundary < last else { return nil }
            if statementGoverns(tokens, before: boundary + 1, in: text) { return nil }
            for start in (boundary + 1)...last {
                guard start == boundary + 1 || tokens[start - 1].traits.contains(.coordinator) || tokens[start - 1].isNumber else { continue }
                if let resolved = resolve(tokens[start...last], in: text, context: context?.actors) {
                    let written = resolved.written
                    // An empty resolution names a collective the document gives no parties for: keep it as written.
                    return Subject(actors: resolved.actors.isEmpty ? [written] : resolved.actors, text: written, start: start, negated: resolved.negated)
                }
            }
            let whole = tokens[(boundary + 1)...last]
            if resolver.isAgent(whole) {
                let written = self.text(of: whole, in: text)
                return Subject(actors: [written], text: written, start: boundary + 1)
            }
            // A parenthetical between actor and modal ("each of them, in exercise of …, will"): look before it.
            if boundary >= 1, tokens[boundary].lower == ",", hops < 2 {
                last = boundary - 1
                continue
            }
            return Subject(actors: nil, text: self.text(of: whole, in: text), start: boundary + 1)
        }
        return nil
    }

    /// "The Participants recognise that X continues … and will seek to …": a modal joined by "and"
    /// to a statement whose "that"-clause has no modal of its own continues the statement's
    /// subject, not the clause's. Nil unless that subject opens the sentence and is an actor.
    private mutating func statementSubject(_ tokens: [ClauseToken], before limit: Int, text: String) -> Subject? {
        guard let that = tokens[..<limit].lastIndex(where: { $0.traits.contains(.that) }), that >= 2 else { return nil }
        if tokens[(that + 1)..<limit].contains(where: { $0.traits.contains(.auxiliary) || $0.lower == "," || $0.lower == ";" }) { return nil }
        var verb = that - 1
        while verb > 0, tokens[verb].isAdverb { verb -= 1 }
        guard verb >= 1, tokens[..<verb].allSatisfy({ $0.isWord }) else { return nil }
        guard let resolved = resolve(tokens[0..<verb], in: text, context: nil), !resolved.actors.isEmpty else { return nil }
        return Subject(actors: resolved.actors, text: resolved.written, start: 0, negated: resolved.negated)
    }

    /// True when a verb of statement with a "that"-clause ("The Participants recognize that …")
    /// governs the words before `limit`: what follows is stated, not committed to.
    private mutating func statementGoverns(_ tokens: [ClauseToken], before limit: Int, in text: String) -> Bool {
        guard limit > 1 else { return false }
        var index = limit - 1
        let floor = max(0, limit - 300)
        // The fields are read in place, without copying each token (and retaining its spelling):
        // the look-back passes many tokens, and few are "that" or a mark.
        while index > floor {
            if tokens[index].traits.contains(.that) {
                let verb = tokens[index - 1]
                if verb.isWord, !verb.traits.contains(.endsIng) {
                    if lemmas.verb(of: verb, in: text, form: verb.traits.contains(.endsEd) ? .participle : .present).states { return true }
                }
            } else if tokens[index].kind == .punctuation, tokens[index].lower == ";" {
                return false
            }
            index -= 1
        }
        return false
    }

    /// Who acts in a passive that names no agent after its verb, from the words before the modal:
    /// "Any dispute between the Parties shall be settled", "Upon written consent of the Parties this
    /// Agreement may be amended". Nil when those words name none.
    private static let impliedAgentStops: Set<String> = [
        "by", "in", "to", "for", "with", "on", "at", "within", "through", "under", "from", "after",
        "before", "upon", "if", "unless", "until", "concerning", "regarding", "arising", "relating", "that", "which",
    ]
    private static let consentNouns: Set<String> = ["consent", "agreement", "decision", "approval", "accord"]
    private static let betweenWords: Set<String> = ["between", "among", "amongst"]

    private func impliedAgent(_ tokens: [ClauseToken], before limit: Int) -> ArraySlice<ClauseToken>? {
        var index = 0
        while index < limit {
            let word = tokens[index].lower
            var start: Int?
            if Self.betweenWords.contains(word) { start = index + 1 }
            if Self.consentNouns.contains(word), index + 1 < limit, tokens[index + 1].lower == "of" { start = index + 2 }
            if let start, start < limit {
                var end = start
                while end < limit, tokens[end].isWord, !Self.impliedAgentStops.contains(tokens[end].lower) { end += 1 }
                if end > start { return tokens[start..<end] }
            }
            index += 1
        }
        return nil
    }

    /// The actors a passive's agent names: the whole phrase, or the actor after its last "of"
    /// ("by mutual written consent of the Parties"), or the phrase without trailing words that
    /// qualify it ("between X and entities of Y responsible").
    private mutating func resolveAgent(_ agent: ArraySlice<ClauseToken>, context: [String]?, in sentence: String) -> [String]? {
        if let resolved = resolve(agent, in: sentence, context: context) {
            return resolved.actors.isEmpty ? [resolved.written] : resolved.actors
        }
        var end = agent.endIndex - 1
        while end > agent.startIndex + 1 {
            if let resolved = resolve(agent[agent.startIndex..<end], in: sentence, context: context), !resolved.actors.isEmpty {
                return resolved.actors
            }
            end -= 1
        }
        if let of = agent.lastIndex(where: { $0.lower == "of" }), of + 1 < agent.endIndex,
           let resolved = resolve(agent[(of + 1)...], in: sentence, context: context) {
            return resolved.actors.isEmpty ? [resolved.written] : resolved.actors
        }
        return nil
    }

    /// An inline item without the "and"/"or" that joins it to the one before.
    static func dropConjunction(_ item: Substring) -> String {
        for conjunction in ["and ", "or "] where item.lowercased().hasPrefix(conjunction) {
            return String(item.dropFirst(conjunction.count))
        }
        return String(item)
    }

    /// `text` without leading and trailing whitespace.
    static func trim(_ text: Substring) -> String {
        var slice = text
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    private func text(of tokens: ArraySlice<ClauseToken>, in text: String) -> String {
        ClauseToken.text(of: tokens, in: text)
    }
}

/// Remembered resolutions of actor phrases, nil ones included, keyed by a phrase.
///
/// Kept as a `[String: Int]` that points into a list of actors rather than as a
/// `[String: ActorResolver.Resolution?]`: the runtime builds the metadata of each new dictionary
/// type at first use, which cost more than the look-ups of a whole document.
struct ResolutionMemo: Sendable {
    /// For each phrase, -1 for no resolution, else the resolution's entry in `actors` times two,
    /// plus one when it is negated.
    private var entries: [String: Int] = [:]
    private var actors: [[String]] = []

    /// `.some(nil)` for a phrase remembered as resolving to nothing; nil for one not remembered.
    subscript(phrase: String) -> ActorResolver.Resolution?? {
        get {
            guard let entry = entries[phrase] else { return nil }
            guard entry >= 0 else { return .some(nil) }
            return ActorResolver.Resolution(actors: actors[entry >> 1], negated: entry & 1 == 1)
        }
        set {
            guard let remembered = newValue else { return }
            guard let resolution = remembered else {
                entries[phrase] = -1
                return
            }
            entries[phrase] = actors.count << 1 | (resolution.negated ? 1 : 0)
            actors.append(resolution.actors)
        }
    }
}
