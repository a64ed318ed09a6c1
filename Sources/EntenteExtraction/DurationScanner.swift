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
    /// ISO designator of each unit, and whether it belongs after the `T`.
    private static let units: [String: (designator: String, isTime: Bool)] = [
        "year": ("Y", false), "years": ("Y", false),
        "month": ("M", false), "months": ("M", false),
        "week": ("W", false), "weeks": ("W", false),
        "day": ("D", false), "days": ("D", false),
        "hour": ("H", true), "hours": ("H", true),
        "minute": ("M", true), "minutes": ("M", true),
    ]
    /// Words that may sit between the count and the unit without changing the length.
    private static let unitQualifiers: Set<String> = [
        "calendar", "working", "business", "full", "consecutive", "clear", "additional", "further",
    ]
    /// Prepositions after which "a"/"an" counts as one: "within a month", "for a year".
    private static let articleCountPrepositions: Set<String> = [
        "within", "for", "after", "of", "than", "before", "in", "once",
    ]

    static func scan(_ text: String) -> [DurationMatch] {
        scan(tokens: TextTokenizer.tokens(text), in: text)
    }

    /// Scans already tokenised text (`tokens` must come from `text`).
    static func scan(tokens: [TextToken], in text: String) -> [DurationMatch] {
        var matches: [DurationMatch] = []
        var index = 0
        while index < tokens.count {
            if let (match, end) = match(tokens, at: index, in: text) {
                matches.append(match)
                index = end
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The duration starting at `tokens[start]`, if any, and the index just past it.
    static func match(_ tokens: [TextToken], at start: Int, in text: String) -> (DurationMatch, Int)? {
        if let hyphenated = hyphenatedMatch(tokens[start]) {
            return (hyphenated, start + 1)
        }
        guard let (count, afterCount) = count(tokens, at: start) else { return nil }
        var value = count
        var index = afterCount
        // "twenty-four (24) hours": the figure in brackets repeats the words and wins if they differ.
        if index + 2 < tokens.count, tokens[index].text == "(", tokens[index + 1].kind == .number,
           tokens[index + 2].text == ")", let figure = Double(tokens[index + 1].text) {
            value = figure
            index += 3
        }
        if index < tokens.count, unitQualifiers.contains(tokens[index].key) { index += 1 }
        guard index < tokens.count, tokens[index].kind == .word, let unit = units[tokens[index].key] else { return nil }
        if isAge(tokens, after: index) { return nil }
        let range = tokens[start].range.lowerBound..<tokens[index].range.upperBound
        let match = DurationMatch(iso: iso(value, unit.designator, isTime: unit.isTime), text: String(text[range]), range: range)
        return (match, index + 1)
    }

    /// The count at `tokens[start]`: a plain figure, number words, or "a"/"an" after a preposition.
    private static func count(_ tokens: [TextToken], at start: Int) -> (Double, Int)? {
        let token = tokens[start]
        if token.kind == .number {
            // A figure that is part of a longer number ("1,000") or carries letters is not a count here.
            guard let value = Double(token.text.filter { $0 != "," }), value > 0, value < 1000 else { return nil }
            return (value, start + 1)
        }
        guard token.kind == .word else { return nil }
        if token.key == "a" || token.key == "an" {
            guard start > 0, articleCountPrepositions.contains(tokens[start - 1].key) else { return nil }
            return (1, start + 1)
        }
        guard let (value, end) = NumberWords.parse(tokens, from: start), value > 0 else { return nil }
        return (value, end)
    }

    /// "24-hour", "ten-year", "six-month": a count and a unit joined by a hyphen into one token.
    private static func hyphenatedMatch(_ token: TextToken) -> DurationMatch? {
        guard token.kind != .symbol, let hyphen = token.text.lastIndex(of: "-") else { return nil }
        let unitWord = token.text[token.text.index(after: hyphen)...].lowercased()
        guard let unit = units[unitWord], !unitWord.hasSuffix("s") else { return nil }
        let countText = String(token.text[..<hyphen])
        let value: Double
        if let figure = Double(countText), figure > 0, figure < 1000 {
            value = figure
        } else if let words = NumberWords.cardinal(countText), words > 0 {
            value = Double(words)
        } else {
            return nil
        }
        return DurationMatch(iso: iso(value, unit.designator, isTime: unit.isTime), text: String(token.text), range: token.range)
    }

    /// True for "… years of age" and "… years old", which give an age, not a length of time.
    private static func isAge(_ tokens: [TextToken], after unitIndex: Int) -> Bool {
        guard unitIndex + 1 < tokens.count else { return false }
        let next = tokens[unitIndex + 1].key
        if next == "old" || next == "older" || next == "younger" { return true }
        return next == "of" && unitIndex + 2 < tokens.count && tokens[unitIndex + 2].key == "age"
    }

    /// `P10Y`, `PT24H`, `P1.5Y`.
    static func iso(_ value: Double, _ designator: String, isTime: Bool) -> String {
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return "P" + (isTime ? "T" : "") + number + designator
    }
}
