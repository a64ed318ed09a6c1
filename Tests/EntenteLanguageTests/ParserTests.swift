import EntenteModel
import Testing
@testable import EntenteLanguage

@Suite struct ParserTests {
    /// An expression printed fully parenthesised, to test precedence.
    static func shape(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let value): value.type == .text ? "\"\(value.displayText)\"" : (value == .null ? "null" : value.displayText)
        case .field(let name): name
        case .list(let items): "[" + items.map(shape).joined(separator: ", ") + "]"
        case .not(let operand): "(not \(shape(operand)))"
        case .logical(let op, let left, let right): "(\(shape(left)) \(op.rawValue) \(shape(right)))"
        case .comparison(let op, let left, let right): "(\(shape(left)) \(op.rawValue) \(shape(right)))"
        case .parameter(let name): "$\(name)"
        case .call(let name, let arguments, _): "\(name)(" + arguments.map(shape).joined(separator: ", ") + ")"
        }
    }

    static func whereShape(_ condition: String) throws -> String {
        let query = try Fixtures.query("provisions | where \(condition)")
        guard case .where(let expression) = query.stages.first?.kind else { throw FixtureError.unexpected("no where") }
        return shape(expression)
    }

    static let precedenceCases: [(String, String)] = [
        ("a = 1 or b = 2 and c = 3", "((a = 1) or ((b = 2) and (c = 3)))"),
        ("a = 1 and b = 2 or c = 3", "(((a = 1) and (b = 2)) or (c = 3))"),
        ("not a = 1 and b = 2", "((not (a = 1)) and (b = 2))"),
        ("not not a = 1", "(not (not (a = 1)))"),
        ("(a = 1 or b = 2) and c = 3", "(((a = 1) or (b = 2)) and (c = 3))"),
        ("a = 1 or b = 2 or c = 3", "(((a = 1) or (b = 2)) or (c = 3))"),
        ("text contains \"x\"", "(text contains \"x\")"),
        ("parties contains \"Canada\" and signed >= 2024-01-01", "((parties contains \"Canada\") and (signed >= 2024-01-01))"),
        ("d < 6mo", "(d < P6M)"),
        ("x = [1, \"a\", null]", "(x = [1, \"a\", null])"),
        ("x != null", "(x != null)"),
        ("a = true", "(a = true)"),
    ]

    @Test(arguments: precedenceCases)
    func precedence(condition: String, expected: String) throws {
        #expect(try Self.whereShape(condition) == expected)
    }

    @Test func statementsAndSourceText() throws {
        let text = """
        load "Examples/a b.txt" as canada sha256 "\(String(repeating: "A", count: 64))" -- pinned
        let parts = provisions in canada, "euromaidan-report"
          | where kind = "part"; outline canada
        show "canada" II.3.i
        show canada 5.2.a
        show canada "IV.A"
        """
        guard case .complete(let statements) = Parser.parse(text, file: "s.entente") else {
            Issue.record("did not parse")
            return
        }
        #expect(statements.map(\.kind) == [
            .load(path: "Examples/a b.txt", name: "canada", sha256: String(repeating: "a", count: 64)),
            .let(name: "parts", statements[1].query!),
            .query(Query(head: .outline(DocumentReference(name: "canada", range: statements[2].range.shifted(by: 8))),
                         range: statements[2].range, file: "s.entente")),
            .query(Query(head: .show(DocumentReference(name: "canada", range: statements[3].documentRange!), path: "II.3.i",
                                     pathRange: statements[3].pathRange!), range: statements[3].range, file: "s.entente")),
            .query(Query(head: .show(DocumentReference(name: "canada", range: statements[4].documentRange!), path: "5.2.a",
                                     pathRange: statements[4].pathRange!), range: statements[4].range, file: "s.entente")),
            .query(Query(head: .show(DocumentReference(name: "canada", range: statements[5].documentRange!), path: "IV.A",
                                     pathRange: statements[5].pathRange!), range: statements[5].range, file: "s.entente")),
        ])
        #expect(statements[1].sourceText == "let parts = provisions in canada, \"euromaidan-report\"\n  | where kind = \"part\"")
        #expect(statements[0].sourceText.hasSuffix("\"") && !statements[0].sourceText.contains("pinned"))
        #expect(statements[2].sourceText == "outline canada")
        #expect(statements[1].query?.documents.map(\.name) == ["canada", "euromaidan-report"])
        #expect(statements[3].pathRange == SourceRange(start: SourcePosition(line: 4, column: 15), end: SourcePosition(line: 4, column: 21)))
        #expect(statements.allSatisfy { $0.file == "s.entente" })
    }

    @Test func stages() throws {
        let query = try Fixtures.query("provisions | select path, text | count by kind, heading | count | limit 3")
        #expect(query.stages.map(\.kind) == [
            .select([SelectItem(expression: Expression(kind: .field("path"), range: query.stages[0].range.at(column: 21, length: 4))),
                     SelectItem(expression: Expression(kind: .field("text"), range: query.stages[0].range.at(column: 27, length: 4)))]),
            .countBy([FieldReference(name: "kind", range: query.stages[1].range.at(column: 43, length: 4)),
                      FieldReference(name: "heading", range: query.stages[1].range.at(column: 49, length: 7))]),
            .count,
            .limit(3),
        ])
    }

    static let incompleteCases = [
        "provisions |", "provisions | where", "provisions | where a =", "provisions | where (a = 1",
        "provisions | where x = [1,", "provisions | where a = 1 and", "\"unterminated", "provisions | where a = \"open",
        "let x =", "load", "load \"a\" as", "show canada", "outline", "provisions in", "provisions in a,",
        "provisions | select a,", "provisions | count by", "provisions | limit",
    ]

    @Test(arguments: incompleteCases)
    func incomplete(text: String) {
        #expect(Parser.parse(text) == .incomplete)
    }

    static let completeCases = [
        "", "  -- only a comment", "provisions", "provisions;", "provisions\n", "provisions | count", "a; b\n\nc",
        "provisions\n| where a = 1", "outline \"canada-ukraine-2024\"", "outline canada-ukraine-2024",
    ]

    @Test(arguments: completeCases)
    func complete(text: String) {
        guard case .complete = Parser.parse(text) else {
            Issue.record("\(text) did not parse: \(Parser.parse(text))")
            return
        }
    }

    static let wrongCases = [
        "provisions | where a = = 1", "provisions where", "provisions | wher a = 1", "let x provisions",
        "provisions | where )", "show canada\nprovisions", "provisions | limit 1.5", "let provisions = documents",
        "provisions | where a = 1 = 2", "load x", "provisions | where a @ b", "\"bad \\q escape",
    ]

    @Test(arguments: wrongCases)
    func wrong(text: String) {
        guard case .failure = Parser.parse(text) else {
            Issue.record("\(text) should be wrong: \(Parser.parse(text))")
            return
        }
    }

    @Test func deepParenthesesGiveALocatedError() {
        let text = "provisions | where " + String(repeating: "(", count: 10_000) + "a = 1" + String(repeating: ")", count: 10_000)
        guard case .failure(let diagnostic) = Parser.parse(text) else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.code == "E0203")
        #expect(diagnostic.range?.start == SourcePosition(line: 1, column: 20 + Parser.maximumDepth))
    }

    @Test(arguments: [
        String(repeating: "not ", count: 10_000) + "a = 1",
        Array(repeating: "a = 1", count: 10_000).joined(separator: " and "),
        Array(repeating: "a = 1", count: 10_000).joined(separator: " or "),
        String(repeating: "[", count: 10_000),
        String(repeating: "(", count: 10_000),
    ])
    func otherDeepExpressionsAreBounded(condition: String) {
        guard case .failure(let diagnostic) = Parser.parse("provisions | where " + condition) else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.code == "E0203")
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = Parser.maximumDepth - 1
        let text = "provisions | where " + String(repeating: "(", count: depth) + "a = 1" + String(repeating: ")", count: depth)
        guard case .complete = Parser.parse(text) else {
            Issue.record("\(depth) levels should parse")
            return
        }
    }
}

extension Statement {
    var query: Query? {
        switch kind {
        case .query(let query), .let(_, let query): query
        default: nil
        }
    }

    var documentRange: SourceRange? {
        switch query?.head {
        case .outline(let reference)?, .show(let reference, _, _)?: reference.range
        default: nil
        }
    }
}

extension SourceRange {
    /// The range from this one's start shifted by `columns`, to its end.
    func shifted(by columns: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: start.line, column: start.column + columns), end: end)
    }

    /// A range on this one's line.
    func at(column: Int, length: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: start.line, column: column),
                    end: SourcePosition(line: start.line, column: column + length))
    }
}
