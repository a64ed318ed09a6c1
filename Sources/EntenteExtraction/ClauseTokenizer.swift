/// Splits a sentence into `ClauseToken`s, and pulls apart words that conversion glued together.
///
/// Quotation marks are dropped (`the “Participants”` reads as `the Participants`). A word that ends
/// in a modal or "to" right after an actor's head word ("Participantswill", "Participantsto") is
/// split in two when the head word is one the document uses for its parties: the glue comes from
/// PDF and HTML conversion, and left alone it would hide the commitment.
struct ClauseTokenizer: Sendable {
    /// Lower-cased words that end an actor's name in this document ("participants", "canada").
    let actorHeads: Set<String>

    /// Suffixes that conversion glues onto an actor's name, longest first.
    static let glueSuffixes = ["intends", "commits", "intend", "commit", "shall", "will", "must", "may", "can", "to"]

    init(actorHeads: Set<String>) {
        self.actorHeads = actorHeads
    }

    /// The tokens of `text`, in order. Linear in the text's length; walks Unicode scalars, not
    /// characters, because grapheme breaking dominated the cost and legal text needs none of it.
    func tokens(_ text: String) -> [ClauseToken] {
        var result: [ClauseToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || Self.isQuote(scalar) {
                index = scalars.index(after: index)
                continue
            }
            if Self.isWordScalar(scalar) {
                var end = scalars.index(after: index)
                while end < scalars.endIndex {
                    let next = scalars[end]
                    if Self.isWordScalar(next) {
                        end = scalars.index(after: end)
                        continue
                    }
                    // An apostrophe or hyphen inside a word ("Canada’s", "long-term") belongs to it.
                    if next == "’" || next == "'" || next == "-" || next == "‑" {
                        let after = scalars.index(after: end)
                        if after < scalars.endIndex, Self.isWordScalar(scalars[after]) {
                            end = after
                            continue
                        }
                    }
                    break
                }
                appendWord(text, index..<end, to: &result)
                index = end
                continue
            }
            let end = scalars.index(after: index)
            let mark = String(scalar)
            result.append(ClauseToken(text: mark, lower: mark, kind: .punctuation, range: index..<end))
            index = end
        }
        return result
    }

    /// Appends the word at `range`, split in two when it is an actor's name glued to a modal.
    private func appendWord(_ text: String, _ range: Range<String.Index>, to result: inout [ClauseToken]) {
        let word = String(text[range])
        let lower = Self.normalize(word)
        for suffix in Self.glueSuffixes where lower.count > suffix.count + 2 && lower.hasSuffix(suffix) {
            let head = String(lower.dropLast(suffix.count))
            guard actorHeads.contains(head) else { continue }
            let split = text.index(range.upperBound, offsetBy: -suffix.count)
            result.append(ClauseToken(text: String(text[range.lowerBound..<split]), lower: head, kind: .word, range: range.lowerBound..<split))
            result.append(ClauseToken(text: String(text[split..<range.upperBound]), lower: suffix, kind: .word, range: split..<range.upperBound))
            return
        }
        result.append(ClauseToken(text: word, lower: lower, kind: .word, range: range))
    }

    /// Lower-cases a word and straightens its apostrophes.
    static func normalize(_ word: String) -> String {
        // Most words are lower-case ASCII already: no need to build a new string.
        if word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D || $0 == 0x27 }) { return word }
        let lower = word.lowercased()
        guard lower.contains("’") else { return lower }
        return String(lower.map { $0 == "’" ? "'" : $0 })
    }

    /// Letters, digits and the marks that combine with them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "“" || scalar == "”" || scalar == "‘" || scalar == "«" || scalar == "»"
    }

    static func isQuote(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(isQuote) == true
    }
}
