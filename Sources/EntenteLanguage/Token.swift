import EntenteModel

/// One lexical token with its range and the exact text it was read from.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A word: field, source, document or let name, or a contextual keyword (`where`, `and`…).
        /// Keywords are not reserved, so a column may be called `count`.
        case word(String)
        /// A double-quoted string, escapes resolved.
        case string(String)
        case number(Double)
        /// `2024-02-24`, validated.
        case date(String)
        /// `24h`, `6mo`…
        case duration(ISODuration)
        /// `$NAME`: a parameter set on the command line.
        case parameter(String)
        case `operator`(ComparisonOperator)
        case pipe
        case leftParen, rightParen, leftBracket, rightBracket
        case comma, semicolon, dot
        /// A line break that ends a statement (breaks that cannot end one are not emitted).
        case newline
        case end
    }

    var kind: Kind
    var range: SourceRange
    /// The source text as typed: a bare provision path is glued back together from it.
    /// Character offsets of the token in the lexed text, to cut a statement's source text out.
    var offsets: Range<Int>
    /// The source text as typed: a bare provision path is glued back together from it.
    var text: String

    /// How error messages name the token: "`where`", "a string", "end of input".
    var description: String {
        switch kind {
        case .word(let word): "`\(word)`"
        case .string: "a string"
        case .number: "a number `\(text)`"
        case .date: "a date `\(text)`"
        case .duration: "a duration `\(text)`"
        case .parameter: "a parameter `\(text)`"
        case .operator(let op): "`\(op.rawValue)`"
        case .pipe: "`|`"
        case .leftParen: "`(`"
        case .rightParen: "`)`"
        case .leftBracket: "`[`"
        case .rightBracket: "`]`"
        case .comma: "`,`"
        case .semicolon: "`;`"
        case .dot: "`.`"
        case .newline: "end of line"
        case .end: "end of input"
        }
    }

    /// The word, if this token is a word.
    var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    func isWord(_ keyword: String) -> Bool { word == keyword }
}
