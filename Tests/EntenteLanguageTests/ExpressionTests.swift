import EntenteModel
import Testing
@testable import EntenteLanguage

/// Comparisons of every pair of types, functions, parameters and regular expressions.
@Suite struct ExpressionTests {
    static let samples: [Value] = [
        .null, .bool(true), .number(1), .string("a"), .date("2024-02-24"),
        .duration(ISODuration(amount: 1, unit: "y") ?? ISODuration(iso: "P1Y", seconds: 0)), .list([.string("a")]),
    ]

    /// Rows are the left operand, columns the right, both in `samples` order: T true, F false, E error.
    static let matrices: [(ComparisonOperator, [String])] = [
        (.equal, ["TFFFFFF", "FTEEEEE", "FETEEEE", "FEETFFE", "FEEFTFE", "FEEFFTE", "FEEEEET"]),
        (.notEqual, ["FTTTTTT", "TFEEEEE", "TEFEEEE", "TEEFTTE", "TEETFTE", "TEETTFE", "TEEEEEF"]),
        (.less, ["FFFFFFF", "FEEEEEE", "FEFEEEE", "FEEFFFE", "FEEFFFE", "FEEFFFE", "FEEEEEE"]),
        (.greaterOrEqual, ["FFFFFFF", "FEEEEEE", "FETEEEE", "FEETFFE", "FEEFTFE", "FEEFFTE", "FEEEEEE"]),
        (.contains, ["FFFFFFF", "FEEEEEE", "FEEEEEE", "FEETEEE", "FEEEEEE", "FEEEEEE", "FFFTFFF"]),
        (.in, ["FEEEEEF", "FEEEEEF", "FEEEEEF", "FEEEEET", "FEEEEEF", "FEEEEEF", "FEEEEEF"]),
    ]

    static var pairs: [(ComparisonOperator, Int, Int, Character)] {
        matrices.flatMap { op, rows in
            rows.enumerated().flatMap { left, row in
                Array(row).enumerated().map { right, outcome in (op, left, right, outcome) }
            }
        }
    }

    @Test(arguments: pairs)
    func comparison(op: ComparisonOperator, left: Int, right: Int, outcome: Character) {
        let result: Character
        do throws(Value.Mismatch) {
            result = try Value.compare(op, Self.samples[left], Self.samples[right]) ? "T" : "F"
        } catch {
            result = "E"
        }
        #expect(result == outcome, "\(Self.samples[left]) \(op.rawValue) \(Self.samples[right])")
    }

    static let conditions: [(String, Int)] = [
        ("duration = 10y", 2), ("duration = \"p10y\"", 2), ("duration < 6mo", 1), ("duration <= 6mo", 2),
        ("duration > 24h and duration < 1y", 1), ("duration in [24h, 6mo]", 2), ("duration not in [24h, 6mo]", 2),
        ("text matches \"^ten\"", 2), ("text matches \"MONTHS$\"", 1), ("text not matches \"y\"", 2),
        ("text matches \"\\\\d+ hours\"", 1), ("text contains \"YEARS\"", 2), ("not (text contains \"years\")", 2),
        ("document = \"uk\" or duration = 24h", 2), ("duration = $span", 1),
    ]

    @Test(arguments: conditions)
    func conditionsOverDurations(condition: String, count: Int) throws {
        var environment = Fixtures.library
        environment.parameters["span"] = Value(parameter: "24h")
        #expect(try Fixtures.run("durations | where \(condition)", in: environment).rows.count == count)
    }

    static let functionCases: [(String, Value)] = [
        ("lower(\"AbC\")", .string("abc")), ("upper(\"aBc\")", .string("ABC")), ("trim(\"  a b \")", .string("a b")),
        ("len(\"日本語\")", .number(3)), ("len([1, 2])", .number(2)), ("len(null)", .null),
        ("year(2024-02-24)", .number(2024)), ("month(2024-02-24)", .number(2)), ("day(2024-02-24)", .number(24)),
        ("year(\"2025-12\")", .number(2025)), ("day(\"2025-12\")", .null), ("days(2w)", .number(14)),
        ("days(\"PT24H\")", .number(1)), ("coalesce(null, null, 3)", .number(3)), ("coalesce(null)", .null),
        ("join([\"a\", \"b\"])", .string("a, b")), ("join([\"a\", 2], \"-\")", .string("a-2")),
        ("first([\"a\", \"b\"])", .string("a")), ("last([\"a\", \"b\"])", .string("b")), ("first([])", .null),
        ("round(2.5)", .number(3)), ("round(3.14159, 2)", .number(3.14)), ("text(6mo)", .string("P6M")),
        ("text(null)", .null),
    ]

    @Test(arguments: functionCases)
    func function(call: String, expected: Value) throws {
        #expect(try Fixtures.run("documents in canada | select \(call) as x").rows == [[expected]])
    }

    @Test func everyFunctionIsTested() {
        let tested = Set(Self.functionCases.map { String($0.0.prefix { $0 != "(" }) })
        #expect(tested == Set(Catalog.functions.map(\.name)))
    }

    static let parameterCases: [(String, Value)] = [
        ("12", .number(12)), ("-3.5", .number(-3.5)), ("2024-02-24", .date("2024-02-24")), ("24h", .duration(ISODuration(iso: "PT24H", seconds: 86_400))),
        ("P10Y", .duration(ISODuration(iso: "P10Y", seconds: 315_569_520))), ("true", .bool(true)), ("Canada", .string("Canada")),
        ("\"12\"", .string("12")), ("2024-02-30", .string("2024-02-30")), ("", .string("")),
    ]

    @Test(arguments: parameterCases)
    func parameters(text: String, expected: Value) {
        #expect(Value(parameter: text) == expected)
    }
}

/// The matcher behind `matches`.
@Suite struct RegularExpressionTests {
    static let cases: [(String, String, Bool)] = [
        ("cyber", "Cyber defence", true), ("^cyber$", "cyber defence", false), ("^cyber", "CYBER defence", true),
        ("de(f|c)ence", "defence", true), ("de(?:f|c)ence", "decence", true), ("colou?r", "color", true),
        ("a{2,3}b", "ab", false), ("a{2,3}b", "aaab", true), ("a{2}", "a", false), ("a{2,}", "aaaa", true),
        ("[A-Z]+\\d", "x9", true), ("[^a-z]", "abc", false), ("\\bcat\\b", "concatenate", false), ("\\bcat\\b", "a cat", true),
        ("\\Bcat", "concat", true), ("\\s\\S", "a b", true), ("\\W", "abc_1", false), ("x*", "", true), ("a|b|c", "zzc", true),
        (".", "\n", true), ("\\.", "a", false), ("{", "{", true), ("a+?b", "aab", true), ("(a*)*b", "aaab", true),
        ("ü", "Ü", true), ("[é]", "É", true),
        // Patterns with a literal every match needs (checked by a fast search before matching).
        ("terminat(e|ion)", "the TERMINATION of", true), ("terminat(e|ion)", "terminal", false),
        ("ab+cd", "xABBBCD", true), ("ab+cd", "xacd", false), ("(?:foo)+bar", "FOOFOObar", true),
        ("\\bnotice\\b.*months", "six months' notice", false), ("notice.*months", "NOTICE of six months", true),
        ("cafe", "cafe\u{301}", false), ("café", "CAFÉ", true), ("ab", "\u{212A}ab", true),
    ]

    @Test(arguments: cases)
    func matching(pattern: String, text: String, expected: Bool) throws {
        #expect(try RegularExpression(pattern).matches(text) == expected)
    }

    @Test(arguments: ["(", "a)", "[a", "*a", "a**", "a{3,2}", "\\q", "a{1001}", "(?=a)", "\\", "^*"])
    func syntaxErrors(pattern: String) {
        #expect(throws: RegularExpression.SyntaxError.self) { try RegularExpression(pattern) }
    }

    /// `(a+)+$` against a long run of `a` ending in `b` takes exponential time in a backtracking
    /// engine; here it is linear.
    @Test func catastrophicPatternsDoNotHang() throws {
        let text = String(repeating: "a", count: 50_000) + "b"
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try RegularExpression("(a+)+$").matches(text) == false)
        #expect(try RegularExpression("(a|aa)*c").matches(text) == false)
        #expect(try RegularExpression("(x+x+)+y").matches(String(repeating: "x", count: 20_000)) == false)
        // Generous: linear work takes milliseconds; a backtracking engine would never finish.
        #expect(clock.now - start < .seconds(20))
        let deep = String(repeating: "(", count: 5_000) + "a" + String(repeating: ")", count: 5_000)
        #expect(throws: RegularExpression.SyntaxError.self) { try RegularExpression(deep) }
    }

    @Test func budgetIsEnforced() throws {
        let regex = try RegularExpression("(a|b)*c")
        #expect(throws: RegularExpression.BudgetExceeded.self) { try regex.matches(String(repeating: "ab", count: 1000), budget: 100) }
    }

    @Test func catastrophicPatternThroughAQuery() throws {
        let long = String(repeating: "a", count: 20_000) + "!"
        let environment = Environment(bindings: ["t": Table(columns: ["x"], rows: [[.string(long)]])])
        #expect(try Fixtures.run(#"t | where x matches "(a+)+$" | count"#, in: environment).rows == [[.number(0)]])
    }
}
