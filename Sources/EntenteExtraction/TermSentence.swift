#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One sentence of a provision, prepared for the term rules: its text as written and a lower-cased
/// form with typographic quotes and line breaks flattened, so that "six months’\n notice" reads as
/// "six months' notice".
struct TermSentence: Sendable {
    /// The sentence as written (whitespace runs collapsed).
    var text: String
    /// Lower-cased, `’` → `'`, whitespace collapsed.
    var lower: String

    init(_ text: String) {
        // One pass over the UTF-8 builds both forms, as bytes. A whitespace scalar starts a run that
        // collapses to one space; marks that extend a whitespace character are dropped with it, as
        // they were when this walked characters.
        var source = text
        let count = source.utf8.count
        var flat: [UInt8] = []
        var lowered: [UInt8] = []
        flat.reserveCapacity(count)
        lowered.reserveCapacity(count)
        var lastWasSpace = false
        var inWhitespaceCharacter = false
        source.withUTF8 { bytes in
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    inWhitespaceCharacter = false
                    // ASCII whitespace: space, \t \n \v \f \r.
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        if !lastWasSpace, !flat.isEmpty {
                            flat.append(0x20)
                            lowered.append(0x20)
                        }
                        lastWasSpace = true
                        inWhitespaceCharacter = true
                    } else {
                        flat.append(byte)
                        lowered.append((byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte)
                        lastWasSpace = false
                    }
                    continue
                }
                // A scalar of two to four bytes (the text is valid UTF-8).
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                let scalarBytes = bytes[index..<min(index + length, count)]
                index += length
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                if inWhitespaceCharacter, properties.isGraphemeExtend || value == 0x200D { continue }
                if properties.isWhitespace {
                    if !lastWasSpace, !flat.isEmpty {
                        flat.append(0x20)
                        lowered.append(0x20)
                    }
                    lastWasSpace = true
                    inWhitespaceCharacter = true
                    continue
                }
                inWhitespaceCharacter = false
                lastWasSpace = false
                flat += scalarBytes
                if value == 0x2019 || value == 0x2018 {
                    lowered.append(UInt8(ascii: "'"))
                } else {
                    lowered += properties.lowercaseMapping.utf8
                }
            }
        }
        var flatText = String(decoding: flat, as: UTF8.self)
        var lowerText = String(decoding: lowered, as: UTF8.self)
        if lastWasSpace, !flat.isEmpty {
            flatText.removeLast()
            lowerText.removeLast()
        }
        self.text = flatText
        self.lower = lowerText
    }

    /// True when any of `phrases` occurs.
    func contains(any phrases: [String]) -> Bool {
        phrases.contains { PhraseSearch.contains(lower, $0) }
    }

    /// The lower-cased text after the first occurrence of any of `phrases` (the earliest one), or nil.
    func after(any phrases: [String]) -> Substring? {
        var best: Range<Int>?
        for phrase in phrases {
            guard let found = PhraseSearch.firstRange(of: phrase, in: lower) else { continue }
            if best == nil || found.lowerBound < (best?.lowerBound ?? found.lowerBound) { best = found }
        }
        return best.map { lower[PhraseSearch.index($0.upperBound, in: lower)...] }
    }

    /// The durations in the sentence, with the lower-cased text just before and after each.
    func durations() -> [(iso: String, before: Substring, after: Substring)] {
        DurationScanner.scan(lower).map { match in
            (match.iso, lower[..<match.range.lowerBound], lower[match.range.upperBound...])
        }
    }
}

/// Literal substring search over UTF-8 bytes (`memchr` + `memcmp`), for the extraction rules' keyword tests.
/// Far cheaper than Foundation's `range(of:)`/`contains`, which go through NSString and UTF-16. The
/// needles are lower-case ASCII phrases, so a byte match is a character match.
enum PhraseSearch {
    /// True when `needle` occurs in `haystack`.
    @inline(__always)
    static func contains(_ haystack: some StringProtocol, _ needle: String) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// True when `needle` occurs in the UTF-8 `haystack` (a string's bytes read in place).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { search(haystack, $0) } != nil
    }

    /// The UTF-8 offset of the first occurrence of `needle` in `haystack`, or nil.
    static func firstOffset(of needle: String, in haystack: some StringProtocol) -> Int? {
        let found: Int?? = haystack.utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { pin in
                search(hay, pin)
            } ?? search(hay, Array(needle.utf8))
        }
        if let found { return found }
        let bytes = Array(haystack.utf8)
        return bytes.withUnsafeBufferPointer { hay in search(hay, Array(needle.utf8)) }
    }

    /// The UTF-8 offsets `needle` covers at its first occurrence in `haystack`, or nil.
    static func firstRange(of needle: String, in haystack: some StringProtocol) -> Range<Int>? {
        firstOffset(of: needle, in: haystack).map { $0..<($0 + needle.utf8.count) }
    }

    /// The string index at a UTF-8 offset (from `firstOffset`/`firstRange` on the same string).
    @inline(__always)
    static func index(_ offset: Int, in string: String) -> String.Index {
        string.utf8.index(string.utf8.startIndex, offsetBy: offset)
    }

    /// The string indices of a UTF-8 offset range.
    static func range(_ offsets: Range<Int>, in string: String) -> Range<String.Index> {
        index(offsets.lowerBound, in: string)..<index(offsets.upperBound, in: string)
    }

    private static func search(_ hay: UnsafeBufferPointer<UInt8>, _ pin: [UInt8]) -> Int? {
        pin.withUnsafeBufferPointer { search(hay, $0) }
    }

    private static func search(_ hay: UnsafeBufferPointer<UInt8>, _ pin: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !pin.isEmpty else { return 0 }
        guard pin.count <= hay.count, let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
        // memchr for the first byte, memcmp for the rest (Glibc's memmem is not exported to Swift).
        let first = Int32(pinBase[0])
        let rest = pin.count - 1
        let last = hay.count - pin.count
        var start = 0
        while start <= last {
            guard let hit = memchr(hayBase + start, first, last - start + 1) else { return nil }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(hayBase)
            if rest == 0 || memcmp(hayBase + offset + 1, pinBase + 1, rest) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}
