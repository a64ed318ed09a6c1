import EntenteModel

/// One claim judged against one agreement. Each kind of claim has its rule; every rule answers
/// `not found` when nothing in the agreement speaks to the claim.
struct VerifyContext {
    var claim: Claim
    var siblings: [Claim]
    var agreement: Document

    func judge() -> Finding {
        switch claim.claim {
        case "amount": return amount()
        case "duration": return duration(isDeadline: false)
        case "deadline": return duration(isDeadline: true)
        case "date": return date()
        case "place": return place()
        case "signing": return signing()
        case "commitment": return commitment()
        default: return .notFound("no rule checks a claim of kind \(claim.claim)")
        }
    }

    func found(_ verdict: Verdict, _ provision: String?, _ why: String) -> Finding {
        Finding(verdict: verdict, document: agreement.id, provision: provision, why: why)
    }

    // MARK: parties

    /// True when `state` is one of the agreement's parties ("Netherlands" ~ "Government of the Netherlands").
    func isParty(_ state: String) -> Bool {
        let lower = state.lowercased()
        return agreement.parties.contains { party in
            let name = party.lowercased()
            return name == lower || name.contains(lower) || lower.contains(name)
        }
    }

    /// The states the sentence is about, from its signing and commitment claims.
    var sentenceStates: [String] {
        var states: [String] = []
        for sibling in siblings {
            let names: [String]
            switch sibling.claim {
            case "signing": names = Self.list(sibling.fact)
            case "commitment":
                let fields = Self.fields(sibling.fact)
                names = [fields["actor"]].compactMap { $0 } + Self.list(fields["concerning"] ?? "")
            default: names = []
            }
            for name in names where !states.contains(name) { states.append(name) }
        }
        return states
    }

    /// Whether the sentence speaks of this agreement: it names no state, or it names every party,
    /// or it names some party and no other state.
    func speaksOfAgreement(_ states: [String]) -> Bool {
        guard !states.isEmpty else { return true }
        let parties = states.filter(isParty)
        if parties.isEmpty { return false }
        let allNamed = agreement.parties.allSatisfy { party in states.contains { Self.same($0, party) } }
        return allNamed || parties.count == states.count
    }

    /// Why a sentence is about another agreement.
    func otherAgreementReason(_ states: [String]) -> String {
        let others = states.filter { !isParty($0) }
        let names = others.isEmpty ? states : others
        return "the sentence is about \(Self.joined(names)), not this agreement between \(Self.joined(agreement.parties))"
    }

    static func same(_ state: String, _ party: String) -> Bool {
        let a = state.lowercased()
        let b = party.lowercased()
        return a == b || a.contains(b) || b.contains(a)
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    static func joined(_ names: [String]) -> String {
        switch names.count {
        case 0: return "no one"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }

    /// `key: value; key: value` → dictionary.
    static func fields(_ fact: String) -> [String: String] {
        var result: [String: String] = [:]
        for part in fact.split(separator: ";") {
            guard let colon = part.firstIndex(of: ":") else { continue }
            let key = part[..<colon].trimmingWhitespace()
            result[key] = part[part.index(after: colon)...].trimmingWhitespace()
        }
        return result
    }

    /// A short quotation of `text` for `why`.
    static func quote(_ text: String, limit: Int = 90) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > limit else { return "“" + flat + "”" }
        return "“" + flat.prefix(limit) + "…”"
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
