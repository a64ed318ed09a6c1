import EntenteModel
import Testing
@testable import EntenteLanguage

@Suite struct EvaluatorTests {
    static func paths(_ query: String) throws -> [String] {
        try Fixtures.run(query + " | select path").rows.map { $0[0].displayText }
    }

    static let whereCases: [(String, [String])] = [
        (#"kind = "PART""#, ["I", "II"]),
        (#"kind != "part" and document = "canada""#, ["preamble.1", "I.1", "II.3", "II.3.i", "II.3.ii", "signature"]),
        (#"text contains "CYBER""#, ["II.3.i"]),
        (#"line >= 10 and line < 13"#, ["II.3.i", "II.3.ii"]),
        (#"not (line > 3) and document = "canada""#, ["preamble.1"]),
        (#"kind = "part" or label = "ii""#, ["I", "II", "II.3.ii"]),
        (#"heading = """#, ["preamble.1", "signature", "1"]),
        (#"heading != null and line = 1"#, ["1"]),
        (#"path < "II" and kind = "part""#, ["I"]),
        (#"document = "euromaidan-report""#, ["1"]),
    ]

    @Test(arguments: whereCases)
    func whereStage(condition: String, expected: [String]) throws {
        #expect(try Self.paths("provisions | where \(condition)") == expected)
    }

    @Test func documentsSource() throws {
        let table = try Fixtures.run("documents")
        #expect(table.columns == ["id", "title", "kind", "parties", "signed", "place", "languages", "source", "sha256"])
        #expect(table.rows[0][3] == .list([.string("Canada"), .string("Ukraine")]))
        #expect(table.rows[0][4] == .date("2024-02-24"))
        #expect(table.rows[1][4] == .null)
        #expect(try Fixtures.run(#"documents | where parties contains "canada" | select id"#).rows == [[.string("canada")]])
        #expect(try Fixtures.run(#"documents | where signed = "2024-02-24" | count"#).rows == [[.number(1)]])
        #expect(try Fixtures.run("documents | where signed > 2024-01-01 | count").rows == [[.number(1)]])
        #expect(try Fixtures.run(#"documents | where languages = ["english", "French", "UKRAINIAN"] | count"#).rows == [[.number(1)]])
    }

    @Test func inRestrictsAndKeepsLoadOrder() throws {
        #expect(try Fixtures.run(#"provisions in "euromaidan-report", canada | count by document"#).rows == [
            [.string("canada"), .number(8)], [.string("euromaidan-report"), .number(1)],
        ])
        #expect(try Fixtures.run("provisions in euromaidan-report | count").rows == [[.number(1)]])
    }

    @Test func selectCountLimit() throws {
        let selected = try Fixtures.run("provisions in canada | select line, path | limit 2")
        #expect(selected == Table(columns: ["line", "path"], rows: [[.number(3), .string("preamble.1")], [.number(5), .string("I")]]))
        #expect(try Fixtures.run("provisions | count") == Table(columns: ["count"], rows: [[.number(9)]]))
        #expect(try Fixtures.run("provisions | limit 0").rows.isEmpty)
        #expect(try Fixtures.run("provisions | count by kind") == Table(columns: ["kind", "count"], rows: [
            [.string("preamble"), .number(1)], [.string("part"), .number(2)], [.string("paragraph"), .number(2)],
            [.string("item"), .number(2)], [.string("signature"), .number(1)], [.string("body"), .number(1)],
        ]))
        #expect(try Fixtures.run(#"provisions | where kind = "item" | count by document, heading"#).rows == [
            [.string("canada"), .string("Consultations"), .number(2)],
        ])
        #expect(try Fixtures.run("provisions | count by kind | where count > 1 | select kind").rows == [
            [.string("part")], [.string("paragraph")], [.string("item")],
        ])
    }

    @Test func sourcesNotExtractedYetAreEmptyWithTheirColumns() throws {
        for source in Catalog.sources where !source.available {
            let table = try Fixtures.run(source.name)
            #expect(table.columns == source.fields.map(\.name))
            #expect(table.rows.isEmpty)
        }
        #expect(try Fixtures.run("durations | where duration < 6mo | count").rows == [[.number(1)]])
    }

    @Test func letBindingsAreSources() throws {
        let parts = try Fixtures.run(#"provisions | where kind = "part""#)
        let environment = Environment(documents: Fixtures.environment.documents, bindings: ["parts": parts])
        #expect(try Fixtures.run("parts in canada | select path", in: environment).rows == [[.string("I")], [.string("II")]])
        #expect(try Fixtures.run("parts | where line > 6 | count", in: environment).rows == [[.number(1)]])
        let statement = try Fixtures.statement(#"let items = provisions | where kind = "item""#)
        #expect(try Evaluator(environment: Fixtures.environment).evaluate(statement).rows.count == 2)
    }

    @Test func outline() throws {
        let table = try Fixtures.run("outline canada")
        #expect(table.columns == ["path", "kind", "summary", "line"])
        #expect(table.title == "canada: Agreement on security cooperation between Canada and Ukraine")
        #expect(table.indents == [0, 0, 1, 0, 1, 2, 2, 0])
        #expect(table.rows.map { $0[2].displayText } == [
            "Recalling the G7 Joint Declaration;", "Objectives", "The Participants acknowledge the aims of cooperation.",
            "Consultations", "In the event of renewed aggression, the Participants will…", "on cyber defence;",
            "on sanctions.", "SIGNED in duplicate in Kyiv",
        ])
    }

    @Test func show() throws {
        let table = try Fixtures.run("show canada II.3")
        #expect(table.columns == ["document", "provision", "line", "text"])
        #expect(table.rows.map { $0[1].displayText } == ["II.3", "II.3.i", "II.3.ii"])
        #expect(try Fixtures.run(#"show "canada" "signature""#).rows.count == 1)
        #expect(try Fixtures.run("show euromaidan-report 1").rows == [
            [.string("euromaidan-report"), .string("1"), .number(1), .string("Canada signed a deal.")],
        ])
    }

    static let comparisonCases: [(Value, ComparisonOperator, Value, Bool)] = [
        (.string("Canada"), .equal, .string("CANADA"), true),
        (.string("a"), .less, .string("B"), true),
        (.null, .equal, .null, true),
        (.null, .notEqual, .string("x"), true),
        (.null, .less, .number(1), false),
        (.number(2), .greaterOrEqual, .number(2), true),
        (.date("2024-02-24"), .greater, .string("2023-12-31"), true),
        (.duration(ISODuration(parsing: "P6M")!), .equal, .string("p6m"), true),
        (.duration(ISODuration(parsing: "PT24H")!), .less, .duration(ISODuration(parsing: "P3D")!), true),
        (.list([.string("Canada"), .string("Ukraine")]), .contains, .string("ukraine"), true),
        (.list([.string("Canada")]), .contains, .string("Can"), false),
        (.string("Cyber security"), .contains, .string("SECURITY"), true),
        (.string("x"), .contains, .null, false),
    ]

    @Test(arguments: comparisonCases)
    func comparisons(left: Value, op: ComparisonOperator, right: Value, expected: Bool) throws {
        #expect(try Value.compare(op, left, right) == expected)
    }
}
