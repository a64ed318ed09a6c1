import EntenteModel
import Testing
@testable import EntenteExtraction

/// Durations against the seed's gold and hand-checked corpus texts.
@Suite("Duration extractor")
struct DurationExtractorTests {
    @Test(arguments: [
        (ExtractionCorpus.seed, "II.3", "PT24H", "twenty-four (24) hours"),
        (ExtractionCorpus.seed, "VIII.A.1", "P10Y", "ten (10) years"),
        (ExtractionCorpus.seed, "VIII.B.1", "P3Y", "three (3) years"),
        (ExtractionCorpus.seed, "VIII.D.1", "P6M", "six (6) months"),
        ("nl-ukraine-mh17-mission-agreement-2014.txt", "10.1", "P1Y", "one year"),
        ("nl-ukraine-mh17-mission-agreement-2014.txt", "10.2", "P30D", "30 days"),
        ("north-atlantic-treaty-1949.txt", "12", "P10Y", "ten years"),
        ("north-atlantic-treaty-1949.txt", "13", "P1Y", "one year"),
        ("nl-uganda-soroti-development-programme-1996.txt", "VII.2", "P30D", "30 days"),
        ("nl-sweden-classified-military-information.txt", "mou.5.c", "P4W", "four weeks"),
    ])
    func finds(document name: String, provision: String, iso: String, text: String) throws {
        let document = try #require(ExtractionCorpus.document(name))
        let durations = DurationExtractor().extract(from: document).filter { $0.provenance.provision == provision }
        #expect(durations.contains { $0.duration == iso && $0.text == text }, "got \(durations.map(\.duration))")
    }

    @Test func seedHasOneRowPerMention() throws {
        let document = try #require(ExtractionCorpus.document(ExtractionCorpus.seed))
        #expect(DurationExtractor().extract(from: document).map(\.duration) == ["PT24H", "P10Y", "P3Y", "P6M"])
    }
}
