/// English number words: cardinals ("twenty-four", "twelve million, twelve thousand, three hundred")
/// and ordinals ("fourth", "19th", "twenty-first").
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]
    static let ordinalUnits: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    ]
    static let ordinalTens: [String: Int] = [
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    ]

    /// The value of one cardinal word below a hundred, hyphenated or not: "six" → 6, "twenty-four" → 24.
    static func cardinal(_ word: String) -> Int? {
        let lowered = word.lowercased()
        if let value = units[lowered] ?? tens[lowered] { return value }
        // Only hyphenated compounds ("twenty-four") remain; most words have no hyphen to split on.
        guard lowered.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = lowered.split(separator: "-")
        guard parts.count == 2, let ten = tens[String(parts[0])], let unit = units[String(parts[1])], unit < 10 else {
            return nil
        }
        return ten + unit
    }

    /// The value of an ordinal: "fourth" → 4, "twenty-first" → 21, "19th" → 19, "1st" → 1.
    static func ordinal(_ word: String) -> Int? {
        let lowered = word.lowercased()
        if let value = ordinalUnits[lowered] ?? ordinalTens[lowered] { return value }
        for suffix in ["st", "nd", "rd", "th"] where lowered.hasSuffix(suffix) {
            let digits = lowered.dropLast(2)
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits) { return value }
        }
        guard lowered.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = lowered.split(separator: "-")
        guard parts.count == 2, let ten = tens[String(parts[0])], let unit = ordinalUnits[String(parts[1])], unit < 10 else {
            return nil
        }
        return ten + unit
    }

    /// True for a scale word ("thousand", "million", …), which multiplies what comes before it.
    static func scale(_ word: String) -> Double? {
        scales[word.lowercased()]
    }

    /// The longest cardinal phrase starting at token `start` of `text`: its value and the index just past it.
    ///
    /// phrase := part ((","|"and")? part)* ; part := word | "hundred" | scale.
    /// "twelve million, twelve thousand, three hundred" → 12012300. A comma or "and" joins only when
    /// another number word follows, so "two and a half" stops at "two" and "six, seven" at "six"
    /// unless a scale came before the comma.
    static func parse(_ text: ScanText, from start: Int) -> (value: Double, end: Int)? {
        let tokens = text.tokens
        // Only a cardinal word starts a phrase: most calls end here, on the token's cues.
        guard start < tokens.count, tokens[start].kind == .word, tokens[start].cues.contains(.cardinal) else { return nil }
        var total = 0.0
        var current = 0.0
        var index = start
        var consumed = false
        var lastWasScale = false
        while index < tokens.count {
            let token = tokens[index]
            let isWord = token.kind == .word
            if isWord, token.cues.contains(.cardinal) {
                current += Double(token.cardinal)
                consumed = true
                lastWasScale = false
                index += 1
                continue
            }
            if consumed, isWord, token.cues.contains(.hundred) {
                current = max(current, 1) * 100
                lastWasScale = false
                index += 1
                continue
            }
            if consumed, isWord, token.cues.contains(.numberScale), let scale = scale(text.key(index)) {
                total += max(current, 1) * scale
                current = 0
                lastWasScale = true
                index += 1
                continue
            }
            // Joiners: "three hundred and five", "twelve million, twelve thousand".
            let joins = consumed && index + 1 < tokens.count && tokens[index + 1].kind == .word
                && tokens[index + 1].cues.contains(.cardinal)
            if joins, isWord, token.cues.contains(.and) {
                index += 1
                continue
            }
            if joins, lastWasScale, text.isCharacter(index, UInt8(ascii: ",")) {
                index += 1
                continue
            }
            break
        }
        guard consumed else { return nil }
        return (total + current, index)
    }
}
