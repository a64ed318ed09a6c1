#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rules that recognise agreement-level terms in a sentence and normalise their values. Each
/// rule reads one sentence (or, for termination, the sentences of one provision) and returns the
/// value, or nil when the sentence does not state that term. Only general legal vocabulary is used.
enum TermRules {
    /// Nouns that name the instrument itself.
    private static let instrumentNouns = [
        "agreement", "treaty", "memorandum", "arrangement", "protocol", "convention", "declaration", "commitments",
        "accord", "mou", "exchange of notes", "exchange of letters", "instrument", "understanding", "pact",
        "charter", "document",
    ]
    /// The determiners before an instrument noun that make it this instrument: "this Agreement".
    private static let instrumentDeterminers = ["this ", "the present ", "these ", "the "]
    /// Headings under which a sentence may state a term without naming the instrument.
    private static let termHeadings = [
        "final", "entry into force", "termination", "duration", "amendment", "review", "timeframe", "time frame",
        "effective date", "validity", "procedural", "coming into effect", "miscellaneous", "term of",
    ]

    /// True when the heading is one of final provisions, under which every sentence may state a term.
    static func isTermHeading(_ heading: String) -> Bool {
        var heading = heading.lowercased()
        return heading.withUTF8 { bytes in termHeadings.contains { PhraseSearch.contains(bytes, $0) } }
    }

    /// True when the sentence names the instrument with a determiner ("this Agreement", "the
    /// present Treaty"): some determiner followed by some instrument noun occurs in its lower-cased
    /// text. Every determiner starts with "th", so only those places are tried.
    static func refersToInstrument(_ sentence: TermSentence) -> Bool {
        var lower = sentence.lower
        return lower.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            var start = 0
            while start + 1 < count {
                guard let hit = memchr(base + start, Int32(UInt8(ascii: "t")), count - start) else { return false }
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                start = offset + 1
                guard offset + 1 < count, base[offset + 1] == UInt8(ascii: "h") else { continue }
                for determiner in instrumentDeterminers where matches(determiner, bytes, at: offset) {
                    let nounStart = offset + determiner.utf8.count
                    if instrumentNouns.contains(where: { matches($0, bytes, at: nounStart) }) { return true }
                }
            }
            return false
        }
    }

    /// True when `phrase` occurs in `bytes` at `offset`.
    @inline(__always)
    private static func matches(_ phrase: String, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let pin = phrase.utf8
        guard offset + pin.count <= bytes.count else { return false }
        var position = offset
        for byte in pin {
            guard bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    // MARK: which provisions can state a term

    /// The phrases each rule's first test looks for in the lower-cased sentence. `phraseSet` finds
    /// them all in one pass: a provision where no rule's phrases occur is not split into sentences,
    /// and a sentence without a rule's phrases is not read by that rule (it would return nil).
    static let reviewWords = ["review", "evaluat", "revision"]
    static let amendmentWords = ["amend", "modif", "revis"]
    static let renewalWords = ["extend", "extension", "prolong", "renew", "tacit"]
    static let provisionalPhrases = ["provisionally appl", "provisional application", "applied provisionally"]
    static let scopePhrases = ["shall apply to ", "shall only apply to ", "applies to ", "will apply to ", "shall be applicable to ",
                               "apply only to "]
    static let disputeWords = ["dispute", "differences", "disagreement", "controvers"]
    static let settlementWords = ["settle", "resolve", "resolution", "settlement"]
    /// "this agreement", "the present treaty", …: the instrument named (`refersToInstrument`).
    private static let instrumentReferences = instrumentDeterminers.flatMap { determiner in instrumentNouns.map { determiner + $0 } }

    /// The groups of `phraseSet`, a bit each.
    enum PhraseGroup: Int, CaseIterable {
        case entry, validity, review, amendment, renewal, applicability, termination, dispute, settlement, reference
    }

    private static let phraseSet: ScanPhrases = ScanPhrases(PhraseGroup.allCases.map { group in
        switch group {
        case .entry: entryPhrases
        case .validity: validityPhrases
        case .review: reviewWords
        case .amendment: amendmentWords
        case .renewal: renewalWords
        case .applicability: provisionalPhrases + scopePhrases
        case .termination: terminationPhrases
        case .dispute: disputeWords
        case .settlement: settlementWords
        case .reference: instrumentReferences
        }
    })

    /// Which rules a text may satisfy, from the phrases (of `phraseSet`) it holds.
    struct Phrases {
        let bits: UInt64

        /// The phrases of a text as written (read as its lower-cased, whitespace-collapsed form).
        init(of text: String) {
            bits = phraseSet.found(in: text)
        }

        func has(_ group: PhraseGroup) -> Bool { bits & (1 << UInt64(group.rawValue)) != 0 }
        var mayStateDispute: Bool { has(.dispute) && has(.settlement) }
        var mayReferToInstrument: Bool { has(.reference) }
        /// True when some rule other than dispute settlement may apply.
        var mayStateRule: Bool {
            PhraseGroup.allCases.contains { $0 != .dispute && $0 != .settlement && $0 != .reference && has($0) }
        }
    }

    /// False when no sentence of a provision whose text holds `phrases` can state a term: dispute
    /// settlement needs a dispute word and a settlement word; every other rule needs its own phrases
    /// and a sentence about the instrument, which names it or sits under a term heading.
    static func mayStateTerms(_ phrases: Phrases, headingIsTerm: Bool) -> Bool {
        phrases.mayStateDispute || (phrases.mayStateRule && (headingIsTerm || phrases.mayReferToInstrument))
    }

    // MARK: entry into force

    private static let entryPhrases = [
        "enter into force", "enters into force", "come into force", "comes into force", "enter into effect",
        "enters into effect", "come into effect", "comes into effect", "take effect", "takes effect",
        "become effective", "becomes effective", "be effective from", "be effective as", "effective upon",
        "be effective on", "shall be effective", "will be effective", "is effective",
    ]

    /// "on signature", "on last signature", "on last notification", "on the first day of the second
    /// month after last notification", "on 2024-02-24", or the words that follow the verb.
    static func entryIntoForce(_ sentence: TermSentence) -> String? {
        guard let rest = sentence.after(any: entryPhrases) else { return nil }
        let clause = String(rest.prefix { $0 != ";" })
        var value = ""
        if let offset = monthOffset(clause) {
            value = offset + " after "
        } else if let duration = sentence.durations().first(where: { $0.after.hasPrefix(" after") || $0.after.hasPrefix(" following") || $0.after.hasPrefix(" from") }),
                  ["after", "following", "from"].contains(where: { PhraseSearch.contains(clause, $0) }) {
            value = duration.iso + " after "
        } else {
            value = "on "
        }
        if let trigger = trigger(clause) { return value + trigger }
        // Month names must keep their capitals, so the date is read from the text as written.
        if let date = DateScanner.scan(sentence.text).first { return "on " + date.iso }
        let words = clause.split(separator: " ").prefix(12).joined(separator: " ")
        let trimmed = ScanTrimming.trimming(words, [".", ",", " "])
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "on the first day of the second month" as written, when the text counts months that way.
    private static func monthOffset(_ clause: String) -> String? {
        guard let offsets = PhraseSearch.firstRange(of: " day of the ", in: clause) else { return nil }
        let range = PhraseSearch.range(offsets, in: clause)
        let before = clause[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
        let afterWords = clause[range.upperBound...].split(separator: " ")
        guard NumberWords.ordinal(before) != nil || before == "last", afterWords.count >= 2,
              afterWords[1].hasPrefix("month"), NumberWords.ordinal(String(afterWords[0])) != nil || afterWords[0] == "next"
        else { return nil }
        return "on the \(before) day of the \(afterWords[0]) month"
    }

    /// What starts the clock: signature, notification, ratification… ("last" when the later of two counts).
    private static func trigger(_ clause: String) -> String? {
        let last = ["last", "latter", "later", "latest", "each party", "both parties", "second of", "each of the"]
            .contains { PhraseSearch.contains(clause, $0) }
        let triggers: [([String], String)] = [
            (["signature", "signing", "signed"], "signature"),
            (["notif", "inform", "exchange of notes", "exchange of letters", "written notice"], "notification"),
            (["ratif"], "ratification"),
            (["deposit"], "deposit"),
            (["approv", "accept"], "approval"),
            (["entry into force of"], "entry into force of another instrument"),
        ]
        // The trigger named first is the one the date hangs on: "from the entry into force of the
        // Agreement … signed on …" starts with that entry into force, not the signature.
        var best: (position: Int, name: String)?
        for (stems, name) in triggers {
            for stem in stems {
                guard let found = PhraseSearch.firstOffset(of: stem, in: clause) else { continue }
                if best == nil || found < (best?.position ?? found) { best = (found, name) }
            }
        }
        guard let name = best?.name else { return nil }
        return (last && name != "entry into force of another instrument" ? "last " : "") + name
    }

    // MARK: duration

    private static let validityPhrases = [
        "valid for", "validity", "in force for", "in effect for", "remain in force", "remains in force",
        "remain in effect", "remains in effect", "continue in force", "continue in effect", "concluded for",
        "for a period of", "for the period of", "for the duration of", "for a term of", "for an indefinite",
        "for an unlimited", "indefinitely", "until terminated",
    ]

    /// `P10Y`, "indefinite", or the condition an open-ended validity depends on ("as … pursues …").
    static func duration(_ sentence: TermSentence) -> String? {
        guard let rest = sentence.after(any: validityPhrases) else { return nil }
        // A duration that only says how long the instrument must have run before something else may
        // happen ("after the Treaty has been in force for twenty years") is not its validity; nor is
        // a prolongation, which the extension rule reads.
        if sentence.contains(any: ["been in force for", "prolong", "renew"]) { return nil }
        if sentence.contains(any: ["indefinite", "unlimited period", "until terminated", "until it is terminated"]) {
            return "indefinite"
        }
        let durations = sentence.durations()
        // The length written right after the validity words ("valid for ten years from …") is the term.
        if let length = durations.first(where: { isValidityTied($0.before) }) { return length.iso }
        if let length = durations.first(where: { !isNoticeTied($0.before, $0.after) && $0.after.count <= rest.count + 40 }) {
            return length.iso
        }
        // "remain in effect as X pursues …", "remain in force until …": the condition is the value.
        let clause = ScanTrimming.trimmingWhitespaces(rest)
        for lead in ["as ", "while ", "until ", "so long as ", "as long as "] where clause.hasPrefix(lead) {
            let condition = clause.prefix { $0 != ";" && $0 != "." }
            return String(condition)
        }
        return nil
    }

    // MARK: termination

    /// Verb forms: "after termination of the Agreement" states a consequence, not how it ends.
    private static let terminationPhrases = [
        "terminate", "terminating", "denounc", "denunciation", "withdraw", "discontinu", "cease to be a party", "cease to be in force",
        "cease to have effect", "cease to apply", "notice of termination",
    ]

    /// The notice period as an ISO duration (`P6M`), or "written notice"/"notice"/"at any time".
    static func termination(_ sentences: [TermSentence]) -> String? {
        let stating = sentences.filter { $0.contains(any: terminationPhrases) }
        guard !stating.isEmpty else { return nil }
        for sentence in sentences {
            // "only after the expiry of five years from the date on which it entered into force" is a
            // waiting period before denunciation is allowed, not the notice.
            let candidates = sentence.durations().filter { duration in
                !isValidityTied(duration.before)
                    && !["expiry of ", "expiration of ", "end of a period of ", "within "].contains { duration.before.hasSuffix($0) }
                    && !PhraseSearch.contains(duration.after.prefix(80), "into force")
            }
            if let notice = candidates.first(where: { isNoticeTied($0.before, $0.after) }) ?? candidates.first {
                return notice.iso
            }
        }
        let all = stating.map { $0.lower }.joined(separator: " ")
        if ["written notice", "notice in writing", "written notification"].contains(where: { PhraseSearch.contains(all, $0) }) {
            return "written notice"
        }
        if PhraseSearch.contains(all, "notice") || PhraseSearch.contains(all, "notif") { return "notice" }
        if PhraseSearch.contains(all, "at any time") { return "at any time" }
        return nil
    }

    /// True when a duration states how long before or after notice something happens.
    private static func isNoticeTied(_ before: Substring, _ after: Substring) -> Bool {
        let next = after.prefix(40)
        let previous = before.suffix(40)
        return ["' notice", "'s notice", " notice", " written notice", " prior", " in advance", " after", " from the date",
                " following", " before", " of the receipt", " from receipt", " from the receipt"]
            .contains { next.hasPrefix($0) } || previous.hasSuffix("notice of ") || previous.hasSuffix("notice of at least ")
            || previous.hasSuffix("not less than ") || previous.hasSuffix("at least ")
    }

    /// True when a duration is the agreement's life ("in force for twenty years"), not a notice period.
    private static func isValidityTied(_ before: Substring) -> Bool {
        let previous = before.suffix(30)
        return ["in force for ", "in effect for ", "valid for ", "period of validity of ", "concluded for ",
                "for a period of ", "for the period of ", "for the duration of ", "for a term of "]
            .contains { previous.hasSuffix($0) }
    }

    // MARK: review

    /// `P3Y` (review within or after three years), `P1Y` for annual reviews, "before expiry", "periodic", "on request".
    static func review(_ sentence: TermSentence) -> String? {
        guard sentence.contains(any: reviewWords) else { return nil }
        if let duration = sentence.durations().first { return duration.iso }
        if sentence.contains(any: ["annual", "every year", "each year", "yearly"]) { return "P1Y" }
        if sentence.contains(any: ["before the end of its validity", "before the expiry", "before expiry", "before the end of"]) {
            return "before expiry"
        }
        if sentence.contains(any: ["periodic", "regular"]) { return "periodic" }
        if sentence.contains(any: ["request"]) { return "on request" }
        return nil
    }

    // MARK: amendment

    /// "mutual written consent", "mutual consent", "in writing", "by protocol", "by exchange of notes".
    static func amendment(_ sentence: TermSentence) -> String? {
        guard sentence.contains(any: amendmentWords) else { return nil }
        if sentence.contains(any: ["protocol"]) { return "by protocol" }
        if sentence.contains(any: ["exchange of notes", "exchange of diplomatic notes", "exchange of letters"]) {
            return "by exchange of notes"
        }
        let mutual = sentence.contains(any: ["mutual", "mutually", "both parties", "jointly", "common consent"])
        let written = sentence.contains(any: ["written", "in writing"])
        let noun = sentence.contains(any: ["consent"]) ? "consent" : "agreement"
        if mutual && written { return "mutual written \(noun)" }
        if mutual { return "mutual \(noun)" }
        if written { return "in writing" }
        if sentence.contains(any: ["at the request of", "upon request", "on request", "request of either"]) {
            return "on request"
        }
        return nil
    }

    // MARK: extension and renewal

    /// "tacit renewal P1Y", "tacit renewal indefinite, notice P30D before", "by notice P6M before expiry".
    static func renewal(_ sentence: TermSentence) -> String? {
        guard sentence.contains(any: renewalWords) else { return nil }
        let durations = sentence.durations()
        let notice = durations.first { isNoticeTied($0.before, $0.after) }
        // The renewal period is written "for (further|successive) periods of one year", "for one year".
        let period = durations.first { duration in
            !isNoticeTied(duration.before, duration.after)
                && ["for ", "period of ", "periods of ", "by ", "each time "].contains { duration.before.hasSuffix($0) }
        }
        let tacit = sentence.contains(any: ["tacit", "automatic", "deemed to be"])
            || (sentence.contains(any: ["unless"]) && sentence.contains(any: ["denounc", "terminat", "notif", "notice", "object"]))
        var parts: [String] = []
        if tacit {
            parts.append("tacit renewal")
        } else if sentence.contains(any: ["notif", "notice"]) {
            parts.append("by notice")
        } else if sentence.contains(any: ["mutual", "jointly", "by agreement", "agree to", "agree on", "decide"]) {
            parts.append("by agreement")
        } else {
            parts.append("extension")
        }
        if let period {
            parts.append(period.iso)
        } else if sentence.contains(any: ["year to year"]) {
            parts.append("P1Y")
        } else if sentence.contains(any: ["indefinite"]) {
            parts.append("indefinite")
        }
        if let notice { parts.append("\(notice.iso) before expiry") }
        // A sentence that only says "extend their cooperation" is not about the instrument's term.
        guard tacit || period != nil || notice != nil || sentence.contains(any: ["extend this", "extended", "renewed", "prolonged"])
        else { return nil }
        return parts.joined(separator: " ")
    }

    // MARK: dispute resolution

    private static let disputeMethods = [
        "negotiations", "negotiation", "consultations", "consultation", "diplomatic channels", "diplomatic channel",
        "mediation", "conciliation", "arbitration", "arbitral tribunal", "international court of justice",
        "joint committee", "joint commission", "good offices", "peaceful means",
    ]

    /// The means named, in the text's order and with its "or"/"and": "negotiations or consultations".
    static func disputeResolution(_ sentence: TermSentence) -> String? {
        guard sentence.contains(any: disputeWords), sentence.contains(any: settlementWords) else { return nil }
        // The mentions as UTF-8 offsets in three plain arrays, kept in text order: an array of
        // (range of string indices, method) pairs cost more, the first time, than all the rule's searches.
        var starts: [Int] = []
        var ends: [Int] = []
        var methods: [String] = []
        for method in disputeMethods {
            guard let offsets = PhraseSearch.firstRange(of: method, in: sentence.lower) else { continue }
            // "negotiation" inside "negotiations" is the same mention.
            if zip(starts, ends).contains(where: { $0 < offsets.upperBound && offsets.lowerBound < $1 }) { continue }
            // Mentions do not overlap, so their starts differ.
            let position = starts.firstIndex { $0 > offsets.lowerBound } ?? starts.count
            starts.insert(offsets.lowerBound, at: position)
            ends.insert(offsets.upperBound, at: position)
            methods.insert(method, at: position)
        }
        guard var value = methods.first else { return "amicably" }
        for next in methods.indices.dropFirst() {
            let between = sentence.lower[PhraseSearch.index(ends[next - 1], in: sentence.lower)..<PhraseSearch.index(starts[next], in: sentence.lower)]
            let joiner = PhraseSearch.contains(between, " or ") ? " or " : " and "
            value += joiner + methods[next]
        }
        return value
    }

    // MARK: applicability

    /// What the instrument applies to ("the part of the Kingdom in Europe"), or "provisional application".
    static func applicability(_ sentence: TermSentence) -> String? {
        if sentence.contains(any: provisionalPhrases) {
            return "provisional application"
        }
        guard let rest = sentence.after(any: scopePhrases) else { return nil }
        // Only this instrument's own scope: "this Agreement shall apply to …", not another treaty's.
        let lead = sentence.lower[..<rest.startIndex]
        guard ["this ", "the present "].contains(where: { determiner in
            instrumentNouns.contains { PhraseSearch.contains(lead, determiner + $0) }
        }) else { return nil }
        let object = rest.prefix { $0 != ";" && $0 != "." && $0 != "," }
        let trimmed = ScanTrimming.trimmingWhitespaces(object)
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
