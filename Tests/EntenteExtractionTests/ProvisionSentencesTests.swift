import Foundation
import Testing
@testable import EntenteExtraction
import EntenteModel
import EntenteReading

/// Commitments are read sentence by sentence with a splitter of their own, which works on the
/// text's bytes; it must cut every text exactly where `ReportSentences` does, or commitments
/// would change.
@Suite("Commitments: sentences cut as reports cut them")
struct ProvisionSentencesTests {
    static let paragraphs: [String] = [
        "Canada will provide training. Ukraine will host it.",
        "The Parties met in Kyiv on Feb. 24, 2024. The U.S. The deal was signed by Mr. Smith and Dr. J. Doe.",
        "See Art. 5 and No. 3 of the Treaty. It applies, i.e. in all cases, etc. The end.",
        "“The war goes on. We stand with Ukraine,” he said. Canada will help.",
        "\"It is valuable. Very.\" The Participants agree… Then they sign!? Yes.",
        "Amounts such as $3.02B. 2.5 percent. £40 million. €5 billion were pledged.",
        "  Leading and trailing spaces.  \u{00A0}Non-breaking space.\u{FEFF} ",
        "Sentences end after brackets (like this.) And after quotes.” Then more.",
        "Ukraine’s partners (the “Participants”) will act. «Ceci est cité. Fin.» Après.",
        "Ellipsis... Three dots. An initial A. Smith. U.N. forces. U.N. The mission.",
        "",
        "   ",
        "No terminator at all",
        "Mixed scripts: Україна буде. Ukraine will. 日本は支援する。 Japan will.",
        // A straight quotation opening inside a curly one and closing after it: the quotations
        // are found out of order.
        "“He said \"No. Never.” Then \"Yes. Now.\" Done. It ends.",
        "Said \"one “two. Three” four. Five\" six. Seven.",
        "“Curly \"straight. Done\" still. Quote.” After. More.",
        // Points after abbreviations, initials and acronyms, before openers and other words.
        "Items etc. The end. Dates in Feb. The war. Mr. The chair. J. Then. U.S. However, on.",
        "Feb. 24 came. Jan. As noted. A. B. Smith met U.K. officials. e.g. They went.",
    ]

    @Test("hand-picked paragraphs split alike", arguments: paragraphs.indices)
    func paragraph(_ index: Int) {
        let text = Self.paragraphs[index]
        #expect(ProvisionSentences.split(text) == ReportSentences.split(text), "\(text)")
    }

    @Test("every provision of every corpus text splits alike")
    func corpus() throws {
        let directory = CommitmentFixtures.sharedCorpus
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var documents = [try CommitmentFixtures.document("canada-ukraine-security-agreement-2024.txt")]
        for name in names.sorted() where name.hasSuffix(".txt") {
            documents.append(try CommitmentFixtures.document(name))
        }
        for document in documents {
            for provision in document.provisions {
                #expect(ProvisionSentences.split(provision.text) == ReportSentences.split(provision.text), "\(document.id) \(provision.path)")
            }
        }
    }
}
