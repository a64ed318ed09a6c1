import EntenteModel
import Testing
@testable import EntenteExtraction

/// Entities against the seed's gold sample and general patterns.
@Suite("Entity extractor")
struct EntityExtractorTests {
    @Test(arguments: ["NATO", "European Union", "G7", "United Nations", "International Monetary Fund",
                      "International Criminal Court", "Organization for Security and Cooperation in Europe", "Council of Europe",
                      "European Bank for Reconstruction and Development", "World Bank"])
    func seedOrganizations(name: String) throws {
        let document = try #require(ExtractionCorpus.document(ExtractionCorpus.seed))
        let organizations = EntityExtractor().extract(from: document).filter { $0.kind == "organization" }
        // A name merged with its acronym reads "Full Name (ACRONYM)": either part counts.
        let hit = organizations.contains { entity in
            entity.name == name || entity.name.hasPrefix(name + " (") || entity.name.hasSuffix("(\(name))")
        }
        #expect(hit, "organisations: \(organizations.map(\.name))")
    }

    @Test func acronymAndFullNameAreOneEntity() throws {
        let document = try #require(ExtractionCorpus.document(ExtractionCorpus.seed))
        let entities = EntityExtractor().extract(from: document)
        let nato = try #require(entities.first { $0.name == "North Atlantic Treaty Organization (NATO)" })
        #expect(nato.mentions > 10)
        #expect(!entities.contains { $0.name == "NATO" })
        #expect(entities.first { $0.name == "Canada" }?.kind == "state")
    }

    @Test(arguments: [
        ("the Leaders of the Group of Seven met", "Group of Seven", "organization"),
        ("as enshrined in the United Nations Charter;", "United Nations Charter", "instrument"),
        ("the Rome Statute of the International Criminal Court", "International Criminal Court", "organization"),
        ("within the Council of Europe CM/Res(2023)3", "Council of Europe", "organization"),
        ("through the World Bank’s Trust Fund", "World Bank", "organization"),
        ("between the Russian Federation and", "Russia", "state"),
    ])
    func names(text: String, name: String, kind: String) {
        let found = EntityNameScanner.scan(ScanText(text))
        #expect(found.contains(EntityName(name: name, kind: kind)), "got \(found)")
    }

    @Test func aHeadWordAloneIsNoEntity() {
        #expect(EntityNameScanner.scan(ScanText("This Agreement will enter into force")).isEmpty)
    }
}
