import EntenteModel
import Testing
@testable import EntenteLanguage

/// Golden output of every format for one table holding every awkward thing: separators, quotes,
/// line breaks, tabs, a list, null, a wide character, numbers.
@Suite struct FormatTests {
    static let sample = Table(columns: ["provision", "who", "value", "note"], rows: [
        [.string("II.3"), .string(#"Canada, "the" Participants"#), .number(3_020_000_000), .string("a|b\nc\td")],
        [.string("I"), .list([.string("x"), .string("y")]), .null, .string("日本 text")],
    ])

    static let golden: [(TableFormat, String)] = [
        (.table, """
        provision | who        | value      | note
        ----------+------------+------------+----------
        II.3      | Canada,    | 3020000000 | a|b
                  | "the"      |            | c d
                  | Participan |            |
                  | ts         |            |
        I         | x, y       |            | 日本 text
        (2 rows)
        """),
        (.json, #"""
        [
          {"provision": "II.3", "who": "Canada, \"the\" Participants", "value": 3020000000, "note": "a|b\nc\td"},
          {"provision": "I", "who": ["x", "y"], "value": null, "note": "日本 text"}
        ]
        """#),
        (.jsonl, #"""
        {"provision": "II.3", "who": "Canada, \"the\" Participants", "value": 3020000000, "note": "a|b\nc\td"}
        {"provision": "I", "who": ["x", "y"], "value": null, "note": "日本 text"}
        """#),
        (.csv, "provision,who,value,note\nII.3,\"Canada, \"\"the\"\" Participants\",3020000000,\"a|b\nc\td\"\nI,x; y,,日本 text"),
        (.tsv, "provision\twho\tvalue\tnote\nII.3\tCanada, \"the\" Participants\t3020000000\ta|b\\nc\\td\nI\tx; y\t\t日本 text"),
        (.markdown, #"""
        | provision | who | value | note |
        | --- | --- | ---: | --- |
        | II.3 | Canada, "the" Participants | 3020000000 | a\|b<br>c	d |
        | I | x, y |  | 日本 text |
        """#),
        (.text, "II.3  Canada, \"the\" Participants  3020000000  a|b c d\nI  x, y    日本 text"),
    ]

    @Test(arguments: golden)
    func rendered(format: TableFormat, expected: String) {
        #expect(format.render(Self.sample, width: 40) == expected)
    }

    @Test func everyFormatHasAGolden() {
        #expect(Set(Self.golden.map(\.0.rawValue)) == Set(TableFormat.allCases.map(\.rawValue)))
        #expect(TableFormat.allCases.map(\.rawValue) == ["table", "json", "jsonl", "csv", "tsv", "markdown", "text"])
    }

    @Test func textOfProvisionsIsParagraphs() throws {
        let shown = try Fixtures.run("show canada II.3")
        #expect(TableFormat.text.render(shown, width: 40) == """
        canada II.3 (line 9)
        In the event of renewed aggression, the
        Participants will consult within 24
        hours:

        canada II.3.i (line 10)
        on cyber defence;

        canada II.3.ii (line 11)
        on sanctions.
        """)
    }

    @Test func textOfAnOutlineIsIndented() throws {
        let outline = try Fixtures.run("outline canada | limit 3")
        #expect(TableFormat.text.render(outline, width: nil) == """
        canada: Agreement on security cooperation between Canada and Ukraine
        preamble.1  preamble  Recalling the G7 Joint Declaration;  3
        I  part  Objectives  5
          I.1  paragraph  The Participants acknowledge the aims of cooperation.  6
        """)
    }

    @Test func emptyTables() {
        let empty = Table(columns: ["a", "b"])
        #expect(TableFormat.table.render(empty, width: nil) == "a | b\n--+--\n(0 rows)")
        #expect(TableFormat.json.render(empty, width: nil) == "[]")
        #expect(TableFormat.jsonl.render(empty, width: nil) == "")
        #expect(TableFormat.csv.render(empty, width: nil) == "a,b")
        #expect(TableFormat.tsv.render(empty, width: nil) == "a\tb")
        #expect(TableFormat.markdown.render(empty, width: nil) == "| a | b |\n| --- | --- |")
        #expect(TableFormat.text.render(empty, width: nil) == "")
    }
}
