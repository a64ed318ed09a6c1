/// The partial word that Tab completion replaces, found in the text before the cursor.
///
/// A word is the longest run before the cursor of letters, digits and `_ . - $` (so `.sch`,
/// `II.3`, `canada-ukraine-2024` and `$NAME` are single words). Inside an unclosed double-quoted
/// string — a path after `load "` or a quoted document name — the word is everything after the
/// opening quote, spaces included; a backslash escapes the next character there.
/// Completers return whole words that replace `text`; `precedingText` gives them the context.
public struct CompletionWord: Equatable, Sendable {
    /// The partial word under completion (may be empty).
    public let text: String
    /// Everything before `text`, including an opening quote.
    public let precedingText: String
    /// True when `text` sits inside an unclosed double-quoted string.
    public let isQuoted: Bool

    public init(lineBeforeCursor line: String) {
        var inQuote = false
        var escaped = false
        var quoteContentStart = line.endIndex
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if inQuote {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inQuote = false
                }
            } else if character == "\"" {
                inQuote = true
                quoteContentStart = next
            }
            index = next
        }
        if inQuote {
            text = String(line[quoteContentStart...])
            precedingText = String(line[..<quoteContentStart])
            isQuoted = true
            return
        }
        var start = line.endIndex
        while start > line.startIndex {
            let previous = line.index(before: start)
            guard Self.isWordCharacter(line[previous]) else { break }
            start = previous
        }
        text = String(line[start...])
        precedingText = String(line[..<start])
        isQuoted = false
    }

    /// Letters, digits and `_ . - $`.
    public static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "."
            || character == "-" || character == "$"
    }
}
