/// General words the verdict rules read agreements with: families of related verbs and nouns, and
/// the words of a threat. No phrase of any report or agreement is listed.
enum VerifyVocabulary {
    /// Families of related actions, as word stems: "respond" and "assistance" are one family.
    static let actionFamilies: [[String]] = [
        ["respon", "assist", "help", "support", "aid", "defen", "protect", "come to the aid"],
        ["consult", "meet", "confer"],
        ["fund", "financ", "pay", "allocat", "budget", "contribut"],
        ["suppl", "deliver", "provid", "equip", "transfer", "donat"],
        ["train", "educat"],
        ["sanction", "restrict"],
        ["cooperat", "co-operat", "coordinat", "work"],
        ["review", "assess", "evaluat"],
        ["terminat", "withdraw", "denounc"],
        ["sign", "conclud"],
    ]

    /// Stems of the words of a threat or an attack.
    static let threatStems = ["threat", "attack", "aggress", "invasion", "invad", "armed"]

    /// Words after which a clause is a goal or an ability, not an undertaking.
    static let goalMarkers = ["goal", "aim", "objective", "able to", "ability", "capable", "aspire", "aspiration", "ambition", "intend", "seek", "strive"]

    /// Sentence words that say the number is how long the agreement lasts.
    static let validityWords: Set<String> = [
        "valid", "validity", "last", "lasts", "lasting", "effect", "force", "term", "duration", "runs", "run",
        "expire", "expires", "remain", "remains", "period",
    ]

    /// Sentence words that say the number is a notice period for ending the agreement.
    static let terminationWords: Set<String> = [
        "notice", "terminate", "terminated", "termination", "withdraw", "withdrawal", "end", "denounce", "exit",
    ]

    /// Qualifiers that bound a sum from below, from above, or make it approximate.
    static let lowerBounds: Set<String> = [
        "over", "more than", "in excess of", "exceeding", "at least", "no less than", "not less than", "a minimum of",
    ]
    static let upperBounds: Set<String> = [
        "up to", "up to a maximum of", "no more than", "not more than", "at most", "a maximum of", "not exceeding",
        "not to exceed", "under", "less than",
    ]

    /// Modalities a report uses, by how firmly they bind (2 obligation, 1 best effort, 0 permission).
    static func strength(ofModality modality: String) -> Int {
        switch modality {
        case "will", "shall", "must", "commit", "agree", "undertake": 2
        case "intend", "aim", "seek", "would", "should": 1
        default: 0
        }
    }

    static func family(of word: String) -> Int? {
        let lower = word.lowercased()
        return actionFamilies.firstIndex { family in family.contains { lower.hasPrefix($0) } }
    }

    static func isThreat(_ word: String) -> Bool {
        let lower = word.lowercased()
        return threatStems.contains { lower.hasPrefix($0) }
    }

    /// Lower-cased words of `text` (letters, digits, inner hyphens).
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
    }

    /// Words that carry no content when comparing sentences.
    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "by", "as", "at", "is", "are", "be",
        "will", "shall", "that", "this", "its", "their", "from", "which", "also", "any", "such", "both", "all",
    ]
}
