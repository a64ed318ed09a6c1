/// Every word the commitment grammar asks about, with its `ClauseTraits`, in one hash table keyed
/// by the word's lower-cased UTF-8 bytes.
///
/// The tokenizer hashes each word's bytes while it lower-cases them and finds the word's classes
/// and spelling with one probe, instead of building a string and hashing it into a dozen sets.
/// A token of a listed word carries its spelling (`ClauseToken.lower`); any other word carries
/// none, so every word the grammar compares a token's `lower` with must be listed here: the
/// lexicons below, and `comparedWords`.
struct ClauseVocabulary: Sendable {
    /// Entry number + 1 for each slot, 0 for an empty slot; open addressing, linear probing.
    private var slots: [Int32]
    private let mask: Int
    /// The entries' bytes, one after another; entry `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Each entry's `ClauseTraits`, raw: an array of `UInt32` is a type the table has already,
    /// where one of `ClauseTraits` would have its metadata built by the runtime at first use.
    private var entryTraits: [UInt32] = []
    private var words: [String] = []

    /// Marks a word of `ModalLexicon.adverbs`; `adverb` itself also covers "-ly" words, which the
    /// tokenizer decides from the word's shape.
    static let listedAdverb = ClauseTraits(rawValue: 1 << 30)
    /// Marks a word of `ModalLexicon.lyVerbs`: ends in "-ly" but is no adverb.
    static let lyVerb = ClauseTraits(rawValue: 1 << 31)

    /// Words the grammar compares tokens with one by one (`token.lower == "to"`) or through
    /// small sets of its own (`ClauseAnalyzer`, `ClauseChain`, `ConditionFinder`, `ActorResolver`).
    static let comparedWords: [String] = [
        "to", "of", "and", "or", "but", "nor", "not", "never", "the", "a", "an", "that", "be", "been", "is", "are",
        "remain", "remains", "stay", "stays", "so", "duly", "able", "committed", "prepared", "ready", "willing",
        "themselves", "itself", "hereby", "on", "upon", "as", "in", "at", "by", "for", "with", "within", "through",
        "under", "from", "after", "before", "if", "unless", "until", "providing", "provided", "giving", "means", "way",
        "between", "among", "amongst", "concerning", "regarding", "arising", "relating", "which", "who", "whom",
        "whose", "consent", "agreement", "decision", "approval", "accord", "political", "good", "free", "own", "its",
        "their", "his", "her", "common", "strong", "shared", "possibility", "possibilities", "options", "ways",
        "feasibility", "opportunity", "those", "these", "such", "this", "case", "cases", "event", "events", "any",
        "where", "when", "whenever", "once", "request", "receipt", "subject", "long", "mutual", "written", "expiry",
        "expiration", "signature", "notification", "completion", "invitation", "termination", "entry", "should",
        "will", "may", "can", "cannot", "must", "shall", "would", "utmost", "effort", "efforts", "endeavours",
        "endeavors", "endeavour", "endeavor", "how", "whether", "opportunities", "circumstances", "circumstance",
        "situation", "situations", "all", "each", "both", "either", "every", "other", "another", "no", "our",
        ",", ";", ":", ".", "(", ")",
    ]

    /// The table of the lexicons in `ModalLexicon`, `ConditionFinder`, `ActorResolver`,
    /// `CommitmentDeadline` and `comparedWords`: built once, shared by every document.
    static let shared: ClauseVocabulary = {
        // Added list by list rather than from one array of (traits, words) pairs: the runtime
        // builds the metadata of an array of tuples at first use, at a cost.
        var table = ClauseVocabulary(capacity: 1024)
        table.add(.auxiliary, ModalLexicon.auxiliaries.keys)
        table.add(.commitmentVerb, ModalLexicon.commitmentVerbForms.keys)
        table.add(.committed, ["committed"])
        table.add(listedAdverb, ModalLexicon.adverbs)
        table.add(lyVerb, ModalLexicon.lyVerbs)
        table.add(.subordinator, ModalLexicon.subordinators)
        table.add(.coordinator, ModalLexicon.coordinators)
        table.add(.determiner, ModalLexicon.determiners)
        table.add(.conditionOpening, ConditionFinder.openingWords)
        table.add(.relative, ["that", "which", "who", "whom", "whose"])
        table.add(.deadlineLead, CommitmentDeadline.leadWords)
        table.add(.statementVerb, ModalLexicon.statementVerbs)
        table.add(.agentNoun, ActorResolver.agentNouns)
        table.add(.that, ["that"])
        table.add([], ModalLexicon.agreementVerbs)
        table.add([], ModalLexicon.effortNouns)
        table.add([], ModalLexicon.deliberativeObjects)
        table.add([], ConditionFinder.triggers.flatMap { $0 })
        table.add([], ConditionFinder.backReferenceNouns)
        table.add([], comparedWords)
        return table
    }()

    /// An empty table with room for `capacity` words (a power of two) at half load.
    private init(capacity: Int) {
        slots = [Int32](repeating: 0, count: capacity * 2)
        mask = capacity * 2 - 1
        // Room for every word at once: the table is built at first use by every loaded document.
        bytes.reserveCapacity(capacity * 8)
        starts.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
        entryTraits.reserveCapacity(capacity)
        words.reserveCapacity(capacity)
    }

    /// Adds `words` with `traits`.
    private mutating func add(_ traits: ClauseTraits, _ words: some Collection<String>) {
        precondition(self.words.count + words.count <= (mask + 1) / 2, "ClauseVocabulary: more words than its capacity")
        for word in words { insert(word, traits) }
    }

    /// Adds `word` with `traits`, or adds `traits` to it when it is listed already.
    private mutating func insert(_ word: String, _ traits: ClauseTraits) {
        var spelling = word
        // The bytes are copied from the buffer in hand: appending a `String.UTF8View` went byte
        // by byte, and the table is built at first use by every loaded document.
        let known = spelling.withUTF8 { utf8 -> Int? in
            var hash = Self.seed
            for byte in utf8 { hash = Self.hash(hash, byte) }
            if let known = entry(of: utf8, hash: hash) { return known }
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(words.count + 1)
            bytes.append(contentsOf: utf8)
            hashes.append(hash)
            return nil
        }
        if let known {
            entryTraits[known] |= traits.rawValue
            return
        }
        starts.append(Int32(bytes.count))
        entryTraits.append(traits.rawValue)
        words.append(word)
    }

    /// FNV-1a: a few instructions per byte, enough to spread a few hundred short words.
    static let seed: UInt32 = 2_166_136_261

    @inline(__always)
    static func hash(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
        (hash ^ UInt32(byte)) &* 16_777_619
    }

    /// The entry of the lower-cased word `word`, whose hash (from `seed`, byte by byte) is `hash`.
    @inline(__always)
    private func entry(of word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let index = entry - 1
            if hashes[index] == hash {
                let start = Int(starts[index])
                if Int(starts[index + 1]) - start == word.count {
                    var offset = 0
                    while offset < word.count, bytes[start + offset] == word[offset] { offset += 1 }
                    if offset == word.count { return index }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The traits and spelling of the lower-cased word `word`, whose hash (from `seed`, byte by
    /// byte) is `hash`; nil for a word no lexicon lists.
    func lookUp(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (traits: ClauseTraits, word: String)? {
        guard let index = entry(of: word, hash: hash) else { return nil }
        return (ClauseTraits(rawValue: entryTraits[index]), words[index])
    }

    /// The entry number of the lower-cased word `word` (hashed as for `lookUp`), or -1 for a word
    /// no lexicon lists. The tokenizer asks this once per word: a plain integer comes back in a
    /// register, where `lookUp`'s optional pair with a string came back through memory.
    @inline(never)
    func entryNumber(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        entry(of: word, hash: hash) ?? -1
    }

    /// The traits of entry `number` (from `entryNumber`).
    @inline(__always)
    func traits(ofEntry number: Int) -> ClauseTraits { ClauseTraits(rawValue: entryTraits[number]) }

    /// The spelling of entry `number` (from `entryNumber`).
    @inline(__always)
    func word(ofEntry number: Int) -> String { words[number] }

    /// `lookUp` of a lower-cased word held as a `String` (the road for words that are not ASCII).
    func lookUp(_ word: String) -> (traits: ClauseTraits, word: String)? {
        let copy = Array(word.utf8)
        var hash = Self.seed
        for byte in copy { hash = Self.hash(hash, byte) }
        return copy.withUnsafeBufferPointer { lookUp($0, hash: hash) }
    }

    /// The listed words that have any of `traits`, in the order they were listed.
    func words(withAnyOf traits: ClauseTraits) -> [String] {
        var found: [String] = []
        for index in words.indices where entryTraits[index] & traits.rawValue != 0 { found.append(words[index]) }
        return found
    }

    /// True when the grammar's vocabulary lists `word` (lower-cased).
    func lists(_ word: String) -> Bool {
        lookUp(word) != nil
    }
}
