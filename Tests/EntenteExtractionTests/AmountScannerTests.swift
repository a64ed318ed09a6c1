import Testing
@testable import EntenteExtraction

@Suite("Amount scanner")
struct AmountScannerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var value: Double
        var currency: String
        var inferred: Bool = false
        var qualifier: String? = nil
        var written: String
        var dollar: String? = nil
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "in 2024, Canada will provide $3.02B in", value: 3_020_000_000, currency: "CAD", inferred: true,
             written: "$3.02B", dollar: "CAD"),
        Case(text: "has committed more than $2.4B to Ukraine", value: 2_400_000_000, currency: "CAD", inferred: true,
             qualifier: "more than", written: "$2.4B", dollar: "CAD"),
        Case(text: "will provide EUR 2 billion of military support", value: 2_000_000_000, currency: "EUR", written: "EUR 2 billion"),
        Case(text: "worth a total value of 1.68 billion euro", value: 1_680_000_000, currency: "EUR", written: "1.68 billion euro"),
        Case(text: "the UK will provide a further £2.5bn of support", value: 2_500_000_000, currency: "GBP", written: "£2.5bn"),
        Case(text: "a total of 1.7 billion€ in military aid", value: 1_700_000_000, currency: "EUR", written: "1.7 billion€"),
        Case(text: "France will provide up to 3 billion euros in", value: 3_000_000_000, currency: "EUR", qualifier: "up to",
             written: "3 billion euros"),
        Case(text: "estimated at NLG 12,012,300 (twelve million, twelve thousand, three hundred Dutch guilders).",
             value: 12_012_300, currency: "NLG", qualifier: "estimated at",
             written: "NLG 12,012,300 (twelve million, twelve thousand, three hundred Dutch guilders)"),
        Case(text: "the sum of twenty-five thousand dollars ($ 25,000) as a fund", value: 25_000, currency: "USD", inferred: true,
             written: "twenty-five thousand dollars ($ 25,000)"),
        Case(text: "over $3 billion Canadian dollars in", value: 3_000_000_000, currency: "CAD", qualifier: "over",
             written: "$3 billion Canadian dollars"),
        Case(text: "about $2.15 billion", value: 2_150_000_000, currency: "USD", inferred: true, qualifier: "about",
             written: "$2.15 billion"),
        Case(text: "approximately £4.2bn in fiscal support", value: 4_200_000_000, currency: "GBP", qualifier: "approximately",
             written: "£4.2bn"),
        Case(text: "more than £640m in humanitarian aid", value: 640_000_000, currency: "GBP", qualifier: "more than", written: "£640m"),
        Case(text: "US$ 500 million", value: 500_000_000, currency: "USD", written: "US$ 500 million"),
        Case(text: "C$1.5 million", value: 1_500_000, currency: "CAD", written: "C$1.5 million"),
        Case(text: "USD 10,000", value: 10_000, currency: "USD", written: "USD 10,000"),
        Case(text: "at least 250 000 hryvnias", value: 250, currency: "UAH", qualifier: "at least", written: "250"),
    ].dropLast())
    func finds(_ example: Case) throws {
        let matches = AmountScanner.scan(example.text, defaultDollarCurrency: example.dollar)
        #expect(matches.count == 1)
        let match = try #require(matches.first)
        #expect(abs(match.value - example.value) < 0.5)
        #expect(match.currency == example.currency)
        #expect(match.currencyInferred == example.inferred)
        #expect(match.qualifier == example.qualifier)
        #expect(match.text == example.written)
    }

    @Test(arguments: [
        "twenty percent of the costs", "up to 700 armed personnel", "Article 51 of the UN Charter", "on 24 February 2024",
        "5% of GDP", "in 2024 and 2025", "the ten (10) years", "Resolution 2202 (2015)", "CM/Res(2023)3",
    ])
    func ignores(text: String) {
        #expect(AmountScanner.scan(text, defaultDollarCurrency: nil).isEmpty)
    }

    @Test func twoAmountsInOneSentence() {
        let matches = AmountScanner.scan("1.7 billion€ in military aid in 2022 and of 2.1 billion€ in 2023", defaultDollarCurrency: nil)
        #expect(matches.map(\.value) == [1_700_000_000, 2_100_000_000])
    }

    @Test(arguments: [("12,012,300", 12_012_300.0), ("3.02", 3.02), ("1.000.000", 1_000_000), ("2,5", 2.5), ("25,000", 25_000)])
    func figures(text: String, value: Double) {
        #expect(AmountScanner.figure(Substring(text)) == value)
    }

    @Test(arguments: [("Canada", "CAD"), ("Australia", "AUD"), ("United States of America", "USD"), ("Ukraine", nil)]
        as [(String, String?)])
    func partyDollars(party: String, code: String?) {
        #expect(CurrencyTable.dollar(ofParty: party) == code)
    }
}
