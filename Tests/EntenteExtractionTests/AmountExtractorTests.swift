import EntenteModel
import Testing
@testable import EntenteExtraction

/// Amounts against the seed's gold (complete: no extra rows) and hand-checked corpus texts.
@Suite("Amount extractor")
struct AmountExtractorTests {
    @Test func seedAmountsAreExactlyTheGold() throws {
        let document = try #require(ExtractionCorpus.document(ExtractionCorpus.seed))
        let amounts = AmountExtractor().extract(from: document)
        #expect(amounts.count == 2)
        let first = try #require(amounts.first { $0.provenance.provision == "I.3" })
        #expect(first.value == 3_020_000_000)
        #expect(first.currency == "CAD")
        #expect(first.currencyInferred)
        #expect(first.year == 2024)
        #expect(first.text == "$3.02B")
        let second = try #require(amounts.first { $0.provenance.provision == "IV.A.2" })
        #expect(second.value == 2_400_000_000)
        #expect(second.currency == "CAD")
        #expect(second.qualifier == "more than")
        #expect(second.text == "$2.4B")
    }

    struct Expected: Sendable, CustomTestStringConvertible {
        var document: String
        var text: String
        var value: Double
        var currency: String
        var year: Int?
        var qualifier: String?
        var testDescription: String { "\(document) \(text)" }
    }

    @Test(arguments: [
        Expected(document: "ua-uk-security-cooperation-2024.txt", text: "£2.3bn", value: 2_300_000_000, currency: "GBP", year: 2022),
        Expected(document: "ua-uk-security-cooperation-2024.txt", text: "£2.5bn", value: 2_500_000_000, currency: "GBP", year: 2024),
        Expected(document: "ua-germany-security-cooperation-2024.txt", text: "1.68 billion euro", value: 1_680_000_000,
                 currency: "EUR", year: 2022),
        Expected(document: "ua-germany-security-cooperation-2024.txt", text: "7.1 billion euro", value: 7_100_000_000,
                 currency: "EUR", year: 2024),
        Expected(document: "ua-france-security-cooperation-2024.txt", text: "1.7 billion€", value: 1_700_000_000,
                 currency: "EUR", year: 2022),
        Expected(document: "ua-france-security-cooperation-2024.txt", text: "3 billion euros", value: 3_000_000_000,
                 currency: "EUR", year: 2024, qualifier: "up to"),
        Expected(document: "ua-netherlands-security-cooperation-2024.txt", text: "EUR 2 billion", value: 2_000_000_000,
                 currency: "EUR", year: 2024),
        Expected(document: "nl-uganda-soroti-development-programme-1996.txt",
                 text: "NLG 12,012,300 (twelve million, twelve thousand, three hundred Dutch guilders)", value: 12_012_300,
                 currency: "NLG"),
        Expected(document: "nl-us-mou-looted-securities-1951.txt", text: "twenty-five thousand dollars ($ 25,000)", value: 25_000,
                 currency: "USD"),
        Expected(document: "euromaidan-italy-canada-security-deals-2024.txt", text: "$3 billion Canadian dollars",
                 value: 3_000_000_000, currency: "CAD", qualifier: "over"),
        Expected(document: "euromaidan-italy-canada-security-deals-2024.txt", text: "$2.15 billion", value: 2_150_000_000,
                 currency: "USD", qualifier: "about"),
        Expected(document: "euromaidan-italy-canada-security-deals-2024.txt", text: "£2.5 billion", value: 2_500_000_000,
                 currency: "GBP", year: 2024),
    ])
    func finds(_ expected: Expected) throws {
        let document = try #require(ExtractionCorpus.document(expected.document))
        let amounts = AmountExtractor().extract(from: document).filter { $0.text == expected.text }
        let amount = try #require(amounts.first, "no \(expected.text)")
        #expect(abs(amount.value - expected.value) < 0.5)
        #expect(amount.currency == expected.currency)
        if let year = expected.year { #expect(amount.year == year) }
        if let qualifier = expected.qualifier { #expect(amount.qualifier == qualifier) }
    }

    @Test(arguments: ["nl-uganda-soroti-development-programme-1996.txt", "ua-netherlands-security-cooperation-2024.txt"])
    func oneRowPerSum(document name: String) throws {
        // "NLG 12,012,300 (twelve million … Dutch guilders)" is one amount, not two.
        let document = try #require(ExtractionCorpus.document(name))
        #expect(AmountExtractor().extract(from: document).count == 1)
    }

    @Test(arguments: ["nl-ukraine-mh17-mission-agreement-2014.txt", "north-atlantic-treaty-1949.txt",
                      "nl-rwanda-status-of-defence-personnel-2009.txt"])
    func noMoneyNoAmounts(document name: String) throws {
        // "up to 700 armed personnel", article numbers and dates are not sums of money.
        let document = try #require(ExtractionCorpus.document(name))
        #expect(AmountExtractor().extract(from: document).isEmpty)
    }
}
