#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Case-insensitive equality and search for the language's text comparisons, on UTF-8 bytes.
///
/// The language compares text ignoring case, with the meaning of `lowercased()` on both sides and
/// Swift's Character semantics. Lower-casing every row's text for every filter made
/// `provisions | where text contains …` over a thousand agreements take over a second, so text
/// whose case folding is plain ASCII is compared byte by byte, and everything else takes the exact
/// path through `lowercased()`.
enum TextFolding {
    /// `a.lowercased() == b.lowercased()`.
    static func equal(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right -> Bool? in
                guard left.count == right.count else {
                    // Lengths differ: equal only if lower-casing changes a length, which takes non-ASCII.
                    return isASCII(left) && isASCII(right) ? false : nil
                }
                for index in 0..<left.count {
                    let x = left[index], y = right[index]
                    if x >= 0x80 || y >= 0x80 { return nil }
                    if x != y && folded(x) != folded(y) { return false }
                }
                return true
            } ?? nil
        } ?? nil
        if let fast { return fast }
        return a.lowercased() == b.lowercased()
    }

    /// -1, 0 or 1: the order of `a.lowercased()` and `b.lowercased()`.
    static func order(_ a: String, _ b: String) -> Int {
        let fast = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right -> Int? in
                for index in 0..<min(left.count, right.count) {
                    let x = left[index], y = right[index]
                    if x >= 0x80 || y >= 0x80 { return nil }
                    let foldedX = folded(x), foldedY = folded(y)
                    if foldedX != foldedY {
                        // A combining mark after either would compose with it ("e" + U+0301 sorts as "é").
                        let next = index + 1
                        if next < left.count && left[next] >= 0x80 || next < right.count && right[next] >= 0x80 { return nil }
                        return foldedX < foldedY ? -1 : 1
                    }
                }
                // One is a prefix of the other: the rest decides, and it may be non-ASCII.
                let rest = left.count > right.count ? UnsafeBufferPointer(rebasing: left[right.count...])
                    : UnsafeBufferPointer(rebasing: right[left.count...])
                guard isASCII(rest) else { return nil }
                return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
            } ?? nil
        } ?? nil
        if let fast { return fast }
        let x = a.lowercased(), y = b.lowercased()
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    /// `haystack.lowercased().contains(needle.lowercased())`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        FoldedPattern(needle).occurs(in: haystack)
    }

    /// Whether the lower-case ASCII `pattern` occurs in `text` (the UTF-8 of `string`) ignoring
    /// ASCII case, at whole-Character boundaries; nil when there is no such match and `text` holds
    /// a character whose lower case is ASCII although it is not (KELVIN SIGN → "k", CAPITAL I WITH
    /// DOT ABOVE → "i̇"), so the exact path must decide.
    ///
    /// Horspool's search: the text byte under the pattern's last position says how far the pattern
    /// may move on, so a long word is looked for a few bytes at a time, not byte by byte.
    fileprivate static func search(_ pattern: [UInt8], shifts: [UInt8], in text: UnsafeBufferPointer<UInt8>, of string: String) -> Bool? {
        let count = pattern.count
        if text.count >= count {
            let lastByte = pattern[count - 1]
            var start = 0
            while start <= text.count - count {
                let under = text[start + count - 1]
                if folded(under) == lastByte {
                    var matched = 0
                    while matched < count - 1, folded(text[start + matched]) == pattern[matched] { matched += 1 }
                    if matched == count - 1 && atCharacterBoundaries(string, start, start + count) { return true }
                }
                start += Int(shifts[Int(under)])
            }
        }
        return holdsCharacterFoldingToASCII(text) ? nil : false
    }

    /// U+212A KELVIN SIGN (E2 84 AA) and U+0130 (C4 B0) lower-case into ASCII letters.
    private static func holdsCharacterFoldingToASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        for (lead, tail) in [(UInt8(0xE2), [UInt8(0x84), 0xAA]), (0xC4, [0xB0])] {
            var start = 0
            while start < text.count, let hit = memchr(base + start, Int32(lead), text.count - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if offset + tail.count < text.count, tail.indices.allSatisfy({ text[offset + 1 + $0] == tail[$0] }) { return true }
                start = offset + 1
            }
        }
        return false
    }

    /// True when the UTF-8 offsets are Character boundaries of `string`: "e" is not found in
    /// "é" written as e + U+0301, nor "\n" in "\r\n", as Swift's Character comparison has it.
    private static func atCharacterBoundaries(_ string: String, _ start: Int, _ end: Int) -> Bool {
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        return String.Index(lower, within: string) != nil && String.Index(upper, within: string) != nil
    }

    fileprivate static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    fileprivate static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    fileprivate static func upper(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte
    }
}

/// A `contains` needle prepared once for many texts: lower-cased, and for an ASCII needle its bytes
/// and Horspool shift table. The evaluator prepares the literal needles of a stage before its rows.
struct FoldedPattern: Sendable {
    let lowered: String
    private let bytes: [UInt8]?
    private let shifts: [UInt8]

    init(_ needle: String) {
        lowered = needle.lowercased()
        let utf8 = Array(lowered.utf8)
        guard !utf8.isEmpty, utf8.count < 256, utf8.allSatisfy({ $0 < 0x80 }) else {
            bytes = nil
            shifts = []
            return
        }
        bytes = utf8
        var shifts = [UInt8](repeating: UInt8(utf8.count), count: 256)
        for (position, byte) in utf8.dropLast().enumerated() {
            let shift = UInt8(utf8.count - 1 - position)
            shifts[Int(byte)] = shift
            shifts[Int(TextFolding.upper(byte))] = shift
        }
        self.shifts = shifts
    }

    /// `haystack.lowercased().contains(lowered)`.
    func occurs(in haystack: String) -> Bool {
        if let bytes {
            let fast = haystack.utf8.withContiguousStorageIfAvailable { text in
                TextFolding.search(bytes, shifts: shifts, in: text, of: haystack)
            } ?? nil
            if let fast { return fast }
        }
        return haystack.lowercased().contains(lowered)
    }
}
