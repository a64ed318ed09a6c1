import Testing
@testable import EntenteExtraction

/// The tokenizer reads an ASCII word's shape from its bytes; the rules are the ones the general
/// road applies to a `String` (suffixes, "-ly" adverbs, capitals, digits).
@Suite("Commitments: word shapes read from bytes")
struct ClauseTokenizerTests {
    static let words: [String] = [
        "s", "is", "as", "Parties", "ed", "red", "agreed", "Ed", "ing", "ring", "sing", "providing", "Ng", "ng",
        "ly", "fly", "only", "early", "fully", "duly", "apply", "supply", "Reply", "rely", "ally", "jointly",
        "2024", "10s", "1st", "x", "Y", "Canada's", "long-term", "Ukraine’s", "Participantswill", "willing",
        "y", "dy", "dly", "committed", "commits", "endeavours", "ensuring", "signed",
    ]

    @Test func wordBytesAreTheASCIILettersAndDigitsLowerCased() {
        for value in 0..<256 {
            let byte = UInt8(value)
            let scalar = Unicode.Scalar(byte)
            let expected: UInt8 = ClauseTokenizer.isASCIIAlphanumeric(byte) ? UInt8(ascii: Character(scalar).lowercased().unicodeScalars.first ?? scalar) : 0
            #expect(ClauseTokenizer.wordBytes[value] == expected, "\(value)")
        }
    }

    @Test("shape traits follow the string rules", arguments: words)
    func shape(_ word: String) throws {
        let tokenizer = ClauseTokenizer(actorHeads: [])
        let tokens = tokenizer.tokens(word)
        let token = try #require(tokens.first)
        let written = String(word[token.range(in: word)])
        let lower = token.lower(in: word)
        let listed = ClauseVocabulary.shared.lookUp(lower)?.traits ?? []
        #expect(token.traits.contains(.endsS) == lower.hasSuffix("s"), "\(word)")
        #expect(token.traits.contains(.endsEd) == lower.hasSuffix("ed"), "\(word)")
        #expect(token.traits.contains(.endsIng) == lower.hasSuffix("ing"), "\(word)")
        let adverb = listed.contains(ClauseVocabulary.listedAdverb)
            || (lower.count > 4 && lower.hasSuffix("ly") && !listed.contains(ClauseVocabulary.lyVerb))
        #expect(token.traits.contains(.adverb) == adverb, "\(word)")
        #expect(token.traits.contains(.capitalized) == (written.first?.isUppercase ?? false), "\(word)")
        #expect(token.traits.contains(.number) == (!written.isEmpty && written.allSatisfy(\.isNumber)), "\(word)")
    }
}
