/// One token of running text, as the fact scanners see it.
///
/// A token is a word (letters, possibly with inner hyphens or apostrophes: "twenty-four", "year’s"),
/// a number (starts with a digit and may carry inner `.`, `,`, `-` between digits and a letter
/// suffix: "12,012,300", "3.02B", "2024-02-24", "24-hour"), or a single other character ("$", "(").
struct TextToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        case number
        case symbol
    }

    var kind: Kind
    var text: Substring
    var range: Range<String.Index>

    /// The text lower-cased, with a trailing possessive ("year’s", "months'") removed so that
    /// "one year’s notice" reads like "one year".
    var key: String {
        var lowered = text.lowercased()
        for suffix in ["'s", "’s"] where lowered.hasSuffix(suffix) {
            lowered.removeLast(suffix.count)
        }
        return lowered
    }

    /// True when the first character is an upper-case letter.
    var isCapitalised: Bool {
        text.first?.isUppercase ?? false
    }
}

/// Splits text into `TextToken`s in one left-to-right pass.
enum TextTokenizer {
    /// The tokens of `text`, in order. Whitespace separates tokens and is dropped.
    static func tokens(_ text: String) -> [TextToken] {
        var result: [TextToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            if character.isLetter || character.isNumber {
                let start = index
                let startsWithDigit = character.isNumber
                index = text.index(after: index)
                while index < text.endIndex {
                    let current = text[index]
                    if current.isLetter || current.isNumber {
                        index = text.index(after: index)
                        continue
                    }
                    // A connector stays inside the token only between two word characters; `.` and `,`
                    // only between digits, so "2.4B" and "12,012" hold together but "end." does not.
                    let next = text.index(after: index)
                    guard next < text.endIndex else { break }
                    let previous = text[text.index(before: index)]
                    let following = text[next]
                    let joins: Bool
                    switch current {
                    case "-", "'", "’":
                        joins = (following.isLetter || following.isNumber) && (previous.isLetter || previous.isNumber)
                    case ".", ",":
                        joins = startsWithDigit && previous.isNumber && following.isNumber
                    default:
                        joins = false
                    }
                    guard joins else { break }
                    index = next
                }
                let range = start..<index
                result.append(TextToken(kind: startsWithDigit ? .number : .word, text: text[range], range: range))
                continue
            }
            let next = text.index(after: index)
            result.append(TextToken(kind: .symbol, text: text[index..<next], range: index..<next))
            index = next
        }
        return result
    }
}
