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
    /// Initials of each party name (`initials(of:)`), in the order of `partyKeys`.
    private let partyInitials: [[String]]
    /// `party(named:)` precomputed when every party key is ASCII (nil otherwise): the phrases
    /// that name a party by its whole name, a part after "of", its first words or (under
    /// "Government of") its name, each with the first party it names; and each party's initials.
    private let partyPhrases: (names: [String: Int], initials: [String: Int])?
    /// Each collective alias's key and members, in the document's order. (Two arrays, not one of
    /// pairs: the runtime builds the metadata of an array of tuples at first use, at a cost.)
    private let aliasKeys: [String]
    private let aliasMembers: [[String]]
    /// The meanings of each defined term, in the document's order. They are tokenized only when
    /// a phrase names the term: few terms are ever an actor, and tokenizing every meaning of every
    /// definition was most of setting up the resolver.
    private let definitions: [String: [String]]
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
        partyInitials = partyKeys.map(Self.initials(of:))
        partyPhrases = Self.phrases(naming: partyKeys, initials: partyInitials)
        aliasKeys = document.aliases.map { Self.key($0.alias) }
        aliasMembers = document.aliases.map { $0.members }
        var heads: Set<String> = ["participants", "participant", "parties", "party", "sides", "side", "states", "state"]
        for name in document.parties + document.aliases.map({ $0.alias }) {
            if let last = name.split(separator: " ").last { heads.insert(ClauseTokenizer.normalize(String(last))) }
        }
        let tokenizer = ClauseTokenizer(actorHeads: heads)
        self.tokenizer = tokenizer
        var definitions: [String: [String]] = [:]
        for definition in document.definitions {
            definitions[Self.key(definition.term), default: []].append(definition.meaning)
        }
        self.definitions = definitions
    }

    /// A name lower-cased, quotes and a leading "the" removed: how phrases are compared.
    static func key(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        var words = name.split(whereSeparator: { $0.isWhitespace }).map { word in
            ClauseTokenizer.normalize(String(word)).filter { !ClauseTokenizer.isQuote($0) }
        }.filter { !$0.isEmpty }
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `key(_:)` of an ASCII name, on its bytes; nil for a name with other scalars. Every party,
    /// alias and defined term of a document is keyed at the start of reading its commitments, and
    /// splitting, lower-casing and filtering characters took most of that. For ASCII the same
    /// steps are byte steps: the whitespace characters are the bytes 09–0D and 20, lower-casing
    /// maps A–Z, and the one quote is 22.
    private static func asciiKey(_ name: String) -> String? {
        var copy = name
        return copy.withUTF8 { bytes -> String? in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var word: [UInt8] = []
            var first = true
            // Adds the word read so far; a word left empty by its quotes is no word, and the
            // first word is dropped when it is "the".
            func flush() {
                guard !word.isEmpty else { return }
                defer { word.removeAll(keepingCapacity: true) }
                if first {
                    first = false
                    if word == [0x74, 0x68, 0x65] { return }
                }
                if !key.isEmpty { key.append(0x20) }
                key += word
            }
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    flush()
                } else if byte != 0x22 {
                    word.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                }
            }
            flush()
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// Resolves an actor phrase, given the actors last named in the text (for "they", "each of
    /// them"). Nil when the phrase is not an actor this document knows.
    func resolve(_ tokens: ArraySlice<ClauseToken>, in text: String, context: [String]?) -> Resolution? {
        var consulted = false
        return resolve(words: Self.words(tokens, in: text), context: context, consulted: &consulted)
    }

    /// The words of an actor phrase (tokens of `text`) as `resolve` compares them: lower-cased,
    /// marks left out.
    static func words(_ tokens: ArraySlice<ClauseToken>, in text: String) -> [String] {
        var words: [String] = []
        words.reserveCapacity(tokens.count)
        for token in tokens where token.isWord { words.append(token.lower(in: text)) }
        return words
    }

    /// Resolves the words of an actor phrase; `consulted` becomes true when the answer depends
    /// on `context` ("they"), so that an answer that does not can be remembered for the phrase.
    func resolve(words: [String], context: [String]?, consulted: inout Bool) -> Resolution? {
        resolve(words: words, context: context, depth: 0, consulted: &consulted)
    }

    /// True when a phrase that did not resolve still names an agent that can commit: its head,
    /// among the first words, is an organ or a role ("the competent authorities of the Parties").
    func isAgent(_ tokens: ArraySlice<ClauseToken>) -> Bool {
        let words = tokens.filter { $0.isWord }
        guard let first = words.first, words.count <= 12 else { return false }
        guard first.isCapitalized || first.traits.contains(.determiner) else { return false }
        if words.contains(where: { $0.traits.contains(.statementVerb) }) { return false }
        // The head noun ends the phrase before its first preposition or participle: "Third Party
        // claims" is about claims, "the competent authorities of the Parties" about authorities.
        let head = words.prefix(while: { !Self.headStops.contains($0.lower) && !$0.traits.contains(.endsIng) })
        guard let noun = head.last, head.count <= 5 else { return false }
        return noun.traits.contains(.agentNoun)
    }

    /// Words that end the head of an agent's phrase: a preposition or a relative.
    private static let headStops: Set<String> = ["of", "in", "to", "for", "between", "with", "on", "by", "from", "under", "at", "who", "which", "that"]
    /// Words after an actor that say how it acts, not who it is ("the Participants jointly").
    private static let floaters: Set<String> = ["each", "both", "together", "jointly", "themselves", "respectively", "collectively", "alone", "individually"]
    /// What joins the actors of a list.
    private static let separators: Set<String> = ["and", "or", "nor", ","]
    /// Words before an actor that say how many of it act ("either", "each of").
    private static let quantifiers: Set<String> = ["both", "either", "each", "neither", "all", "two", "any"]
    /// Pronouns that stand for the actors just named.
    private static let pronouns: Set<String> = ["they", "them", "we", "us", "themselves", "ourselves"]
    /// Role words that make a role noun a role in the agreement ("the host State").
    private static let roleWords: Set<String> = ["host", "home", "recipient", "requested", "transferring", "originating", "providing", "contributing"]
    /// Endings of demonyms that share a country name's first letters ("Ukrainian", "Japanese").
    private static let demonymSuffixes = ["an", "ese", "ish", "ch", "i", "ic"]

    private func resolve(words input: [String], context: [String]?, depth: Int, consulted: inout Bool) -> Resolution? {
        var words = input
        while let last = words.last, Self.floaters.contains(last), words.count > 1 { words.removeLast() }
        guard !words.isEmpty, words.count <= 14 else { return nil }
        if let whole = part(words, context: context, depth: depth, consulted: &consulted) { return whole }
        // "Canada and Ukraine", "the Government of X, the Government of Y and Z", "neither X nor Y".
        var pieces: [[String]] = [[]]
        for word in words {
            if Self.separators.contains(word) { pieces.append([]) } else { pieces[pieces.count - 1].append(word) }
        }
        pieces = pieces.filter { !$0.isEmpty }
        guard pieces.count > 1 else { return nil }
        var members: [String] = []
        var negated = false
        for (number, piece) in pieces.enumerated() {
            // "the Receiving and Sending State": an earlier piece shares the last piece's head noun.
            var resolved = part(piece, context: context, depth: depth, consulted: &consulted)
            if resolved == nil, number + 1 < pieces.count, let head = pieces.last?.last, piece.last != head {
                resolved = part(piece + [head], context: context, depth: depth, consulted: &consulted)
            }
            guard let resolved else { return nil }
            members += resolved.actors
            negated = negated || resolved.negated
        }
        return Resolution(actors: ordered(members), negated: negated)
    }

    /// Words joined by single spaces, as `joined(separator: " ")` does, with one allocation.
    static func join(_ words: ArraySlice<String>) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        var length = words.count - 1
        for word in words { length += word.utf8.count }
        // The bytes are copied straight into the new string: appending word by word took longer
        // than anything else the resolver does with a phrase.
        return String(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for (number, word) in words.enumerated() {
                if number > 0 {
                    buffer[offset] = 0x20
                    offset += 1
                }
                var copy = word
                copy.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[offset] = byte
                        offset += 1
                    }
                }
            }
            return offset
        }
    }

    /// Resolves one actor without conjunctions.
    private func part(_ input: [String], context: [String]?, depth: Int, consulted: inout Bool) -> Resolution? {
        var negated = false
        var quantified = false
        var leading = 0
        while leading < input.count {
            let first = input[leading]
            let isQuantifier = Self.quantifiers.contains(first)
            guard first == "the" || first == "a" || first == "an" || isQuantifier || (quantified && first == "of") else { break }
            if first == "neither" { negated = true }
            if isQuantifier { quantified = true }
            leading += 1
        }
        let words = Array(input[leading...])
        if words.isEmpty { return quantified && !parties.isEmpty ? Resolution(actors: parties, negated: negated) : nil }
        let phrase = Self.join(words[...])
        let all = parties.isEmpty ? nil : parties
        if Self.pronouns.contains(phrase) {
            consulted = true
            // "they", "each of them": the actors just named, else all parties; with neither
            // known, kept as written only when quantified ("each of them"), as a bare "they" may be anyone.
            guard let actors = context ?? all else { return quantified ? Resolution(actors: [], negated: negated) : nil }
            return Resolution(actors: actors, negated: negated)
        }
        let plural = quantified ? phrase + "s" : ""
        for (index, key) in aliasKeys.enumerated() where key == phrase || (quantified && key == plural) {
            return Resolution(actors: aliasMembers[index], negated: negated)
        }
        if Self.collectives.contains(phrase) || (quantified && Self.roleNouns.contains(phrase)) {
            // No parties known: an empty list tells the caller to keep the phrase as written.
            return Resolution(actors: all ?? [], negated: negated)
        }
        if let party = party(named: phrase) { return Resolution(actors: [party], negated: negated) }
        // "the Government of X", "the Government of the X".
        if words.count > 2, words[0] == "government" || words[0] == "governments", words[1] == "of" {
            let rest = Self.key(Self.join(words.dropFirst(2)))
            if let party = party(named: rest) { return Resolution(actors: [party], negated: negated) }
        }
        // "the French Participant", "the Japanese side", "the Netherlands Government".
        for count in stride(from: 2, through: 1, by: -1) where words.count > count {
            let role = count == 1 ? words[words.count - 1] : words[words.count - 2] + " " + words[words.count - 1]
            // "the Ukrainian Participants" (a plural slip) names one party as well.
            guard Self.roleNouns.contains(role) || (role.hasSuffix("s") && Self.roleNouns.contains(String(role.dropLast()))) else { continue }
            let owner = Self.join(words.dropLast(count))
            if let party = party(named: owner) ?? party(demonym: owner) { return Resolution(actors: [party], negated: negated) }
        }
        if depth < 2 {
            for meaning in definitions[phrase] ?? [] {
                let words = Self.words(tokenizer.tokens(meaning)[...], in: meaning)
                if let resolved = resolve(words: words, context: context, depth: depth + 1, consulted: &consulted) {
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
            if let resolved = resolve(words: Array(words[(of + 1)...]), context: context, depth: depth + 1, consulted: &consulted), !resolved.actors.isEmpty {
                return Resolution(actors: resolved.actors, negated: negated || resolved.negated)
            }
        }
        return nil
    }

    /// Words that make a role noun a role in the agreement rather than a name: a participle
    /// ("sending", "receiving", "requested") or a role word ("host", "recipient").
    static func isRoleModifier(_ word: String) -> Bool {
        if roleWords.contains(word) { return true }
        return word.count > 5 && word.hasSuffix("ing")
    }

    /// The party a name stands for: the name itself, its last part after "of" ("the Netherlands"
    /// for "Kingdom of the Netherlands"), its first words ("United Kingdom"), or its initials ("UK").
    func party(named phrase: String) -> String? {
        guard !phrase.isEmpty else { return nil }
        if let partyPhrases, Self.isASCII(phrase) {
            var found = partyPhrases.names[phrase]
            if !phrase.utf8.contains(0x20) {
                let compact = String(decoding: phrase.utf8.filter { $0 != 0x2E }, as: UTF8.self)
                if (2...4).contains(compact.utf8.count), let index = partyPhrases.initials[compact] {
                    found = min(found ?? index, index)
                }
            }
            return found.map { parties[$0] }
        }
        let compact = String(phrase.filter { $0 != "." && $0 != " " })
        for (index, name) in partyKeys.enumerated() {
            if name == phrase || name.hasSuffix(" of " + phrase) || name.hasSuffix(" of the " + phrase) { return parties[index] }
            if Self.hasSpace(phrase), name.hasPrefix(phrase + " ") { return parties[index] }
            if !Self.hasSpace(phrase), (2...4).contains(compact.count), partyInitials[index].contains(compact) { return parties[index] }
            if name.hasPrefix("government of "), party(key: String(name.dropFirst("government of ".count)), matches: phrase) {
                return parties[index]
            }
        }
        return nil
    }

    private static func isASCII(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return false }
            return true
        }
    }

    /// The phrases `party(named:)` accepts for each party, for keys that are all ASCII (where
    /// comparing strings is comparing bytes): the key itself; what follows each " of " or
    /// " of the " in it; each of its first words up to a space, when two or more; and the same
    /// for the name after "government of " (and "the "). The first party wins a phrase.
    private static func phrases(naming keys: [String], initials: [[String]]) -> (names: [String: Int], initials: [String: Int])? {
        guard keys.allSatisfy(isASCII) else { return nil }
        var names: [String: Int] = [:]
        var initialsFound: [String: Int] = [:]
        func add(_ phrase: Substring, _ index: Int) {
            if names[String(phrase)] == nil { names[String(phrase)] = index }
        }
        func addTails(of name: Substring, _ index: Int) {
            add(name, index)
            // The keys are ASCII, so a byte search finds what a character search would; the
            // standard library's `firstRange(of:)` set up a searcher whose first use alone cost
            // more than reading every party name of a document.
            var search = name[...]
            while let offset = PhraseSearch.firstOffset(of: " of ", in: search) {
                let of = search.utf8.index(search.startIndex, offsetBy: offset)
                let tail = name[name.utf8.index(of, offsetBy: 4)...]
                add(tail, index)
                if tail.hasPrefix("the ") { add(tail.dropFirst(4), index) }
                // Occurrences may overlap (" of of "): search again from the next character.
                search = name[name.index(after: of)...]
            }
        }
        for (index, name) in keys.enumerated() {
            addTails(of: name[...], index)
            var position = name.startIndex
            while let space = name[position...].firstIndex(of: " ") {
                let prefix = name[..<space]
                if prefix.contains(" ") { add(prefix, index) }
                position = name.index(after: space)
            }
            for initial in initials[index] where (2...4).contains(initial.utf8.count) && initialsFound[initial] == nil {
                initialsFound[initial] = index
            }
            if name.hasPrefix("government of ") {
                let rest = name.dropFirst("government of ".count)
                let bare = rest.hasPrefix("the ") ? rest.dropFirst(4) : rest
                addTails(of: bare, index)
            }
        }
        return (names, initialsFound)
    }

    /// True when `text` holds a space: a byte test for ASCII text; otherwise Foundation's
    /// search, which compares characters, as the phrase tests always have.
    private static func hasSpace(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains(0x20) }
        return text.contains(" ")
    }

    private func party(key name: String, matches phrase: String) -> Bool {
        let bare = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        return bare == phrase || bare.hasSuffix(" of " + phrase) || bare.hasSuffix(" of the " + phrase)
    }

    /// The party a demonym stands for: "French" → France, "Ukrainian" → Ukraine.
    func party(demonym: String) -> String? {
        guard !Self.hasSpace(demonym), demonym.count >= 4 else { return nil }
        if let countries = Self.irregularDemonyms[demonym] {
            for (index, name) in partyKeys.enumerated() where countries.contains(where: { name.contains($0) }) {
                return parties[index]
            }
            return nil
        }
        guard Self.demonymSuffixes.contains(where: { demonym.hasSuffix($0) }) else { return nil }
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
        let minor = ["of", "the", "and", "for"]
        let words = name.split(separator: " ").map(String.init)
        let beforeOf = words.prefix(while: { $0 != "of" })
        // Each word's first character as a string, not as a `Character`: an array of characters
        // (and a set of minor words) had its metadata built by the runtime at first use, at a cost.
        let head = beforeOf.map { String($0.prefix(1)) }.joined()
        let all = words.filter { !minor.contains($0) }.map { String($0.prefix(1)) }.joined()
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
