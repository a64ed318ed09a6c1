/// One calendar date found in running text.
struct DateMatch: Sendable, Hashable {
    /// ISO 8601: `2024-02-24`, or `2022-02` for a month and year.
    var iso: String
    /// The date as written.
    var text: String
    /// Where the date sits in the scanned text.
    var range: Range<String.Index>
}

/// Finds calendar dates in a text.
///
/// date := day month ","? year                      "24 February 2024", "19th January 1951"
///       | month day ","? year                      "July 12, 2023"
///       | ("the"|"this")? ordinal "day" "of" month ","? year   "the fourth day of April, 1949"
///       (any year may be written "in (the|this) year 2009")
///       | yyyy-mm-dd | dd.mm.yyyy | dd/mm/yyyy (only when the day is above 12, so unambiguous)
///       | month ","? year                          "February 2022" → `2022-02`
///
/// Month names must be capitalised ("May" the month, not "may" the modal). A year alone is not a date.
enum DateScanner {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    static func scan(_ text: String) -> [DateMatch] {
        scan(ScanText(text))
    }

    /// The dates of an already tokenised text.
    static func scan(_ text: ScanText) -> [DateMatch] {
        // Every date has a figure: a year, or a numeric date.
        guard text.hasASCIIDigit else { return [] }
        let tokens = text.tokens
        var matches: [DateMatch] = []
        var index = 0
        while index < tokens.count {
            guard mayStart(text, at: index), let (iso, end) = match(text, at: index) else {
                index += 1
                continue
            }
            // An impossible day ("30 February 2024") is skipped whole, not read as a month.
            guard !iso.isEmpty else {
                index = end
                continue
            }
            let range = text.range(from: index, through: end - 1)
            matches.append(DateMatch(iso: iso, text: String(text.text[range]), range: range))
            index = end
        }
        return matches
    }

    /// False when no date can start at token `start`: the cheap part of `match`, read from cues.
    @inline(__always)
    private static func mayStart(_ text: ScanText, at start: Int) -> Bool {
        let tokens = text.tokens
        let token = tokens[start]
        let next = start + 1 < tokens.count ? tokens[start + 1] : nil
        switch token.kind {
        case .number:
            // yyyy-mm-dd and dd.mm.yyyy; dd/mm/yyyy; day month year; "19th day of …".
            if text.bytes[token.start..<token.end].contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) {
                return true
            }
            guard let next else { return false }
            return text.isCharacter(start + 1, UInt8(ascii: "/")) || isMonthWord(next) || next.cues.contains(.day)
        case .word:
            if isMonthWord(token) { return true }
            if token.cues.contains(.ordinal) { return next?.cues.contains(.day) ?? false }
            // "the fourth day of", "this 19th day of".
            guard token.cues.contains(.theOrThis), let next, start + 2 < tokens.count else { return false }
            return (next.kind == .number || next.cues.contains(.ordinal)) && tokens[start + 2].cues.contains(.day)
        case .symbol:
            return false
        }
    }

    @inline(__always)
    private static func isMonthWord(_ token: TextToken) -> Bool {
        token.kind == .word && token.isCapitalised && token.cues.contains(.month)
    }

    /// The date starting at token `start` as ISO text, and the index just past it.
    private static func match(_ text: ScanText, at start: Int) -> (String, Int)? {
        let tokens = text.tokens
        let token = tokens[start]
        if token.kind == .number, let iso = numeric(text.substring(start)) {
            return (iso, start + 1)
        }
        if token.kind == .number, let slashed = slashed(text, at: start) {
            return slashed
        }
        // day month year
        if let day = day(text, start), let (month, afterMonth) = month(text, at: start + 1),
           let (year, end) = year(text, at: afterMonth) {
            return (full(year, month, day) ?? "", end)
        }
        // month day, year | month year
        if let (month, afterMonth) = month(text, at: start) {
            if afterMonth < tokens.count, let day = day(text, afterMonth), let (year, end) = year(text, at: afterMonth + 1) {
                return full(year, month, day).map { ($0, end) }
            }
            if let (year, end) = year(text, at: afterMonth) {
                return (pad(year, 4) + "-" + pad(month, 2), end)
            }
            return nil
        }
        // ("the"|"this")? ordinal day of month year
        var index = start
        if token.cues.contains(.theOrThis) { index += 1 }
        guard index + 2 < tokens.count, let day = NumberWords.ordinal(text.key(index)), tokens[index + 1].cues.contains(.day),
              text.key(index + 2) == "of", let (month, afterMonth) = month(text, at: index + 3),
              let (year, end) = year(text, at: afterMonth) else { return nil }
        return full(year, month, day).map { ($0, end) }
    }

    /// A day of the month written as a figure or a numeric ordinal: "24", "19th", "1st".
    private static func day(_ text: ScanText, _ index: Int) -> Int? {
        guard text.tokens[index].kind == .number else { return nil }
        let written = text.substring(index)
        let value = Int(written) ?? NumberWords.ordinal(String(written))
        guard let value, (1...31).contains(value) else { return nil }
        return value
    }

    /// A capitalised month name or abbreviation at `index` (an abbreviation may carry its full stop).
    private static func month(_ text: ScanText, at index: Int) -> (Int, Int)? {
        guard index < text.count, isMonthWord(text.tokens[index]) else { return nil }
        let key = text.key(index)
        guard let month = months[key] else { return nil }
        let isAbbreviation = text.substring(index).count <= 4 && key != "june" && key != "july" && key != "may"
        if isAbbreviation, index + 1 < text.count, text.isCharacter(index + 1, UInt8(ascii: ".")) {
            return (month, index + 2)
        }
        return (month, index + 1)
    }

    /// A four-digit year at `index`, after an optional comma: "1949", ", 1949".
    private static func year(_ text: ScanText, at index: Int) -> (Int, Int)? {
        let tokens = text.tokens
        var index = index
        if index < tokens.count, text.isCharacter(index, UInt8(ascii: ",")) { index += 1 }
        // "in this year 2009", "of the year 1996", "in the year of 2009".
        if index + 2 < tokens.count, tokens[index].kind == .word, ["in", "of"].contains(text.key(index)) {
            var probe = index + 1
            if ["the", "this", "our"].contains(text.key(probe)) { probe += 1 }
            if probe < tokens.count, text.key(probe) == "year" {
                probe += 1
                if probe < tokens.count, text.key(probe) == "of" { probe += 1 }
                index = probe
            }
        }
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let written = text.substring(index)
        guard written.count == 4, let year = Int(written), (1000...2999).contains(year) else { return nil }
        return (year, index + 1)
    }

    /// `24/02/2024`: read day first only when the day cannot be a month, so the order is not a guess.
    private static func slashed(_ text: ScanText, at start: Int) -> (String, Int)? {
        guard start + 4 < text.count, text.isCharacter(start + 1, UInt8(ascii: "/")),
              text.isCharacter(start + 3, UInt8(ascii: "/")),
              text.substring(start + 4).count == 4, let first = Int(text.substring(start)),
              let second = Int(text.substring(start + 2)), let year = Int(text.substring(start + 4)) else { return nil }
        if first > 12, let iso = full(year, second, first) { return (iso, start + 5) }
        if second > 12, let iso = full(year, first, second) { return (iso, start + 5) }
        return nil
    }

    /// `2024-02-24` or `24.02.2024`, validated.
    private static func numeric(_ text: Substring) -> String? {
        let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4, dashed[1].count <= 2, dashed[2].count <= 2,
           let year = Int(dashed[0]), let month = Int(dashed[1]), let day = Int(dashed[2]) {
            return full(year, month, day)
        }
        let dotted = text.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3, dotted[2].count == 4, dotted[0].count <= 2, dotted[1].count <= 2,
           let day = Int(dotted[0]), let month = Int(dotted[1]), let year = Int(dotted[2]) {
            return full(year, month, day)
        }
        return nil
    }

    /// `yyyy-mm-dd` when the day exists in that month.
    static func full(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1000...2999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
