import Foundation

/// One sentence of a provision, prepared for the term rules: its text as written and a lower-cased
/// form with typographic quotes and line breaks flattened, so that "six months’\n notice" reads as
/// "six months' notice".
struct TermSentence: Sendable {
    /// The sentence as written (whitespace runs collapsed).
    var text: String
    /// Lower-cased, `’` → `'`, whitespace collapsed.
    var lower: String

    init(_ text: String) {
        var flat = ""
        flat.reserveCapacity(text.count)
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace, !flat.isEmpty { flat.append(" ") }
                lastWasSpace = true
            } else {
                flat.append(character)
                lastWasSpace = false
            }
        }
        if flat.hasSuffix(" ") { flat.removeLast() }
        self.text = flat
        self.lower = flat.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
    }

    /// True when any of `phrases` occurs.
    func contains(any phrases: [String]) -> Bool {
        phrases.contains { lower.contains($0) }
    }

    /// The lower-cased text after the first occurrence of any of `phrases` (the earliest one), or nil.
    func after(any phrases: [String]) -> Substring? {
        var best: Range<String.Index>?
        for phrase in phrases {
            guard let found = lower.range(of: phrase) else { continue }
            if best == nil || found.lowerBound < (best?.lowerBound ?? found.lowerBound) { best = found }
        }
        return best.map { lower[$0.upperBound...] }
    }

    /// The durations in the sentence, with the lower-cased text just before and after each.
    func durations() -> [(iso: String, before: Substring, after: Substring)] {
        DurationScanner.scan(lower).map { match in
            (match.iso, lower[..<match.range.lowerBound], lower[match.range.upperBound...])
        }
    }
}
