import EntenteModel
import Testing
@testable import EntenteLanguage

/// Every diagnostic code, rendered verbatim through `DiagnosticFormatter`.
@Suite struct DiagnosticTests {
    /// Documents plus two bound tables: one with a `kind`/`count` shape, one with mixed types.
    static let environment = Environment(
        documents: Fixtures.environment.documents,
        bindings: [
            "counts": Table(columns: ["kind", "count"], rows: [[.string("part"), .number(2)]]),
            "mixed": Table(columns: ["x"], rows: [[.string("a")], [.number(1)]]),
        ])

    static let cases: [(String, String, String)] = [
        (
            "E0101",
            #"""
provisions | where text = "abc
"""#,
            #"""
<input>:1:27: error: unterminated string
1 | provisions | where text = "abc
  |                           ^ this string is never closed
"""#
        ),
        (
            "E0102",
            #"""
provisions | where text = "a\qb"
"""#,
            #"""
<input>:1:29: error: unknown escape `\q` in string
1 | provisions | where text = "a\qb"
  |                             ^~ use \" \\ \n or \t
"""#
        ),
        (
            "E0103",
            #"""
provisions | where text @ 1
"""#,
            #"""
<input>:1:25: error: unexpected character `@`
1 | provisions | where text @ 1
  |                         ^
"""#
        ),
        (
            "E0104",
            #"""
provisions | where line > 3x
"""#,
            #"""
<input>:1:27: error: invalid number or duration `3x`
1 | provisions | where line > 3x
  |                           ^~ durations are whole numbers with h, d, w, mo or y
"""#
        ),
        (
            "E0105",
            #"""
documents | where signed = 2024-02-30
"""#,
            #"""
<input>:1:28: error: invalid date `2024-02-30`
1 | documents | where signed = 2024-02-30
  |                            ^~~~~~~~~~ expected yyyy-mm-dd
"""#
        ),
        (
            "E0201",
            #"""
provisions | where = 1
"""#,
            #"""
<input>:1:20: error: expected a value or a field name, found `=`
1 | provisions | where = 1
  |                    ^
"""#
        ),
        (
            "E0202",
            #"""
provisions | where (a = 1
"""#,
            #"""
<input>:1:26: error: unexpected end of input
1 | provisions | where (a = 1
  |                          ^ to close the `(` at 1:20
"""#
        ),
        (
            "E0204",
            #"""
provisions | wher text contains "x"
"""#,
            #"""
<input>:1:14: error: unknown stage `wher`
1 | provisions | wher text contains "x"
  |              ^~~~
note: did you mean `where`?
"""#
        ),
        (
            "E0204",
            #"""
provisions | sort line
"""#,
            #"""
<input>:1:14: error: unknown stage `sort`
1 | provisions | sort line
  |              ^~~~
note: stages are `where`, `select`, `count`, `limit`
"""#
        ),
        (
            "E0205",
            #"""
let documents = provisions
"""#,
            #"""
<input>:1:5: error: `documents` is a reserved name and cannot be bound by `let`
1 | let documents = provisions
  |     ^~~~~~~~~ choose another name
"""#
        ),
        (
            "E0206",
            #"""
provisions | limit 2.5
"""#,
            #"""
<input>:1:20: error: `limit` needs a whole number of rows
1 | provisions | limit 2.5
  |                    ^~~ not a whole number
"""#
        ),
        (
            "E0207",
            #"""
load "x" sha256 "abc"
"""#,
            #"""
<input>:1:17: error: invalid SHA-256 `abc`
1 | load "x" sha256 "abc"
  |                 ^~~~~ expected 64 hex digits
"""#
        ),
        (
            "E0301",
            #"""
provisons | count
"""#,
            #"""
<input>:1:1: error: unknown source `provisons`
1 | provisons | count
  | ^~~~~~~~~
note: did you mean `provisions`?
note: sources are documents, provisions, commitments, terms, amounts, dates, durations, entities, definitions, claims; let names: counts, mixed
"""#
        ),
        (
            "E0302",
            #"""
provisions | where txt contains "cyber"
"""#,
            #"""
<input>:1:20: error: unknown field `txt`
1 | provisions | where txt contains "cyber"
  |                    ^~~ no such field
note: did you mean `text`?
"""#
        ),
        (
            "E0303",
            #"""
provisions in canda | count
"""#,
            #"""
<input>:1:15: error: unknown document `canda`
1 | provisions in canda | count
  |               ^~~~~ not loaded
note: did you mean `canada`?
note: loaded documents: canada, euromaidan-report
"""#
        ),
        (
            "E0304",
            #"""
provisions | where line = "ten"
"""#,
            #"""
<input>:1:20: error: cannot compare a number with text using `=`
1 | provisions | where line = "ten"
  |                    ^~~~~~~~~~~~ `line` is a number, this is text
"""#
        ),
        (
            "E0304",
            #"""
documents | where signed < "soon"
"""#,
            #"""
<input>:1:28: error: `soon` is not a date
1 | documents | where signed < "soon"
  |                            ^~~~~~ write a date as 2024-02-24
"""#
        ),
        (
            "E0305",
            #"""
provisions | where line
"""#,
            #"""
<input>:1:20: error: `where` needs a condition, found a number
1 | provisions | where line
  |                    ^~~~ compare it: `= …`, `!= null`, `contains …`
"""#
        ),
        (
            "E0305",
            #"""
provisions | where not line
"""#,
            #"""
<input>:1:24: error: `not` needs a condition, found a number
1 | provisions | where not line
  |                        ^~~~ this is not true or false
"""#
        ),
        (
            "E0306",
            #"""
counts in canada
"""#,
            #"""
<input>:1:1: error: `counts` has no `document` column to filter with `in`
1 | counts in canada
  | ^~~~~~
"""#
        ),
        (
            "E0401",
            #"""
show canada II.4
"""#,
            #"""
<input>:1:13: error: no provision `II.4` in `canada`
1 | show canada II.4
  |             ^~~~ unknown path
note: did you mean `II.3`?
"""#
        ),
        (
            "E0401",
            #"""
show canada ii.3
"""#,
            #"""
<input>:1:13: error: no provision `ii.3` in `canada`
1 | show canada ii.3
  |             ^~~~ unknown path
note: did you mean `II.3`?
"""#
        ),
        (
            "E0303",
            #"""
outline nowhere
"""#,
            #"""
<input>:1:9: error: unknown document `nowhere`
1 | outline nowhere
  |         ^~~~~~~ not loaded
note: loaded documents: canada, euromaidan-report
"""#
        ),
        (
            "E0402",
            #"""
mixed | where x = 1
"""#,
            #"""
<input>:1:15: error: cannot compare text with a number using `=`
1 | mixed | where x = 1
  |               ^~~~~ in this row the types differ
"""#
        ),
        (
            "E0304",
            #"""
provisions | where line contains 1
"""#,
            #"""
<input>:1:20: error: `contains` needs text or a list on its left and a value on its right, found a number and a number
1 | provisions | where line contains 1
  |                    ^~~~~~~~~~~~~~~ `line` is a number, this is a number
"""#
        ),
        (
            "E0302",
            #"""
provisions | select path | where text = "x"
"""#,
            #"""
<input>:1:34: error: unknown field `text`
1 | provisions | select path | where text = "x"
  |                                  ^~~~ no such field
note: fields here: path
"""#
        ),
        (
            "E0201",
            #"""
provisions | where a = 1 = 2
"""#,
            #"""
<input>:1:26: error: comparisons cannot be chained
1 | provisions | where a = 1 = 2
  |                          ^ join two comparisons with `and`
"""#
        ),
        (
            "E0201",
            #"""
provisions where kind = 1
"""#,
            #"""
<input>:1:12: error: expected `|` or the end of the statement, found `where`
1 | provisions where kind = 1
  |            ^~~~~ write `| where`
"""#
        ),
        (
            "E0201",
            #"""
provisions | where line = 1 line
"""#,
            #"""
<input>:1:29: error: expected `|` or the end of the statement, found `line`
1 | provisions | where line = 1 line
  |                             ^~~~
"""#
        ),
    ]

    @Test(arguments: cases)
    func rendered(code: String, input: String, expected: String) {
        #expect(Fixtures.diagnostic(input, in: Self.environment)?.code == code)
        #expect(Fixtures.error(input, in: Self.environment) == expected)
    }

    @Test func everyCodeIsCovered() {
        let covered = Set(Self.cases.map(\.0) + Self.otherCodes)
        let all: Set<String> = [
            "E0101", "E0102", "E0103", "E0104", "E0105",
            "E0201", "E0202", "E0203", "E0204", "E0205", "E0206", "E0207",
            "E0301", "E0302", "E0303", "E0304", "E0305", "E0306",
            "E0401", "E0402", "E0498", "E0499",
        ]
        #expect(covered == all)
    }

    /// Codes tested in their own functions below.
    static let otherCodes = ["E0202", "E0203", "E0498", "E0499"]

    @Test func endOfInputInAScript() {
        #expect(Fixtures.error("provisions | where (a = 1") == """
        <input>:1:26: error: unexpected end of input
        1 | provisions | where (a = 1
          |                          ^ to close the `(` at 1:20
        """)
        #expect(Fixtures.diagnostic("provisions |")?.code == "E0202")
    }

    @Test func tenThousandParentheses() {
        let text = "provisions | where " + String(repeating: "(", count: 10_000) + "a = 1" + String(repeating: ")", count: 10_000)
        let rendered = Fixtures.error(text) ?? ""
        #expect(rendered.hasPrefix("<input>:1:276: error: expression nested too deeply\n"))
        #expect(rendered.hasSuffix("^ more than 256 levels"))
    }

    @Test func loadIsTheSessionsJob() throws {
        let statement = try Fixtures.statement(#"load "x.txt""#)
        #expect(throws: Diagnostic.self) { try Evaluator(environment: Fixtures.environment).evaluate(statement) }
        #expect(Fixtures.diagnostic(#"load "x.txt""#)?.code == "E0498")
    }

    @Test func cancellation() throws {
        let evaluator = Evaluator(environment: Fixtures.environment, isCancelled: { true })
        #expect(throws: Diagnostic(code: "E0499", message: "query cancelled")) {
            try evaluator.evaluate(try Fixtures.query("provisions | where line > 1"))
        }
    }

    @Test func diagnosticsCarryTheFile() {
        guard case .failure(let diagnostic) = Parser.parse("provisions | wher x", file: "script.entente") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.file == "script.entente")
    }
}
