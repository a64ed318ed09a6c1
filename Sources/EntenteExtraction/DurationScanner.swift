/// One length of time found in running text.
struct DurationMatch: Sendable, Hashable {
    /// ISO 8601 duration: `PT24H`, `P10Y`, `P6M`.
    var iso: String
    /// The duration as written: "twenty-four (24) hours".
    var text: String
    /// Where the duration sits in the scanned text.
    var range: Range<String.Index>
}

/// Finds lengths of time in a text.
///
/// duration := count ("(" digits ")")? qualifier? unit | count "-" unit-singular
/// count := digits | number words ("twenty-four") | "a"/"an" after a preposition ("within a month")
/// unit := year(s) | month(s) | week(s) | day(s) | hour(s) | minute(s), possessive allowed ("year’s")
///
/// "twenty-four (24) hours" is one duration (`PT24H`); "24-hour" and "ten-year" count too. Ages
/// ("18 years of age", "years old") are not durations.
enum DurationScanner {
    /// ISO designator of each unit, with a "T" before it for a unit that belongs after the `T`.
    /// (Strings, not pairs: a dictionary of a tuple type cost its metadata at first use.)
    static let units: [String: String] = [
        "year": "Y", "years": "Y",
        "month": "M", "months": "M",
        "week": "W", "weeks": "W",
        "day": "D", "days": "D",
        "hour": "TH", "hours": "TH",
        "minute": "TM", "minutes": "TM",
    ]

    /// The ISO designator of a unit word (a key of `units`) and whether it belongs after the `T`.
    static func unit(_ word: String) -> (designator: String, isTime: Bool)? {
        guard let written = units[word] else { return nil }
        return written.hasPrefix("T") ? (String(written.dropFirst()), true) : (written, false)
    }
    /// Words that may sit between the count and the unit without changing the length.
    private static let unitQualifiers: Set<String> = [
        "calendar", "working", "business", "full", "consecutive", "clear", "additional", "further",
    ]
    /// Prepositions after which "a"/"an" counts as one: "within a month", "for a year".
    static let articleCountPrepositions: Set<String> = [
        "within", "for", "after", "of", "than", "before", "in", "once",
    ]

    static func scan(_ text: String) -> [DurationMatch] {
        scan(ScanText(text))
    }

    /// The durations of an already tokenised text.
    static func scan(_ text: ScanText) -> [DurationMatch] {
        // Every duration names its unit.
        guard !text.cues.isDisjoint(with: .anyDurationUnit) else { return [] }
        var matches: [DurationMatch] = []
        var index = 0
        while index < text.count {
            if mayStart(text, at: index), let (match, end) = match(text, at: index) {
                matches.append(match)
                index = end
            } else {
                index += 1
            }
        }
        return matches
    }

    /// False when no duration can start at token `start`: the cheap part of `match`, read from cues.
    @inline(__always)
    private static func mayStart(_ text: ScanText, at start: Int) -> Bool {
        let token = text.tokens[start]
        if token.kind == .number || token.cues.contains(.hyphenUnit) { return true }
        guard token.kind == .word else { return false }
        if token.cues.contains(.cardinal) { return true }
        return token.cues.contains(.article) && start > 0 && text.tokens[start - 1].cues.contains(.articlePreposition)
    }

    /// The duration starting at token `start`, if any, and the index just past it.
    static func match(_ text: ScanText, at start: Int) -> (DurationMatch, Int)? {
        let tokens = text.tokens
        if let hyphenated = hyphenatedMatch(text, start) {
            return (hyphenated, start + 1)
        }
        guard let (count, afterCount) = count(text, at: start) else { return nil }
        var value = count
        var index = afterCount
        // "twenty-four (24) hours": the figure in brackets repeats the words and wins if they differ.
        if index + 2 < tokens.count, text.isCharacter(index, UInt8(ascii: "(")), tokens[index + 1].kind == .number,
           text.isCharacter(index + 2, UInt8(ascii: ")")), let figure = Double(text.substring(index + 1)) {
            value = figure
            index += 3
        }
        if index < tokens.count, unitQualifiers.contains(text.key(index)) { index += 1 }
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].cues.contains(.durationUnit),
              let unit = Self.unit(text.key(index)) else { return nil }
        if isAge(text, after: index) { return nil }
        let range = text.range(from: start, through: index)
        let match = DurationMatch(iso: iso(value, unit.designator, isTime: unit.isTime), text: String(text.text[range]), range: range)
        return (match, index + 1)
    }

    /// The count at token `start`: a plain figure, number words, or "a"/"an" after a preposition.
    private static func count(_ text: ScanText, at start: Int) -> (Double, Int)? {
        let token = text.tokens[start]
        if token.kind == .number {
            // A figure that is part of a longer number ("1,000") or carries letters is not a count here.
            guard let value = Double(text.substring(start).filter { $0 != "," }), value > 0, value < 1000 else { return nil }
            return (value, start + 1)
        }
        guard token.kind == .word else { return nil }
        if token.cues.contains(.article) {
            guard start > 0, text.tokens[start - 1].cues.contains(.articlePreposition) else { return nil }
            return (1, start + 1)
        }
        guard let (value, end) = NumberWords.parse(text, from: start), value > 0 else { return nil }
        return (value, end)
    }

    /// The unit of "24-hour", "ten-year", "six-month": the part after the last hyphen, lower-cased,
    /// when it is a unit in the singular.
    static func hyphenatedUnit(_ text: Substring) -> (designator: String, isTime: Bool)? {
        guard let hyphen = text.lastIndex(of: "-") else { return nil }
        let unitWord = text[text.index(after: hyphen)...].lowercased()
        guard let unit = Self.unit(unitWord), !unitWord.hasSuffix("s") else { return nil }
        return unit
    }

    /// "24-hour", "ten-year", "six-month": a count and a unit joined by a hyphen into one token.
    private static func hyphenatedMatch(_ text: ScanText, _ index: Int) -> DurationMatch? {
        guard text.tokens[index].cues.contains(.hyphenUnit) else { return nil }
        let written = text.substring(index)
        guard let hyphen = written.lastIndex(of: "-"), let unit = hyphenatedUnit(written) else { return nil }
        let countText = String(written[..<hyphen])
        let value: Double
        if let figure = Double(countText), figure > 0, figure < 1000 {
            value = figure
        } else if let words = NumberWords.cardinal(countText), words > 0 {
            value = Double(words)
        } else {
            return nil
        }
        return DurationMatch(iso: iso(value, unit.designator, isTime: unit.isTime), text: String(written), range: text.range(index))
    }

    /// True for "… years of age" and "… years old", which give an age, not a length of time.
    private static func isAge(_ text: ScanText, after unitIndex: Int) -> Bool {
        guard unitIndex + 1 < text.count else { return false }
        let next = text.key(unitIndex + 1)
        if next == "old" || next == "older" || next == "younger" { return true }
        return next == "of" && unitIndex + 2 < text.count && text.key(unitIndex + 2) == "age"
    }

    /// `P10Y`, `PT24H`, `P1.5Y`.
    static func iso(_ value: Double, _ designator: String, isTime: Bool) -> String {
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return "P" + (isTime ? "T" : "") + number + designator
    }
}
