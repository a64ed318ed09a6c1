import EntenteModel
import Testing
@testable import EntenteLanguage

@Suite struct JSONRendererTests {
    @Test func documentsAsAnArrayOfObjects() throws {
        #expect(JSONRenderer().render(try Fixtures.run("documents")) == """
        [
          {"id": "canada", "title": "Agreement on security cooperation between Canada and Ukraine", "kind": "agreement", "parties": ["Canada", "Ukraine"], "signed": "2024-02-24", "place": "Kyiv", "languages": ["English", "French", "Ukrainian"], "source": "Examples/agreements/canada.txt", "sha256": "\(String(repeating: "a", count: 64))"},
          {"id": "euromaidan-report", "title": "Italy and Canada sign security deals", "kind": "report", "parties": [], "signed": null, "place": null, "languages": [], "source": "Examples/agreements/report.txt", "sha256": "\(String(repeating: "b", count: 64))"}
        ]
        """)
    }

    @Test func escapingNumbersAndLists() {
        let table = Table(columns: ["s", "n", "l", "d"], rows: [[
            .string("q\"b\\s\n\t\u{1}é\r\u{7F}"), .number(3_020_000_000),
            .list([.number(0.5), .null, .bool(true)]), .duration(ISODuration(amount: 6, unit: "mo")!),
        ]])
        #expect(JSONRenderer().render(table) == #"""
        [
          {"s": "q\"b\\s\n\t\u0001é\r\u007f", "n": 3020000000, "l": [0.5, null, true], "d": "P6M"}
        ]
        """#)
    }

    @Test func linesAndEmpty() throws {
        #expect(JSONRenderer(style: .lines).render(try Fixtures.run("provisions | count by document")) == """
        {"document": "canada", "count": 8}
        {"document": "euromaidan-report", "count": 1}
        """)
        #expect(JSONRenderer().render(Table(columns: ["a"])) == "[]")
        #expect(JSONRenderer(style: .lines).render(Table(columns: ["a"])) == "")
    }

    static let numberCases: [(Double, String)] = [
        (0, "0"), (-2, "-2"), (1.5, "1.5"), (3.02e9, "3020000000"), (.infinity, "null"), (.nan, "null"), (1e20, "1e+20"),
    ]

    @Test(arguments: numberCases)
    func numbers(number: Double, expected: String) {
        #expect(JSONRenderer.encode(.number(number)) == expected)
    }
}
