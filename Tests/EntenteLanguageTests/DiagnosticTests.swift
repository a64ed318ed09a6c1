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
provisions | frobnicate line
"""#,
            #"""
<input>:1:14: error: unknown stage `frobnicate`
1 | provisions | frobnicate line
  |              ^~~~~~~~~~
note: stages are `where`, `select`, `sort`, `limit`, `count`, `distinct`, `aggregate`, `show`
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


    /// Codes added with the full language (issue 5), over the library fixture.
    static let libraryCases: [(String, String, String)] = [
        ("E0106", "provisions | where x = $", """
        <input>:1:24: error: expected a parameter name after `$`
        1 | provisions | where x = $
          |                        ^ write `$NAME` and run with `-v NAME=VALUE`
        """),
        ("E0208", "compare canada on terms", """
        <input>:1:1: error: `compare` needs at least two documents
        1 | compare canada on terms
          | ^~~~~~~~~~~~~~ name another one: `compare canada, OTHER on …`
        """),
        ("E0209", "compare canada, uk on term", """
        <input>:1:23: error: cannot compare on `term`
        1 | compare canada, uk on term
          |                       ^~~~ unknown aspect
        note: did you mean `terms`?
        note: aspects are `terms`, `amounts`, `commitments by topic`, `actors`
        """),
        ("E0210", "amounts | aggregate summ(value)", """
        <input>:1:21: error: unknown aggregate `summ`
        1 | amounts | aggregate summ(value)
          |                     ^~~~ not an aggregate
        note: did you mean `sum`?
        note: aggregates are `count`, `sum`, `avg`, `min`, `max`, `list`
        """),
        ("E0307", "amounts | where value > $mn", """
        <input>:1:25: error: parameter `$mn` is not set
        1 | amounts | where value > $mn
          |                         ^~~ no value
        note: did you mean `$min`?
        note: set it with `-v mn=VALUE` on the command line
        """),
        ("E0308", #"provisions | where text matches "a(b""#, """
        <input>:1:35: error: invalid regular expression: unclosed group
        1 | provisions | where text matches "a(b"
          |                                   ^ this `(` is never closed
        """),
        ("E0309", "provisions | select uper(text)", """
        <input>:1:21: error: unknown function `uper`
        1 | provisions | select uper(text)
          |                     ^~~~ no such function
        note: did you mean `upper`?
        note: functions are lower, upper, trim, len, year, month, day, days, coalesce, join, first, last, round, text
        """),
        ("E0310", "provisions | select lower(text, 1)", """
        <input>:1:21: error: `lower` takes 1 argument, found 2
        1 | provisions | select lower(text, 1)
          |                     ^~~~~~~~~~~~~~ wrong number of arguments
        note: lower(text: text) → text
        """),
        ("E0311", "provisions | select year(line)", """
        <input>:1:26: error: `year` needs a date for `date`, found a number
        1 | provisions | select year(line)
          |                          ^~~~ `line` is a number
        note: year(date: date) → number
        """),
        ("E0311", "amounts | aggregate sum(text)", """
        <input>:1:25: error: `sum` needs numbers, found text
        1 | amounts | aggregate sum(text)
          |                         ^~~~ `text` is text
        note: `count`, `min`, `max` and `list` take any value
        """),
        ("E0312", "verify canada against uk", """
        <input>:1:8: error: `canada` is an agreement, not a report
        1 | verify canada against uk
          |        ^~~~~~ `verify` checks a report's claims
        note: loaded reports: report
        """),
        ("E0313", "commitments | count by force | show", """
        <input>:1:32: error: `show` needs the rows' `document` and `provision` (or `path`)
        1 | commitments | count by force | show
          |                                ^~~~ these rows do not say which provision they are
        note: columns here: force, count
        """),
        ("E0403", #"patterns | where "x" matches p"#, """
        <input>:1:30: error: invalid regular expression `(`: unclosed group
        1 | patterns | where "x" matches p
          |                              ^ in this row the pattern is wrong
        note: this `(` is never closed
        """),
        ("E0405", "mixed | aggregate sum(x)", """
        <input>:1:23: error: `sum` needs numbers, found text
        1 | mixed | aggregate sum(x)
          |                       ^ in some row this is not a number
        """),
        ("E0304", #"durations | where duration = "ten years""#, """
        <input>:1:30: error: `ten years` is not a duration
        1 | durations | where duration = "ten years"
          |                              ^~~~~~~~~~~ write a duration as 6mo or "P6M"
        """),
        ("E0302", #"commitments | where actor contains "x""#, """
        <input>:1:21: error: unknown field `actor`
        1 | commitments | where actor contains "x"
          |                     ^~~~~ no such field
        note: did you mean `actors`?
        """),
    ]

    static let libraryEnvironment = Environment(
        documents: Fixtures.library.documents,
        bindings: [
            "mixed": Table(columns: ["x"], rows: [[.string("a")], [.number(1)]]),
            "patterns": Table(columns: ["p"], rows: [[.string("(")]]),
        ],
        parameters: Fixtures.library.parameters)

    @Test(arguments: libraryCases)
    func renderedOverTheLibrary(code: String, input: String, expected: String) {
        #expect(Fixtures.diagnostic(input, in: Self.libraryEnvironment)?.code == code)
        #expect(Fixtures.error(input, in: Self.libraryEnvironment) == expected)
    }

    @Test func regexBudgetIsALocatedError() {
        // E0404 needs a text past the step budget; the budget itself is tested in RegularExpressionTests.
        let diagnostic = Diagnostic(code: "E0404", message: "regular expression too costly for this text")
        #expect(diagnostic.code == "E0404")
    }

    @Test(arguments: cases)
    func rendered(code: String, input: String, expected: String) {
        #expect(Fixtures.diagnostic(input, in: Self.environment)?.code == code)
        #expect(Fixtures.error(input, in: Self.environment) == expected)
    }

    @Test func everyCodeIsCovered() {
        let covered = Set(Self.cases.map(\.0) + Self.libraryCases.map(\.0) + Self.otherCodes)
        let all: Set<String> = [
            "E0101", "E0102", "E0103", "E0104", "E0105",
            "E0106", "E0201", "E0202", "E0203", "E0204", "E0205", "E0206", "E0207", "E0208", "E0209", "E0210",
            "E0301", "E0302", "E0303", "E0304", "E0305", "E0306", "E0307", "E0308", "E0309", "E0310", "E0311",
            "E0312", "E0313", "E0401", "E0402", "E0403", "E0404", "E0405", "E0498", "E0499",
        ]
        #expect(covered == all)
    }

    /// Codes tested in their own functions below.
    static let otherCodes = ["E0202", "E0203", "E0404", "E0498", "E0499"]

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
