/// The deadline of a commitment: a length of time after "within" ("within twenty-four (24)
/// hours" → `PT24H`) or a date after "by", "no later than", "before" ("by 31 December 2024" →
/// `2024-12-31`).
enum CommitmentDeadline {
    /// Words that make the duration after them a deadline.
    static let durationLeads = ["within", "within a period of", "within the period of", "no later than", "not later than",
                                "not more than", "no more than"]

    /// Words that make the date after them a deadline.
    static let dateLeads = ["by", "no later than", "not later than", "before", "on or before", "until", "prior to"]

    /// Words without which a clause has no deadline: most clauses are spared the scanners.
    static let leadWords: Set<String> = ["within", "later", "more", "by", "before", "until", "prior"]

    /// The ISO deadline in `text`, whose tokens are `tokens`, or nil.
    static func find(in text: String, tokens: ArraySlice<ClauseToken>) -> String? {
        // The tokenizer marked the lead words (`ClauseTraits.deadlineLead`): no string to hash.
        guard tokens.contains(where: { $0.traits.contains(.deadlineLead) }) else { return nil }
        return find(in: text)
    }

    /// The ISO deadline in `text`, or nil.
    static func find(in text: String) -> String? {
        let scan = ScanText(text)
        for match in DurationScanner.scan(scan) where isLed(by: durationLeads, before: match.range.lowerBound, in: text) {
            return match.iso
        }
        for match in DateScanner.scan(scan) where isLed(by: dateLeads, before: match.range.lowerBound, in: text) {
            return match.iso
        }
        return nil
    }

    /// True when the words right before `index` are one of `leads`.
    private static func isLed(by leads: [String], before index: String.Index, in text: String) -> Bool {
        var trimmed = Substring(text[..<index].suffix(40).lowercased())
        while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
        return leads.contains { lead in
            guard trimmed.hasSuffix(lead) else { return false }
            let start = trimmed.index(trimmed.endIndex, offsetBy: -lead.count)
            return start == trimmed.startIndex || !(trimmed[trimmed.index(before: start)].isLetter)
        }
    }
}
