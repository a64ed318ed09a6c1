/// What a token is to the fact scanners, found once when a text is tokenised.
///
/// A cue is a necessary condition a scanner checks before it reads a token closely: a date can only
/// start at a number, a capitalised month, an ordinal or "the"/"this" before one; an amount needs a
/// currency somewhere in the text. Each cue is decided from the token's key (lower-cased, possessive
/// dropped) with the scanners' own tables, so skipping a token without the cue never changes what
/// a scanner finds.
struct ScanCue: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// `NumberWords.cardinal(key)` has a value (the token's `cardinal`).
    static let cardinal = ScanCue(rawValue: 1 << 0)
    /// `NumberWords.ordinal(key)` has a value.
    static let ordinal = ScanCue(rawValue: 1 << 1)
    /// "twenty" … "ninety": the first half of "twenty-four".
    static let tens = ScanCue(rawValue: 1 << 2)
    static let hundred = ScanCue(rawValue: 1 << 3)
    /// "thousand", "million", … (`NumberWords.scale`).
    static let numberScale = ScanCue(rawValue: 1 << 4)
    static let and = ScanCue(rawValue: 1 << 5)
    /// A month name or abbreviation (capitals are checked apart).
    static let month = ScanCue(rawValue: 1 << 6)
    static let theOrThis = ScanCue(rawValue: 1 << 7)
    static let the = ScanCue(rawValue: 1 << 8)
    static let day = ScanCue(rawValue: 1 << 9)
    /// "a", "an": a count of one after some prepositions.
    static let article = ScanCue(rawValue: 1 << 10)
    /// The prepositions after which "a"/"an" counts as one ("within a month").
    static let articlePreposition = ScanCue(rawValue: 1 << 11)
    /// year(s), month(s), week(s), day(s), hour(s), minute(s).
    static let durationUnit = ScanCue(rawValue: 1 << 12)
    /// A count and a unit joined by a hyphen: "24-hour", "ten-year".
    static let hyphenUnit = ScanCue(rawValue: 1 << 13)
    /// "$" or a currency sign ("£", "€").
    static let currencySymbol = ScanCue(rawValue: 1 << 14)
    /// A currency code in some letter case ("USD", "Dfl"); the exact spelling is checked apart.
    static let currencyCode = ScanCue(rawValue: 1 << 15)
    /// The first word of a currency name ("canadian", "euros", "pound").
    static let currencyName = ScanCue(rawValue: 1 << 16)
    /// A key starting with "dollar" ("U.S. dollars").
    static let dollarWord = ScanCue(rawValue: 1 << 17)
    /// A head word of an organisation ("council", "bank").
    static let organizationHead = ScanCue(rawValue: 1 << 18)
    /// The first word of a state's spelling in some letter case ("canada", "united").
    static let stateStart = ScanCue(rawValue: 1 << 19)
    /// A lower-case word allowed inside a name ("of", "and", "the").
    static let connector = ScanCue(rawValue: 1 << 20)
    /// "of", "for", "on": the words "the" may follow inside a name.
    static let ofForOn = ScanCue(rawValue: 1 << 21)
    /// The "$" sign alone.
    static let dollarSign = ScanCue(rawValue: 1 << 22)
    /// A head word of an instrument ("treaty", "charter").
    static let instrumentHead = ScanCue(rawValue: 1 << 23)
    /// A function word that starts a capitalised run only because a sentence starts there ("The").
    static let leadingFunctionWord = ScanCue(rawValue: 1 << 24)
    /// An ASCII word with a typographic possessive ("Ukraine’s"), whose key is its ASCII part.
    static let typographicPossessive = ScanCue(rawValue: 1 << 25)

    /// Everything that can mark a sum as money: without one of these a text holds no amount.
    static let anyCurrency: ScanCue = [.currencySymbol, .currencyCode, .currencyName, .dollarWord]
    /// Everything a length of time needs: a unit word or a hyphenated unit.
    static let anyDurationUnit: ScanCue = [.durationUnit, .hyphenUnit]
    /// Everything a name needs: a head word or a state.
    static let anyEntity: ScanCue = [.organizationHead, .instrumentHead, .stateStart]
}

/// The vocabulary of the fact scanners, each word with its cues, built once from the scanners'
/// own tables (so the tables stay the one place a word is listed).
enum ScanVocabulary {
    struct Entry: Sendable {
        var cues: ScanCue = []
        /// Value as a cardinal below a hundred, or -1.
        var cardinal: Int8 = -1
        /// Value as a word ordinal ("fourth", "thirtieth"), or -1.
        var ordinal: Int8 = -1
        /// For the first word of a state's spelling, its group in `stateGroups`, or -1.
        var stateGroup: Int16 = -1
    }

    /// One spelling of a state, as its words and their bytes, with the state's name.
    struct StateSpelling: Sendable {
        var words: [String]
        var bytes: [[UInt8]]
        var name: String
    }

    /// The spellings of `EntityVocabulary.stateSpellings` grouped by their first word lower-cased,
    /// each group in the order of `stateSpellings`.
    static let stateGroups: [[StateSpelling]] = built.stateGroups

    /// The ASCII words, in a table read straight from a token's bytes.
    static let table: ScanWordTable = built.table
    /// The other words ("communiqué", "türkiye"), by key.
    private static let otherWords: [String: Entry] = built.others

    /// The entry of a word's key (lower-cased, possessive dropped), for a word read as a string.
    static func entry(forKey key: String) -> Entry? {
        var key = key
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key.withUTF8 { table.entry($0, 0, $0.count) } }
        return otherWords[key]
    }

    /// Built once, straight into the table (a dictionary of strings was slow to fill).
    private static let built: (table: ScanWordTable, others: [String: Entry], stateGroups: [[StateSpelling]]) = {
        var builder = ScanWordTable.Builder()
        func add(_ words: some Sequence<String>, _ cue: ScanCue) {
            for word in words { builder.update(word) { $0.cues.insert(cue) } }
        }
        for (word, value) in NumberWords.units {
            builder.update(word) { $0.cues.insert(.cardinal); $0.cardinal = Int8(value) }
        }
        for (word, value) in NumberWords.tens {
            builder.update(word) { $0.cues.formUnion([.cardinal, .tens]); $0.cardinal = Int8(value) }
        }
        for (word, value) in NumberWords.ordinalUnits.merging(NumberWords.ordinalTens, uniquingKeysWith: { first, _ in first }) {
            builder.update(word) { $0.cues.insert(.ordinal); $0.ordinal = Int8(value) }
        }
        add(NumberWords.scales.keys, .numberScale)
        add(["hundred"], .hundred)
        add(["and"], .and)
        add(DateScanner.months.keys, .month)
        add(["the", "this"], .theOrThis)
        add(["the"], .the)
        add(["day"], .day)
        add(["a", "an"], .article)
        add(DurationScanner.articleCountPrepositions, .articlePreposition)
        add(DurationScanner.units.keys, .durationUnit)
        add(CurrencyTable.codes.keys.map { $0.lowercased() }, .currencyCode)
        add(CurrencyTable.names.compactMap { $0.0.first }, .currencyName)
        add(EntityVocabulary.organizationHeads, .organizationHead)
        add(EntityVocabulary.instrumentHeads, .instrumentHead)
        add(EntityVocabulary.leadingFunctionWords, .leadingFunctionWord)
        // A first word's entry holds its group, so the spellings are grouped without a dictionary of strings.
        var stateGroups: [[StateSpelling]] = []
        for (words, name) in EntityVocabulary.stateSpellings {
            guard let first = words.first?.lowercased() else { continue }
            var group = stateGroups.count
            builder.update(first) { entry in
                if entry.stateGroup < 0 {
                    entry.cues.insert(.stateStart)
                    entry.stateGroup = Int16(group)
                } else {
                    group = Int(entry.stateGroup)
                }
            }
            if group == stateGroups.count { stateGroups.append([]) }
            stateGroups[group].append(StateSpelling(words: words, bytes: words.map { Array($0.utf8) }, name: name))
        }
        add(EntityVocabulary.connectors, .connector)
        add(["of", "for", "on"], .ofForOn)
        return (builder.table, builder.others, stateGroups)
    }()
}

/// An open-addressing hash table of lower-case ASCII words, looked up with the bytes of a token in
/// any letter case: no `String` is built for the thousands of words a text has.
///
/// A word of up to 16 bytes is read as two 64-bit numbers (lower-cased), hashed from them and
/// compared with one record holding the stored word and its entry, so a lookup touches the slot
/// table and at most one record. Longer words, if the vocabulary ever has any, are looked up as strings.
struct ScanWordTable: Sendable {
    /// One stored word: its bytes as two little-endian numbers, zero-padded, its length and entry.
    private struct Record: Sendable {
        var low: UInt64
        var high: UInt64
        var length: Int
        var entry: ScanVocabulary.Entry
    }

    /// Per slot: the high 16 bits of the word's hash, then its record number + 1 in the low 16 bits;
    /// 0 when empty. Small enough to stay in the first-level cache.
    private let slots: [UInt32]
    private let mask: Int
    private let records: [Record]
    /// The ASCII words longer than 16 bytes.
    private let longWords: [String: ScanVocabulary.Entry]

    /// Only letters, digits, `-` and `'` occur in ASCII words, and for all of them setting bit 5 of
    /// each byte is lower-casing (digits and the two marks have it set already).
    private static let lowerBits: UInt64 = 0x2020_2020_2020_2020

    /// The word `bytes[start..<start + length]` (1…16 bytes) lower-cased, as two numbers.
    @inline(__always)
    fileprivate static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        if start + 16 <= bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) {
            // Two loads, then the bytes past the word cleared.
            let first = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            let second = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self))
            if length >= 8 {
                low = first
                high = length == 16 ? second : second & ((1 << UInt64(8 * (length - 8))) - 1)
            } else {
                low = first & ((1 << UInt64(8 * length)) - 1)
            }
        } else {
            for offset in 0..<length {
                let byte = UInt64(bytes[start + offset])
                if offset < 8 { low |= byte << UInt64(8 * offset) } else { high |= byte << UInt64(8 * (offset - 8)) }
            }
        }
        // Lower-case only the word's bytes: the padding stays zero.
        let lowMask: UInt64 = length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
        let highMask: UInt64 = length <= 8 ? 0 : length == 16 ? ~0 : (1 << UInt64(8 * (length - 8))) - 1
        return (low | (lowerBits & lowMask), high | (lowerBits & highMask))
    }

    @inline(__always)
    fileprivate static func hash(_ low: UInt64, _ high: UInt64, _ length: Int) -> UInt32 {
        var value = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        value ^= value >> 29
        value = value &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: value >> 32)
    }

    private init(slots: [UInt32], records: [Record], longWords: [String: ScanVocabulary.Entry]) {
        self.slots = slots
        mask = slots.count - 1
        self.records = records
        self.longWords = longWords
    }

    /// Fills a table word by word; words that are not ASCII are kept apart (`others`).
    struct Builder {
        private var slots = [UInt32](repeating: 0, count: 1024)
        private var records: [Record] = []
        private var longWords: [String: ScanVocabulary.Entry] = [:]
        private(set) var others: [String: ScanVocabulary.Entry] = [:]

        var table: ScanWordTable { ScanWordTable(slots: slots, records: records, longWords: longWords) }

        /// Applies `change` to the entry of `word` (lower-case), a new one if it has none yet.
        mutating func update(_ word: String, _ change: (inout ScanVocabulary.Entry) -> Void) {
            // The word's bytes are read in place: copying each into an array was most of building the table.
            var spelling = word
            var low: UInt64 = 0
            var high: UInt64 = 0
            let length = spelling.withUTF8 { bytes -> Int in
                guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return 0 }
                if bytes.count <= 16 { (low, high) = ScanWordTable.packed(bytes, 0, bytes.count) }
                return bytes.count
            }
            guard length > 0 else {
                change(&others[word, default: ScanVocabulary.Entry()])
                return
            }
            guard length <= 16 else {
                change(&longWords[word, default: ScanVocabulary.Entry()])
                return
            }
            let hash = ScanWordTable.hash(low, high, length)
            var slot = Int(hash) & (slots.count - 1)
            while slots[slot] != 0 {
                let number = Int(slots[slot] & 0xFFFF) - 1
                if records[number].low == low, records[number].high == high, records[number].length == length {
                    change(&records[number].entry)
                    return
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            var entry = ScanVocabulary.Entry()
            change(&entry)
            slots[slot] = hash & 0xFFFF_0000 | UInt32(records.count + 1)
            records.append(Record(low: low, high: high, length: length, entry: entry))
            // Keep the table at most half full: grow and place every word again.
            if records.count * 2 > slots.count {
                slots = [UInt32](repeating: 0, count: slots.count * 2)
                for (number, record) in records.enumerated() {
                    let hash = ScanWordTable.hash(record.low, record.high, record.length)
                    var slot = Int(hash) & (slots.count - 1)
                    while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
                    slots[slot] = hash & 0xFFFF_0000 | UInt32(number + 1)
                }
            }
        }
    }

    /// The entry of the word spelled by `bytes[start..<end]` (an ASCII word, any letter case), or nil.
    @inline(__always)
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ScanVocabulary.Entry? {
        let length = end - start
        guard length > 0 else { return nil }
        guard length <= 16 else {
            guard !longWords.isEmpty else { return nil }
            return longWords[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()]
        }
        let (low, high) = Self.packed(bytes, start, length)
        let hash = Self.hash(low, high, length)
        var slot = Int(hash) & mask
        while true {
            let found = slots[slot]
            guard found != 0 else { return nil }
            if found & 0xFFFF_0000 == hash & 0xFFFF_0000 {
                let record = records[Int(found & 0xFFFF) - 1]
                if record.low == low, record.high == high, record.length == length { return record.entry }
            }
            slot = (slot + 1) & mask
        }
    }
}
