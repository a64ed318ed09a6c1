import Foundation
import Testing
@testable import EntenteExtraction

/// `ScanVocabulary.words` and `otherWords` are the vocabulary the scanners' tables give, written out:
/// worked out again here, they must be the same. When a table changes, the test fails and writes
/// the lines to paste to `ScanVocabularyWords.swift` in the temporary directory.
@Suite("Written-out scan vocabulary")
struct ScanVocabularyTests {
    private static func cueNames(_ cues: ScanCue) -> String {
        let names: [(ScanCue, String)] = [
            (.cardinal, "cardinal"), (.ordinal, "ordinal"), (.tens, "tens"), (.hundred, "hundred"), (.numberScale, "scale"),
            (.and, "and"), (.month, "month"), (.theOrThis, "theOrThis"), (.the, "the"), (.day, "day"), (.article, "article"),
            (.articlePreposition, "articlePreposition"), (.durationUnit, "unit"), (.currencyCode, "currencyCode"),
            (.currencyName, "currencyName"), (.organizationHead, "organization"), (.stateStart, "state"),
            (.connector, "connector"), (.ofForOn, "ofForOn"), (.instrumentHead, "instrument"),
            (.leadingFunctionWord, "functionWord"),
        ]
        return names.filter { cues.contains($0.0) }.map(\.1).joined(separator: " ")
    }

    private static func hex(_ value: UInt64) -> String {
        value == 0 ? "0" : "0x" + String(value, radix: 16, uppercase: true)
    }

    /// The Swift source of `words` and `otherWords` for the derived vocabulary.
    private static func source(_ derived: (table: ScanWordTable, others: [String: ScanVocabulary.Entry], stateGroups: [[ScanVocabulary.StateSpelling]])) -> String {
        var lines = ["    static let words: [UInt64] = ["]
        // Sorted: the scanners' dictionaries give their words in a different order in each process.
        for record in derived.table.storedWords.records.sorted(by: { $0.word.lexicographicallyPrecedes($1.word) }) {
            let meta = ScanWordTable.packed(record.entry, length: record.word.count)
            var comment = String(decoding: record.word, as: UTF8.self) + ": " + cueNames(record.entry.cues)
            if record.entry.cardinal >= 0 { comment += " =\(record.entry.cardinal)" }
            if record.entry.ordinal >= 0 { comment += " #\(record.entry.ordinal)" }
            if record.entry.stateGroup >= 0 { comment += " group \(record.entry.stateGroup)" }
            lines.append("        \(hex(record.low)), \(hex(record.high)), \(hex(meta)), // \(comment)")
        }
        lines.append("    ]")
        lines.append("")
        lines.append("    /// `derived()`'s words that are not ASCII, by key.")
        lines.append("    static let otherWords: [String: Entry] = [")
        for (word, entry) in derived.others.sorted(by: { $0.key < $1.key }) {
            lines.append("        \"\(word)\": Entry(cues: ScanCue(rawValue: \(hex(UInt64(entry.cues.rawValue)))), cardinal: \(entry.cardinal), "
                         + "ordinal: \(entry.ordinal), stateGroup: \(entry.stateGroup)), // \(cueNames(entry.cues))")
        }
        lines.append("    ]")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func writtenOutVocabularyIsTheDerivedOne() throws {
        let derived = ScanVocabulary.derived()
        let stored = derived.table.storedWords
        let written = ScanVocabulary.table.storedWords
        func entries(_ records: [(word: [UInt8], low: UInt64, high: UInt64, entry: ScanVocabulary.Entry)]) -> [[UInt8]: ScanVocabulary.Entry] {
            Dictionary(records.map { ($0.word, $0.entry) }, uniquingKeysWith: { first, _ in first })
        }
        let same = stored.long.isEmpty && written.long.isEmpty && stored.records.count == written.records.count
            && entries(stored.records) == entries(written.records) && derived.others == ScanVocabulary.otherWords
        if !same {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("ScanVocabularyWords.swift")
            try Self.source(derived).write(to: url, atomically: true, encoding: .utf8)
            Issue.record("ScanVocabulary.words differs from the derived vocabulary: paste \(url.path)")
        }
        // The state group is stored in a byte, plus one.
        #expect(derived.stateGroups.count < 255)
    }

    @Test func everyWordIsFoundInAnyLetterCase() {
        for record in ScanVocabulary.derived().table.storedWords.records {
            let word = String(decoding: record.word, as: UTF8.self)
            #expect(ScanVocabulary.entry(forKey: word) == record.entry)
            let upper = Array(word.uppercased().utf8)
            let found = upper.withUnsafeBufferPointer { ScanVocabulary.table.entry($0, 0, $0.count) }
            #expect(found == record.entry, "\(word)")
        }
        #expect(ScanVocabulary.entry(forKey: "notaword") == nil)
    }

    /// A word with 16 bytes after it is read by two 8-byte loads, one near the end of the text byte
    /// by byte: both readings find the same entry, and the bytes around the word are no part of it.
    @Test func wordsAreFoundWhereverTheyStandInTheText() {
        for record in ScanVocabulary.derived().table.storedWords.records {
            let inside = Array("x".utf8) + record.word + Array(repeating: UInt8(ascii: "z"), count: 16)
            let atEnd = Array("x".utf8) + record.word
            for text in [inside, atEnd] {
                let found = text.withUnsafeBufferPointer { ScanVocabulary.table.entry($0, 1, 1 + record.word.count) }
                #expect(found == record.entry, "\(String(decoding: record.word, as: UTF8.self))")
            }
        }
    }

    @Test func stateGroupsAreTheDerivedOnes() {
        let derived = ScanVocabulary.derived().stateGroups
        #expect(ScanVocabulary.stateSpellings(inGroup: derived.count).isEmpty)
        for (group, expected) in derived.enumerated() {
            let found = ScanVocabulary.stateSpellings(inGroup: group)
            #expect(expected.map(\.words) == found.map(\.words))
            #expect(expected.map(\.wordCount) == found.map(\.wordCount))
            #expect(found.allSatisfy { $0.wordCount == $0.words.count })
            #expect(expected.map(\.name) == found.map(\.name))
        }
        // The derived groups are `stateSpellings` grouped by first word, in order.
        let spellings = EntityVocabulary.stateSpellings
        #expect(derived.flatMap { $0 }.count == spellings.count)
        for group in derived {
            let positions = group.map { spelling in
                spellings.firstIndex { $0.0 == spelling.words && $0.1 == spelling.name } ?? -1
            }
            #expect(positions == positions.sorted() && !positions.contains(-1))
        }
    }
}
