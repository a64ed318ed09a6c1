import EntenteModel
import Testing
@testable import EntenteLanguage

/// Every stage over the fixture library, results compared whole.
@Suite struct StageTests {
    static func cells(_ query: String) throws -> [String] {
        try Fixtures.run(query, in: Fixtures.library).rows.map { $0.map(\.displayText).joined(separator: "|") }
    }

    static let cases: [(String, [String])] = [
        // select: renames and computed fields
        ("commitments in canada | select provision, upper(actor_text) as who, len(text) as length | limit 2",
         ["II.3|THE PARTICIPANTS|81", "II.3.i|THE PARTICIPANTS|46"]),
        ("amounts | select currency, currency", ["CAD|CAD", "USD|USD", "CAD|CAD", "GBP|GBP"]),
        // sort: stable, desc, nulls last both ways, text ignoring case
        ("amounts | sort currency | select provision", ["II.3.ii", "II.3", "1", "I.1"]),
        ("amounts | sort currency desc, value | select provision", ["I.1", "1", "II.3", "II.3.ii"]),
        ("amounts | sort year | select year", ["2023", "2024", "2024", ""]),
        ("amounts | sort year desc | select year", ["2024", "2024", "2023", ""]),
        ("commitments | sort actor_text | select actor_text",
         ["Canada", "the Participants", "the Participants", "The United Kingdom", "Ukraine"]),
        // limit
        ("provisions | limit 2 | select path", ["preamble.1", "I"]),
        ("provisions | limit 0", []),
        // count
        ("commitments | count", ["5"]),
        ("commitments | count by force", ["obligation|3", "permission|1", "best-effort|1"]),
        ("commitments | count by document, force", ["canada|obligation|2", "canada|permission|1", "canada|best-effort|1", "uk|obligation|1"]),
        // distinct
        ("commitments | distinct force, document", ["obligation|canada", "permission|canada", "best-effort|canada", "obligation|uk"]),
        ("terms | select kind | distinct", ["entry-into-force", "duration", "termination"]),
        // aggregate
        ("amounts | aggregate sum(value) as total, count, list(provision) by currency",
         ["CAD|3080000000|2|II.3.ii, II.3", "USD|500000000|1|I.1", "GBP|2500000000|1|1"]),
        ("amounts | aggregate min(value), max(value), avg(value), count(year)", ["60000000|3020000000|1520000000|3"]),
        ("amounts | where value < 0 | aggregate count, sum(value), avg(value), list(text)", ["0|0||"]),
        ("amounts | where value < 0 | aggregate count by currency", []),
        ("dates | aggregate min(date) as first, max(date) as last", ["2024-02-24|2025-12"]),
        // show
        ("commitments | where provision = \"II.3\" | show | select provision", ["II.3", "II.3.i", "II.3.ii"]),
        ("commitments in canada | show | select provision", ["II.3", "II.3.i", "II.3.ii", "I.1"]),
        ("outline canada | where kind = \"part\" | show | select provision", ["I", "I.1", "II", "II.3", "II.3.i", "II.3.ii"]),
        ("provisions in uk | show | select document, provision, line", ["uk|1|2", "uk|2|4"]),
        // heads followed by stages
        ("show canada II.3 | select provision, text | limit 1",
         ["II.3|In the event of renewed aggression, the Participants will consult within 24 hours:"]),
        ("compare canada, uk on terms | select kind", ["entry-into-force", "duration", "termination"]),
        ("verify report against canada | select verdict", ["supported"]),
    ]

    @Test(arguments: cases)
    func stage(query: String, expected: [String]) throws {
        #expect(try Self.cells(query) == expected)
    }

    @Test func columnNames() throws {
        #expect(try Fixtures.run("amounts | aggregate sum(value), count, count(year), list(text) as texts by currency",
                                 in: Fixtures.library).columns == ["currency", "sum_value", "count", "count_year", "texts"])
        #expect(try Fixtures.run("amounts | select upper(currency), len(text), 1, value as v, value as v", in: Fixtures.library).columns
            == ["upper_currency", "len_text", "expr", "v", "v_2"])
        #expect(try Fixtures.run("commitments | show", in: Fixtures.library).columns == ["document", "provision", "line", "text"])
    }

    @Test func outlineKeepsItsTreeThroughWhereAndLimit() throws {
        let table = try Fixtures.run("outline canada | where kind != \"item\" | limit 4")
        #expect(table.title == "canada: Agreement on security cooperation between Canada and Ukraine")
        #expect(table.indents == [0, 0, 1, 0])
    }

    @Test func letThenSource() throws {
        var environment = Fixtures.library
        environment.bindings["firm"] = try Fixtures.run(#"commitments | where force = "obligation""#, in: environment)
        #expect(try Fixtures.run("firm in uk | select provision", in: environment).rows == [[.string("1")]])
        #expect(try Fixtures.run("firm | show | count", in: environment).rows == [[.number(4)]])
    }
}
