/// One word or punctuation mark of a sentence, with where it sits in the sentence's text.
///
/// A token holds no text of its own: building a string for every word of a document was most of
/// the cost of reading commitments. Words the grammar compares are listed in `ClauseVocabulary`
/// and carry their spelling in `lower`; any other word is read from the text with `lower(in:)`.
struct ClauseToken: Sendable, Hashable {
    /// Whether the token is a word (letters, digits, inner apostrophes and hyphens) or a mark.
    enum Kind: Sendable, Hashable {
        case word
        case punctuation
    }

    /// The word lower-cased, with typographic apostrophes made straight, when `ClauseVocabulary`
    /// lists it (every word the grammar compares a token with is listed), or the mark itself;
    /// empty for a word no lexicon lists, which `lower(in:)` reads from the text.
    var lower: String
    var kind: Kind
    /// Where the token sits in the text it was read from, as UTF-8 offsets.
    var start: Int
    var end: Int
    /// What the word is to the commitment grammar and what shape it has, found once when it was
    /// read: the grammar asks these questions of every word, and asking a set each time was slow.
    var traits: ClauseTraits

    var isWord: Bool { kind == .word }

    /// True for a word written with a capital first letter ("Canada", "May").
    var isCapitalized: Bool { traits.contains(.capitalized) }

    /// True for a word made of digits only ("2024").
    var isNumber: Bool { traits.contains(.number) }

    /// True for a word that can sit between actor, modal and verb without changing what is done.
    var isAdverb: Bool { traits.contains(.adverb) }

    /// Where the token sits in `text`, the text it was read from.
    func range(in text: String) -> Range<String.Index> {
        ClauseToken.index(text, start)..<ClauseToken.index(text, end)
    }

    /// The token lower-cased, with typographic apostrophes made straight, read from `text` (the
    /// text it was read from) when no lexicon lists it.
    func lower(in text: String) -> String {
        guard lower.isEmpty else { return lower }
        if traits.contains(.ascii) {
            var copy = text
            return copy.withUTF8 { bytes in
                String(unsafeUninitializedCapacity: end - start) { buffer in
                    for offset in 0..<(end - start) {
                        let byte = bytes[start + offset]
                        buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    }
                    return end - start
                }
            }
        }
        return ClauseTokenizer.normalize(String(text[range(in: text)]))
    }

    /// The index of UTF-8 offset `offset` in `text`: constant time for a native string.
    @inline(__always)
    static func index(_ text: String, _ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// The text of `tokens`, from the first one's start to the last one's end.
    static func text(of tokens: ArraySlice<ClauseToken>, in text: String) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return String(text[index(text, first.start)..<index(text, last.end)])
    }
}

/// What a word is to the commitment grammar (its lexicon classes) and its shape (suffixes,
/// capital, digits). Punctuation has none.
struct ClauseTraits: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// A modal auxiliary: will, shall, must, may, can, cannot, should, would.
    static let auxiliary = ClauseTraits(rawValue: 1 << 0)
    /// A finite form of a verb of undertaking ("commits", "undertake", "sought").
    static let commitmentVerb = ClauseTraits(rawValue: 1 << 1)
    /// "committed", as in "is committed to".
    static let committed = ClauseTraits(rawValue: 1 << 2)
    /// `ModalLexicon.isAdverb`: a listed adverb, or a longer "-ly" word that is not a verb.
    static let adverb = ClauseTraits(rawValue: 1 << 3)
    static let subordinator = ClauseTraits(rawValue: 1 << 4)
    static let coordinator = ClauseTraits(rawValue: 1 << 5)
    static let determiner = ClauseTraits(rawValue: 1 << 6)
    /// The first word of a condition's trigger (`ConditionFinder.openingWords`).
    static let conditionOpening = ClauseTraits(rawValue: 1 << 7)
    /// that, which, who, whom, whose: a relative clause starts.
    static let relative = ClauseTraits(rawValue: 1 << 8)
    /// A word without which a clause has no deadline (`CommitmentDeadline.leadWords`).
    static let deadlineLead = ClauseTraits(rawValue: 1 << 9)
    /// A verb of statement as written (`ModalLexicon.statementVerbs`).
    static let statementVerb = ClauseTraits(rawValue: 1 << 10)
    /// The head of an organ or agent (`ActorResolver.agentNouns`).
    static let agentNoun = ClauseTraits(rawValue: 1 << 11)
    static let endsIng = ClauseTraits(rawValue: 1 << 12)
    static let endsEd = ClauseTraits(rawValue: 1 << 13)
    static let endsS = ClauseTraits(rawValue: 1 << 14)
    static let capitalized = ClauseTraits(rawValue: 1 << 15)
    static let number = ClauseTraits(rawValue: 1 << 16)
    /// "that": a clause a verb of statement governs may start.
    static let that = ClauseTraits(rawValue: 1 << 17)
    /// A word of ASCII letters and digits (and inner "'" or "-"): lower-cased byte by byte.
    static let ascii = ClauseTraits(rawValue: 1 << 18)

    /// Words a commitment can hang on: a sentence with none of them commits to nothing.
    static let mayTrigger: ClauseTraits = [.auxiliary, .commitmentVerb, .committed]

    /// True when any of `traits` is among these.
    @inline(__always)
    func contains(anyOf traits: ClauseTraits) -> Bool {
        rawValue & traits.rawValue != 0
    }
}
