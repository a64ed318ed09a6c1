import Testing
@testable import EntenteExtraction

@Suite("Date scanner")
struct DateScannerTests {
    @Test(arguments: [
        ("SIGNED in duplicate in Kyiv on 24 February 2024, in", "2024-02-24", "24 February 2024"),
        ("on July 12, 2023 (the", "2023-07-12", "July 12, 2023"),
        ("established on 2 February 2024 and", "2024-02-02", "2 February 2024"),
        ("Done at Washington, the fourth day of April, 1949.", "1949-04-04", "the fourth day of April, 1949"),
        ("this 19th day of January 1951", "1951-01-19", "this 19th day of January 1951"),
        ("in duplicate, this nineteenth day of January, 1951.", "1951-01-19", "this nineteenth day of January, 1951"),
        ("dated 2024-02-24.", "2024-02-24", "2024-02-24"),
        ("dated 24.02.2024.", "2024-02-24", "24.02.2024"),
        ("dated 24/02/2024.", "2024-02-24", "24/02/2024"),
        ("since February 2022, Canada", "2022-02", "February 2022"),
        ("until June 2024;", "2024-06", "June 2024"),
        ("on Feb. 24, 2024", "2024-02-24", "Feb. 24, 2024"),
        ("on the 1st of", nil, nil),
    ] as [(String, String?, String?)])
    func finds(text: String, iso: String?, written: String?) {
        let matches = DateScanner.scan(text)
        #expect(matches.first?.iso == iso)
        #expect(matches.first?.text == written)
    }

    @Test(arguments: [
        "since 2014 and in 2022", "the Parties may 5 times", "30 February 2024", "(2023-2027)", "Article 51 of 1945",
        "05/06/2024", "may 2024",
    ])
    func ignores(text: String) {
        #expect(DateScanner.scan(text).isEmpty)
    }

    @Test func rangeGivesTwoDates() {
        let isos = DateScanner.scan("from 1 January 1996 till 31 December 1998").map(\.iso)
        #expect(isos == ["1996-01-01", "1998-12-31"])
    }

    @Test(arguments: [(2024, 2, 29, "2024-02-29"), (2023, 2, 29, nil), (1900, 2, 29, nil), (2000, 2, 29, "2000-02-29"),
                      (2024, 4, 31, nil), (2024, 13, 1, nil)] as [(Int, Int, Int, String?)])
    func validation(year: Int, month: Int, day: Int, iso: String?) {
        #expect(DateScanner.full(year, month, day) == iso)
    }
}
