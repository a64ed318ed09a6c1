import EntenteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers shared by the decoders: binary sniffing, BOMs, UTF-8 repair and UTF-16.
enum TextBytes {
    enum Encoding { case utf8, utf16LittleEndian, utf16BigEndian }

    /// The encoding a byte order mark announces (UTF-8 without one).
    static func encoding(_ bytes: [UInt8]) -> Encoding {
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        return .utf8
    }

    /// The rule `SourceText` applies: NUL bytes, or more than a tenth control bytes in the first 8 KB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if containsNUL(bytes) { return true }
        let sample = bytes.prefix(8192)
        return !sample.isEmpty && controlCount(sample) * 10 > sample.count
    }

    /// How many bytes of `bytes` are control characters other than tab, LF, CR, form feed and
    /// escape (DEL included). Eight bytes at a time: a text has few bytes below 0x20 (its line
    /// breaks), so nearly every eight are passed over with one test, and the others counted one by one.
    static func controlCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            func isControl(_ byte: UInt8) -> Bool {
                (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B) || byte == 0x7F
            }
            var count = 0
            var index = 0
            while index + 8 <= buffer.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A byte below 0x20 has its top three bits clear; DEL is 0x7F. The high bit of each
                // byte of `nonZero` (of `notDEL`) is set exactly when the byte is not such a byte.
                let top = word & 0xE0E0_E0E0_E0E0_E0E0
                let nonZero = ((top & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | top
                let del = word ^ 0x7F7F_7F7F_7F7F_7F7F
                let notDEL = ((del & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | del
                if nonZero & notDEL & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080 {
                    for offset in 0..<8 where isControl(base[index + offset]) { count += 1 }
                }
                index += 8
            }
            while index < buffer.count {
                if isControl(base[index]) { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// True when `bytes` hold a 0 byte. Every loaded file is checked, so this runs at memory speed
    /// (`memchr`) rather than a byte at a time.
    static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    /// The first few KB decoded as text for sniffing, or nil when the bytes are binary.
    static func textPrefix(_ bytes: [UInt8]) -> String? {
        switch encoding(bytes) {
        case .utf8:
            if looksBinary(bytes) { return nil }
            return String(decoding: bytes.prefix(4096), as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            return decodeUTF16(Array(bytes.prefix(8192))).text
        }
    }

    /// Decodes a whole text to a String: UTF-16 when a BOM says so, otherwise UTF-8 without its BOM.
    /// Invalid sequences become U+FFFD and one `read-invalid-utf8` warning (`read-invalid-utf16`)
    /// names their number and the line of the first.
    static func decode(_ bytes: [UInt8], path: String) -> (text: String, warnings: [Diagnostic]) {
        switch encoding(bytes) {
        case .utf8:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            let text = String(decoding: body, as: UTF8.self)
            guard let (count, line) = invalidUTF8(body) else { return (text, []) }
            return (text, [invalidWarning(code: "read-invalid-utf8", encoding: "UTF-8", count: count, line: line, path: path)])
        case .utf16LittleEndian, .utf16BigEndian:
            let decoded = decodeUTF16(bytes)
            guard decoded.errors > 0 else { return (decoded.text, []) }
            return (decoded.text, [invalidWarning(
                code: "read-invalid-utf16", encoding: "UTF-16", count: decoded.errors, line: decoded.firstErrorLine, path: path)])
        }
    }

    private static func invalidWarning(code: String, encoding: String, count: Int, line: Int, path: String) -> Diagnostic {
        Diagnostic(
            .warning, code: code,
            message: "\(path) is not valid \(encoding): \(count) invalid byte sequence\(count == 1 ? "" : "s") replaced with U+FFFD",
            file: path, range: SourceRange(at: SourcePosition(line: line, column: 1)))
    }

    /// The number of invalid sequences and the 1-based line of the first, or nil if all is valid.
    static func invalidUTF8(_ bytes: ArraySlice<UInt8>) -> (Int, Int)? {
        // Nearly every text is valid: prove it at memory speed, and count errors only otherwise.
        if bytes.withUnsafeBufferPointer({ isValidUTF8($0) }) { return nil }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var errors = 0
        var line = 1
        var firstLine = 1
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A { line += 1 }
            case .error:
                if errors == 0 { firstLine = line }
                errors += 1
            case .emptyInput:
                break loop
            }
        }
        return errors == 0 ? nil : (errors, firstLine)
    }

    /// True when `bytes` are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, surrogates
    /// or scalars above U+10FFFF), the sequences `Unicode.UTF8.ForwardParser` accepts. Runs of
    /// ASCII are skipped eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            // The allowed range of the second byte, and how many bytes the sequence has.
            let low: UInt8, high: UInt8, length: Int
            switch lead {
            case 0xC2...0xDF: low = 0x80; high = 0xBF; length = 2
            case 0xE0: low = 0xA0; high = 0xBF; length = 3
            case 0xE1...0xEC, 0xEE, 0xEF: low = 0x80; high = 0xBF; length = 3
            case 0xED: low = 0x80; high = 0x9F; length = 3
            case 0xF0: low = 0x90; high = 0xBF; length = 4
            case 0xF1...0xF3: low = 0x80; high = 0xBF; length = 4
            case 0xF4: low = 0x80; high = 0x8F; length = 4
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// Decodes UTF-16 after its BOM (byte order from the BOM); an odd last byte is an error.
    static func decodeUTF16(_ bytes: [UInt8]) -> (text: String, errors: Int, firstErrorLine: Int) {
        let bigEndian = bytes.starts(with: [0xFE, 0xFF])
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        var errors = 0
        var line = 1
        var firstErrorLine = 1
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                if scalar == "\n" { line += 1 }
                scalars.append(scalar)
            case .error:
                if errors == 0 { firstErrorLine = line }
                errors += 1
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        if index < bytes.count {
            if errors == 0 { firstErrorLine = line }
            errors += 1
            scalars.append("\u{FFFD}")
        }
        return (String(scalars), errors, firstErrorLine)
    }
}
