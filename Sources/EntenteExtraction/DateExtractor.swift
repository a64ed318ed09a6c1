import EntenteModel

/// Calendar dates named in a document's provisions, with their role where the text makes it clear:
/// the date of the signature block is the signature date; a date after "enter into force" is the
/// entry into force; "signed on", "done at" give signature; "from … till …" bound a period.
struct DateExtractor {
    func extract(from document: Document) -> [DateMention] {
        extract(from: document, scanned: ScanDocument(document))
    }

    /// The dates of `document`, whose provisions `scanned` has tokenised.
    func extract(from document: Document, scanned: ScanDocument) -> [DateMention] {
        var mentions: [DateMention] = []
        for index in scanned.items.indices where scanned.items[index].text.hasASCIIDigit {
            let item = scanned.items[index]
            let provision = item.provision
            let text = provision.text
            for match in DateScanner.scan(item.text) {
                let role: String?
                if provision.kind == .signature {
                    role = "signature"
                } else if let window = Self.plainWindow(before: match.range.lowerBound, in: item.text) {
                    role = Self.role(window: window)
                } else {
                    role = Self.role(before: text[text.startIndex..<match.range.lowerBound].suffix(80).lowercased())
                }
                mentions.append(DateMention(provenance: ExtractionProvisions.provenance(provision), date: match.iso,
                                            role: role, text: match.text))
            }
        }
        return mentions
    }

    /// What a date's role is judged from: the 40 characters before it, lower-cased, as bytes,
    /// when each of them (and the one before them) is ASCII or a common punctuation scalar that
    /// joins no other (`TextTokenizer.isLoneScalar`): then a character is a scalar, none of them
    /// changes when lower-cased but ASCII capitals, and the cues (ASCII) are found byte by byte.
    /// Nil otherwise. "\r" (which starts "\r\n") is not taken.
    static func plainWindow(before start: String.Index, in text: ScanText) -> [UInt8]? {
        let offset = text.text.utf8.distance(from: text.text.utf8.startIndex, to: start)
        guard offset <= text.bytes.count else { return nil }
        var windowStart = offset
        var scalars = 0
        var position = offset
        let plain: Bool = text.bytes.withUnsafeBufferPointer { bytes in
            while position > 0, scalars < 41 {
                var lead = position - 1
                while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                if bytes[lead] < 0x80 {
                    guard bytes[lead] != 0x0D else { return false }
                } else {
                    guard TextTokenizer.isLoneScalar(bytes, lead) else { return false }
                }
                scalars += 1
                if scalars <= 40 { windowStart = lead }
                position = lead
            }
            return true
        }
        guard plain else { return nil }
        return text.bytes[windowStart..<offset].map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 0x20 : $0 }
    }

    private static let cues: [(String, String)] = [
        ("enter into force", "entry-into-force"), ("enters into force", "entry-into-force"),
        ("entered into force", "entry-into-force"), ("come into force", "entry-into-force"),
        ("into effect", "entry-into-force"), ("effective", "entry-into-force"),
        ("signed", "signature"), ("done at", "signature"), ("done in", "signature"),
        ("adopted", "adoption"), ("established", "establishment"),
        ("from ", "period-start"), ("till ", "period-end"), ("until ", "period-end"), ("through ", "period-end"),
    ]

    /// The role the words just before a date give it (`before`, lower-cased), judged from the nearest cue.
    static func role(before: String) -> String? {
        var window = String(before.suffix(40))
        // ASCII text (nearly all of it) is searched byte by byte; a character is a byte there
        // (but for "\r\n", one character of two bytes).
        if let ascii = window.withUTF8({ bytes in bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) ? nil : Array(bytes) }) {
            return role(window: ascii)
        }
        // The cue closest to the date wins: "signed on 3 April 2017" beats an earlier "into force".
        var best: (distance: Int, role: String)?
        let text = Substring(window)
        for (cue, role) in cues {
            // The last occurrence, overlapping ones included, as a backwards search finds it.
            var found: Range<Substring.Index>?
            var from = text.startIndex
            while let next = text[from...].firstRange(of: cue) {
                found = next
                from = text.index(after: next.lowerBound)
            }
            guard let found else { continue }
            let distance = text.distance(from: found.upperBound, to: text.endIndex)
            if best == nil || distance < (best?.distance ?? Int.max) { best = (distance, role) }
        }
        return best?.role
    }

    /// The role from an ASCII lower-case window: the cue closest to the date wins ("signed on
    /// 3 April 2017" beats an earlier "into force").
    private static func role(window: [UInt8]) -> String? {
        window.withUnsafeBufferPointer { bytes in
            var best: (distance: Int, role: String)?
            for (cue, role) in cues {
                guard let found = lastOffset(of: cue, in: bytes) else { continue }
                // Characters after the cue: its scalars, each counted at its first byte.
                var distance = 0
                for byte in bytes[(found + cue.utf8.count)...] where byte & 0xC0 != 0x80 { distance += 1 }
                if best == nil || distance < (best?.distance ?? Int.max) { best = (distance, role) }
            }
            return best?.role
        }
    }

    /// The byte offset of the last occurrence of the ASCII `needle` in `bytes`, or nil.
    private static func lastOffset(of needle: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let pin = Array(needle.utf8)
        guard !pin.isEmpty, pin.count <= bytes.count else { return nil }
        var start = bytes.count - pin.count
        while start >= 0 {
            var offset = 0
            while offset < pin.count, bytes[start + offset] == pin[offset] { offset += 1 }
            if offset == pin.count { return start }
            start -= 1
        }
        return nil
    }
}
