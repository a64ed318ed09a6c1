/// One word or punctuation mark of a sentence, with where it sits in the sentence's text.
struct ClauseToken: Sendable, Hashable {
    /// Whether the token is a word (letters, digits, inner apostrophes and hyphens) or a mark.
    enum Kind: Sendable, Hashable {
        case word
        case punctuation
    }

    /// The token as written.
    var text: String
    /// The token lower-cased, with typographic apostrophes made straight: what lexicons compare.
    var lower: String
    var kind: Kind
    /// Where the token sits in the text it was read from.
    var range: Range<String.Index>

    var isWord: Bool { kind == .word }

    /// True for a word written with a capital first letter ("Canada", "May").
    var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// True for a word made of digits only ("2024").
    var isNumber: Bool { !text.isEmpty && text.allSatisfy(\.isNumber) }
}
