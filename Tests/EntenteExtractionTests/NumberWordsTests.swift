import Testing
@testable import EntenteExtraction

@Suite("Number words")
struct NumberWordsTests {
    @Test(arguments: [("six", 6), ("ten", 10), ("nineteen", 19), ("twenty", 20), ("twenty-four", 24), ("Ninety-nine", 99)])
    func cardinals(word: String, value: Int) {
        #expect(NumberWords.cardinal(word) == value)
    }

    @Test(arguments: ["hundred", "twenty-ten", "first", "", "sixes"])
    func notCardinals(word: String) {
        #expect(NumberWords.cardinal(word) == nil)
    }

    @Test(arguments: [("first", 1), ("fourth", 4), ("nineteenth", 19), ("twenty-first", 21), ("19th", 19), ("1st", 1),
                      ("22nd", 22), ("thirtieth", 30)])
    func ordinals(word: String, value: Int) {
        #expect(NumberWords.ordinal(word) == value)
    }

    @Test(arguments: [
        ("twelve million, twelve thousand, three hundred Dutch guilders", 12_012_300.0, 8),
        ("twenty-five thousand dollars", 25_000, 2),
        ("three hundred and five days", 305, 4),
        ("two and a half", 2, 1),
        ("six, seven", 6, 1),
        ("one hundred", 100, 2),
    ])
    func phrases(text: String, value: Double, tokensUsed: Int) throws {
        let parsed = try #require(NumberWords.parse(ScanText(text), from: 0))
        #expect(parsed.value == value)
        #expect(parsed.end == tokensUsed)
    }

    @Test func noNumberWord() {
        #expect(NumberWords.parse(ScanText("the Parties"), from: 0) == nil)
    }
}
