import EntenteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes decoded to text and split into lines, with what decoding noticed on the way.
struct SourceText {
    /// The whole decoded text; `lines` are slices of it, so no line is copied.
    let text: String
    /// Lines without their terminators (LF, CRLF or a lone CR); `lines[0]` is source line 1.
    let lines: [Substring]
    /// Warnings that did not stop decoding (invalid UTF-8).
    let warnings: [Diagnostic]

    /// Decodes `bytes`, refusing what cannot be a text: NUL bytes or mostly control characters.
    init(bytes: [UInt8], path: String) throws(Diagnostic) {
        if TextBytes.containsNUL(bytes) {
            throw Diagnostic(
                code: "read-binary", message: "\(path) is a binary file (it contains NUL bytes), not a text",
                file: path, notes: ["UTF-16 and binary formats such as PDF or DOCX must be converted to UTF-8 text first"])
        }
        // A text has few control bytes besides tab, LF, CR and form feed; a sample is enough to tell.
        let sample = bytes.prefix(8192)
        let controls = TextBytes.controlCount(sample)
        if !sample.isEmpty, controls * 10 > sample.count {
            throw Diagnostic(
                code: "read-binary", message: "\(path) is a binary file (\(controls) control bytes in its first \(sample.count)), not a text",
                file: path)
        }
        // Bytes that are mostly not UTF-8 (compressed or encrypted data without NULs) are no text
        // either; a Latin-1 text has a few invalid bytes, not one in four.
        if sample.count >= 64, let (invalid, _) = TextBytes.invalidUTF8(sample[...]), invalid * 4 > sample.count {
            throw Diagnostic(
                code: "read-binary",
                message: "\(path) is a binary file (\(invalid) invalid UTF-8 sequences in its first \(sample.count) bytes), not a text",
                file: path, notes: ["texts must be UTF-8; convert other encodings first (iconv -f LATIN1 -t UTF-8)"])
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        var warnings: [Diagnostic] = []
        if let (count, line) = TextBytes.invalidUTF8(body) {
            warnings.append(Diagnostic(
                .warning, code: "read-invalid-utf8",
                message: "\(path) is not valid UTF-8: \(count) invalid byte sequence\(count == 1 ? "" : "s") replaced with U+FFFD",
                file: path, range: SourceRange(at: SourcePosition(line: line, column: 1))))
        }
        let text = SourceText.decode(body)
        self.text = text
        self.lines = SourceText.splitLines(text)
        self.warnings = warnings
    }

    /// `String(decoding: bytes, as: UTF8.self)`, built from runs instead of in one call. The
    /// standard library checks a buffer eight bytes at a time only while it is all ASCII; from the
    /// first non-ASCII byte on (a curly quote near the top of nearly every text) it checks byte by
    /// byte, ten instructions a byte. Here each ASCII run and each non-ASCII run is decoded on its
    /// own, so the ASCII runs, nearly all of a text, take the fast check, and the pieces are
    /// appended to one string reserved at full size.
    ///
    /// The same String results: no UTF-8 sequence, valid or not, contains an ASCII byte, so a cut
    /// between an ASCII byte and a non-ASCII one never splits a sequence or a maximal invalid
    /// subpart, and each run is repaired (U+FFFD) exactly as it would be inside the whole buffer.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress else { return "" }
            let count = buffer.count
            let raw = UnsafeRawPointer(base)
            var text = ""
            func append(_ start: Int, _ end: Int) {
                text.append(String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self))
            }
            // `start` opens the ASCII run not yet appended; `index` looks for its end.
            var start = 0
            var index = 0
            while index < count {
                while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                while index < count, base[index] < 0x80 { index += 1 }
                guard index < count else { break }
                var end = index + 1
                while end < count, base[end] >= 0x80 { end += 1 }
                // Reserved at the first non-ASCII run: an all-ASCII text never needs `text`.
                if start == 0 { text.reserveCapacity(count) }
                if index > start { append(start, index) }
                append(index, end)
                start = end
                index = end
            }
            // All ASCII: one call, with no copy into `text`.
            if start == 0 { return String(decoding: buffer, as: UTF8.self) }
            if start < count { append(start, count) }
            return text
        }
    }

    /// Splits on LF, CRLF and lone CR by walking UTF-8 bytes: linear, and no line is copied.
    /// Indices next to a line break are always Character boundaries, so slicing the String is safe.
    static func splitLines(_ text: String) -> [Substring] {
        var text = text
        // A native String's bytes are contiguous; a bridged one is made native first.
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let origin = utf8.startIndex
        var lines: [Substring] = []
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var start = 0
            if memchr(base, 0x0D, count) == nil {
                // No CR (nearly every text): line feeds are found at memory speed, counted first so
                // that the array of lines is allocated once.
                var breaks = 0
                var probe = 0
                while probe < count, let found = memchr(base + probe, 0x0A, count - probe) {
                    breaks += 1
                    probe = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                }
                lines.reserveCapacity(breaks + 1)
                while start < count, let found = memchr(base + start, 0x0A, count - start) {
                    let end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    lines.append(text[utf8.index(origin, offsetBy: start)..<utf8.index(origin, offsetBy: end)])
                    start = end + 1
                }
                if start < count { lines.append(text[utf8.index(origin, offsetBy: start)...]) }
                return
            }
            var index = 0
            while index < count {
                let byte = bytes[index]
                // Bytes above CR are never a break: one comparison rejects nearly every byte.
                if byte > 0x0D || (byte != 0x0A && byte != 0x0D) { index += 1; continue }
                lines.append(text[utf8.index(origin, offsetBy: start)..<utf8.index(origin, offsetBy: index)])
                var next = index + 1
                if byte == 0x0D, next < count, bytes[next] == 0x0A { next += 1 }
                start = next
                index = next
            }
            if start < count { lines.append(text[utf8.index(origin, offsetBy: start)...]) }
        }
        return lines
    }
}
