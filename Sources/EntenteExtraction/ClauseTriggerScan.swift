/// Whether a text may hold a word a commitment hangs on (`ClauseTraits.mayTrigger`: a modal, a
/// verb of undertaking, "committed"), decided on its bytes without tokenising it.
///
/// Most sentences of an agreement commit to nothing, and `ClauseAnalyzer.readings` drops them as
/// soon as it sees none of their tokens is a trigger; tokenising them only to learn that was a
/// large part of reading commitments. The answer here is conservative: false only when no token
/// `ClauseTokenizer` makes of the text can be a trigger.
///
/// Why a run of ASCII letters is enough: a trigger is a word of ASCII letters, and a token that
/// spells one is either a whole word of the text, lower-cased (its letters are then a whole run
/// of letters) or the tail `ClauseTokenizer` splits off a word glued to it (its letters then end
/// a run). So it is enough that no run of ASCII letters ends with a trigger. The one scalar
/// outside ASCII that lower-cases into ASCII letters, the Kelvin sign (K → k), makes the answer
/// true.
enum ClauseTriggerScan {
    /// The triggers' lower-cased bytes, one after another; trigger `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private static let table: Table? = Table(words: ClauseVocabulary.shared.words(withAnyOf: .mayTrigger))

    private struct Table {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        /// For each pair of last two letters (26 × 26, the last one major), where the triggers that
        /// end with it start in `byEnding`; they end where the next pair's start. (Starts, not
        /// ranges: an array of ranges is a type whose metadata the runtime builds at first use.)
        var endingStarts: [Int]
        var byEnding: [Int] = []

        /// Nil when some trigger is not two or more ASCII letters: the scan would not be sound,
        /// and every text is then said to hold a trigger.
        init?(words: [String]) {
            // Counted, then placed (a counting sort), rather than one list per ending: 676 small
            // arrays cost more to build than the scan of a whole agreement, at every first use.
            var slots: [Int] = []
            slots.reserveCapacity(words.count)
            for word in words {
                let utf8 = word.utf8
                guard utf8.count >= 2, utf8.allSatisfy({ $0 &- 0x61 < 26 }) else { return nil }
                bytes += utf8
                starts.append(bytes.count)
                slots.append(Table.slot(bytes[bytes.count - 1], bytes[bytes.count - 2]))
            }
            var counts = [Int](repeating: 0, count: 26 * 26)
            for slot in slots { counts[slot] += 1 }
            endingStarts = []
            endingStarts.reserveCapacity(counts.count + 1)
            var next = [Int](repeating: 0, count: counts.count)
            var total = 0
            for (slot, count) in counts.enumerated() {
                endingStarts.append(total)
                next[slot] = total
                total += count
            }
            endingStarts.append(total)
            // Within an ending, triggers keep the order they were listed in.
            byEnding = [Int](repeating: 0, count: total)
            for (number, slot) in slots.enumerated() {
                byEnding[next[slot]] = number
                next[slot] += 1
            }
        }

        @inline(__always)
        static func slot(_ last: UInt8, _ beforeLast: UInt8) -> Int {
            Int(last &- 0x61) &* 26 &+ Int(beforeLast &- 0x61)
        }

        /// True when the lower-cased letters of `text[start..<end]` (two or more) end with a trigger.
        @inline(__always)
        func endsWithTrigger(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
            let slot = Table.slot(text[end &- 1] | 0x20, text[end &- 2] | 0x20)
            let range = endingStarts[slot]..<endingStarts[slot &+ 1]
            for candidate in range {
                let word = starts[byEnding[candidate]]..<starts[byEnding[candidate] + 1]
                guard word.count <= end &- start else { continue }
                var offset = 1
                while offset <= word.count, text[end &- offset] | 0x20 == bytes[word.upperBound &- offset] { offset &+= 1 }
                if offset > word.count { return true }
            }
            return false
        }
    }

    /// False only when no token of `text` can be a trigger.
    static func mayHoldTrigger(_ text: String) -> Bool {
        guard let table else { return true }
        var copy = text
        return copy.withUTF8 { mayHoldTrigger($0, table) }
    }

    private static func mayHoldTrigger(_ text: UnsafeBufferPointer<UInt8>, _ table: Table) -> Bool {
        let count = text.count
        var index = 0
        var runStart = 0
        while index < count {
            // Most bytes are letters inside a run: they are passed over eight at a time.
            if let base = text.baseAddress {
                while index &+ 8 <= count {
                    let nonLetters = nonLetterBytes(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                    if nonLetters != 0 {
                        index &+= nonLetters.trailingZeroBitCount &>> 3
                        break
                    }
                    index &+= 8
                }
                guard index < count else { break }
            }
            let byte = text[index]
            // Setting bit 5 lower-cases an ASCII letter.
            if (byte | 0x20) &- 0x61 < 26 {
                index &+= 1
                continue
            }
            if index &- runStart >= 2, table.endsWithTrigger(text, runStart, index) { return true }
            // The Kelvin sign, E2 84 AA, lower-cases to "k".
            if byte == 0xE2, index &+ 2 < count, text[index &+ 1] == 0x84, text[index &+ 2] == 0xAA { return true }
            index &+= 1
            runStart = index
        }
        return count &- runStart >= 2 && table.endsWithTrigger(text, runStart, count)
    }

    /// The top bit of each byte of `word` that is not an ASCII letter, in either case.
    ///
    /// A byte is a letter when it is below 0x80 and, with bit 5 set, from 0x61 to 0x7A. With the
    /// top bits cleared first, adding 0x1F to a byte sets its top bit exactly when it is 0x61 or
    /// more, and adding 0x05 when it is 0x7B or more; neither sum carries into the next byte.
    @inline(__always)
    static func nonLetterBytes(_ word: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lowered = (word | 0x2020_2020_2020_2020) & ~highs
        let fromA = lowered &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = lowered &+ 0x0505_0505_0505_0505
        let letters = fromA & ~pastZ & ~word & highs
        return ~letters & highs
    }
}
