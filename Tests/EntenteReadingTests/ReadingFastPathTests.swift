import EntenteModel
import Testing
@testable import EntenteReading

/// The reader's byte-level shortcuts give what the plainer code they stand in for gives, on
/// tricky input: non-ASCII, curly quotes, CRLF, form feeds, no-break spaces, empty lines.
@Suite("Reading fast paths")
struct ReadingFastPathTests {
    static let samples: [String] = [
        "", " ", "a", "  (a) text", "(a)\u{A0}text", "• item “quoted”", "1.\ttab body\u{0C}", "iv. last\r",
        "x \u{2003}em space", "café au lait ", "  \u{A0} ", "(1) “term” means the thing;", "abc  ",
        "- bullet\r\n", "Article 5 — Title", "\u{0C}", "(b)  two spaces then é",
        String(repeating: "é", count: 500), String(repeating: "word ", count: 200), "  ’s and “x” ",
    ]

    @Test(arguments: samples)
    func trimmedSuffixIsTrimmedOfSuffix(_ sample: String) {
        let text = Substring(sample)
        let bytes = Array(text.utf8)
        // Every scalar boundary is an offset the classifier may cut at.
        var offsets = [0]
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += UTF8.width(scalar)
            offsets.append(offset)
        }
        for offset in offsets {
            let fast = bytes.withUnsafeBufferPointer { StructureScanning.trimmedSuffix(text, bytes: $0, fromByte: offset) }
            let slow = StructureScanning.trimmed(StructureScanning.suffix(text, fromByte: offset))
            #expect(Array(fast.utf8) == Array(slow.utf8), "offset \(offset) of \(sample.debugDescription)")
        }
    }

    @Test(arguments: samples)
    func scalarCountIsExactUpToTheLimit(_ sample: String) {
        let text = Substring(sample)
        let exact = text.unicodeScalars.count
        for limit in [0, 1, 3, 8, 15, 40, 120, 400] {
            let counted = StructureScanning.scalarCount(text, atMost: limit)
            if exact <= limit {
                #expect(counted == exact, "limit \(limit) of \(sample.debugDescription)")
            } else {
                #expect(counted > limit, "limit \(limit) of \(sample.debugDescription)")
            }
        }
    }

    @Test(arguments: samples)
    func positionsOfAByteAreEveryPosition(_ sample: String) {
        let bytes = Array(sample.utf8)
        for target: UInt8 in [0x20, 0x21, 0x0A, 0xA0, 0xE2, 0x01] {
            var found: [Int] = []
            bytes.withUnsafeBufferPointer { buffer in
                StructureScanning.forEachPosition(of: target, in: buffer) { found.append($0); return true }
            }
            #expect(found == bytes.indices.filter { bytes[$0] == target })
        }
        // Stopping early stops at the first.
        var first: Int?
        bytes.withUnsafeBufferPointer { buffer in
            StructureScanning.forEachPosition(of: 0x20, in: buffer) { first = $0; return false }
        }
        #expect(first == bytes.firstIndex(of: 0x20))
    }

    /// Bytes with the target next to its neighbours (0x21 after 0x20 is what the eight-byte test
    /// may flag wrongly) and at every alignment.
    @Test func positionsSurviveNeighbouringBytes() {
        for shift in 0..<9 {
            let bytes = [UInt8](repeating: 0x61, count: shift) + [0x20, 0x21, 0x20, 0x20, 0x21, 0x21, 0x20, 0x61, 0x20]
            var found: [Int] = []
            bytes.withUnsafeBufferPointer { buffer in
                StructureScanning.forEachPosition(of: 0x20, in: buffer) { found.append($0); return true }
            }
            #expect(found == bytes.indices.filter { bytes[$0] == 0x20 })
        }
    }

    /// The parties line the reader read is not read again by the refiner, with the same result.
    @Test func refinerReusesTheReadPartiesLine() throws {
        let text = """
            Agreement on Security Cooperation between Canada and Ukraine

            Canada and Ukraine, hereinafter referred to jointly as the “Participants” and \
            individually as “Canada” and “Ukraine” respectively,\r
            \u{0C}
            Recognising the importance of cooperation;

            1. The Participants will cooperate.

            Signed in duplicate at Kyiv on 24 February 2024, in the English and Ukrainian languages.
            """
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "t.txt", id: "t")
        let lines = SourceText.splitLines(text)
        let classified = lines.enumerated().map { LineClassifier.classify($1, number: $0 + 1) }
        let found = PartiesExtractor.find(classified, title: document.title, bodyStart: 1)
        let parsed = try #require(found.parsed)
        #expect(MetadataRefiner.refine(document, lines: lines, parsed: parsed) == MetadataRefiner.refine(document, lines: lines))
        // A line that is not byte for byte the one read is read afresh.
        #expect(parsed.clause(for: parsed.line.dropLast(), following: parsed.following) == nil)
        #expect(parsed.clause(for: parsed.line, following: []) == nil || parsed.following.isEmpty)
    }

    /// The definition sieve's byte tests against the phrases they look for.
    @Test(arguments: [
        "“vessel” means a ship", "\"vessel\" refers to a ship", "“vessel”\u{A0}means a ship", "no quote means nothing",
        "“x” shall mean y", "“x” refers", "„x“ refer to y", "«x» means y", "“x” MEANS y", "",
    ])
    func definitionSieveAgreesWithItsPhrases(_ sample: String) {
        let paragraph = Substring(sample)
        let quoted = sample.utf8.contains { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }
        let lower = sample.lowercased()
        let verb = lower.contains(" mean") || lower.contains(" refer")
        #expect(DefinitionExtractor.mayDefineByVerb(paragraph) == (quoted && verb))
    }
    /// Control bytes counted eight at a time, against the byte-by-byte rule, at every alignment.
    @Test func controlCountIsTheByteRule() {
        let pieces: [[UInt8]] = [
            Array("plain text\r\n".utf8), [0x00, 0x01, 0x7F, 0x1B, 0x0C, 0x09, 0x0B, 0x1F, 0x20, 0x80, 0x9F, 0xFF],
            Array("“curly” é\u{0C}".utf8), [0x7E, 0x7F, 0xFF, 0xE0, 0xC0, 0x1A], [],
        ]
        func slow(_ bytes: ArraySlice<UInt8>) -> Int {
            bytes.filter { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B) || $0 == 0x7F }.count
        }
        for shift in 0..<9 {
            var bytes = [UInt8](repeating: 0x61, count: shift)
            for piece in pieces { bytes += piece }
            bytes += (0...255).map { UInt8($0) }
            for start in 0..<min(9, bytes.count) {
                #expect(TextBytes.controlCount(bytes[start...]) == slow(bytes[start...]))
            }
        }
    }

    /// The ordinal day words, as the table of every spelling had them.
    @Test func ordinalDayWords() {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                     "seventeenth", "eighteenth", "nineteenth"]
        var table: [String: Int] = ["twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirtyfirst": 31]
        for (offset, word) in units.enumerated() {
            table[word] = offset + 1
            table["twenty-" + word] = 21 + offset
            table["twenty" + word] = 21 + offset
        }
        for (offset, word) in teens.enumerated() { table[word] = 10 + offset }
        for (word, day) in table { #expect(SignatureExtractor.ordinal(word) == day, "\(word)") }
        for word in ["", "twenty", "twenty-", "thirty", "thirty-second", "twenty-twenty-first", "first-", "Second", "tenthly"] {
            #expect(SignatureExtractor.ordinal(word) == nil, "\(word)")
        }
    }
    /// The sorted array answers as a set of strings, canonical equivalence included.
    @Test func sortedStringsAnswerAsASet() {
        let words = ["nato", "Nato", "caf\u{E9}", "e\u{301}", "", "zeta", "alpha", "alpha", "\u{212B}", "ω"]
        var sorted = SortedStrings()
        var set = Set<String>()
        for word in words { #expect(sorted.insert(word) == set.insert(word).inserted, "\(word.debugDescription)") }
        for probe in words + ["cafe\u{301}", "\u{C5}", "A\u{30A}", "\u{E9}", "beta", "Zeta", "a"] {
            #expect(sorted.contains(probe) == set.contains(probe), "\(probe.debugDescription)")
        }
        let built = SortedStrings(words)
        for probe in words + ["cafe\u{301}", "\u{C5}", "b"] { #expect(built.contains(probe) == set.contains(probe)) }
    }
    /// The extension after the last slash, as splitting the path on slashes gave it.
    @Test(arguments: [
        "a/b.txt", "/x/", "", "a.b/c", ".hidden", "dir/.hidden", "a/b.TXT", "é/ü.Md", "a//b.pdf", "noext", "/",
        "a/b.tar.gz", "x.", "dir.d/file", "C:\\docs\\a.docx", "a/\u{301}.txt", "a/b.t\u{301}xt",
    ])
    func fileExtensionAfterTheLastSlash(_ path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        var expected = ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { expected = name[name.index(after: dot)...].lowercased() }
        #expect(SourceFormat.fileExtension(path) == expected)
    }

    /// The phrase scan skips ahead by the raw bytes that end its window, entered in both cases:
    /// it finds what a plain case-insensitive search of each phrase finds, at any offset.
    @Test(arguments: samples + [
        "HAVE AGREED AS FOLLOWS:", "He Said, in a Press Conference\r\n", "\u{0C}They TOLD reporters.",
        "Société “the Parties” said.", "xx the participantS", "said.said,SAID THAT", "ÉÀ reportedly\u{A0}added.",
    ])
    func phraseScanFindsWhatAPlainSearchFinds(_ sample: String) {
        let phrases = ["said.", " said,", "told ", "the parties", "have agreed", "as follows", "reporters", "é", "ok", "“the"]
        let set = PhraseSet(phrases)
        // Starting a scalar further on moves the window's byte pairs.
        for start in 0...4 where start <= sample.unicodeScalars.count {
            let text = Substring(sample.unicodeScalars.dropFirst(start))
            let haystack = PhraseSet.lowerBytes(text, limit: 10_000)
            var expected: UInt64 = 0
            for (index, phrase) in phrases.enumerated() {
                let needle = Array(phrase.utf8)
                let found = haystack.count >= needle.count
                    && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
                if found { expected |= 1 << UInt64(index) }
            }
            #expect(set.found(in: text, limit: 10_000) == expected, "from scalar \(start) of \(sample.debugDescription)")
            #expect(set.containsAny(in: text, limit: 10_000) == (expected != 0))
        }
    }
}
