import EntenteModel

/// Splits a report's paragraphs into sentences, the unit a claim is checked from.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (`…`, `...`), after any closing quotes or
/// brackets, when whitespace and then a capital letter, a digit or an opening quote follow. It
/// does not end:
/// - after a title or a reference abbreviation (`Mr.`, `Dr.`, `No. 5`, `Art. 5`, `e.g.`, `i.e.`);
/// - after a month abbreviation or a dotted acronym (`Feb.`, `U.S.`), unless the next word is one
///   that opens sentences ("The", "It", "However"…), as in "aid from the U.S. The deal…";
/// - after an initial (`Justin J. Trudeau`), with the same exception;
/// - inside a number (`$3.02B`, `2.5`), since no whitespace follows the point;
/// - inside a quotation closed in the same paragraph: a quoted passage of several sentences stays
///   with its attribution ("“… war. This is very valuable to us,” he told Trudeau.").
public enum ReportSentences {
    /// The sentences of `paragraph`, trimmed, in order. Empty for a blank paragraph.
    public static func split(_ paragraph: String) -> [String] {
        ranges(in: paragraph).map { String(paragraph[$0]) }
    }

    /// `provisions` (a report's paragraphs `1`, `2`, …) each followed by its sentences as children
    /// `N.1`, `N.2`, … of kind `sentence`, one level deeper, with the source lines they start and
    /// end on (found in `lines`, the source's lines, `lines[0]` being line 1). Paragraph provisions
    /// keep their whole text; other provisions pass through unchanged. Linear in the text's size.
    public static func withSentences(_ provisions: [Provision], lines: [Substring]) -> [Provision] {
        var result: [Provision] = []
        result.reserveCapacity(provisions.count * 4)
        for provision in provisions {
            result.append(provision)
            guard provision.kind == .paragraph else { continue }
            result += sentences(of: provision, lines: lines)
        }
        return result
    }

    /// The sentence children of one paragraph provision.
    static func sentences(of paragraph: Provision, lines: [Substring]) -> [Provision] {
        let text = paragraph.text
        let found = ranges(in: text)
        let firstLine = max(1, paragraph.line)
        let lastLine = max(firstLine, min(paragraph.endLine, lines.count))
        var starts: [(line: Int, atLineStart: Bool)] = []
        var searchFrom = firstLine
        for range in found {
            let located = locate(text[range], from: searchFrom, through: lastLine, lines: lines)
            starts.append(located)
            searchFrom = located.line
        }
        var result: [Provision] = []
        result.reserveCapacity(found.count)
        for (index, range) in found.enumerated() {
            let start = starts[index].line
            var end = paragraph.endLine
            if index + 1 < starts.count {
                let next = starts[index + 1]
                end = next.atLineStart ? max(start, next.line - 1) : next.line
            }
            let label = String(index + 1)
            result.append(Provision(
                path: paragraph.path + "." + label, kind: .sentence, label: label, heading: paragraph.heading,
                text: String(text[range]), line: start, endLine: max(start, end), depth: paragraph.depth + 1))
        }
        return result
    }

    /// The source line (at or after `from`) where `sentence` starts, found by its first words, and
    /// whether it starts that line. Falls back to `from` when the words were wrapped apart.
    private static func locate(_ sentence: Substring, from: Int, through last: Int, lines: [Substring]) -> (line: Int, atLineStart: Bool) {
        guard from <= last, last <= lines.count else { return (from, false) }
        let words = sentence.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        var probes: [Substring] = []
        if words.count >= 2 { probes.append(sentence[words[0].startIndex..<words[1].endIndex]) }
        if let first = words.first { probes.append(first) }
        for probe in probes {
            for number in from...last {
                let line = lines[number - 1]
                guard let range = line.firstRange(of: probe) else { continue }
                let before = line[..<range.lowerBound]
                return (number, before.unicodeScalars.allSatisfy(TextScanning.isSpace))
            }
        }
        return (from, false)
    }

    // MARK: Boundaries

    /// Titles and references that a number or a name always follows: never a sentence end.
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Col", "Lt", "Capt", "Sgt", "Maj", "Adm", "Cmdr",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "vs", "v", "cf", "al", "approx", "ca", "Inc", "Ltd", "Co",
        "Corp", "Dept", "Mt", "Ft", "Ave", "Blvd", "Rd", "e.g", "i.e", "eg", "ie", "viz", "resp", "incl", "est",
    ]

    /// References that a number follows ("No. 5", "Art. 51"): no sentence end before a digit.
    public static let numberedReferences: Set<String> = [
        "No", "Nos", "Art", "Arts", "art", "Para", "para", "Sec", "Fig", "Vol", "vol", "pp", "p", "Res", "Ch", "Nr",
    ]

    /// Abbreviations that may also end a sentence: months and units.
    public static let softAbbreviations: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "etc", "bn", "mn", "m",
    ]

    /// Words that open sentences and rarely follow an abbreviation inside one: after "U.S." or
    /// "Feb." they mean a new sentence has begun.
    public static let sentenceOpeners: Set<String> = [
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "There", "But",
        "And", "However", "In", "On", "At", "As", "A", "An", "If", "When", "While", "After", "Before", "Meanwhile",
        "Also", "Both", "Neither", "His", "Her", "Their", "Our", "According", "Under", "Since", "Yet", "So", "Such",
    ]

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "(", "[", "«", "'"]

    /// Ranges of the sentences of `text`, trimmed of surrounding whitespace.
    static func ranges(in text: String) -> [Range<String.Index>] {
        let scalars = Array(text.unicodeScalars)
        let indices = Array(text.unicodeScalars.indices)
        let quoted = quotedSpans(scalars)
        var result: [Range<String.Index>] = []
        var start = 0
        var position = 0
        var quoteCursor = 0
        func emit(_ end: Int) {
            var low = start
            var high = end
            while low < high, TextScanning.isSpace(scalars[low]) { low += 1 }
            while high > low, TextScanning.isSpace(scalars[high - 1]) { high -= 1 }
            if low < high {
                let upper = high < indices.count ? indices[high] : text.unicodeScalars.endIndex
                result.append(indices[low]..<upper)
            }
        }
        while position < scalars.count {
            let scalar = scalars[position]
            guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" else { position += 1; continue }
            // Skip to the end of a run of terminators ("?!", "...") and any closing quotes after it.
            var end = position + 1
            while end < scalars.count, ".!?…".unicodeScalars.contains(scalars[end]) { end += 1 }
            while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
            defer { position = end }
            while quoteCursor < quoted.count, quoted[quoteCursor].upperBound <= position { quoteCursor += 1 }
            if quoteCursor < quoted.count, quoted[quoteCursor].contains(position), end <= quoted[quoteCursor].upperBound - 1 {
                continue
            }
            guard end < scalars.count, TextScanning.isSpace(scalars[end]) else { continue }
            var next = end
            while next < scalars.count, TextScanning.isSpace(scalars[next]) { next += 1 }
            guard next < scalars.count, startsSentence(scalars, at: next) else { continue }
            if scalar == ".", end - position == 1 || closers.contains(scalars[position + 1]),
               !endsSentenceAfterPoint(scalars, point: position, next: next) {
                continue
            }
            emit(end)
            start = next
        }
        emit(scalars.count)
        return result
    }

    /// True when the text at `index` can open a sentence: a capital, a digit, or an opening quote
    /// or bracket before one.
    private static func startsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var probe = index
        while probe < scalars.count, openers.contains(scalars[probe]) { probe += 1 }
        guard probe < scalars.count else { return false }
        let scalar = scalars[probe]
        return TextScanning.isUpper(scalar) || TextScanning.isDigit(scalar) || scalar == "$" || scalar == "£" || scalar == "€"
    }

    /// Decides a single `.` at `point` followed by a capitalised word at `next`: false after an
    /// abbreviation or an initial, unless the next word is a sentence opener.
    private static func endsSentenceAfterPoint(_ scalars: [Unicode.Scalar], point: Int, next: Int) -> Bool {
        var wordStart = point
        while wordStart > 0, !TextScanning.isSpace(scalars[wordStart - 1]), !openers.contains(scalars[wordStart - 1]) {
            wordStart -= 1
        }
        let word = Unicode.Scalar.string(scalars[wordStart..<point])
        guard !word.isEmpty else { return true }
        if abbreviations.contains(word) { return false }
        if numberedReferences.contains(word) { return !TextScanning.isDigit(scalars[next]) }
        var nextEnd = next
        while nextEnd < scalars.count, TextScanning.isLetter(scalars[nextEnd]) || openers.contains(scalars[nextEnd]) { nextEnd += 1 }
        let nextWord = Unicode.Scalar.string(scalars[next..<nextEnd].filter { !openers.contains($0) }[...])
        let opensSentence = sentenceOpeners.contains(nextWord)
        if softAbbreviations.contains(word) {
            // "Feb. 24" continues; "etc. The" ends.
            return opensSentence || (word == "etc" && !TextScanning.isDigit(scalars[next]))
        }
        let letters = word.unicodeScalars.filter { $0 != "." }
        // An initial ("J.") or a dotted acronym ("U.S", "U.N"): a name or a sentence goes on.
        if word.unicodeScalars.count == 1, let only = letters.first, TextScanning.isUpper(only) { return opensSentence }
        if word.contains("." as Character), letters.allSatisfy(TextScanning.isLetter), letters.count <= 4 { return opensSentence }
        return true
    }

    /// Scalar offsets of double-quoted passages closed within the text (open mark through close
    /// mark). An unclosed quotation does not count: it would swallow the rest of the paragraph.
    private static func quotedSpans(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        var straightOpen: Int?
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "“", "«":
                if open == nil { open = index }
            case "”", "»":
                if let start = open { spans.append(start..<(index + 1)); open = nil }
            case "\"":
                if let start = straightOpen {
                    spans.append(start..<(index + 1))
                    straightOpen = nil
                } else if index == 0 || TextScanning.isSpace(scalars[index - 1]) || openers.contains(scalars[index - 1]) {
                    straightOpen = index
                }
            default:
                break
            }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }
}
