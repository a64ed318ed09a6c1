import EntenteModel

/// Who an actor phrase stands for, resolved from the document's own parties, collective aliases and
/// definitions: "the Participants" → both parties, "either Participant" → both, "the French
/// Participant" → France, "the UK" → United Kingdom…, "the Sending State" → whatever the text
/// defined it as.
///
/// Resolution is strict: every word of the phrase must be accounted for, so "The Participants
/// reaffirm the Russian Federation" or "Russian assets in Canada's jurisdiction" resolve to nothing.
struct ActorResolver: Sendable {
    /// What an actor phrase resolved to.
    struct Resolution: Sendable, Hashable {
        /// Party names in the document's order; empty for a collective ("the Parties") in a
        /// document that names no parties, which the caller keeps as written.
        var actors: [String]
        /// True for "neither Party": the commitment it carries is negated.
        var negated: Bool
    }

    private let parties: [String]
    private let partyKeys: [String]
    private let aliases: [(key: String, members: [String])]
    /// Defined terms and the words of their meanings, tokenized once.
    private let definitions: [(key: String, meaning: [String])]
    let tokenizer: ClauseTokenizer

    /// Collective nouns that stand for all the parties when the document defines no alias for them.
    static let collectives: Set<String> = [
        "parties", "participants", "sides", "contracting parties", "high contracting parties", "signatories",
        "governments", "states parties", "signatory states", "contracting states", "member states",
    ]

    /// Singular role nouns: "each Party", "either Participant", "the French Participant".
    static let roleNouns: Set<String> = [
        "party", "participant", "side", "government", "contracting party", "high contracting party", "signatory",
        "state", "contracting state", "delegation",
    ]

    /// Head nouns of actors the document does not resolve but that can still commit: an
    /// organ or agent ("the competent authorities", "Members of the personnel").
    static let agentNouns: Set<String> = [
        "authorities", "authority", "government", "governments", "ministry", "ministries", "minister", "ministers",
        "personnel", "members", "member", "bodies", "body", "agency", "agencies", "forces", "side", "sides", "party",
        "parties", "participant", "participants", "state", "states", "commission", "committee", "representatives",
        "representative", "delegation", "delegations", "secretariat", "secretary", "officials", "services",
        "institutions", "entities", "entity", "depositary", "signatories", "council", "board", "administration", "administrations",
    ]

    /// Demonyms whose country name does not share their first letters, for "the French Participant".
    static let irregularDemonyms: [String: [String]] = [
        "french": ["france"], "british": ["united kingdom", "britain"], "dutch": ["netherlands"],
        "american": ["united states", "america"], "danish": ["denmark"], "polish": ["poland"], "spanish": ["spain"],
        "finnish": ["finland"], "swiss": ["switzerland"], "irish": ["ireland"], "turkish": ["turkey", "türkiye"],
        "norwegian": ["norway"], "swedish": ["sweden"], "greek": ["greece"], "slovak": ["slovakia", "slovak"],
        "icelandic": ["iceland"], "belgian": ["belgium"], "czech": ["czech"], "welsh": ["wales"], "scottish": ["scotland"],
    ]

    init(document: Document) {
        parties = document.parties
        partyKeys = document.parties.map(Self.key)
        aliases = document.aliases.map { (Self.key($0.alias), $0.members) }
        var heads: Set<String> = ["participants", "participant", "parties", "party", "sides", "side", "states", "state"]
        for name in document.parties + document.aliases.map(\.alias) {
            if let last = name.split(separator: " ").last { heads.insert(ClauseTokenizer.normalize(String(last))) }
        }
        let tokenizer = ClauseTokenizer(actorHeads: heads)
        self.tokenizer = tokenizer
        definitions = document.definitions.map { (Self.key($0.term), tokenizer.tokens($0.meaning).filter(\.isWord).map(\.lower)) }
    }

    /// A name lower-cased, quotes and a leading "the" removed: how phrases are compared.
    static func key(_ name: String) -> String {
        var words = name.split(whereSeparator: { $0.isWhitespace }).map { word in
            ClauseTokenizer.normalize(String(word)).filter { !ClauseTokenizer.isQuote($0) }
        }.filter { !$0.isEmpty }
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Resolves an actor phrase, given the actors last named in the text (for "they", "each of
    /// them"). Nil when the phrase is not an actor this document knows.
    func resolve(_ tokens: ArraySlice<ClauseToken>, context: [String]?) -> Resolution? {
        let words = tokens.filter(\.isWord).map(\.lower)
        return resolve(words: words, context: context, depth: 0)
    }

    /// True when a phrase that did not resolve still names an agent that can commit: its head,
    /// among the first words, is an organ or a role ("the competent authorities of the Parties").
    func isAgent(_ tokens: ArraySlice<ClauseToken>) -> Bool {
        let words = tokens.filter(\.isWord)
        guard let first = words.first, words.count <= 12 else { return false }
        guard first.isCapitalized || ModalLexicon.determiners.contains(first.lower) else { return false }
        if words.contains(where: { ModalLexicon.statementVerbs.contains($0.lower) }) { return false }
        // The head noun ends the phrase before its first preposition or participle: "Third Party
        // claims" is about claims, "the competent authorities of the Parties" about authorities.
        let stops: Set<String> = ["of", "in", "to", "for", "between", "with", "on", "by", "from", "under", "at", "who", "which", "that"]
        let head = words.prefix(while: { !stops.contains($0.lower) && !$0.lower.hasSuffix("ing") })
        guard let noun = head.last, head.count <= 5 else { return false }
        return Self.agentNouns.contains(noun.lower)
    }

    private func resolve(words input: [String], context: [String]?, depth: Int) -> Resolution? {
        var words = input
        let floaters: Set<String> = ["each", "both", "together", "jointly", "themselves", "respectively", "collectively", "alone", "individually"]
        while let last = words.last, floaters.contains(last), words.count > 1 { words.removeLast() }
        guard !words.isEmpty, words.count <= 14 else { return nil }
        if let whole = part(words, context: context, depth: depth) { return whole }
        // "Canada and Ukraine", "the Government of X, the Government of Y and Z", "neither X nor Y".
        let separators: Set<String> = ["and", "or", "nor", ","]
        var pieces: [[String]] = [[]]
        for word in words {
            if separators.contains(word) { pieces.append([]) } else { pieces[pieces.count - 1].append(word) }
        }
        pieces = pieces.filter { !$0.isEmpty }
        guard pieces.count > 1 else { return nil }
        var members: [String] = []
        var negated = false
        for (number, piece) in pieces.enumerated() {
            // "the Receiving and Sending State": an earlier piece shares the last piece's head noun.
            var resolved = part(piece, context: context, depth: depth)
            if resolved == nil, number + 1 < pieces.count, let head = pieces.last?.last, piece.last != head {
                resolved = part(piece + [head], context: context, depth: depth)
            }
            guard let resolved else { return nil }
            members += resolved.actors
            negated = negated || resolved.negated
        }
        return Resolution(actors: ordered(members), negated: negated)
    }

    /// Resolves one actor without conjunctions.
    private func part(_ input: [String], context: [String]?, depth: Int) -> Resolution? {
        var words = input
        var negated = false
        var quantified = false
        let quantifiers: Set<String> = ["both", "either", "each", "neither", "all", "two", "any"]
        while let first = words.first, first == "the" || first == "a" || first == "an" || quantifiers.contains(first) || (quantified && first == "of") {
            if first == "neither" { negated = true }
            if quantifiers.contains(first) { quantified = true }
            words.removeFirst()
        }
        if words.isEmpty { return quantified && !parties.isEmpty ? Resolution(actors: parties, negated: negated) : nil }
        let phrase = words.joined(separator: " ")
        let all = parties.isEmpty ? nil : parties
        if ["they", "them", "we", "us", "themselves", "ourselves"].contains(phrase) {
            // "they", "each of them": the actors just named, else all parties; with neither
            // known, kept as written only when quantified ("each of them"), as a bare "they" may be anyone.
            guard let actors = context ?? all else { return quantified ? Resolution(actors: [], negated: negated) : nil }
            return Resolution(actors: actors, negated: negated)
        }
        for alias in aliases where alias.key == phrase || (quantified && alias.key == phrase + "s") {
            return Resolution(actors: alias.members, negated: negated)
        }
        if Self.collectives.contains(phrase) || (quantified && Self.roleNouns.contains(phrase)) {
            // No parties known: an empty list tells the caller to keep the phrase as written.
            return Resolution(actors: all ?? [], negated: negated)
        }
        if let party = party(named: phrase) { return Resolution(actors: [party], negated: negated) }
        // "the Government of X", "the Government of the X".
        if words.count > 2, words[0] == "government" || words[0] == "governments", words[1] == "of" {
            let rest = Self.key(words.dropFirst(2).joined(separator: " "))
            if let party = party(named: rest) { return Resolution(actors: [party], negated: negated) }
        }
        // "the French Participant", "the Japanese side", "the Netherlands Government".
        for count in [2, 1] where words.count > count {
            let role = words.suffix(count).joined(separator: " ")
            // "the Ukrainian Participants" (a plural slip) names one party as well.
            guard Self.roleNouns.contains(role) || (role.hasSuffix("s") && Self.roleNouns.contains(String(role.dropLast()))) else { continue }
            let owner = words.dropLast(count).joined(separator: " ")
            if let party = party(named: owner) ?? party(demonym: owner) { return Resolution(actors: [party], negated: negated) }
        }
        if depth < 2 {
            for definition in definitions where definition.key == phrase {
                if let resolved = resolve(words: definition.meaning, context: context, depth: depth + 1) {
                    return Resolution(actors: resolved.actors, negated: negated || resolved.negated)
                }
            }
        }
        // "the Sending State", "the Receiving Party", "the Host State": a role the document does not
        // define as one party is played by whichever party hosts, sends or requests, so it binds all.
        if parties.count > 1, words.count == 2, Self.roleNouns.contains(words[1]) || Self.roleNouns.contains(String(words[1].dropLast())),
           Self.isRoleModifier(words[0]) {
            return Resolution(actors: parties, negated: negated)
        }
        // "the competent authorities of the Receiving State", "the Government of the Sending State":
        // an organ of an actor commits that actor.
        if depth < 2, let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count,
           words[..<of].count <= 4, let head = words[..<of].last, Self.agentNouns.contains(head),
           !words[..<of].contains(where: { $0.hasSuffix("ing") }) {
            if let resolved = resolve(words: Array(words[(of + 1)...]), context: context, depth: depth + 1), !resolved.actors.isEmpty {
                return Resolution(actors: resolved.actors, negated: negated || resolved.negated)
            }
        }
        return nil
    }

    /// Words that make a role noun a role in the agreement rather than a name: a participle
    /// ("sending", "receiving", "requested") or a role word ("host", "recipient").
    static func isRoleModifier(_ word: String) -> Bool {
        if ["host", "home", "recipient", "requested", "transferring", "originating", "providing", "contributing"].contains(word) { return true }
        return word.count > 5 && word.hasSuffix("ing")
    }

    /// The party a name stands for: the name itself, its last part after "of" ("the Netherlands"
    /// for "Kingdom of the Netherlands"), its first words ("United Kingdom"), or its initials ("UK").
    func party(named phrase: String) -> String? {
        guard !phrase.isEmpty else { return nil }
        let compact = String(phrase.filter { $0 != "." && $0 != " " })
        for (index, name) in partyKeys.enumerated() {
            if name == phrase || name.hasSuffix(" of " + phrase) || name.hasSuffix(" of the " + phrase) { return parties[index] }
            if phrase.contains(" "), name.hasPrefix(phrase + " ") { return parties[index] }
            if !phrase.contains(" "), (2...4).contains(compact.count), Self.initials(of: name).contains(compact) { return parties[index] }
            if name.hasPrefix("government of "), party(key: String(name.dropFirst("government of ".count)), matches: phrase) {
                return parties[index]
            }
        }
        return nil
    }

    private func party(key name: String, matches phrase: String) -> Bool {
        let bare = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        return bare == phrase || bare.hasSuffix(" of " + phrase) || bare.hasSuffix(" of the " + phrase)
    }

    /// The party a demonym stands for: "French" → France, "Ukrainian" → Ukraine.
    func party(demonym: String) -> String? {
        guard !demonym.contains(" "), demonym.count >= 4 else { return nil }
        if let countries = Self.irregularDemonyms[demonym] {
            for (index, name) in partyKeys.enumerated() where countries.contains(where: { name.contains($0) }) {
                return parties[index]
            }
            return nil
        }
        let suffixes = ["an", "ese", "ish", "ch", "i", "ic"]
        guard suffixes.contains(where: { demonym.hasSuffix($0) }) else { return nil }
        for (index, name) in partyKeys.enumerated() {
            for word in name.split(separator: " ") where word.count >= 4 {
                let common = zip(word, demonym).prefix(while: { $0 == $1 }).count
                if common >= 4, common >= word.count - 2 { return parties[index] }
            }
        }
        return nil
    }

    /// Initials of a party name: of its words before "of" ("uk" for "united kingdom of …") and of
    /// all its capitalised words ("usa" for "united states of america").
    static func initials(of name: String) -> [String] {
        let minor: Set<String> = ["of", "the", "and", "for"]
        let words = name.split(separator: " ").map(String.init)
        let beforeOf = words.prefix(while: { $0 != "of" })
        let head = String(beforeOf.compactMap(\.first))
        let all = String(words.filter { !minor.contains($0) }.compactMap(\.first))
        return head.count >= 2 ? [head, all] : [all]
    }

    /// Members in the document's party order, without repeats; names that are not parties
    /// (phrases kept as written) after them.
    private func ordered(_ members: [String]) -> [String] {
        var result = parties.filter { members.contains($0) }
        for member in members where !result.contains(member) { result.append(member) }
        return result
    }
}
