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

/// The vocabulary of the fact scanners, each word with its cues.
///
/// The words come from the scanners' own tables (`NumberWords`, `DateScanner.months`, `CurrencyTable`,
/// `EntityVocabulary`…), which stay the one place a word is listed: `derived()` works the vocabulary
/// out from them. What the tokenizer reads is that result written out (`words`, `otherWords`),
/// because working it out at first use cost every loaded document as much as tokenising it; a
/// test works it out again, compares, and prints the lines to paste when a table changes.
enum ScanVocabulary {
    struct Entry: Sendable, Equatable {
        var cues: ScanCue = []
        /// Value as a cardinal below a hundred, or -1.
        var cardinal: Int8 = -1
        /// Value as a word ordinal ("fourth", "thirtieth"), or -1.
        var ordinal: Int8 = -1
        /// For the first word of a state's spelling, its group in `stateGroups`, or -1.
        var stateGroup: Int16 = -1
    }

    /// One spelling of a state ("United States of America": words separated by spaces) and the
    /// state's name.
    struct StateSpelling: Sendable {
        var spelling: String
        var wordCount: Int
        var name: String

        init(_ words: [String], name: String) {
            spelling = words.joined(separator: " ")
            wordCount = words.count
            self.name = name
        }

        fileprivate init(spelling: String, wordCount: Int, name: String) {
            self.spelling = spelling
            self.wordCount = wordCount
            self.name = name
        }

        /// The spelling's words, as `VocabularyWords.split` gives them.
        var words: [String] { VocabularyWords.split(spelling) }
    }

    /// The spellings of `EntityVocabulary.stateSpellings` grouped by their first word lower-cased,
    /// each group in the order of `stateSpellings`; a first word's entry holds its group.
    static func stateSpellings(inGroup group: Int) -> ArraySlice<StateSpelling> {
        let (spellings, starts) = stateGroups
        guard group >= 0, group + 1 < starts.count else { return [] }
        return spellings[starts[group]..<starts[group + 1]]
    }

    /// Every spelling of `EntityVocabulary.states` ordered by group, and where each group starts
    /// (group `g` is `starts[g]..<starts[g + 1]`).
    ///
    /// Read straight from the listed strings, without splitting them into words: building a group
    /// of arrays of words cost the first document more than finding every name in it. Within a
    /// group the spellings come longest first, in listed order among equals, as in `stateSpellings`.
    private static let stateGroups: (spellings: [StateSpelling], starts: [Int]) = {
        // Two plain arrays, not one of pairs: an array of a tuple type costs its metadata at first use.
        let total = EntityVocabulary.states.reduce(0) { $0 + $1.count }
        var groups: [Int] = []
        var found: [StateSpelling] = []
        groups.reserveCapacity(total)
        found.reserveCapacity(total)
        var groupCount = 0
        for state in EntityVocabulary.states {
            guard let name = state.first else { continue }
            for written in state {
                var spelling = written
                let (group, wordCount) = spelling.withUTF8 { bytes -> (Int, Int) in
                    var words = 0
                    var firstEnd = -1
                    var start = 0
                    for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                        if end > start {
                            words += 1
                            if firstEnd < 0 { firstEnd = end }
                        }
                        start = end + 1
                    }
                    guard firstEnd >= 0 else { return (-1, 0) }
                    let firstWord = UnsafeBufferPointer(rebasing: bytes[0..<firstEnd])
                    let entry = firstWord.allSatisfy { $0 < 0x80 }
                        ? table.entry(firstWord, 0, firstWord.count)
                        : otherWords[String(decoding: firstWord, as: UTF8.self).lowercased()]
                    return (Int(entry?.stateGroup ?? -1), words)
                }
                guard group >= 0 else { continue }
                groupCount = max(groupCount, group + 1)
                groups.append(group)
                found.append(StateSpelling(spelling: written, wordCount: wordCount, name: name))
            }
        }
        // A stable counting sort by group (of positions in `found`), then each group longest first
        // (insertion, stable).
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for group in groups { starts[group + 1] += 1 }
        for group in 0..<groupCount { starts[group + 1] += starts[group] }
        var next = starts
        var order = [Int](repeating: 0, count: found.count)
        for item in found.indices {
            let group = groups[item]
            var position = next[group]
            next[group] += 1
            while position > starts[group], found[order[position - 1]].wordCount < found[item].wordCount {
                order[position] = order[position - 1]
                position -= 1
            }
            order[position] = item
        }
        return (order.map { found[$0] }, starts)
    }()

    /// The ASCII words, in a table read straight from a token's bytes.
    static let table = ScanWordTable(packedRecords: words)

    /// The entry of a word's key (lower-cased, possessive dropped), for a word read as a string.
    static func entry(forKey key: String) -> Entry? {
        asciiEntry(key) ?? otherWords[key]
    }

    /// The entry of a word in any letter case.
    static func entry(forWord word: String) -> Entry? {
        asciiEntry(word) ?? otherWords[word.lowercased()]
    }

    /// The entry of an ASCII word in any letter case: `.some(nil)` when it has none, nil when the
    /// word is not ASCII.
    private static func asciiEntry(_ word: String) -> Entry?? {
        var word = word
        return word.withUTF8 { bytes -> Entry?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return .some(table.entry(bytes, 0, bytes.count))
        }
    }

    /// The vocabulary worked out from the scanners' tables: what `words`, `otherWords` and
    /// `stateGroups` must hold.
    static func derived() -> (table: ScanWordTable, others: [String: Entry], stateGroups: [[StateSpelling]]) {
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
            stateGroups[group].append(StateSpelling(words, name: name))
        }
        add(EntityVocabulary.connectors, .connector)
        add(["of", "for", "on"], .ofForOn)
        return (builder.table, builder.others, stateGroups)
    }
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
    ///
    /// Written with few branches and masking shifts (every shift is by less than 64 bits, so `&>>`
    /// is exact), and the rare read near the end of the text out of line: the optimiser inlines an
    /// `@inline(__always)` function into a big one only while the callee has at most 64 blocks, and
    /// the token loop needs this lookup inlined.
    @inline(__always)
    fileprivate static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> (UInt64, UInt64) {
        // The word's bytes in each number: all of `low` from 8 bytes on, `high` only past 8.
        let lowMask = UInt64.max &>> UInt64(64 &- 8 &* (length < 8 ? length : 8))
        let highMask = length > 8 ? UInt64.max &>> UInt64(128 &- 8 &* length) : 0
        let low: UInt64
        let high: UInt64
        if start &+ 16 <= bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) {
            // Two loads, then the bytes past the word cleared.
            low = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self)) & lowMask
            high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start &+ 8, as: UInt64.self)) & highMask
        } else {
            (low, high) = bytewise(bytes, start, length)
        }
        // Lower-case only the word's bytes: the padding stays zero.
        return (low | (lowerBits & lowMask), high | (lowerBits & highMask))
    }

    /// `packed`'s numbers before lower-casing, read a byte at a time (near the end of the text,
    /// where two 8-byte loads would read past it).
    @inline(never)
    private static func bytewise(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for offset in 0..<length {
            let byte = UInt64(bytes[start + offset])
            if offset < 8 { low |= byte << UInt64(8 * offset) } else { high |= byte << UInt64(8 * (offset - 8)) }
        }
        return (low, high)
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

    /// A table of the words `packedRecords` holds, three numbers each: the word's bytes as `low` and
    /// `high`, then its length and entry (`packed(_:length:)`).
    init(packedRecords: [UInt64]) {
        var records: [Record] = []
        records.reserveCapacity(packedRecords.count / 3)
        for index in stride(from: 0, to: packedRecords.count - 2, by: 3) {
            let meta = packedRecords[index + 2]
            let entry = ScanVocabulary.Entry(cues: ScanCue(rawValue: UInt32(truncatingIfNeeded: meta)),
                                             cardinal: Int8(bitPattern: UInt8(truncatingIfNeeded: meta >> 40)),
                                             ordinal: Int8(bitPattern: UInt8(truncatingIfNeeded: meta >> 48)),
                                             stateGroup: Int16(UInt8(truncatingIfNeeded: meta >> 56)) - 1)
            records.append(Record(low: packedRecords[index], high: packedRecords[index + 1],
                                  length: Int(UInt8(truncatingIfNeeded: meta >> 32)), entry: entry))
        }
        // At most half full, as the builder keeps it.
        var size = 1024
        while records.count * 2 > size { size *= 2 }
        var slots = [UInt32](repeating: 0, count: size)
        for (number, record) in records.enumerated() {
            let hash = Self.hash(record.low, record.high, record.length)
            var slot = Int(hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = hash & 0xFFFF_0000 | UInt32(number + 1)
        }
        self.init(slots: slots, records: records, longWords: [:])
    }

    /// The length and entry of a word as the third number of its record in `packedRecords`: the
    /// cues in the low 32 bits, then the length, cardinal, ordinal and state group + 1, a byte each.
    static func packed(_ entry: ScanVocabulary.Entry, length: Int) -> UInt64 {
        let cues = UInt64(entry.cues.rawValue)
        let size = UInt64(UInt8(truncatingIfNeeded: length)) << 32
        let cardinal = UInt64(UInt8(bitPattern: entry.cardinal)) << 40
        let ordinal = UInt64(UInt8(bitPattern: entry.ordinal)) << 48
        let group = UInt64(UInt8(truncatingIfNeeded: Int(entry.stateGroup) + 1)) << 56
        return cues | size | cardinal | ordinal | group
    }

    /// Every word of the table (its bytes) with its entry, in the order they were added, and the
    /// words longer than 16 bytes.
    var storedWords: (records: [(word: [UInt8], low: UInt64, high: UInt64, entry: ScanVocabulary.Entry)], long: [String: ScanVocabulary.Entry]) {
        let records = records.map { record -> (word: [UInt8], low: UInt64, high: UInt64, entry: ScanVocabulary.Entry) in
            let word = (0..<record.length).map { offset -> UInt8 in
                let part: UInt64 = offset < 8 ? record.low : record.high
                return UInt8(truncatingIfNeeded: part >> UInt64(8 * (offset % 8)))
            }
            return (word, record.low, record.high, record.entry)
        }
        return (records, longWords)
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

    /// `entry` of a word longer than 16 bytes: a `String` built, so kept out of the inlined lookup.
    @inline(never)
    private func longEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ScanVocabulary.Entry? {
        guard !longWords.isEmpty else { return nil }
        return longWords[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()]
    }

    /// The entry of the word spelled by `bytes[start..<end]` (an ASCII word, any letter case), or nil.
    @inline(__always)
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ScanVocabulary.Entry? {
        let length = end - start
        guard length > 0 else { return nil }
        guard length <= 16 else { return longEntry(bytes, start, end) }
        let (low, high) = Self.packed(bytes, start, length)
        let hash = Self.hash(low, high, length)
        var slot = Int(hash) & mask
        while true {
            let found = slots[slot]
            guard found != 0 else { return nil }
            if found & 0xFFFF_0000 == hash & 0xFFFF_0000 {
                let record = records[Int(found & 0xFFFF) - 1]
                // One test, not three: see `packed` on the lookup's size.
                if (record.low ^ low) | (record.high ^ high) | UInt64(truncatingIfNeeded: record.length ^ length) == 0 {
                    return record.entry
                }
            }
            slot = (slot + 1) & mask
        }
    }
}

// MARK: - The vocabulary written out

extension ScanVocabulary {
    /// `derived()`'s ASCII words: per word its bytes as two little-endian numbers and its packed
    /// length and entry (`ScanWordTable.packed(_:length:)`). Printed by `ScanVocabularyTests`.
    static let words: [UInt64] = [
        0x26, 0, 0xFFFF0100100000, // &: connector
        0x61, 0, 0xFFFF0101000400, // a: article functionWord
        0x64726F636361, 0, 0xFFFF0600800000, // accord: instrument
        0x7364726F636361, 0, 0xFFFF0700800000, // accords: instrument
        0x656C776F6E6B6361, 0x676E696764, 0xFFFF0D01000000, // acknowledging: functionWord
        0x746361, 0, 0xFFFF0300800000, // act: instrument
        0x646561, 0, 0xFFFF0300008000, // aed: currencyCode
        0x73696E6168676661, 0x6E6174, 0xFFFFF0B00080000, // afghanistan: state group 14
        0x7265746661, 0, 0xFFFF0501000800, // after: articlePreposition functionWord
        0x79636E656761, 0, 0xFFFF0600040000, // agency: organization
        0x6E656D6565726761, 0x74, 0xFFFF0900800000, // agreement: instrument
        0x61696E61626C61, 0, 0x10FFFF0700080000, // albania: state group 15
        0x61697265676C61, 0, 0x11FFFF0700080000, // algeria: state group 16
        0x6C6C61, 0, 0xFFFF0301000000, // all: functionWord
        0x65636E61696C6C61, 0, 0xFFFF0800040000, // alliance: organization
        0x646D61, 0, 0xFFFF0300008000, // amd: currencyCode
        0x6E61636972656D61, 0, 0xFFFF0800010000, // american: currencyName
        0x6E61, 0, 0xFFFF0201000400, // an: article functionWord
        0x646E61, 0, 0xFFFF0301100020, // and: and connector functionWord
        0x6172726F646E61, 0, 0x12FFFF0700080000, // andorra: state group 17
        0x616C6F676E61, 0, 0x13FFFF0600080000, // angola: state group 18
        0x78656E6E61, 0, 0xFFFF0501000000, // annex: functionWord
        0x796E61, 0, 0xFFFF0301000000, // any: functionWord
        0x727061, 0, 0xFFFF0300000040, // apr: month
        0x6C69727061, 0, 0xFFFF0500000040, // april: month
        0x6E69746E65677261, 0x61, 0x14FFFF0900080000, // argentina: state group 19
        0x61696E656D7261, 0, 0x15FFFF0700080000, // armenia: state group 20
        0x796D7261, 0, 0xFFFF0400040000, // army: organization
        0x6D65676E61727261, 0x746E65, 0xFFFF0B00800000, // arrangement: instrument
        0x6D65676E61727261, 0x73746E65, 0xFFFF0C00800000, // arrangements: instrument
        0x737261, 0, 0xFFFF0300008000, // ars: currencyCode
        0x656C6369747261, 0, 0xFFFF0701000000, // article: functionWord
        0x7361, 0, 0xFFFF0201000000, // as: functionWord
        0x796C626D65737361, 0, 0xFFFF0800040000, // assembly: organization
        0x746169636F737361, 0x6E6F69, 0xFFFF0B00040000, // association: organization
        0x7461, 0, 0xFFFF0201000000, // at: functionWord
        0x737461, 0, 0xFFFF0300008000, // ats: currencyCode
        0x647561, 0, 0xFFFF0300008000, // aud: currencyCode
        0x677561, 0, 0xFFFF0300000040, // aug: month
        0x747375677561, 0, 0xFFFF0600000040, // august: month
        0x696C617274737561, 0x61, 0x16FFFF0900080000, // australia: state group 21
        0x696C617274737561, 0x6E61, 0xFFFF0A00010000, // australian: currencyName
        0x61697274737561, 0, 0x17FFFF0700080000, // austria: state group 22
        0x7469726F68747561, 0x79, 0xFFFF0900040000, // authority: organization
        0x6A69616272657A61, 0x6E61, 0x18FFFF0A00080000, // azerbaijan: state group 23
        0x6E7A61, 0, 0xFFFF0300008000, // azn: currencyCode
        0x6E696172686162, 0, 0x19FFFF0700080000, // bahrain: state group 24
        0x6564616C676E6162, 0x6873, 0x1AFFFF0A00080000, // bangladesh: state group 25
        0x6B6E6162, 0, 0xFFFF0400040000, // bank: organization
        0x746462, 0, 0xFFFF0300008000, // bdt: currencyCode
        0x676E6972616562, 0, 0xFFFF0701000000, // bearing: functionWord
        0x666562, 0, 0xFFFF0300008000, // bef: currencyCode
        0x65726F666562, 0, 0xFFFF0601000800, // before: articlePreposition functionWord
        0x737572616C6562, 0, 0x1BFFFF0700080000, // belarus: state group 26
        0x6E6169676C6562, 0, 0xFFFF0700010000, // belgian: currencyName
        0x6D7569676C6562, 0, 0x1DFFFF0700080000, // belgium: state group 28
        0x6E696E6562, 0, 0x1EFFFF0500080000, // benin: state group 29
        0x6E656577746562, 0, 0xFFFF0701000000, // between: functionWord
        0x6E6762, 0, 0xFFFF0300008000, // bgn: currencyCode
        0x6E6F696C6C6962, 0, 0xFFFF0700000010, // billion: scale
        0x6472616F62, 0, 0xFFFF0500040000, // board: organization
        0x616976696C6F62, 0, 0x1FFFFF0700080000, // bolivia: state group 30
        0x61696E736F62, 0, 0x2FFFF0600080000, // bosnia: state group 1
        0x68746F62, 0, 0xFFFF0401000000, // both: functionWord
        0x616E617773746F62, 0, 0x20FFFF0800080000, // botswana: state group 31
        0x6C697A617262, 0, 0x21FFFF0600080000, // brazil: state group 32
        0x68736974697262, 0, 0xFFFF0700010000, // british: currencyName
        0x6C7262, 0, 0xFFFF0300008000, // brl: currencyCode
        0x61697261676C7562, 0, 0x22FFFF0800080000, // bulgaria: state group 33
        0x756165727562, 0, 0xFFFF0600040000, // bureau: organization
        0x616E696B727562, 0, 0x3FFFF0700080000, // burkina: state group 2
        0x69646E75727562, 0, 0x23FFFF0700080000, // burundi: state group 34
        0x7962, 0, 0xFFFF0201000000, // by: functionWord
        0x7375726F6C657962, 0x616973, 0x1CFFFF0B00080000, // byelorussia: state group 27
        0x6E7962, 0, 0xFFFF0300008000, // byn: currencyCode
        0x74656E69626163, 0, 0xFFFF0700040000, // cabinet: organization
        0x646163, 0, 0xFFFF0300008000, // cad: currencyCode
        0x6169646F626D6163, 0, 0x24FFFF0800080000, // cambodia: state group 35
        0x6E6F6F72656D6163, 0, 0x25FFFF0800080000, // cameroon: state group 36
        0x6164616E6163, 0, 0x26FFFF0600080000, // canada: state group 37
        0x6E616964616E6163, 0, 0xFFFF0800010000, // canadian: currencyName
        0x7265746E6563, 0, 0xFFFF0600040000, // center: organization
        0x6572746E6563, 0, 0xFFFF0600040000, // centre: organization
        0x64616863, 0, 0x27FFFF0400080000, // chad: state group 38
        0x72657472616863, 0, 0xFFFF0700800000, // charter: instrument
        0x666863, 0, 0xFFFF0300008000, // chf: currencyCode
        0x656C696863, 0, 0x28FFFF0500080000, // chile: state group 39
        0x616E696863, 0, 0x29FFFF0500080000, // china: state group 40
        0x706C63, 0, 0xFFFF0300008000, // clp: currencyCode
        0x796E63, 0, 0xFFFF0300008000, // cny: currencyCode
        0x6F6974696C616F63, 0x6E, 0xFFFF0900040000, // coalition: organization
        0x65646F63, 0, 0xFFFF0400800000, // code: instrument
        0x6169626D6F6C6F63, 0, 0x2AFFFF0800080000, // colombia: state group 41
        0x646E616D6D6F63, 0, 0xFFFF0700040000, // command: organization
        0x73646E616D6D6F63, 0, 0xFFFF0800040000, // commands: organization
        0x697373696D6D6F63, 0x6E6F, 0xFFFF0A00040000, // commission: organization
        0x657474696D6D6F63, 0x65, 0xFFFF0900040000, // committee: organization
        0x71696E756D6D6F63, 0x6575, 0xFFFF0A00800000, // communique: instrument
        0x74696E756D6D6F63, 0x79, 0xFFFF0900040000, // community: organization
        0x796E61706D6F63, 0, 0xFFFF0700040000, // company: organization
        0x6E657265666E6F63, 0x6563, 0xFFFF0A00040000, // conference: organization
        0x6F676E6F63, 0, 0x2BFFFF0500080000, // congo: state group 42
        0x72656469736E6F63, 0x676E69, 0xFFFF0B01000000, // considering: functionWord
        0x75746974736E6F63, 0x6E6F6974, 0xFFFF0C00800000, // constitution: instrument
        0x69746E65766E6F63, 0x6E6F, 0xFFFF0A00800000, // convention: instrument
        0x706F63, 0, 0xFFFF0300008000, // cop: currencyCode
        0x7461726F70726F63, 0x6E6F69, 0xFFFF0B00040000, // corporation: organization
        0x6174736F63, 0, 0x4FFFF0500080000, // costa: state group 3
        0x6C69636E756F63, 0, 0xFFFF0700040000, // council: organization
        0x7472756F63, 0, 0xFFFF0500040000, // court: organization
        0x616974616F7263, 0, 0x2CFFFF0700080000, // croatia: state group 43
        0x61627563, 0, 0x2DFFFF0400080000, // cuba: state group 44
        0x737572707963, 0, 0x2EFFFF0600080000, // cyprus: state group 45
        0x6863657A63, 0, 0x5FFFF0500080000, // czech: state group 4
        0x61696863657A63, 0, 0x2FFFFF0700080000, // czechia: state group 46
        0x6B7A63, 0, 0xFFFF0300008000, // czk: currencyCode
        0x6873696E6164, 0, 0xFFFF0600010000, // danish: currencyName
        0x796164, 0, 0xFFFF0300001200, // day: day unit
        0x73796164, 0, 0xFFFF0400001000, // days: unit
        0x6564, 0, 0xFFFF0200100000, // de: connector
        0x636564, 0, 0xFFFF0300000040, // dec: month
        0x7265626D65636564, 0, 0xFFFF0800000040, // december: month
        0x746172616C636564, 0x6E6F69, 0xFFFF0B00800000, // declaration: instrument
        0x6D6564, 0, 0xFFFF0300008000, // dem: currencyCode
        0x6B72616D6E6564, 0, 0x30FFFF0700080000, // denmark: state group 47
        0x656D747261706564, 0x746E, 0xFFFF0A00040000, // department: organization
        0x676E697269736564, 0, 0xFFFF0801000000, // desiring: functionWord
        0x6E696D7265746564, 0x6465, 0xFFFF0A01000000, // determined: functionWord
        0x6568637374756564, 0, 0xFFFF0800010000, // deutsche: currencyName
        0x6D68637374756564, 0x6B7261, 0xFFFF0B00010000, // deutschmark: currencyName
        0x6D68637374756564, 0x736B7261, 0xFFFF0C00010000, // deutschmarks: currencyName
        0x6C6664, 0, 0xFFFF0300008000, // dfl: currencyCode
        0x726F746365726964, 0x657461, 0xFFFF0B00040000, // directorate: organization
        0x6974756F62696A64, 0, 0x31FFFF0800080000, // djibouti: state group 48
        0x6B6B64, 0, 0xFFFF0300008000, // dkk: currencyCode
        0x72616C6C6F64, 0, 0xFFFF0600010000, // dollar: currencyName
        0x7372616C6C6F64, 0, 0xFFFF0700010000, // dollars: currencyName
        0x7264, 0, 0xFFFF0201000000, // dr: functionWord
        0x676E69727564, 0, 0xFFFF0601000000, // during: functionWord
        0x6863747564, 0, 0xFFFF0500010000, // dutch: currencyName
        0x647A64, 0, 0xFFFF0300008000, // dzd: currencyCode
        0x68636165, 0, 0xFFFF0401000000, // each: functionWord
        0x756365, 0, 0xFFFF0300018000, // ecu: currencyCode currencyName
        0x726F6461756365, 0, 0x32FFFF0700080000, // ecuador: state group 49
        0x706765, 0, 0xFFFF0300008000, // egp: currencyCode
        0x7470796765, 0, 0x33FFFF0500080000, // egypt: state group 50
        0x7468676965, 0, 0xFF080500000001, // eight: cardinal =8
        0x6E65657468676965, 0, 0xFF120800000001, // eighteen: cardinal =18
        0x6E65657468676965, 0x6874, 0x12FF0A00000002, // eighteenth: ordinal #18
        0x687468676965, 0, 0x8FF0600000002, // eighth: ordinal #8
        0x797468676965, 0, 0xFF500600000005, // eighty: cardinal tens =80
        0x726568746965, 0, 0xFFFF0601000000, // either: functionWord
        0x6E6576656C65, 0, 0xFF0B0600000001, // eleven: cardinal =11
        0x68746E6576656C65, 0, 0xBFF0800000002, // eleventh: ordinal #11
        0x7369736168706D65, 0x676E69, 0xFFFF0B01000000, // emphasising: functionWord
        0x7A69736168706D65, 0x676E69, 0xFFFF0B01000000, // emphasizing: functionWord
        0x707365, 0, 0xFFFF0300008000, // esp: currencyCode
        0x61696E6F747365, 0, 0x34FFFF0700080000, // estonia: state group 51
        0x627465, 0, 0xFFFF0300008000, // etb: currencyCode
        0x6169706F69687465, 0, 0x35FFFF0800080000, // ethiopia: state group 52
        0x727565, 0, 0xFFFF0300008000, // eur: currencyCode
        0x6F727565, 0, 0xFFFF0400010000, // euro: currencyName
        0x736F727565, 0, 0xFFFF0500010000, // euros: currencyName
        0x7974696C69636166, 0, 0xFFFF0800040000, // facility: organization
        0x626566, 0, 0xFFFF0300000040, // feb: month
        0x7972617572626566, 0, 0xFFFF0800000040, // february: month
        0x6E656574666966, 0, 0xFF0F0700000001, // fifteen: cardinal =15
        0x746E656574666966, 0x68, 0xFFF0900000002, // fifteenth: ordinal #15
        0x6874666966, 0, 0x5FF0500000002, // fifth: ordinal #5
        0x6874656974666966, 0, 0x32FF0800000002, // fiftieth: ordinal #50
        0x7974666966, 0, 0xFF320500000005, // fifty: cardinal tens =50
        0x6D6966, 0, 0xFFFF0300008000, // fim: currencyCode
        0x646E616C6E6966, 0, 0x36FFFF0700080000, // finland: state group 53
        0x7473726966, 0, 0x1FF0500000002, // first: ordinal #1
        0x65766966, 0, 0xFF050400000001, // five: cardinal =5
        0x726F66, 0, 0xFFFF0301300800, // for: articlePreposition connector ofForOn functionWord
        0x6563726F66, 0, 0xFFFF0500040000, // force: organization
        0x736563726F66, 0, 0xFFFF0600040000, // forces: organization
        0x616C756D726F66, 0, 0xFFFF0700800000, // formula: instrument
        0x6874656974726F66, 0, 0x28FF0800000002, // fortieth: ordinal #40
        0x7974726F66, 0, 0xFF280500000005, // forty: cardinal tens =40
        0x6D75726F66, 0, 0xFFFF0500040000, // forum: organization
        0x697461646E756F66, 0x6E6F, 0xFFFF0A00040000, // foundation: organization
        0x72756F66, 0, 0xFF040400000001, // four: cardinal =4
        0x6E65657472756F66, 0, 0xFF0E0800000001, // fourteen: cardinal =14
        0x6E65657472756F66, 0x6874, 0xEFF0A00000002, // fourteenth: ordinal #14
        0x687472756F66, 0, 0x4FF0600000002, // fourth: ordinal #4
        0x65636E617266, 0, 0x37FFFF0600080000, // france: state group 54
        0x68636E657266, 0, 0xFFFF0600010000, // french: currencyName
        0x667266, 0, 0xFFFF0300008000, // frf: currencyCode
        0x6D6F7266, 0, 0xFFFF0401000000, // from: functionWord
        0x646E7566, 0, 0xFFFF0400040000, // fund: organization
        0x6E6F626167, 0, 0x38FFFF0500080000, // gabon: state group 55
        0x706267, 0, 0xFFFF0300008000, // gbp: currencyCode
        0x6C6567, 0, 0xFFFF0300008000, // gel: currencyCode
        0x616967726F6567, 0, 0x39FFFF0700080000, // georgia: state group 56
        0x6E616D726567, 0, 0xFFFF0600010000, // german: currencyName
        0x796E616D726567, 0, 0x3AFFFF0700080000, // germany: state group 57
        0x616E616867, 0, 0x3BFFFF0500080000, // ghana: state group 58
        0x736867, 0, 0xFFFF0300008000, // ghs: currencyCode
        0x647267, 0, 0xFFFF0300008000, // grd: currencyCode
        0x656365657267, 0, 0x3CFFFF0600080000, // greece: state group 59
        0x70756F7267, 0, 0xFFFF0500040000, // group: organization
        0x6472617567, 0, 0xFFFF0500040000, // guard: organization
        0x6C616D6574617567, 0x61, 0x3DFFFF0900080000, // guatemala: state group 60
        0x7265646C697567, 0, 0xFFFF0700010000, // guilder: currencyName
        0x737265646C697567, 0, 0xFFFF0800010000, // guilders: currencyName
        0x61656E697567, 0, 0x3EFFFF0600080000, // guinea: state group 61
        0x6974696168, 0, 0x3FFFFF0500080000, // haiti: state group 62
        0x676E69766168, 0, 0xFFFF0601000000, // having: functionWord
        0x726568, 0, 0xFFFF0301000000, // her: functionWord
        0x6C6668, 0, 0xFFFF0300008000, // hfl: currencyCode
        0x736968, 0, 0xFFFF0301000000, // his: functionWord
        0x646B68, 0, 0xFFFF0300008000, // hkd: currencyCode
        0x73617275646E6F68, 0, 0x40FFFF0800080000, // honduras: state group 63
        0x676E6F68, 0, 0xFFFF0400010000, // hong: currencyName
        0x72756F68, 0, 0xFFFF0400001000, // hour: unit
        0x7372756F68, 0, 0xFFFF0500001000, // hours: unit
        0x61696E76797268, 0, 0xFFFF0700010000, // hryvnia: currencyName
        0x7361696E76797268, 0, 0xFFFF0800010000, // hryvnias: currencyName
        0x61796E76797268, 0, 0xFFFF0700010000, // hryvnya: currencyName
        0x7361796E76797268, 0, 0xFFFF0800010000, // hryvnyas: currencyName
        0x667568, 0, 0xFFFF0300008000, // huf: currencyCode
        0x646572646E7568, 0, 0xFFFF0700000008, // hundred: hundred
        0x797261676E7568, 0, 0x41FFFF0700080000, // hungary: state group 64
        0x646E616C656369, 0, 0x42FFFF0700080000, // iceland: state group 65
        0x726469, 0, 0xFFFF0300008000, // idr: currencyCode
        0x706569, 0, 0xFFFF0300008000, // iep: currencyCode
        0x6669, 0, 0xFFFF0201000000, // if: functionWord
        0x736C69, 0, 0xFFFF0300008000, // ils: currencyCode
        0x6E69, 0, 0xFFFF0201100800, // in: articlePreposition connector functionWord
        0x6169646E69, 0, 0x43FFFF0500080000, // india: state group 66
        0x6973656E6F646E69, 0x61, 0x44FFFF0900080000, // indonesia: state group 67
        0x6974616974696E69, 0x6576, 0xFFFF0A00040000, // initiative: organization
        0x726E69, 0, 0xFFFF0300008000, // inr: currencyCode
        0x7475746974736E69, 0x65, 0xFFFF0900040000, // institute: organization
        0x647169, 0, 0xFFFF0300008000, // iqd: currencyCode
        0x6E617269, 0, 0x45FFFF0400080000, // iran: state group 68
        0x71617269, 0, 0x46FFFF0400080000, // iraq: state group 69
        0x646E616C657269, 0, 0x47FFFF0700080000, // ireland: state group 70
        0x727269, 0, 0xFFFF0300008000, // irr: currencyCode
        0x6B7369, 0, 0xFFFF0300008000, // isk: currencyCode
        0x6C6561727369, 0, 0x48FFFF0600080000, // israel: state group 71
        0x796C617469, 0, 0x49FFFF0500080000, // italy: state group 72
        0x6C7469, 0, 0xFFFF0300008000, // itl: currencyCode
        0x737469, 0, 0xFFFF0301000000, // its: functionWord
        0x616369616D616A, 0, 0x4AFFFF0700080000, // jamaica: state group 73
        0x6E616A, 0, 0xFFFF0300000040, // jan: month
        0x797261756E616A, 0, 0xFFFF0700000040, // january: month
        0x6E6170616A, 0, 0x4BFFFF0500080000, // japan: state group 74
        0x6573656E6170616A, 0, 0xFFFF0800010000, // japanese: currencyName
        0x6E6164726F6A, 0, 0x4CFFFF0600080000, // jordan: state group 75
        0x79706A, 0, 0xFFFF0300008000, // jpy: currencyCode
        0x6C756A, 0, 0xFFFF0300000040, // jul: month
        0x796C756A, 0, 0xFFFF0400000040, // july: month
        0x6E756A, 0, 0xFFFF0300000040, // jun: month
        0x656E756A, 0, 0xFFFF0400000040, // june: month
        0x7473686B617A616B, 0x6E61, 0x4DFFFF0A00080000, // kazakhstan: state group 76
        0x61796E656B, 0, 0x4EFFFF0500090000, // kenya: currencyName state group 77
        0x6E61796E656B, 0, 0xFFFF0600010000, // kenyan: currencyName
        0x73656B, 0, 0xFFFF0300008000, // kes: currencyCode
        0x6F766F736F6B, 0, 0x4FFFFF0600080000, // kosovo: state group 78
        0x77726B, 0, 0xFFFF0300008000, // krw: currencyCode
        0x74696177756B, 0, 0x50FFFF0600080000, // kuwait: state group 79
        0x64776B, 0, 0xFFFF0300008000, // kwd: currencyCode
        0x74737A796772796B, 0x6E61, 0x51FFFF0A00080000, // kyrgyzstan: state group 80
        0x747A6B, 0, 0xFFFF0300008000, // kzt: currencyCode
        0x61697674616C, 0, 0x52FFFF0600080000, // latvia: state group 81
        0x65756761656C, 0, 0xFFFF0600040000, // league: organization
        0x6E6F6E6162656C, 0, 0x53FFFF0700080000, // lebanon: state group 82
        0x6169726562696C, 0, 0x54FFFF0700080000, // liberia: state group 83
        0x617962696C, 0, 0x55FFFF0500080000, // libya: state group 84
        0x6E6574686365696C, 0x6E69657473, 0x56FFFF0D00080000, // liechtenstein: state group 85
        0x696E61756874696C, 0x61, 0x57FFFF0900080000, // lithuania: state group 86
        0x726B6C, 0, 0xFFFF0300008000, // lkr: currencyCode
        0x66756C, 0, 0xFFFF0300008000, // luf: currencyCode
        0x756F626D6578756C, 0x6772, 0x58FFFF0A00080000, // luxembourg: state group 87
        0x64616D, 0, 0xFFFF0300008000, // mad: currencyCode
        0x637361676164616D, 0x7261, 0x59FFFF0A00080000, // madagascar: state group 88
        0x6977616C616D, 0, 0x5AFFFF0600080000, // malawi: state group 89
        0x61697379616C616D, 0, 0x5BFFFF0800080000, // malaysia: state group 90
        0x696C616D, 0, 0x5CFFFF0400080000, // mali: state group 91
        0x61746C616D, 0, 0x5DFFFF0500080000, // malta: state group 92
        0x72616D, 0, 0xFFFF0300000040, // mar: month
        0x686372616D, 0, 0xFFFF0500000040, // march: month
        0x6E6174697275616D, 0x6169, 0x5EFFFF0A00080000, // mauritania: state group 93
        0x79616D, 0, 0xFFFF0300000040, // may: month
        0x6C646D, 0, 0xFFFF0300008000, // mdl: currencyCode
        0x646E61726F6D656D, 0x6D75, 0xFFFF0A00800000, // memorandum: instrument
        0x6F636978656D, 0, 0x5FFFFF0600080000, // mexico: state group 94
        0x6E6F696C6C696D, 0, 0xFFFF0700000010, // million: scale
        0x79727473696E696D, 0, 0xFFFF0800040000, // ministry: organization
        0x6574756E696D, 0, 0xFFFF0600001000, // minute: unit
        0x736574756E696D, 0, 0xFFFF0700001000, // minutes: unit
        0x6E6F697373696D, 0, 0xFFFF0700040000, // mission: organization
        0x61766F646C6F6D, 0, 0x60FFFF0700080000, // moldova: state group 95
        0x6F63616E6F6D, 0, 0x61FFFF0600080000, // monaco: state group 96
        0x61696C6F676E6F6D, 0, 0x62FFFF0800080000, // mongolia: state group 97
        0x67656E65746E6F6D, 0x6F72, 0x63FFFF0A00080000, // montenegro: state group 98
        0x68746E6F6D, 0, 0xFFFF0500001000, // month: unit
        0x7368746E6F6D, 0, 0xFFFF0600001000, // months: unit
        0x6F63636F726F6D, 0, 0x64FFFF0700080000, // morocco: state group 99
        0x7169626D617A6F6D, 0x6575, 0x65FFFF0A00080000, // mozambique: state group 100
        0x726D, 0, 0xFFFF0201000000, // mr: functionWord
        0x73726D, 0, 0xFFFF0301000000, // mrs: functionWord
        0x736D, 0, 0xFFFF0201000000, // ms: functionWord
        0x6E786D, 0, 0xFFFF0300008000, // mxn: currencyCode
        0x72796D, 0, 0xFFFF0300008000, // myr: currencyCode
        0x616962696D616E, 0, 0x66FFFF0700080000, // namibia: state group 101
        0x736E6F6974616E, 0, 0xFFFF0700040000, // nations: organization
        0x7976616E, 0, 0xFFFF0400040000, // navy: organization
        0x6C6170656E, 0, 0x67FFFF0500080000, // nepal: state group 102
        0x616C72656874656E, 0x73646E, 0x68FFFF0B00090000, // netherlands: currencyName state group 103
        0x77656E, 0, 0x6FFFF0300090000, // new: currencyName state group 5
        0x6E676E, 0, 0xFFFF0300008000, // ngn: currencyCode
        0x756761726163696E, 0x61, 0x69FFFF0900080000, // nicaragua: state group 104
        0x726567696E, 0, 0x6AFFFF0500080000, // niger: state group 105
        0x6169726567696E, 0, 0x6BFFFF0700080000, // nigeria: state group 106
        0x656E696E, 0, 0xFF090400000001, // nine: cardinal =9
        0x6E656574656E696E, 0, 0xFF130800000001, // nineteen: cardinal =19
        0x6E656574656E696E, 0x6874, 0x13FF0A00000002, // nineteenth: ordinal #19
        0x7974656E696E, 0, 0xFF5A0600000005, // ninety: cardinal tens =90
        0x68746E696E, 0, 0x9FF0500000002, // ninth: ordinal #9
        0x676C6E, 0, 0xFFFF0300008000, // nlg: currencyCode
        0x6B6F6E, 0, 0xFFFF0300008000, // nok: currencyCode
        0x6874726F6E, 0, 0x7FFFF0500080000, // north: state group 6
        0x796177726F6E, 0, 0x6CFFFF0600080000, // norway: state group 107
        0x6169676577726F6E, 0x6E, 0xFFFF0900010000, // norwegian: currencyName
        0x676E69746F6E, 0, 0xFFFF0601000000, // noting: functionWord
        0x766F6E, 0, 0xFFFF0300000040, // nov: month
        0x7265626D65766F6E, 0, 0xFFFF0800000040, // november: month
        0x647A6E, 0, 0xFFFF0300008000, // nzd: currencyCode
        0x74636F, 0, 0xFFFF0300000040, // oct: month
        0x7265626F74636F, 0, 0xFFFF0700000040, // october: month
        0x666F, 0, 0xFFFF0201300800, // of: articlePreposition connector ofForOn functionWord
        0x65636966666F, 0, 0xFFFF0600040000, // office: organization
        0x6E616D6F, 0, 0x6DFFFF0400080000, // oman: state group 108
        0x6E6F, 0, 0xFFFF0201300000, // on: connector ofForOn functionWord
        0x65636E6F, 0, 0xFFFF0400000800, // once: articlePreposition
        0x656E6F, 0, 0xFF010300000001, // one: cardinal =1
        0x6173696E6167726F, 0x6E6F6974, 0xFFFF0C00040000, // organisation: organization
        0x617A696E6167726F, 0x6E6F6974, 0xFFFF0C00040000, // organization: organization
        0x72756F, 0, 0xFFFF0301000000, // our: functionWord
        0x74636170, 0, 0xFFFF0400800000, // pact: instrument
        0x6E617473696B6170, 0, 0x6EFFFF0800080000, // pakistan: state group 109
        0x616D616E6170, 0, 0x6FFFFF0600080000, // panama: state group 110
        0x7061726761726170, 0x68, 0xFFFF0901000000, // paragraph: functionWord
        0x7961756761726170, 0, 0x70FFFF0800080000, // paraguay: state group 111
        0x656D61696C726170, 0x746E, 0xFFFF0A00040000, // parliament: organization
        0x74726170, 0, 0xFFFF0401000000, // part: functionWord
        0x6E6570, 0, 0xFFFF0300008000, // pen: currencyCode
        0x75726570, 0, 0x71FFFF0400080000, // peru: state group 112
        0x697070696C696870, 0x73656E, 0x72FFFF0B00080000, // philippines: state group 113
        0x706870, 0, 0xFFFF0300008000, // php: currencyCode
        0x726B70, 0, 0xFFFF0300008000, // pkr: currencyCode
        0x6E616C70, 0, 0xFFFF0400800000, // plan: instrument
        0x6D726F6674616C70, 0, 0xFFFF0800040000, // platform: organization
        0x6E6C70, 0, 0xFFFF0300008000, // pln: currencyCode
        0x646E616C6F70, 0, 0x73FFFF0600080000, // poland: state group 114
        0x6563696C6F70, 0, 0xFFFF0600040000, // police: organization
        0x6C61677574726F70, 0, 0x74FFFF0800080000, // portugal: state group 115
        0x646E756F70, 0, 0xFFFF0500010000, // pound: currencyName
        0x73646E756F70, 0, 0xFFFF0600010000, // pounds: currencyName
        0x6C6F636F746F7270, 0, 0xFFFF0800800000, // protocol: instrument
        0x657470, 0, 0xFFFF0300008000, // pte: currencyCode
        0x726171, 0, 0xFFFF0300008000, // qar: currencyCode
        0x7261746171, 0, 0x75FFFF0500080000, // qatar: state group 116
        0x6D72696666616572, 0x676E69, 0xFFFF0B01000000, // reaffirming: functionWord
        0x6E696C6C61636572, 0x67, 0xFFFF0901000000, // recalling: functionWord
        0x73696E676F636572, 0x676E69, 0xFFFF0B01000000, // recognising: functionWord
        0x7A696E676F636572, 0x676E69, 0xFFFF0B01000000, // recognizing: functionWord
        0x6974616C75676572, 0x6E6F, 0xFFFF0A00800000, // regulation: instrument
        0x6974616C75676572, 0x736E6F, 0xFFFF0B00800000, // regulations: instrument
        0x7461726574696572, 0x676E69, 0xFFFF0B01000000, // reiterating: functionWord
        0x69626E696D6E6572, 0, 0xFFFF0800010000, // renminbi: currencyName
        0x6974756C6F736572, 0x6E6F, 0xFFFF0A00800000, // resolution: instrument
        0x61696E616D6F72, 0, 0x76FFFF0700080000, // romania: state group 117
        0x6E6F72, 0, 0xFFFF0300008000, // ron: currencyCode
        0x656C62756F72, 0, 0xFFFF0600010000, // rouble: currencyName
        0x73656C62756F72, 0, 0xFFFF0700010000, // roubles: currencyName
        0x647372, 0, 0xFFFF0300008000, // rsd: currencyCode
        0x7273667372, 0, 0x78FFFF0500080000, // rsfsr: state group 119
        0x627572, 0, 0xFFFF0300008000, // rub: currencyCode
        0x656C627572, 0, 0xFFFF0500010000, // ruble: currencyName
        0x73656C627572, 0, 0xFFFF0600010000, // rubles: currencyName
        0x676E696C7572, 0, 0xFFFF0600800000, // ruling: instrument
        0x73676E696C7572, 0, 0xFFFF0700800000, // rulings: instrument
        0x6565707572, 0, 0xFFFF0500010000, // rupee: currencyName
        0x736565707572, 0, 0xFFFF0600010000, // rupees: currencyName
        0x616973737572, 0, 0x77FFFF0600080000, // russia: state group 118
        0x6E616973737572, 0, 0x8FFFF0700080000, // russian: state group 7
        0x61646E617772, 0, 0x79FFFF0600090000, // rwanda: currencyName state group 120
        0x6E61646E617772, 0, 0xFFFF0700010000, // rwandan: currencyName
        0x667772, 0, 0xFFFF0300008000, // rwf: currencyCode
        0x6E6173, 0, 0x9FFFF0300080000, // san: state group 8
        0x726173, 0, 0xFFFF0300008000, // sar: currencyCode
        0x6964756173, 0, 0xAFFFF0500080000, // saudi: state group 9
        0x646E6F636573, 0, 0x2FF0600000002, // second: ordinal #2
        0x7261746572636573, 0x746169, 0xFFFF0B00040000, // secretariat: organization
        0x6E6F6974636573, 0, 0xFFFF0701000000, // section: functionWord
        0x6B6573, 0, 0xFFFF0300008000, // sek: currencyCode
        0x6C6167656E6573, 0, 0x7AFFFF0700080000, // senegal: state group 121
        0x706573, 0, 0xFFFF0300000040, // sep: month
        0x74706573, 0, 0xFFFF0400000040, // sept: month
        0x65626D6574706573, 0x72, 0xFFFF0900000040, // september: month
        0x616962726573, 0, 0x7BFFFF0600080000, // serbia: state group 122
        0x65636976726573, 0, 0xFFFF0700040000, // service: organization
        0x7365636976726573, 0, 0xFFFF0800040000, // services: organization
        0x6E65766573, 0, 0xFF070500000001, // seven: cardinal =7
        0x6565746E65766573, 0x6E, 0xFF110900000001, // seventeen: cardinal =17
        0x6565746E65766573, 0x68746E, 0x11FF0B00000002, // seventeenth: ordinal #17
        0x68746E65766573, 0, 0x7FF0700000002, // seventh: ordinal #7
        0x79746E65766573, 0, 0xFF460700000005, // seventy: cardinal tens =70
        0x646773, 0, 0xFFFF0300008000, // sgd: currencyCode
        0x617272656973, 0, 0xBFFFF0600080000, // sierra: state group 10
        0x65636E6973, 0, 0xFFFF0501000000, // since: functionWord
        0x726F7061676E6973, 0x65, 0x7CFFFF0900090000, // singapore: currencyName state group 123
        0x786973, 0, 0xFF060300000001, // six: cardinal =6
        0x6E656574786973, 0, 0xFF100700000001, // sixteen: cardinal =16
        0x746E656574786973, 0x68, 0x10FF0900000002, // sixteenth: ordinal #16
        0x6874786973, 0, 0x6FF0500000002, // sixth: ordinal #6
        0x6874656974786973, 0, 0x3CFF0800000002, // sixtieth: ordinal #60
        0x7974786973, 0, 0xFF3C0500000005, // sixty: cardinal tens =60
        0x61696B61766F6C73, 0, 0x7DFFFF0800080000, // slovakia: state group 124
        0x61696E65766F6C73, 0, 0x7EFFFF0800080000, // slovenia: state group 125
        0x61696C616D6F73, 0, 0x7FFFFF0700080000, // somalia: state group 126
        0x6874756F73, 0, 0xCFFFF0500080000, // south: state group 11
        0x6E69617073, 0, 0x80FFFF0500080000, // spain: state group 127
        0x6C616963657073, 0, 0xFFFF0700010000, // special: currencyName
        0x697273, 0, 0xDFFFF0300080000, // sri: state group 12
        0x65747574617473, 0, 0xFFFF0700800000, // statute: instrument
        0x676E696C72657473, 0, 0xFFFF0800010000, // sterling: currencyName
        0x7967657461727473, 0, 0xFFFF0800800000, // strategy: instrument
        0x68637573, 0, 0xFFFF0401000000, // such: functionWord
        0x6E61647573, 0, 0x81FFFF0500080000, // sudan: state group 128
        0x656D616E69727573, 0, 0x82FFFF0800080000, // suriname: state group 129
        0x6E6564657773, 0, 0x83FFFF0600080000, // sweden: state group 130
        0x68736964657773, 0, 0xFFFF0700010000, // swedish: currencyName
        0x7373697773, 0, 0xFFFF0500010000, // swiss: currencyName
        0x6C72657A74697773, 0x646E61, 0x84FFFF0B00080000, // switzerland: state group 131
        0x6169727973, 0, 0x85FFFF0500080000, // syria: state group 132
        0x7473696B696A6174, 0x6E61, 0x86FFFF0A00080000, // tajikistan: state group 133
        0x676E696B6174, 0, 0xFFFF0601000000, // taking: functionWord
        0x61696E617A6E6174, 0, 0x87FFFF0800080000, // tanzania: state group 134
        0x61696E617A6E6174, 0x6E, 0xFFFF0900010000, // tanzanian: currencyName
        0x6E6574, 0, 0xFF0A0300000001, // ten: cardinal =10
        0x68746E6574, 0, 0xAFF0500000002, // tenth: ordinal #10
        0x646E616C69616874, 0, 0x88FFFF0800080000, // thailand: state group 135
        0x6E616874, 0, 0xFFFF0400000800, // than: articlePreposition
        0x74616874, 0, 0xFFFF0401000000, // that: functionWord
        0x626874, 0, 0xFFFF0300008000, // thb: currencyCode
        0x656874, 0, 0xFFFF0301100180, // the: theOrThis the connector functionWord
        0x7269656874, 0, 0xFFFF0501000000, // their: functionWord
        0x6573656874, 0, 0xFFFF0501000000, // these: functionWord
        0x6472696874, 0, 0x3FF0500000002, // third: ordinal #3
        0x6E65657472696874, 0, 0xFF0D0800000001, // thirteen: cardinal =13
        0x6E65657472696874, 0x6874, 0xDFF0A00000002, // thirteenth: ordinal #13
        0x7465697472696874, 0x68, 0x1EFF0900000002, // thirtieth: ordinal #30
        0x797472696874, 0, 0xFF1E0600000005, // thirty: cardinal tens =30
        0x73696874, 0, 0xFFFF0401000080, // this: theOrThis functionWord
        0x65736F6874, 0, 0xFFFF0501000000, // those: functionWord
        0x646E6173756F6874, 0, 0xFFFF0800000010, // thousand: scale
        0x6565726874, 0, 0xFF030500000001, // three: cardinal =3
        0x6867756F726874, 0, 0xFFFF0701000000, // through: functionWord
        0x646E74, 0, 0xFFFF0300008000, // tnd: currencyCode
        0x6F74, 0, 0xFFFF0201000000, // to: functionWord
        0x6F676F74, 0, 0x89FFFF0400080000, // togo: state group 136
        0x797461657274, 0, 0xFFFF0600800000, // treaty: instrument
        0x6C616E7562697274, 0, 0xFFFF0800040000, // tribunal: organization
        0x6E6F696C6C697274, 0, 0xFFFF0800000010, // trillion: scale
        0x797274, 0, 0xFFFF0300008000, // try: currencyCode
        0x616973696E7574, 0, 0x8AFFFF0700080000, // tunisia: state group 137
        0x79656B727574, 0, 0x8BFFFF0600080000, // turkey: state group 138
        0x696E656D6B727574, 0x6E617473, 0x8DFFFF0C00080000, // turkmenistan: state group 140
        0x6874666C657774, 0, 0xCFF0700000002, // twelfth: ordinal #12
        0x65766C657774, 0, 0xFF0C0600000001, // twelve: cardinal =12
        0x746569746E657774, 0x68, 0x14FF0900000002, // twentieth: ordinal #20
        0x79746E657774, 0, 0xFF140600000005, // twenty: cardinal tens =20
        0x6F7774, 0, 0xFF020300000001, // two: cardinal =2
        0x737A74, 0, 0xFFFF0300008000, // tzs: currencyCode
        0x2E732E75, 0, 0xFFFF0400010000, // u.s.: currencyName
        0x686175, 0, 0xFFFF0300008000, // uah: currencyCode
        0x61646E616775, 0, 0x8EFFFF0600090000, // uganda: currencyName state group 141
        0x6E61646E616775, 0, 0xFFFF0700010000, // ugandan: currencyName
        0x786775, 0, 0xFFFF0300008000, // ugx: currencyCode
        0x6B75, 0, 0x90FFFF0200080000, // uk: state group 143
        0x656E6961726B75, 0, 0x8FFFFF0700080000, // ukraine: state group 142
        0x7265646E75, 0, 0xFFFF0501000000, // under: functionWord
        0x6E696C7265646E75, 0x676E69, 0xFFFF0B01000000, // underlining: functionWord
        0x6E6F696E75, 0, 0xFFFF0500040000, // union: organization
        0x646574696E75, 0, 0x1FFFF0600090000, // united: currencyName state group 0
        0x6E6F7075, 0, 0xFFFF0401000000, // upon: functionWord
        0x79617567757275, 0, 0x92FFFF0700080000, // uruguay: state group 145
        0x7375, 0, 0xFFFF0200010000, // us: currencyName
        0x617375, 0, 0x91FFFF0300080000, // usa: state group 144
        0x647375, 0, 0xFFFF0300008000, // usd: currencyCode
        0x7473696B65627A75, 0x6E61, 0x93FFFF0A00080000, // uzbekistan: state group 146
        0x6C65757A656E6576, 0x61, 0x94FFFF0900080000, // venezuela: state group 147
        0x74656976, 0, 0xEFFFF0400080000, // viet: state group 13
        0x6D616E74656976, 0, 0x95FFFF0700080000, // vietnam: state group 148
        0x646E76, 0, 0xFFFF0300008000, // vnd: currencyCode
        0x6B656577, 0, 0xFFFF0400001000, // week: unit
        0x736B656577, 0, 0xFFFF0500001000, // weeks: unit
        0x6E696D6F636C6577, 0x67, 0xFFFF0901000000, // welcoming: functionWord
        0x6E656877, 0, 0xFFFF0401000000, // when: functionWord
        0x6572656877, 0, 0xFFFF0501000000, // where: functionWord
        0x656C696877, 0, 0xFFFF0501000000, // while: functionWord
        0x68746977, 0, 0xFFFF0401000000, // with: functionWord
        0x6E6968746977, 0, 0xFFFF0601000800, // within: articlePreposition functionWord
        0x666178, 0, 0xFFFF0300008000, // xaf: currencyCode
        0x726478, 0, 0xFFFF0300008000, // xdr: currencyCode
        0x756578, 0, 0xFFFF0300008000, // xeu: currencyCode
        0x666F78, 0, 0xFFFF0300008000, // xof: currencyCode
        0x72616579, 0, 0xFFFF0400001000, // year: unit
        0x7372616579, 0, 0xFFFF0500001000, // years: unit
        0x6E656D6579, 0, 0x96FFFF0500080000, // yemen: state group 149
        0x6E6579, 0, 0xFFFF0300010000, // yen: currencyName
        0x6E617579, 0, 0xFFFF0400010000, // yuan: currencyName
        0x6169626D617A, 0, 0x97FFFF0600080000, // zambia: state group 150
        0x72617A, 0, 0xFFFF0300008000, // zar: currencyCode
        0x6F72657A, 0, 0xFF000400000001, // zero: cardinal =0
        0x65776261626D697A, 0, 0x98FFFF0800080000, // zimbabwe: state group 151
        0x79746F6C7A, 0, 0xFFFF0500010000, // zloty: currencyName
        0x7379746F6C7A, 0, 0xFFFF0600010000, // zlotys: currencyName
    ]

    /// `derived()`'s words that are not ASCII, by key.
    static let otherWords: [String: Entry] = [
        "communiqué": Entry(cues: ScanCue(rawValue: 0x800000), cardinal: -1, ordinal: -1, stateGroup: -1), // instrument
        "türkiye": Entry(cues: ScanCue(rawValue: 0x80000), cardinal: -1, ordinal: -1, stateGroup: 139), // state
    ]
}
