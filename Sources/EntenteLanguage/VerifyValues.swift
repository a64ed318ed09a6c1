import EntenteModel

/// The rules for claims of a value: amounts, durations, deadlines, dates, places.
extension VerifyContext {
    // MARK: amounts

    struct ClaimedAmount {
        var qualifier: String?
        var value: Double
        var currency: String
        var year: Int?

        /// `[qualifier ]VALUE CURRENCY[ in YEAR]`.
        init?(_ fact: String) {
            let words = fact.split(separator: " ").map(String.init)
            guard let numberAt = words.firstIndex(where: { Double($0) != nil }), let value = Double(words[numberAt]),
                  numberAt + 1 < words.count else { return nil }
            self.qualifier = numberAt > 0 ? words[..<numberAt].joined(separator: " ") : nil
            self.value = value
            self.currency = words[numberAt + 1]
            if numberAt + 3 < words.count, words[numberAt + 2] == "in" { self.year = Int(words[numberAt + 3]) } else { self.year = nil }
        }
    }

    /// How `actual` bears out a claimed sum with its qualifier.
    static func judge(_ claimed: ClaimedAmount, against actual: Double) -> Verdict {
        let x = claimed.value
        guard x > 0 else { return actual == 0 ? .supported : .contradicted }
        let qualifier = claimed.qualifier ?? ""
        if VerifyVocabulary.lowerBounds.contains(qualifier) {
            if actual >= x { return .supported }
            return actual >= 0.9 * x ? .partlySupported : .contradicted
        }
        if VerifyVocabulary.upperBounds.contains(qualifier) {
            if actual <= x { return .supported }
            return actual <= 1.1 * x ? .partlySupported : .contradicted
        }
        let gap = abs(actual - x) / x
        if qualifier.isEmpty {
            if gap <= 0.02 { return .supported }
            return gap <= 0.15 ? .partlySupported : .contradicted
        }
        // about, approximately, around, nearly, some…
        if gap <= 0.1 { return .supported }
        return gap <= 0.25 ? .partlySupported : .contradicted
    }

    func amount() -> Finding {
        guard let claimed = ClaimedAmount(claim.fact) else { return .notFound("the amount could not be read") }
        let sameCurrency = agreement.facts.amounts.filter { $0.currency == claimed.currency }
        guard !sameCurrency.isEmpty else { return .notFound("the agreement names no sum in \(claimed.currency)") }
        var candidates = sameCurrency
        if let year = claimed.year {
            candidates = sameCurrency.filter { $0.year == year }
            guard !candidates.isEmpty else { return .notFound("the agreement ties no sum in \(claimed.currency) to \(year)") }
        }
        let judged = candidates.map { (amount: $0, verdict: Self.judge(claimed, against: $0.value)) }
        guard let best = judged.min(by: { $0.verdict < $1.verdict }) else { return .notFound("no sum to compare") }
        let said = "\(best.amount.provenance.provision) says \(Self.quote(best.amount.text)) (\(Self.number(best.amount.value)) \(claimed.currency)"
            + (best.amount.year.map { " in \($0)" } ?? "") + ")"
        let claimedText = ([claimed.qualifier].compactMap { $0 } + [Self.number(claimed.value), claimed.currency]).joined(separator: " ")
        switch best.verdict {
        case .supported:
            return found(.supported, best.amount.provenance.provision, "\(said); “\(claimedText)” holds")
        case .partlySupported:
            return found(.partlySupported, best.amount.provenance.provision, "\(said); close to but not “\(claimedText)”")
        case .contradicted, .notFound:
            guard speaksOfAgreement(sentenceStates) else { return .notFound(otherAgreementReason(sentenceStates)) }
            return found(.contradicted, best.amount.provenance.provision, "\(said), not “\(claimedText)”")
        }
    }

    static func number(_ value: Double) -> String { Value.format(value) }

    // MARK: durations and deadlines

    func duration(isDeadline: Bool) -> Finding {
        guard let claimed = ISODuration(parsing: claim.fact) else { return .notFound("the duration could not be read") }
        func equal(_ iso: String?) -> Bool {
            guard let iso, let other = ISODuration(parsing: iso) else { return false }
            return other == claimed
        }
        let sentenceWords = Set(VerifyVocabulary.words(claim.sentence))
        let relevant = speaksOfAgreement(sentenceStates)
        if isDeadline {
            let withDeadline = agreement.facts.commitments.filter { $0.deadline.flatMap(ISODuration.init(parsing:)) != nil }
            let ranked = withDeadline.sorted { overlap($0.text, sentenceWords) > overlap($1.text, sentenceWords) }
            if let match = ranked.first(where: { equal($0.deadline) }) {
                return found(.supported, match.provenance.provision,
                             "\(match.provenance.provision): \(Self.joined(match.actors)) \(match.modality) \(match.action) within \(claim.fact)")
            }
            if let mention = agreement.facts.durations.first(where: { equal($0.duration) }) {
                return found(.supported, mention.provenance.provision, "\(mention.provenance.provision) says \(Self.quote(mention.text))")
            }
            if relevant, let other = ranked.first, overlap(other.text, sentenceWords) >= 2, let deadline = other.deadline {
                return found(.contradicted, other.provenance.provision,
                             "\(other.provenance.provision): \(Self.joined(other.actors)) \(other.modality) \(other.action) within \(deadline), not \(claim.fact)")
            }
            return .notFound("the agreement sets no deadline of \(claim.fact)")
        }
        let isValidity = !sentenceWords.isDisjoint(with: VerifyVocabulary.validityWords)
        let durationTerms = agreement.facts.terms.filter { $0.kind == "duration" && ISODuration(parsing: $0.value) != nil }
        if isValidity, let term = durationTerms.first(where: { equal($0.value) }) {
            return found(.supported, term.provenance.provision, "\(term.provenance.provision): duration \(term.value) — \(Self.quote(term.text))")
        }
        if let term = agreement.facts.terms.first(where: { equal($0.value) }) {
            return found(.supported, term.provenance.provision, "\(term.provenance.provision): \(term.kind) \(term.value) — \(Self.quote(term.text))")
        }
        if let mention = agreement.facts.durations.first(where: { equal($0.duration) }) {
            return found(.supported, mention.provenance.provision, "\(mention.provenance.provision) says \(Self.quote(mention.text))")
        }
        // "end the pact with three months' notice" against a termination term of another length.
        let isNotice = !sentenceWords.isDisjoint(with: VerifyVocabulary.terminationWords)
        if isNotice, relevant, let term = agreement.facts.terms.first(where: { $0.kind == "termination" && ISODuration(parsing: $0.value) != nil }) {
            return found(.contradicted, term.provenance.provision, "\(term.provenance.provision): termination takes \(term.value), not \(claim.fact)")
        }
        if isValidity, relevant, let term = durationTerms.first {
            return found(.contradicted, term.provenance.provision, "\(term.provenance.provision): the agreement is valid for \(term.value), not \(claim.fact)")
        }
        return .notFound("the agreement names no length of \(claim.fact)")
    }

    /// Content words `text` shares with the claim's sentence.
    func overlap(_ text: String, _ sentenceWords: Set<String>) -> Int {
        Set(VerifyVocabulary.words(text)).subtracting(VerifyVocabulary.stopWords).intersection(sentenceWords).count
    }

    // MARK: dates and places

    private var isSigningSentence: Bool { siblings.contains { $0.claim == "signing" } }

    func date() -> Finding {
        let iso = claim.fact
        let matches = agreement.facts.dates.filter { $0.date == iso }
        let signing = isSigningSentence
        if let match = matches.first(where: { !signing || $0.role == "signature" }) ?? matches.first {
            return found(.supported, match.provenance.provision, "\(match.provenance.provision) names \(Self.quote(match.text))")
        }
        if signing, let signed = agreement.signed, speaksOfAgreement(sentenceStates) {
            let provision = agreement.provision(at: "signature") != nil ? "signature" : nil
            return found(.contradicted, provision, "the agreement was signed on \(signed), not \(iso)")
        }
        return .notFound("the agreement does not name \(iso)")
    }

    func place() -> Finding {
        let place = claim.fact
        let states = sentenceStates
        if isSigningSentence {
            guard speaksOfAgreement(states) else { return .notFound(otherAgreementReason(states)) }
            if let signedAt = agreement.place {
                let provision = agreement.provision(at: "signature") != nil ? "signature" : nil
                if signedAt.lowercased() == place.lowercased() {
                    return found(.supported, provision, "signed in \(signedAt)")
                }
                return found(.contradicted, provision, "signed in \(signedAt), not \(place)")
            }
        }
        if agreement.place?.lowercased() == place.lowercased() {
            let provision = agreement.provision(at: "signature") != nil ? "signature" : nil
            return found(.supported, provision, "signed in \(place)")
        }
        let dates = Set(siblings.filter { $0.claim == "date" }.map(\.fact))
        let datedAt = Set(agreement.facts.dates.filter { dates.contains($0.date) }.map(\.provenance.provision))
        let mentions = agreement.provisions.filter { Self.mentions($0.text, place) }
        if let provision = mentions.first(where: { datedAt.contains($0.path) }) ?? (dates.isEmpty ? mentions.first : nil) {
            return found(.supported, provision.path, "\(provision.path) names \(place): \(Self.quote(provision.text))")
        }
        return .notFound("the agreement does not name \(place)")
    }

    /// `text` names `name` as whole words.
    static func mentions(_ text: String, _ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(name) {
                let end = text.index(index, offsetBy: name.count)
                let before: Character = index > text.startIndex ? text[text.index(before: index)] : " "
                let after: Character = end < text.endIndex ? text[end] : " "
                if !before.isLetter, !after.isLetter { return true }
            }
            index = text.index(after: index)
        }
        return false
    }
}
