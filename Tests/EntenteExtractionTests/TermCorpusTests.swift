import EntenteModel
import EntenteReading
import Foundation
import Testing
@testable import EntenteExtraction

/// Reads corpus texts for the extraction tests, found from this file's path so tests run anywhere.
enum ExtractionCorpus {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let bulk = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus-bulk")

    /// The corpus text `name` read into a document, or nil when it is absent.
    static func document(_ name: String, in directory: URL = corpus) -> Document? {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? DocumentReader().read(bytes: [UInt8](data), path: url.path, id: url.deletingPathExtension().lastPathComponent)
    }

    /// Every `.txt` file of a directory, sorted.
    static func texts(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }

    static let seed = "canada-ukraine-security-agreement-2024.txt"
}

/// Every extractor over every corpus text: no crash, and counts that stay sane. With
/// ENTENTE_FACTS_DUMP=DIR the facts of each text are written there for reading; with ENTENTE_BULK=1
/// the ~1,400 bulk texts run too.
@Suite("Corpus facts")
struct TermCorpusTests {
    @Test func everyCorpusTextExtractsWithSaneCounts() throws {
        var directories = [ExtractionCorpus.corpus]
        if ProcessInfo.processInfo.environment["ENTENTE_BULK"] == "1" { directories.append(ExtractionCorpus.bulk) }
        let dump = ProcessInfo.processInfo.environment["ENTENTE_FACTS_DUMP"]
        var summary = ""
        var totals = [0, 0, 0, 0, 0]
        for directory in directories {
            for name in ExtractionCorpus.texts(in: directory) {
                guard let document = ExtractionCorpus.document(name, in: directory) else { continue }
                let terms = TermExtractor().extract(from: document)
                let amounts = AmountExtractor().extract(from: document)
                let dates = DateExtractor().extract(from: document)
                let durations = DurationExtractor().extract(from: document)
                let entities = EntityExtractor().extract(from: document)
                let counts = [terms.count, amounts.count, dates.count, durations.count, entities.count]
                for (index, count) in counts.enumerated() { totals[index] += count }
                let size = document.provisions.reduce(0) { $0 + $1.text.count }
                // More facts than one per ten characters would mean a scanner matches noise.
                #expect(counts.allSatisfy { $0 <= max(10, size / 10) }, "\(name): \(counts)")
                summary += "\(name)\tterms \(terms.count)\tamounts \(amounts.count)\tdates \(dates.count)\tdurations \(durations.count)\tentities \(entities.count)\n"
                if let dump {
                    var text = ""
                    for term in terms { text += "term\t\(term.provenance.provision)\t\(term.kind)\t\(term.value)\t\(term.text.prefix(120))\n" }
                    for amount in amounts {
                        text += "amount\t\(amount.provenance.provision)\t\(amount.value)\t\(amount.currency ?? "-")\t\(amount.currencyInferred)\t\(amount.qualifier ?? "-")\t\(amount.year.map(String.init) ?? "-")\t\(amount.text)\n"
                    }
                    for date in dates { text += "date\t\(date.provenance.provision)\t\(date.date)\t\(date.role ?? "-")\t\(date.text)\n" }
                    for duration in durations { text += "duration\t\(duration.provenance.provision)\t\(duration.duration)\t\(duration.text)\n" }
                    for entity in entities { text += "entity\t\(entity.provenance.provision)\t\(entity.kind)\t\(entity.mentions)\t\(entity.name)\n" }
                    try text.write(toFile: dump + "/" + name, atomically: true, encoding: .utf8)
                }
            }
        }
        if let dump {
            summary += "TOTAL\tterms \(totals[0])\tamounts \(totals[1])\tdates \(totals[2])\tdurations \(totals[3])\tentities \(totals[4])\n"
            try summary.write(toFile: dump + "/SUMMARY", atomically: true, encoding: .utf8)
        }
    }
}

