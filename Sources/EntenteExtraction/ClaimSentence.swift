import EntenteModel

/// One report sentence read for the facts it states. See `ClaimExtractor` for the kinds.
struct ClaimSentence {
    let text: String
    let provenance: Provenance
    /// The sentence tokenised once for every scanner.
    let scan: ScanText
    /// The sentence's tokens with their text, range and key at hand: the claim rules read them many times.
    let tokens: [Token]

    struct Token {
        var kind: TextToken.Kind
        var text: Substring
        var range: Range<String.Index>
        var key: String
        var isCapitalised: Bool
    }

    init(text: String, provenance: Provenance) {
        self.text = ClaimSentence.normalizedWhitespace(text)
        self.provenance = provenance
        let scan = ScanText(self.text)
        self.scan = scan
        self.tokens = scan.tokens.indices.map { index in
            Token(kind: scan.tokens[index].kind, text: scan.substring(index), range: scan.range(index), key: scan.key(index),
                  isCapitalised: scan.tokens[index].isCapitalised)
        }
    }

    static func normalizedWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The claims of the sentence, in the order their facts appear in it.
    func claims() -> [Claim] {
        var found: [(position: String.Index, order: Int, claim: Claim)] = []
        func add(_ kind: String, _ fact: String, at position: String.Index) {
            found.append((position, found.count, Claim(provenance: provenance, claim: kind, fact: fact, sentence: text)))
        }
        for (position, fact) in amounts() { add("amount", fact, at: position) }
        for match in DurationScanner.scan(scan) {
            add(isDeadline(match) ? "deadline" : "duration", match.iso, at: match.range.lowerBound)
        }
        let dates = DateScanner.scan(scan)
        for match in dates { add("date", match.iso, at: match.range.lowerBound) }
        let signing = signingIndex()
        for (position, place) in places(dates: dates, isSigning: signing != nil) { add("place", place, at: position) }
        if let signing, let parties = signatories(around: signing) {
            add("signing", parties.joined(separator: ", "), at: tokens[signing].range.lowerBound)
        }
        if let (position, fact) = commitment() { add("commitment", fact, at: position) }
        return found.sorted { ($0.position, $0.order) < ($1.position, $1.order) }.map(\.claim)
    }

    // MARK: amounts

    private func amounts() -> [(String.Index, String)] {
        let matches = AmountScanner.scan(scan, defaultDollarCurrency: nil)
        let years = AmountExtractor.years(in: scan)
        var kept: [AmountMatch] = []
        for match in matches {
            if let previous = kept.last, isConversion(previous, match) { continue }
            kept.append(match)
        }
        var result: [(String.Index, String)] = []
        for (index, match) in kept.enumerated() {
            var parts: [String] = []
            if let qualifier = match.qualifier { parts.append(qualifier) }
            parts.append(Self.number(match.value))
            parts.append(match.currency ?? "?")
            if let year = AmountExtractor.year(for: index, of: kept, years: years, in: text) {
                parts.append("in \(year)")
            }
            result.append((match.range.lowerBound, parts.joined(separator: " ")))
        }
        return result
    }

    /// "$3 billion Canadian dollars (about $2.15 billion)": a bracket right after a sum, restating it
    /// in another currency.
    private func isConversion(_ previous: AmountMatch, _ match: AmountMatch) -> Bool {
        guard previous.range.upperBound <= match.range.lowerBound, previous.currency != match.currency else { return false }
        let between = text[previous.range.upperBound..<match.range.lowerBound]
            .split(whereSeparator: { $0.isWhitespace })
        guard let first = between.first, first.hasPrefix("(") else { return false }
        return between.count <= 3
    }

    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    // MARK: durations

    /// Hours, minutes and days, or anything "within", are how fast something must happen.
    private func isDeadline(_ match: DurationMatch) -> Bool {
        if match.iso.hasPrefix("PT") || match.iso.hasSuffix("D") { return true }
        let before = text[..<match.range.lowerBound].split(whereSeparator: { $0.isWhitespace }).last?.lowercased()
        return before == "within" || before == "in"
    }

    // MARK: states

    /// The state named at `tokens[index]` (a name, a spelling, or a nationality adjective), and the
    /// index past it.
    func state(at index: Int) -> (String, Int)? {
        // Only the spellings that start with this word can match here, in their usual order.
        for (words, name) in EntityVocabulary.stateSpellingsByFirstWord[String(tokens[index].text)] ?? []
            where index + words.count <= tokens.count {
            var matched = true
            for (offset, word) in words.enumerated() where tokens[index + offset].text != word {
                matched = false
                break
            }
            if matched { return (name, index + words.count) }
        }
        if let name = ClaimVocabulary.demonyms[String(tokens[index].text)] { return (name, index + 1) }
        return nil
    }

    /// The distinct states named in `tokens[range]`, in order.
    func states(in range: Range<Int>) -> [String] {
        var names: [String] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let (name, end) = state(at: index) {
                if !names.contains(name) { names.append(name) }
                index = end
            } else {
                index += 1
            }
        }
        return names
    }

    // MARK: signing and places

    private static let instrumentWords: Set<String> = EntityVocabulary.instrumentHeads.union([
        "deal", "deals", "agreements", "pacts", "treaties", "accords", "memoranda", "declarations", "arrangement",
    ])

    /// The token that reports a signature, when the sentence is about signing an instrument.
    private func signingIndex() -> Int? {
        guard tokens.contains(where: { Self.instrumentWords.contains($0.key) }) else { return nil }
        // A signature that happened: "signed", "the signing of"; not a hope ("hopes to sign").
        return tokens.indices.first { index in
            ClaimVocabulary.signingWords.contains(tokens[index].key) && (index == 0 || tokens[index - 1].key != "to")
        }
    }

    /// The states in the clause of the signing word (clauses end at `,` `;` `—`), or in the whole
    /// sentence when that clause names none.
    private func signatories(around index: Int) -> [String]? {
        let breaks: Set<Substring> = [",", ";", "—", "–"]
        var start = index
        while start > 0, !breaks.contains(tokens[start - 1].text) { start -= 1 }
        var end = index
        while end < tokens.count, !breaks.contains(tokens[end].text) { end += 1 }
        let clause = states(in: start..<end)
        let names = clause.isEmpty ? states(in: 0..<tokens.count) : clause
        return names.isEmpty ? nil : names
    }

    /// "in Kyiv", "at Vilnius on 12 July 2023": a capitalised name after "in"/"at" in a sentence
    /// about a signature, or right before a date. States are parties, not places.
    private func places(dates: [DateMatch], isSigning: Bool) -> [(String.Index, String)] {
        var result: [(String.Index, String)] = []
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard ClaimVocabulary.placePrepositions.contains(tokens[index].key) else { continue }
            let first = index + 1
            guard tokens[first].kind == .word, tokens[first].isCapitalised,
                  !ClaimVocabulary.notPlaces.contains(tokens[first].key), state(at: first) == nil else { continue }
            var end = first + 1
            while end < tokens.count, end - first < 3, tokens[end].kind == .word, tokens[end].isCapitalised,
                  state(at: end) == nil, !ClaimVocabulary.notPlaces.contains(tokens[end].key) { end += 1 }
            let beforeDate = end + 1 < tokens.count && tokens[end].key == "on"
                && dates.contains { $0.range.lowerBound == tokens[end + 1].range.lowerBound }
            guard isSigning || beforeDate else { continue }
            let range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
            result.append((range.lowerBound, String(text[range])))
            index = end - 1
        }
        return result
    }

    // MARK: commitments

    /// "Ukraine will also respond in case of a threat to Canada", "Italy has pledged to continue
    /// providing military aid through 2024": a state, a modal or a verb of pledging, an action.
    private func commitment() -> (String.Index, String)? {
        var index = 0
        while index < tokens.count {
            guard let (actor, afterActor) = state(at: index) else {
                index += 1
                continue
            }
            if let found = commitment(actor: actor, at: index, after: afterActor) { return found }
            index = afterActor
        }
        return nil
    }

    private func commitment(actor: String, at start: Int, after afterActor: Int) -> (String.Index, String)? {
        var index = afterActor
        var modality: String?
        while index < tokens.count, index - afterActor < 4 {
            let key = tokens[index].key
            if ClaimVocabulary.modals.contains(key) {
                modality = key
                index += 1
                break
            }
            if let verb = ClaimVocabulary.pledgeVerbs[key] {
                modality = verb
                index += 1
                break
            }
            guard ClaimVocabulary.fillers.contains(key) else { return nil }
            index += 1
        }
        guard let modality else { return nil }
        while index < tokens.count, ClaimVocabulary.fillers.contains(tokens[index].key) { index += 1 }
        guard index < tokens.count, tokens[index].kind == .word, state(at: index) == nil else { return nil }
        let action = Lemmatizer.lemma(String(tokens[index].text), form: .base)
        var parts = ["actor: \(actor)", "modality: \(modality)", "action: \(action)"]
        if let (condition, concerning) = condition(after: index + 1, actor: actor) {
            parts.append("condition: \(condition)")
            if !concerning.isEmpty { parts.append("concerning: \(concerning.joined(separator: ", "))") }
        }
        if let deadline = yearDeadline(after: index + 1) { parts.append("by: \(deadline)") }
        return (tokens[start].range.lowerBound, parts.joined(separator: "; "))
    }

    /// The condition clause after the action, and the other states it names.
    private func condition(after start: Int, actor: String) -> (String, [String])? {
        var index = start
        while index < tokens.count {
            for opener in ClaimVocabulary.conditionOpeners where index + opener.count <= tokens.count {
                var matched = true
                for (offset, word) in opener.enumerated() where tokens[index + offset].key != word {
                    matched = false
                    break
                }
                guard matched else { continue }
                var end = tokens.count
                if let stop = tokens[index...].firstIndex(where: { [".", ";", "!", "?", ","].contains($0.text) }) { end = stop }
                guard end > index else { return nil }
                let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
                let concerning = states(in: index..<end).filter { $0 != actor }
                return (String(text[range]), concerning)
            }
            index += 1
        }
        return nil
    }

    /// "through 2024", "until 2026", "by 2025" after the action.
    private func yearDeadline(after start: Int) -> String? {
        guard start < tokens.count else { return nil }
        for index in start..<(tokens.count - 1) where ["through", "until", "till", "by"].contains(tokens[index].key) {
            let next = tokens[index + 1]
            if next.kind == .number, next.text.count == 4, let year = Int(next.text), (1900...2100).contains(year) {
                return String(year)
            }
        }
        return nil
    }
}
