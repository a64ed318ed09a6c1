/// Decides cheaply whether a clause can have a deadline at all, so that the date and duration
/// scanners of `CommitmentDeadline` run only on the few clauses that can.
///
/// A deadline is a duration or a date after a leading word ("within", "by", "no later than", …).
/// Besides that word, a duration needs its unit — year, month, week, day, hour or minute — and
/// every form of date `DateScanner` reads needs a year of four figures from 1000 to 2999 ("24
/// February 2024", "2024-02-24", "24/02/2024"). So a clause with a leading word but neither a
/// unit nor such a run of four digits ("… by the Participants …", "… by Article 5 …") has no
/// deadline, and the scanners are not asked.
enum ClauseDeadlineFilter {
    /// The deadline of the clause `text[range]`, whose tokens are `tokens`.
    static func deadline(in text: String, _ range: Range<String.Index>, tokens: ArraySlice<ClauseToken>) -> String? {
        guard tokens.contains(where: { $0.traits.contains(.deadlineLead) }) else { return nil }
        let clause = text[range]
        guard mayHoldDateOrDuration(clause) else { return nil }
        return CommitmentDeadline.find(in: String(clause), tokens: tokens)
    }

    /// True when `clause` holds a run of exactly four ASCII digits starting with 1 or 2 or, in
    /// any case, a unit of time's name; also for a Kelvin sign, which lower-cases to "k" and
    /// could spell "week".
    static func mayHoldDateOrDuration(_ clause: Substring) -> Bool {
        if let found = clause.utf8.withContiguousStorageIfAvailable(mayHoldDateOrDuration) { return found }
        return mayHoldDateOrDuration(String(clause))
    }

    private static func mayHoldDateOrDuration(_ clause: String) -> Bool {
        var copy = clause
        return copy.withUTF8(mayHoldDateOrDuration)
    }

    private static func mayHoldDateOrDuration(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The last six bytes, lower-cased, the newest in the low byte.
        var window: UInt64 = 0
        var previous: UInt8 = 0
        // The digits read in a row, and whether the run started with 1 or 2.
        var digits = 0
        var yearLike = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                if digits == 0 { yearLike = byte == 0x31 || byte == 0x32 }
                digits += 1
                previous = byte
                window = window << 8 | UInt64(byte)
                continue
            }
            if digits == 4 && yearLike { return true }
            digits = 0
            if previous == 0x84 && byte == 0xAA { return true }
            previous = byte
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            window = window << 8 | UInt64(lower)
            // Units of time end in y, r, k, h or e: test the window only then.
            switch lower {
            case 0x79: // day
                if window & 0xFF_FFFF == 0x64_6179 { return true }
            case 0x72: // year, hour
                if window & 0xFFFF_FFFF == 0x7965_6172 || window & 0xFFFF_FFFF == 0x686F_7572 { return true }
            case 0x6B: // week
                if window & 0xFFFF_FFFF == 0x7765_656B { return true }
            case 0x68: // month
                if window & 0xFF_FFFF_FFFF == 0x6D_6F6E_7468 { return true }
            case 0x65: // minute
                if window & 0xFFFF_FFFF_FFFF == 0x6D69_6E75_7465 { return true }
            default:
                break
            }
        }
        return digits == 4 && yearLike
    }
}
