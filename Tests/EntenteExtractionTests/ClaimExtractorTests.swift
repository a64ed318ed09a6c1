import EntenteModel
import EntenteReading
import Testing
@testable import EntenteExtraction

/// A report built from sentences, one paragraph each, without the reader.
private func report(_ sentences: [String]) -> Document {
    var provisions: [Provision] = []
    for (index, sentence) in sentences.enumerated() {
        let label = String(index + 1)
        provisions.append(Provision(path: label, kind: .paragraph, label: label, heading: "", text: sentence,
                                    line: index + 1, endLine: index + 1, depth: 0))
        provisions.append(Provision(path: label + ".1", kind: .sentence, label: "1", heading: "", text: sentence,
                                    line: index + 1, endLine: index + 1, depth: 1))
    }
    return Document(id: "report", title: "A report", kind: .report,
                    source: SourceInfo(path: "report.txt", bytes: 0, sha256: ""), provisions: provisions)
}

private func claims(_ sentence: String) -> [(String, String)] {
    ClaimExtractor().extract(from: report([sentence])).map { ($0.claim, $0.fact) }
}

@Suite("Claim extraction")
struct ClaimExtractorTests {
    @Test func amountKeepsQualifierYearAndDropsTheConversion() {
        let found = claims("The deal includes over $3 billion Canadian dollars (about $2.15 billion) in aid from Canada in 2024.")
        #expect(found.filter { $0.0 == "amount" }.map(\.1) == ["over 3000000000 CAD in 2024"])
    }

    @Test func durationAndDeadlineInOneSentence() {
        let found = claims("Both pacts are valid for 10 years and set a 24-hour emergency response.")
        #expect(found.map(\.0) == ["duration", "deadline"])
        #expect(found.map(\.1) == ["P10Y", "PT24H"])
    }

    @Test func dateWithItsPlace() {
        let found = claims("The declaration was launched in Vilnius on 12 July 2023.")
        #expect(found.contains { $0 == ("place", "Vilnius") })
        #expect(found.contains { $0 == ("date", "2023-07-12") })
    }

    @Test func signingNamesTheStatesOfItsClause() {
        let found = claims("On 12 January 2024, Ukraine signed the first such pact with the UK, months after Russia attacked.")
        #expect(found.contains { $0 == ("signing", "Ukraine, United Kingdom") })
        // A hope to sign is not a signature.
        #expect(claims("Ukraine hopes to sign similar deals with some 30 countries.").isEmpty)
    }

    @Test func signingByNationalityAdjectiveAndPlace() {
        let found = claims("Later, the Canadian Prime Minister signed a similar security agreement in Kyiv.")
        #expect(found.contains { $0 == ("signing", "Canada") })
        #expect(found.contains { $0 == ("place", "Kyiv") })
    }

    @Test func commitmentWithConditionAndConcernedStates() throws {
        let found = claims("The agreements are bilateral, meaning that Ukraine will also respond in case of a threat to Canada or Italy.")
        let fact = try #require(found.first { $0.0 == "commitment" }?.1)
        #expect(fact.contains("actor: Ukraine"))
        #expect(fact.contains("modality: will"))
        #expect(fact.contains("action: respond"))
        #expect(fact.contains("concerning: Canada, Italy"))
    }

    @Test func pledgeWithAYearDeadline() throws {
        let fact = try #require(claims("Italy has pledged to continue providing military aid through 2024.").first?.1)
        #expect(fact == "actor: Italy; modality: commit; action: provide; by: 2024")
    }

    @Test func sentencesWithoutFactsGiveNoClaims() {
        #expect(claims("Meloni said the deal showed firm support for independence.").isEmpty)
        #expect(claims("Trudeau reaffirmed Canada’s unwavering support.").isEmpty)
    }

    @Test func agreementsHaveNoClaims() {
        var document = report(["Canada will provide $3 billion in 2024."])
        document.kind = .agreement
        #expect(ClaimExtractor().extract(from: document).isEmpty)
        #expect(FactExtractor().extract(from: document).claims.isEmpty)
    }

    @Test func claimsCarryTheSentenceAndItsProvision() throws {
        let extracted = ClaimExtractor().extract(from: report(["Intro without facts.", "The  pact   is valid for ten years."]))
        let claim = try #require(extracted.first)
        #expect(claim.provenance.provision == "2.1")
        #expect(claim.sentence == "The pact is valid for ten years.")
    }

    @Test func seedReportClaims() throws {
        let document = try #require(ExtractionCorpus.document("euromaidan-italy-canada-security-deals-2024.txt"))
        let extracted = FactExtractor().extract(from: document).claims
        let byProvision = Dictionary(grouping: extracted, by: \.provenance.provision)
        #expect(byProvision["4.1"]?.map(\.fact) == ["P10Y", "PT24H"])
        #expect(byProvision["14.1"]?.map(\.fact) == ["over 3000000000 CAD in 2024"])
        #expect(byProvision["17.1"]?.map(\.claim).sorted() == ["date", "place"])
        #expect(byProvision["10.3"]?.first?.fact.hasPrefix("actor: Italy") == true)
        #expect(byProvision["5.1"]?.first?.claim == "commitment")
        #expect(byProvision["22.3"]?.map(\.fact) == ["2500000000 GBP in 2024"])
        // Boilerplate and quotes without facts give nothing.
        #expect(byProvision["13.1"] == nil)
    }
}
