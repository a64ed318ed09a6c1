import EntenteModel
import Testing
@testable import EntenteLanguage

@Suite struct TableRendererTests {
    @Test func alignedWithHeaderRuleAndCount() throws {
        let table = try Fixtures.run("provisions in canada | select path, kind, line | limit 3")
        #expect(TableRenderer().render(table) == """
        path       | kind      | line
        -----------+-----------+-----
        preamble.1 | preamble  |    3
        I          | part      |    5
        I.1        | paragraph |    6
        (3 rows)
        """)
    }

    @Test func outlineIsIndented() throws {
        #expect(TableRenderer().render(try Fixtures.run("outline canada")) == """
        canada: Agreement on security cooperation between Canada and Ukraine
        path        | kind      | summary                                                    | line
        ------------+-----------+------------------------------------------------------------+-----
        preamble.1  | preamble  | Recalling the G7 Joint Declaration;                        |    3
        I           | part      | Objectives                                                 |    5
          I.1       | paragraph | The Participants acknowledge the aims of cooperation.      |    6
        II          | part      | Consultations                                              |    8
          II.3      | paragraph | In the event of renewed aggression, the Participants will… |    9
            II.3.i  | item      | on cyber defence;                                          |   10
            II.3.ii | item      | on sanctions.                                              |   11
        signature   | signature | SIGNED in duplicate in Kyiv                                |   13
        (8 rows)
        """)
    }

    @Test func widestTextColumnWrapsToFit() throws {
        let rendered = TableRenderer(width: 50).render(try Fixtures.run("show canada II.3"))
        #expect(rendered == """
        document | provision | line | text
        ---------+-----------+------+---------------------
        canada   | II.3      |    9 | In the event of
                 |           |      | renewed aggression,
                 |           |      | the Participants
                 |           |      | will consult within
                 |           |      | 24 hours:
        canada   | II.3.i    |   10 | on cyber defence;
        canada   | II.3.ii   |   11 | on sanctions.
        (3 rows)
        """)
        #expect(rendered.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 50 })
    }

    @Test func wideCharactersNullsListsAndNumbers() {
        let table = Table(columns: ["name", "n"], rows: [
            [.string("日本語のテキスト、とても長い文章です"), .number(1.5)],
            [.null, .null],
            [.list([.string("a"), .string("b")]), .number(-2)],
        ])
        #expect(TableRenderer(width: 30).render(table) == """
        name                     | n
        -------------------------+----
        日本語のテキスト、とても | 1.5
        長い文章です             |
                                 |
        a, b                     |  -2
        (3 rows)
        """)
    }

    @Test func singleRowAndEmptyTables() {
        #expect(TableRenderer().render(Table(columns: ["count"], rows: [[.number(1)]])) == "count\n-----\n    1\n(1 row)")
        #expect(TableRenderer().render(Table(columns: ["a"])) == "a\n-\n(0 rows)")
        #expect(TableRenderer().render(Table(columns: [])) == "(0 rows)")
    }

    @Test func multiLineCellsAndControlCharacters() {
        let table = Table(columns: ["text"], rows: [[.string("one\ntwo\tthree")]])
        #expect(TableRenderer().render(table) == "text\n---------\none\ntwo three\n(1 row)")
    }

    static let widthCases: [(String, Int)] = [("abc", 3), ("日本", 4), ("é", 1), ("e\u{301}", 1), ("👍", 2), ("", 0)]

    @Test(arguments: widthCases)
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}
