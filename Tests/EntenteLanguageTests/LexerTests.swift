import EntenteModel
import Testing
@testable import EntenteLanguage

@Suite struct LexerTests {
    /// Tokens in a compact notation: words bare, strings quoted, others by kind.
    static func tokens(_ text: String) -> [String] {
        var lexer = Lexer(text, file: "<input>")
        guard case .tokens(let tokens) = lexer.tokenize() else { return ["<error>"] }
        return tokens.dropLast().map { token in
            switch token.kind {
            case .word(let word): word
            case .string(let text): "str(\(text))"
            case .number(let number): "num(\(Value.format(number)))"
            case .date(let iso): "date(\(iso))"
            case .duration(let duration): "dur(\(duration.iso))"
            case .parameter(let name): "param(\(name))"
            case .operator(let op): "op(\(op.rawValue))"
            case .pipe: "|"
            case .leftParen: "("
            case .rightParen: ")"
            case .leftBracket: "["
            case .rightBracket: "]"
            case .comma: ","
            case .semicolon: ";"
            case .dot: "."
            case .newline: "NL"
            case .end: "END"
            }
        }
    }

    static let tokenCases: [(String, [String])] = [
        ("provisions | where line >= 10", ["provisions", "|", "where", "line", "op(>=)", "num(10)"]),
        (#"load "a b.txt" as canada"#, ["load", "str(a b.txt)", "as", "canada"]),
        (#""say \"hi\"\\\n\t""#, ["str(say \"hi\"\\\n\t)"]),
        ("a != b < c <= d > e = f", ["a", "op(!=)", "b", "op(<)", "c", "op(<=)", "d", "op(>)", "e", "op(=)", "f"]),
        ("x = 2024-02-24", ["x", "op(=)", "date(2024-02-24)"]),
        ("24h 3d 2w 6mo 10y", ["dur(PT24H)", "dur(P3D)", "dur(P2W)", "dur(P6M)", "dur(P10Y)"]),
        ("3.5 42", ["num(3.5)", "num(42)"]),
        ("[a, b] (c)", ["[", "a", ",", "b", "]", "(", "c", ")"]),
        ("canada-ukraine-2024 x", ["canada-ukraine-2024", "x"]),
        ("show c IV.A.7.iii", ["show", "c", "IV", ".", "A", ".", "num(7)", ".", "iii"]),
        ("a -- a comment\nb", ["a", "NL", "b"]),
        ("a;b", ["a", ";", "b"]),
        ("provisions |\nwhere x", ["provisions", "|", "where", "x"]),
        ("provisions\n  | where x", ["provisions", "|", "where", "x"]),
        ("where a and\nb", ["where", "a", "and", "b"]),
        ("x in [a,\nb]", ["x", "in", "[", "a", ",", "b", "]"]),
        ("a\n\nb", ["a", "NL", "b"]),
        ("naïve 日本", ["naïve", "日本"]),
        ("x = $min_value", ["x", "op(=)", "param(min_value)"]),
        ("a matches \"b\" and c in [1]", ["a", "matches", "str(b)", "and", "c", "in", "[", "num(1)", "]"]),
        ("upper(x)", ["upper", "(", "x", ")"]),
        ("provisions | show\nprovisions", ["provisions", "|", "show", "NL", "provisions"]),
        ("provisions | distinct\nprovisions", ["provisions", "|", "distinct", "NL", "provisions"]),
        ("compare a,\nb on\nterms", ["compare", "a", ",", "b", "on", "terms"]),
    ]

    @Test(arguments: tokenCases)
    func tokens(text: String, expected: [String]) {
        #expect(Self.tokens(text) == expected)
    }

    @Test func columnsCountCharacters() {
        var lexer = Lexer("\"日本\" x", file: "<input>")
        guard case .tokens(let tokens) = lexer.tokenize() else {
            Issue.record("lexing failed")
            return
        }
        #expect(tokens[1].range.start == SourcePosition(line: 1, column: 6))
    }

    static let isoCases: [(String, Double)] = [
        ("P10Y", 315_569_520), ("P6M", 15_778_476), ("PT24H", 86_400), ("P2W", 1_209_600),
        ("P1Y2M3DT4H5M6S", 37_090_350),
    ]

    @Test(arguments: isoCases)
    func isoDurations(text: String, seconds: Double) {
        #expect(ISODuration(parsing: text)?.seconds == seconds)
    }

    @Test(arguments: ["P", "10Y", "PT", "P1H", "PXY", "P1.2.3Y"])
    func invalidIsoDurations(text: String) {
        #expect(ISODuration(parsing: text) == nil)
    }

    @Test func literalDurationsMatchIsoOnes() {
        #expect(ISODuration(amount: 6, unit: "mo") == ISODuration(parsing: "P6M"))
        #expect(ISODuration(amount: 12, unit: "mo") == ISODuration(amount: 1, unit: "y"))
        #expect(ISODuration(amount: 24, unit: "h")! < ISODuration(amount: 3, unit: "d")!)
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false), ("2024-04-31", false), ("2000-02-29", true)])
    func dates(text: String, valid: Bool) {
        #expect(Lexer.isValidDate(text) == valid)
    }
}
