import EntenteModel
import Foundation
import Testing
@testable import EntenteReading

/// Hand-checked metadata of every shared corpus text (read from the texts themselves): title, kind,
/// parties in text order, aliases, signature date, place and languages, and sample definitions.
@Suite("Metadata of the corpus texts")
struct MetadataCorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String
        var kind: DocumentKind = .agreement
        var parties: [String] = []
        /// Alias → members; collective first, then one-party aliases, in text order.
        var aliases: [(String, [String])] = []
        var signed: String?
        var place: String?
        var languages: [String] = []
        /// Term → meaning, a sample: each must be found.
        var definitions: [(String, String)] = []
        var testDescription: String { file }
    }

    static let uk = "United Kingdom of Great Britain and Northern Ireland"
    static let netherlands = "Kingdom of the Netherlands"

    static let expected: [Expected] = [
        Expected(
            file: "canada-ukraine-security-agreement-2024.txt", title: "Agreement on security cooperation between Canada and Ukraine",
            parties: ["Canada", "Ukraine"], aliases: [("the Participants", ["Canada", "Ukraine"])], signed: "2024-02-24",
            place: "Kyiv", languages: ["English", "French", "Ukrainian"],
            definitions: [("Participants", "Canada and Ukraine"), ("G7", "Group of Seven"),
                          ("PSTAR", "Police Service Trust Accountability and Resilience Project"),
                          ("CPMU", "Canadian Police Mission in Ukraine")]),
        Expected(
            file: "cis-agreement-establishing-commonwealth-1991.txt", title: "AGREEMENT ESTABLISHING THE COMMONWEALTH OF INDEPENDENT STATES",
            parties: ["Republic of Belarus", "Russian Federation", "Ukraine"],
            aliases: [("the High Contracting Parties", ["Republic of Belarus", "Russian Federation", "Ukraine"])],
            signed: "1991-12-08", place: "Minsk", languages: ["Byelorussian", "Russian", "Ukrainian"],
            definitions: [("RSFSR", "Russian Federation")]),
        Expected(
            file: "euromaidan-italy-canada-security-deals-2024.txt",
            title: "Ukraine signs security deals with Italy, Canada to boost defenses against Russia", kind: .report),
        Expected(
            file: "nl-rwanda-status-of-defence-personnel-2009.txt",
            title: "Agreement between the Kingdom of the Netherlands and the Republic of Rwanda concerning the status of military and civilian personnel of their Ministry of Defence present in each other’s territory for activities related to bilateral military cooperation",
            parties: [netherlands, "Republic of Rwanda"], aliases: [("the Parties", [netherlands, "Republic of Rwanda"])],
            signed: "2009-05-13", place: "Kigali", languages: ["English"],
            definitions: [("Personnel", "the military and civilian personnel of the Ministry of Defence of the Parties")]),
        Expected(
            file: "nl-sweden-classified-military-information.txt",
            title: "Agreement between the Kingdom of the Netherlands and the Kingdom of Sweden on the Reciprocal Protection of Classified Military Information",
            parties: [netherlands, "Kingdom of Sweden"], signed: "1984-10-29", place: "The Hague"),
        Expected(
            file: "nl-uganda-soroti-development-programme-1996.txt",
            title: "Agreement between the Kingdom of the Netherlands and the Republic of Uganda concerning the Project “Soroti District Development Programme\"",
            parties: [netherlands, "Republic of Uganda"], signed: "1996-03-18", place: "Kampala", languages: ["English"]),
        Expected(
            file: "nl-ukraine-mh17-mission-agreement-2014.txt",
            title: "Agreement between the Kingdom of the Netherlands and Ukraine on the International Mission for Protection of Investigation",
            parties: ["Ukraine", netherlands],
            aliases: [("the Parties", ["Ukraine", netherlands]), ("the Receiving State", ["Ukraine"]), ("the Sending State", [netherlands])],
            signed: "2014-07-28", place: "Kyiv", languages: ["English", "Ukrainian"],
            definitions: [("Receiving State", "Ukraine"), ("Sending State", netherlands)]),
        Expected(
            file: "nl-us-mou-looted-securities-1951.txt",
            title: "Memorandum of understanding between the Government of the Netherlands and the Government of the United States of America regarding claims by the Government of the Netherlands to looted securities",
            parties: ["Government of the Netherlands", "Government of the United States of America"],
            signed: "1951-01-19", place: "Washington"),
        // The Parties are never named in the text: no parties rather than a guess.
        Expected(
            file: "north-atlantic-treaty-1949.txt", title: "NORTH ATLANTIC TREATY", signed: "1949-04-04", place: "Washington",
            languages: ["English", "French"]),
        Expected(
            file: "ua-eu-joint-security-commitments-2024.txt", title: "Joint Security Commitments between Ukraine and the European Union",
            parties: ["Ukraine", "European Union"], signed: "2024-06-27", place: "Brussels", languages: ["Ukrainian", "English"],
            definitions: [("CSDP", "Common Security and Defence Policy")]),
        Expected(
            file: "ua-france-security-cooperation-2024.txt", title: "Agreement on security cooperation between France and Ukraine",
            parties: ["France", "Ukraine"],
            aliases: [("the Participants", ["France", "Ukraine"]), ("the French Participant", ["France"]),
                      ("the Ukrainian Participant", ["Ukraine"])],
            signed: "2024-02-16", place: "Paris", languages: ["French", "Ukrainian"],
            definitions: [("French Participant", "France"), ("Ukrainian Participant", "Ukraine")]),
        Expected(
            file: "ua-germany-security-cooperation-2024.txt",
            title: "Agreement on security cooperation and long-term support between the Federal Republic of Germany and Ukraine",
            parties: ["Federal Republic of Germany", "Ukraine"],
            aliases: [("the Participants", ["Federal Republic of Germany", "Ukraine"]), ("Germany", ["Federal Republic of Germany"])],
            signed: "2024-02-16", place: "Berlin", languages: ["German", "Ukrainian", "English"],
            definitions: [("Germany", "Federal Republic of Germany")]),
        Expected(
            file: "ua-netherlands-security-cooperation-2024.txt", title: "Agreement on security cooperation between Ukraine and the Netherlands",
            parties: ["Ukraine", "Government of the Netherlands"],
            aliases: [("the Participants", ["Ukraine", "Government of the Netherlands"])],
            signed: "2024-03-01", place: "Kharkiv", languages: ["Ukrainian", "Dutch", "English"],
            definitions: [("ANP", "Annual National Programme")]),
        Expected(
            file: "ua-uk-security-cooperation-2024.txt",
            title: "AGREEMENT ON SECURITY CO-OPERATION BETWEEN THE UNITED KINGDOM OF GREAT BRITAIN & NORTHERN IRELAND AND UKRAINE",
            parties: [uk, "Ukraine"], aliases: [("the Participants", [uk, "Ukraine"]), ("the UK", [uk])],
            signed: "2024-01-12", place: "Kyiv", languages: ["English", "Ukrainian"],
            definitions: [("UK", uk), ("Participants", "\(uk) and Ukraine")]),
        Expected(
            file: "us-nl-mutual-support-agreement-1983.txt",
            title: "Mutual Support Agreement between the United States of America and the Kingdom of the Netherlands",
            parties: ["Government of the United States of America", "Government of the Kingdom of the Netherlands"],
            aliases: [("the parties", ["Government of the United States of America", "Government of the Kingdom of the Netherlands"])],
            signed: "1983-02-22", place: "Stuttgart", languages: ["English"],
            definitions: [("USAFE", "United States Air Forces in Europe")]),
    ]

    /// Reads a text the way loading does, metadata pass included (it is idempotent, so this holds
    /// whether or not `DocumentReader` already runs it).
    static func read(_ file: String) throws -> Document? {
        let url = CorpusFiles.sharedCorpus.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let bytes = [UInt8](data)
        let document = try DocumentReader().read(bytes: bytes, path: file, id: file)
        return MetadataRefiner.refine(document, lines: SourceText.splitLines(String(decoding: bytes, as: UTF8.self)))
    }

    @Test(arguments: expected)
    func metadata(expected: Expected) throws {
        guard let document = try Self.read(expected.file) else { return }
        #expect(document.title == expected.title)
        #expect(document.kind == expected.kind)
        #expect(document.parties == expected.parties)
        #expect(document.aliases.map(\.alias) == expected.aliases.map(\.0))
        #expect(document.aliases.map(\.members) == expected.aliases.map(\.1))
        #expect(document.signed == expected.signed)
        #expect(document.place == expected.place)
        #expect(document.languages == expected.languages)
        for (term, meaning) in expected.definitions {
            let found = document.definitions.first { $0.term == term }
            #expect(found?.meaning == meaning, "\(term)")
            if let found { #expect(document.provision(at: found.provision) != nil, "\(term) at \(found.provision)") }
        }
    }

    @Test func refiningTwiceChangesNothing() throws {
        for expected in Self.expected {
            guard let once = try Self.read(expected.file) else { continue }
            let url = CorpusFiles.sharedCorpus.appendingPathComponent(expected.file)
            let lines = SourceText.splitLines(try String(contentsOf: url, encoding: .utf8))
            #expect(MetadataRefiner.refine(once, lines: lines) == once, "\(expected.file)")
        }
    }

    /// All the seed's parenthesised and quoted terms (issue 4 counts 15; the text has 17).
    @Test func seedDefinitions() throws {
        let document = try #require(try Self.read("canada-ukraine-security-agreement-2024.txt"))
        #expect(Set(document.definitions.map(\.term)) == [
            "Participants", "G7", "NATO", "G7 Joint Declaration", "UN Charter", "EU", "CUSSP", "UDCG", "SAG-U", "WPS",
            "R&D", "GSOIA", "SOC", "IMF", "EBRD", "PSTAR", "CPMU",
        ])
    }

    @Test(arguments: [
        ("Done at Washington, the fourth day of April, 1949.", "1949-04-04", "Washington"),
        ("Done at Washington, in duplicate, this nineteenth day of January, 1951.", "1951-01-19", "Washington"),
        ("IN WITNESS WHEREOF the undersigned have signed. DONE at Kigali on this 13th day of May in this year 2009.", "2009-05-13", "Kigali"),
        ("Done at Geneva on the twenty-first day of May in the year one thousand nine hundred and ninety.", "1990-05-21", "Geneva"),
        ("Signed at Oslo this twenty first day of June, two thousand and nine.", "2009-06-21", "Oslo"),
        ("DONE in duplicate at The Hague on 29 October 1984.", "1984-10-29", "The Hague"),
        ("Signed in Kharkiv, Ukraine, on 1 March 2024, in duplicate.", "2024-03-01", "Kharkiv"),
        ("Done at Ottawa on February 24, 2024.", "2024-02-24", "Ottawa"),
        ("Done at Lima, this thirtieth day of September 1999.", "1999-09-30", "Lima"),
    ])
    func signatureDates(text: String, date: String, place: String) {
        let result = SignatureExtractor.extract(text)
        #expect(result.date == date)
        #expect(result.place == place)
    }

    @Test func languagesOnlyFromClausesAboutTexts() {
        #expect(SignatureExtractor.extract("Done at Kyiv on 1 May 2020. For the Ukrainian side: X").languages.isEmpty)
        #expect(SignatureExtractor.extract("Done at Kyiv on 1 May 2020 in the English and Ukrainian languages.").languages
            == ["English", "Ukrainian"])
    }

    @Test(arguments: [
        ("France and Ukraine, hereinafter referred to individually and respectively as the “French Participant” and the “Ukrainian Participant” and jointly as the “Participants”,",
         ["France", "Ukraine"], "the Participants", ["the French Participant", "the Ukrainian Participant"]),
        ("The Republic of Alpha (“Alpha”) and the Kingdom of Beta (“Beta”), hereinafter jointly referred to as “the Contracting Parties”:",
         ["Republic of Alpha", "Kingdom of Beta"], "the Contracting Parties", ["Alpha", "Beta"]),
        ("The Government of Gamma and the Government of Delta, hereinafter referred to as the Sides,",
         ["Government of Gamma", "Government of Delta"], "the Sides", []),
        ("We, the Republic of Epsilon and the Republic of Zeta, hereinafter referred to as the High Parties, declare:",
         ["Republic of Epsilon", "Republic of Zeta"], "the High Parties", []),
    ])
    func partiesClauses(line: String, parties: [String], collective: String, individual: [String]) throws {
        let clause = try #require(PartiesExtractor.parse(Substring(line)))
        #expect(clause.parties == parties)
        #expect(clause.collective?.alias == collective)
        #expect(clause.collective?.members == parties)
        #expect(clause.individual.map(\.alias) == individual)
    }

    @Test func aRecitalIsNotAPartiesLine() {
        #expect(PartiesExtractor.parse("Recalling the Treaty of 1990, hereinafter the Treaty, which binds the States;") == nil)
    }
}
