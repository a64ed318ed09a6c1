/// The words of a phrase listed in a vocabulary ("bosnia and herzegovina", "no more than").
///
/// The vocabularies are split once at start-up, which every loaded document waits for: reading the
/// UTF-8 bytes in place costs a fraction of splitting the characters, and gives the same words,
/// since no listed phrase puts a mark after a space.
enum VocabularyWords {
    static func split(_ phrase: String) -> [String] {
        // Most phrases are one word: the phrase itself.
        var copy = phrase
        return copy.withUTF8 { bytes in
            guard bytes.contains(UInt8(ascii: " ")) else { return phrase.isEmpty ? [] : [phrase] }
            var words: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
            return words
        }
    }

    /// `items` longest first by `length`, items of one length in their order: what a stable sort
    /// gives, without the first sort's cost (its runs are a `[Range<Int>]`, whose first use has the
    /// runtime search for `Int`'s `Comparable` conformance).
    static func longestFirst<Item>(_ items: [Item], length: (Item) -> Int) -> [Item] {
        let lengths = items.map(length)
        var ordered: [Item] = []
        ordered.reserveCapacity(items.count)
        for size in stride(from: lengths.max() ?? 0, through: 0, by: -1) {
            for index in items.indices where lengths[index] == size { ordered.append(items[index]) }
        }
        return ordered
    }
}
