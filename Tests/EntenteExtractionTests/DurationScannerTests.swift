import Testing
@testable import EntenteExtraction

@Suite("Duration scanner")
struct DurationScannerTests {
    @Test(arguments: [
        ("consult within twenty-four (24) hours to determine", "PT24H", "twenty-four (24) hours"),
        ("valid for a period of ten (10) years.", "P10Y", "ten (10) years"),
        ("within six months of", "P6M", "six months"),
        ("not less than 30 days before", "P30D", "30 days"),
        ("for the period of one year on", "P1Y", "one year"),
        ("at least four weeks in advance", "P4W", "four weeks"),
        ("upon a three months’ notice", "P3M", "three months"),
        ("one year’s notice", "P1Y", "one year’s"),
        ("a 24-hour emergency response", "PT24H", "24-hour"),
        ("a ten-year agreement", "P10Y", "ten-year"),
        ("within thirty calendar days", "P30D", "thirty calendar days"),
        ("within a month", "P1M", "a month"),
        ("within 48 hours", "PT48H", "48 hours"),
        ("for a further period of 6 months maximum", "P6M", "6 months"),
        ("eighteen months", "P18M", "eighteen months"),
        ("within five (5) days", "P5D", "five (5) days"),
    ])
    func finds(text: String, iso: String, written: String) throws {
        let matches = DurationScanner.scan(text)
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(match.iso == iso)
        #expect(match.text == written)
        #expect(String(text[match.range]) == written)
    }

    @Test(arguments: [
        "persons under 18 years of age", "a child six years old", "on 24 February 2024", "in 2024", "Article 5",
        "twice a year", "a day of remembrance", "the first day of the second month", "700 armed personnel",
    ])
    func ignores(text: String) {
        #expect(DurationScanner.scan(text).isEmpty)
    }

    @Test func severalInOneSentence() {
        let isos = DurationScanner.scan("After the Treaty has been in force for twenty years, any Party may cease to be a Party one year after its notice").map(\.iso)
        #expect(isos == ["P20Y", "P1Y"])
    }
}

@Suite("Duration units")
struct DurationUnitTests {
    @Test func unitsHaveTheirDesignators() {
        let expected: [String: (String, Bool)] = [
            "year": ("Y", false), "years": ("Y", false), "month": ("M", false), "months": ("M", false),
            "week": ("W", false), "weeks": ("W", false), "day": ("D", false), "days": ("D", false),
            "hour": ("H", true), "hours": ("H", true), "minute": ("M", true), "minutes": ("M", true),
        ]
        #expect(Set(DurationScanner.units.keys) == Set(expected.keys))
        for (word, (designator, isTime)) in expected {
            let unit = DurationScanner.unit(word)
            #expect(unit?.designator == designator && unit?.isTime == isTime, "\(word)")
        }
        #expect(DurationScanner.unit("decade") == nil)
    }
}
