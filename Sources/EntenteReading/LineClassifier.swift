/// What one source line is, judged from the line alone (the builder adds context).
struct ClassifiedLine {
    /// 1-based source line.
    var number: Int
    /// Leading whitespace width.
    var indent: Int
    /// The line without surrounding whitespace.
    var text: Substring
    var kind: LineKind
}

enum LineKind {
    case blank
    /// `Part I. Objectives`, `Article 5`, `A. Defence Cooperation`, `ANNEX B`. Indirect, like
    /// `item`: the payloads are large and most lines have none, so boxing them keeps every
    /// classified line small (56 bytes instead of 136), which matters for the memory of big files.
    indirect case heading(HeadingLine)
    /// An enumerated line; `body` is the text after the marker.
    indirect case item(ListMarker, body: Substring)
    /// The first line of a signature block: `SIGNED in duplicate…`, `Done at…`, `IN WITNESS WHEREOF…`.
    case signature
    /// Anything else: running text, a continuation, a title.
    case text
}

/// Heading levels, outermost first; a heading closes every open heading of its level or below.
enum HeadingLevel: Int, Comparable {
    case annex = 0
    case part
    case section
    case article
    /// An unnumbered title line inside a division ("Scope", "Termination").
    case subheading

    static func < (lhs: HeadingLevel, rhs: HeadingLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

struct HeadingLine {
    var level: HeadingLevel
    /// The keyword as written in lower case (`part`, `article`, `annex`), nil for bare `IV.` / `A.` headings.
    var keyword: String?
    /// The label as printed, without punctuation: `I`, `5`, `A`; empty for an unlabelled annex.
    var label: String
    /// The title on the same line, possibly empty (it may follow on the next line).
    var title: Substring
    /// True for a bare `I.`/`V.`/`X.`/`L.` heading that may be a letter after `H.`, `U.`, `W.`, `K.`.
    var letterAlternative: Bool
}

/// Classifies lines one at a time. General rules only: keywords of treaty structure, enumerator
/// shapes and signature openings, never a phrase of one particular text.
///
/// Speed: this runs on every line of every text, so each test first looks at the line's first
/// UTF-8 bytes and gives up at once when they cannot start what it looks for (most lines are
/// running text). ASCII is decided on the bytes without allocating; a line whose first bytes are
/// not ASCII takes the scalar road (`…Scalars` functions), which gives the same answers.
enum LineClassifier {
    static func classify(_ raw: Substring, number: Int) -> ClassifiedLine {
        let text = StructureScanning.trimmed(raw)
        let indent = StructureScanning.indent(raw)
        var line = ClassifiedLine(number: number, indent: indent, text: text, kind: .text)
        if text.isEmpty {
            line.kind = .blank
        } else {
            line.kind = StructureScanning.withBytes(text) { kind(of: text, bytes: $0) }
        }
        return line
    }

    private static func kind(of text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> LineKind {
        if isSignatureOpening(bytes) { return .signature }
        if let heading = keywordHeading(text, bytes: bytes) ?? bareHeading(text, bytes: bytes) { return .heading(heading) }
        if let (marker, body) = listMarker(text, bytes: bytes) { return .item(marker, body: body) }
        return .text
    }

    // MARK: Signature

    static func isSignatureOpening(_ text: Substring) -> Bool {
        StructureScanning.withBytes(text) { isSignatureOpening($0) }
    }

    /// `signed in `, `done at `, `in witness whereof`…, compared case-insensitively on the bytes.
    private static func isSignatureOpening(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch StructureScanning.lower(first) {
        case UInt8(ascii: "s"):
            guard StructureScanning.hasLowerPrefix(bytes, "signed") else { return false }
            return StructureScanning.hasLowerPrefix(bytes, "signed in ") || StructureScanning.hasLowerPrefix(bytes, "signed at ")
                || StructureScanning.hasLowerPrefix(bytes, "signed on ") || StructureScanning.hasLowerPrefix(bytes, "signed this ")
                || StructureScanning.hasLowerPrefix(bytes, "signed, ")
        case UInt8(ascii: "d"):
            guard StructureScanning.hasLowerPrefix(bytes, "done") else { return false }
            return StructureScanning.hasLowerPrefix(bytes, "done at ") || StructureScanning.hasLowerPrefix(bytes, "done in ")
                || StructureScanning.hasLowerPrefix(bytes, "done on ") || StructureScanning.hasLowerPrefix(bytes, "done this ")
                || StructureScanning.hasLowerPrefix(bytes, "done, ")
        case UInt8(ascii: "i"):
            guard StructureScanning.hasLowerPrefix(bytes, "in ") else { return false }
            return StructureScanning.hasLowerPrefix(bytes, "in witness whereof") || StructureScanning.hasLowerPrefix(bytes, "in faith whereof")
                || StructureScanning.hasLowerPrefix(bytes, "in testimony whereof")
                || StructureScanning.hasLowerPrefix(bytes, "in witness thereof")
        default:
            return false
        }
    }

    // MARK: Headings

    /// The heading keyword whose lower-case spelling is the first `count` bytes of `bytes`
    /// (compared ignoring ASCII case), with its level. A switch on the length and first letter, not
    /// a table built at start-up: most texts are short, and a table's set-up costs more than all
    /// their lookups.
    private static func keywordEntry(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> (word: String, level: HeadingLevel)? {
        guard count >= 4, count <= bytes.count else { return nil }
        func equals(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == count else { return false }
            let start = word.utf8Start
            for offset in 0..<count where StructureScanning.lower(bytes[offset]) != start[offset] { return false }
            return true
        }
        switch StructureScanning.lower(bytes[0]) {
        case UInt8(ascii: "a"):
            if equals("article") { return ("article", .article) }
            if equals("art.") { return ("art.", .article) }
            if equals("annex") { return ("annex", .annex) }
            if equals("appendix") { return ("appendix", .annex) }
            if equals("attachment") { return ("attachment", .annex) }
        case UInt8(ascii: "c"):
            if equals("chapter") { return ("chapter", .part) }
        case UInt8(ascii: "e"):
            if equals("enclosure") { return ("enclosure", .annex) }
        case UInt8(ascii: "p"):
            if equals("part") { return ("part", .part) }
            if equals("paragraph") { return ("paragraph", .section) }
        case UInt8(ascii: "s"):
            if equals("section") { return ("section", .section) }
            if equals("schedule") { return ("schedule", .annex) }
        case UInt8(ascii: "t"):
            if equals("title") { return ("title", .part) }
        default:
            break
        }
        return nil
    }

    /// The keyword a line starts with (`word` lower-cased, a final `.` dropped except in `art.`),
    /// and the byte offset where the word ends. Nil for most lines after one or two byte tests.
    private static func keyword(_ bytes: UnsafeBufferPointer<UInt8>) -> (word: String, level: HeadingLevel, end: Int)? {
        guard let first = bytes.first else { return nil }
        switch StructureScanning.lower(first) {
        case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "e"), UInt8(ascii: "p"), UInt8(ascii: "s"), UInt8(ascii: "t"): break
        default: return nil
        }
        // The word runs to the first space or colon; keywords are at most 10 letters and a dot.
        var end = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: ":") || StructureScanning.isASCIISpace(byte) { break }
            // A non-ASCII byte: a no-break space ends the word; any other scalar is not in a keyword.
            if byte >= 0x80 {
                guard byte == 0xC2, end + 1 < bytes.count, bytes[end + 1] == 0xA0 else {
                    return end > 0 ? keywordEndingInOtherSpace(bytes, end: end) : nil
                }
                break
            }
            end += 1
            if end > 11 { return nil }
        }
        guard let entry = keywordEntry(bytes, droppingDotOf: end) else { return nil }
        return (entry.word, entry.level, end)
    }

    /// The keyword spelled by the word of `end` bytes, its final dot dropped unless the keyword
    /// keeps it (`art.`).
    private static func keywordEntry(_ bytes: UnsafeBufferPointer<UInt8>, droppingDotOf end: Int) -> (word: String, level: HeadingLevel)? {
        guard end > 0, bytes[end - 1] == UInt8(ascii: ".") else { return keywordEntry(bytes, count: end) }
        if let whole = keywordEntry(bytes, count: end), whole.word == "art." { return whole }
        guard let trimmed = keywordEntry(bytes, count: end - 1), trimmed.word != "art." else { return nil }
        return trimmed
    }

    /// A keyword followed by a Unicode space other than U+00A0 (rare): decided on scalars.
    private static func keywordEndingInOtherSpace(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (word: String, level: HeadingLevel, end: Int)? {
        let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[end...]), as: UTF8.self)
        guard let scalar = tail.unicodeScalars.first, TextScanning.isSpace(scalar) else { return nil }
        guard let entry = keywordEntry(bytes, droppingDotOf: end) else { return nil }
        return (entry.word, entry.level, end)
    }

    static func keywordHeading(_ text: Substring) -> HeadingLine? {
        StructureScanning.withBytes(text) { keywordHeading(text, bytes: $0) }
    }

    /// `Article 5`, `ARTICLE V: Title`, `Part I. Objectives`, `Paragraph 3: Scope`, `ANNEX`, `Annex A – Title`.
    private static func keywordHeading(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> HeadingLine? {
        guard let (word, level, wordEnd) = keyword(bytes) else { return nil }
        var rest = StructureScanning.suffix(text, fromByte: wordEnd)
        rest = rest.drop { TextScanning.isSpace($0.unicodeScalars.first ?? " ") || $0 == ":" }
        if rest.isEmpty {
            // A bare keyword is a heading only for divisions that may be unlabelled ("ANNEX").
            return level == .annex ? HeadingLine(level: level, keyword: word, label: "", title: "", letterAlternative: false) : nil
        }
        let labelEnd = rest.unicodeScalars.firstIndex { !(TextScanning.isLetter($0) || TextScanning.isDigit($0)) }
            ?? rest.unicodeScalars.endIndex
        let label = String(Substring(rest.unicodeScalars[..<labelEnd]))
        let afterLabel = Substring(rest.unicodeScalars[labelEnd...])
        if isLabel(label) {
            if let title = headingTitle(afterLabel) {
                return HeadingLine(level: level, keyword: word, label: label, title: title, letterAlternative: false)
            }
            return nil
        }
        // "Annex to the Agreement …": an unlabelled annex with a title, if it reads like one.
        if level == .annex, StructureScanning.characterCount(text, atMost: 160), !TextScanning.endsClause(text) {
            // "Annex on chemicals": a title that continues the keyword keeps it, to read as a heading.
            let continues = rest.unicodeScalars.first.map(TextScanning.isLower) ?? false
            return HeadingLine(level: level, keyword: word, label: "", title: continues ? text : rest, letterAlternative: false)
        }
        return nil
    }

    /// A heading label: a number (`5`, `12bis`), a roman numeral, or a single letter.
    static func isLabel(_ label: String) -> Bool {
        guard !label.isEmpty, label.count <= 7 else { return false }
        let scalars = Array(label.unicodeScalars)
        if let first = scalars.first, TextScanning.isDigit(first) {
            let digits = scalars.prefix { TextScanning.isDigit($0) }
            return digits.count <= 4 && scalars.count - digits.count <= 3
                && scalars.dropFirst(digits.count).allSatisfy { TextScanning.isLower($0) }
        }
        if scalars.count == 1, let first = scalars.first { return TextScanning.isLetter(first) }
        return isRoman(label.uppercased())
    }

    /// The title after a label: empty, or introduced by `.`, `:`, `-`, `–`, `—`, or a short
    /// capitalised phrase. Nil when what follows reads as a sentence that merely starts with the keyword.
    static func headingTitle(_ afterLabel: Substring) -> Substring? {
        let scalars = afterLabel.unicodeScalars
        var start = scalars.startIndex
        var sawSeparator = false
        while start < scalars.endIndex {
            let scalar = scalars[start]
            let separator = scalar == "." || scalar == ":" || scalar == "-" || scalar == "–" || scalar == "—" || scalar == ")"
            guard separator || TextScanning.isSpace(scalar) else { break }
            if separator { sawSeparator = true }
            scalars.formIndex(after: &start)
        }
        let title = afterLabel[start...]
        guard let first = title.unicodeScalars.first else { return title }
        if !StructureScanning.characterCount(title, atMost: 160) { return nil }
        if !sawSeparator {
            guard TextScanning.isUpper(first) || TextScanning.isDigit(first) || first == "(" else {
                return nil
            }
            if !StructureScanning.wordCount(title, atMost: 14) { return nil }
        }
        if TextScanning.isLower(first) { return nil }
        if TextScanning.endsClause(title), !StructureScanning.wordCount(title, atMost: 12) { return nil }
        return title
    }

    static func bareHeading(_ text: Substring) -> HeadingLine? {
        StructureScanning.withBytes(text) { bareHeading(text, bytes: $0) }
    }

    /// `IV. Final Provisions`, `A. Defence Cooperation and Support`: a roman numeral or a capital
    /// letter, a dot, and a short title that is not a sentence.
    private static func bareHeading(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> HeadingLine? {
        guard let first = bytes.first else { return nil }
        if first >= 0x80 { return bareHeadingScalars(text) }
        // ASCII: an upper-case letter, then more roman digits, then a dot within six bytes.
        guard StructureScanning.isASCIIUpper(first) else { return nil }
        var dot = 1
        while dot < bytes.count, dot <= 6, Self.isRomanByte(bytes[dot]) { dot += 1 }
        guard dot < bytes.count, bytes[dot] == UInt8(ascii: "."), dot <= 6 else { return nil }
        guard dot == 1 || bytes[0..<dot].allSatisfy(Self.isRomanByte) else { return nil }
        guard dot + 1 < bytes.count else { return nil }
        let next = bytes[dot + 1]
        if next >= 0x80 { return bareHeadingScalars(text) }
        guard StructureScanning.isASCIISpace(next) else { return nil }
        return bareHeadingTitle(text, label: String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<dot]), as: UTF8.self),
                                after: StructureScanning.suffix(text, fromByte: dot + 1))
    }

    @inline(__always)
    private static func isRomanByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "L")
    }

    /// `bareHeading` for a line that does not start with ASCII, on scalars.
    private static func bareHeadingScalars(_ text: Substring) -> HeadingLine? {
        let scalars = text.unicodeScalars
        var dot = scalars.startIndex
        var distance = 0
        while dot < scalars.endIndex, scalars[dot] != "." {
            guard distance < 6 else { return nil }
            scalars.formIndex(after: &dot)
            distance += 1
        }
        guard dot < scalars.endIndex else { return nil }
        let label = String(Substring(scalars[..<dot]))
        let isLetter = label.unicodeScalars.count == 1 && label.unicodeScalars.allSatisfy { TextScanning.isUpper($0) }
        let roman = isRoman(label) && label.unicodeScalars.allSatisfy { TextScanning.isUpper($0) }
        guard isLetter || roman else { return nil }
        let after = scalars.index(after: dot)
        guard after != scalars.endIndex, TextScanning.isSpace(scalars[after]) else { return nil }
        return bareHeadingTitle(text, label: label, after: Substring(scalars[after...]))
    }

    private static func bareHeadingTitle(_ text: Substring, label: String, after: Substring) -> HeadingLine? {
        let title = StructureScanning.trimmed(after)
        guard let first = title.unicodeScalars.first, TextScanning.isUpper(first) || TextScanning.isDigit(first),
              StructureScanning.characterCount(title, atMost: 120), StructureScanning.wordCount(title, atMost: 16),
              StructureScanning.hasSignificant(title), !StructureScanning.endsWithPunctuation(title)
        else { return nil }
        let isLetter = label.unicodeScalars.count == 1
        let roman = isRoman(label)
        let ambiguousLetter = label == "I" || label == "V" || label == "X" || label == "L"
        if roman && !(isLetter && !ambiguousLetter) {
            return HeadingLine(level: .part, keyword: nil, label: label, title: title, letterAlternative: ambiguousLetter)
        }
        return HeadingLine(level: .section, keyword: nil, label: label, title: title, letterAlternative: false)
    }

    /// Roman numerals as they number treaty divisions (I to about L); C, D, M are letters here.
    static func isRoman(_ label: String) -> Bool {
        !label.isEmpty && label.count <= 7 && label.unicodeScalars.allSatisfy { "IVXL".unicodeScalars.contains($0) }
    }

    // MARK: Enumerators

    /// Bullet characters: •, ●, ▪, ■, ◦, ·, ‣, ⁃, the private-use bullets of Symbol and Wingdings
    /// fonts, ➢, ►, ✓, hyphen, dashes, asterisk and `o`. A switch, not a set built at start-up.
    private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2022, 0x25CF, 0x25AA, 0x25A0, 0x25E6, 0x00B7, 0x2023, 0x2043, 0xF0B7, 0xF0A7, 0xF0D8, 0x27A2, 0x25BA,
             0x2713, 0x2D, 0x2013, 0x2014, 0x2A, 0x6F:
            return true
        default:
            return false
        }
    }

    /// The enumerator at the start of `text`, and the text after it.
    static func listMarker(_ text: Substring) -> (ListMarker, Substring)? {
        StructureScanning.withBytes(text) { listMarker(text, bytes: $0) }
    }

    private static func listMarker(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> (ListMarker, Substring)? {
        guard let firstByte = bytes.first else { return nil }
        var bullet: Unicode.Scalar?
        var bulletBytes = 1
        switch firstByte {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "o"): bullet = Unicode.Scalar(firstByte)
        case 0x80...:
            if let scalar = text.unicodeScalars.first, isBullet(scalar) {
                bullet = scalar
                bulletBytes = UTF8.width(scalar)
            }
        default: break
        }
        if let bullet {
            // A bullet stands alone or before a space.
            if bulletBytes < bytes.count {
                let next = bytes[bulletBytes]
                if next < 0x80 {
                    guard StructureScanning.isASCIISpace(next) else { return nil }
                } else {
                    let rest = StructureScanning.suffix(text, fromByte: bulletBytes)
                    guard let scalar = rest.unicodeScalars.first, TextScanning.isSpace(scalar) else { return nil }
                }
            }
            let body = StructureScanning.trimmedSuffix(text, bytes: bytes, fromByte: bulletBytes)
            // "• (iii) …": the bullet is list rendering; the printed label is the enumerator after it.
            if let inner = enumerator(body), inner.0.style != .decimal(depth: 1) { return inner }
            return (ListMarker(style: .bullet(bullet), label: ""), body)
        }
        guard let (marker, body) = enumerator(text, bytes: bytes) else { return nil }
        // "1. (A) …": a list renderer numbered an already labelled item; the printed label wins.
        if marker.style == .decimal(depth: 1), body.utf8.first == UInt8(ascii: "("), let inner = enumerator(body),
           isParenthesised(inner.0.style) {
            return inner
        }
        return (marker, body)
    }

    private static func isParenthesised(_ style: MarkerStyle) -> Bool {
        switch style {
        case .parenDecimal, .lowerAlphaParen, .lowerRomanParen, .upperAlphaParen, .upperRomanParen: return true
        default: return false
        }
    }

    /// `(a)`, `(iv)`, `(1)`, `a)`, `1)`, `1.`, `1.2.`, `a.`, `iv.`, `A.`, `IV.` followed by a space.
    static func enumerator(_ text: Substring) -> (ListMarker, Substring)? {
        StructureScanning.withBytes(text) { enumerator(text, bytes: $0) }
    }

    /// The enumerator on bytes, for a marker of ASCII characters (nearly all of them); a marker
    /// with other characters goes to `enumeratorScalars`. Like it, it looks at 16 characters at most.
    private static func enumerator(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> (ListMarker, Substring)? {
        let window = min(16, bytes.count)
        guard window > 0 else { return nil }
        let parenthesised = bytes[0] == UInt8(ascii: "(")
        var index = parenthesised ? 1 : 0
        let tokenStart = index
        var dotted = false
        while index < window {
            let byte = bytes[index]
            if byte >= 0x80 {
                // A non-ASCII first character that is not a letter makes no marker ("“Quoted…").
                if index == tokenStart, let scalar = StructureScanning.suffix(text, fromByte: index).unicodeScalars.first,
                   !TextScanning.isLetter(scalar) {
                    return nil
                }
                return enumeratorScalars(text)
            }
            if StructureScanning.isASCIILetter(byte) || StructureScanning.isASCIIDigit(byte) {
                index += 1
            } else if byte == UInt8(ascii: "."), !parenthesised, index + 1 < window, StructureScanning.isASCIIDigit(bytes[index + 1]) {
                dotted = true
                index += 1
            } else {
                break
            }
        }
        guard index > tokenStart, index < window else { return nil }
        let token = UnsafeBufferPointer(rebasing: bytes[tokenStart..<index])
        let closer = bytes[index]
        if closer >= 0x80 { return enumeratorScalars(text) }
        if parenthesised {
            guard closer == UInt8(ascii: ")") else { return nil }
        } else if closer != UInt8(ascii: ")"), closer != UInt8(ascii: ".") {
            // "1.1 Text": a multi-level number needs no closing dot.
            guard StructureScanning.isASCIISpace(closer), dotted, let depth = multiLevelDepth(token) else { return nil }
            let body = StructureScanning.trimmedSuffix(text, bytes: bytes, fromByte: index)
            guard StructureScanning.startsUpper(body) else { return nil }
            return (ListMarker(style: .decimal(depth: depth), label: String(decoding: token, as: UTF8.self)), body)
        }
        index += 1
        if index < window {
            let next = bytes[index]
            if next >= 0x80 { return enumeratorScalars(text) }
            guard StructureScanning.isASCIISpace(next) else { return nil }
        }
        guard let style = style(token: token, parenthesised: parenthesised, closer: closer) else { return nil }
        let body = StructureScanning.trimmedSuffix(text, bytes: bytes, fromByte: index)
        return (ListMarker(style: style.0, label: String(decoding: token, as: UTF8.self), alternative: style.1), body)
    }

    /// `multiLevelDepth` on ASCII bytes: `1.2` or `1.2.3`, numbers of at most three digits.
    private static func multiLevelDepth(_ token: UnsafeBufferPointer<UInt8>) -> Int? {
        var parts = 1
        var digits = 0
        for byte in token {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return nil }
                parts += 1
                digits = 0
            } else if StructureScanning.isASCIIDigit(byte) {
                digits += 1
                if digits > 3 { return nil }
            } else {
                return nil
            }
        }
        return parts >= 2 && digits > 0 ? parts : nil
    }

    /// `style(token:…)` on an ASCII token.
    private static func style(token: UnsafeBufferPointer<UInt8>, parenthesised: Bool, closer: UInt8) -> (MarkerStyle, MarkerStyle?)? {
        if token.allSatisfy(StructureScanning.isASCIIDigit) {
            guard token.count <= 3 else { return nil }
            if parenthesised { return (.parenDecimal, nil) }
            return closer == UInt8(ascii: ")") ? (.decimalClose, nil) : (.decimal(depth: 1), nil)
        }
        if token.contains(UInt8(ascii: ".")) {
            guard !parenthesised, closer == UInt8(ascii: "."), let depth = multiLevelDepth(token) else { return nil }
            return (.decimal(depth: depth), nil)
        }
        let lower = token.allSatisfy(StructureScanning.isASCIILower)
        let upper = token.allSatisfy(StructureScanning.isASCIIUpper)
        guard lower || upper else { return nil }
        let roman = token.count <= 7 && token.allSatisfy { isRomanByte(StructureScanning.isASCIILower($0) ? $0 - 0x20 : $0) }
        let letter = token.count == 1 || (token.count == 2 && token[0] == token[1])
        guard roman || letter else { return nil }
        return styles(lower: lower, parenthesised: parenthesised, close: closer == UInt8(ascii: ")"), roman: roman, letter: letter)
    }

    private static func styles(lower: Bool, parenthesised: Bool, close: Bool, roman: Bool, letter: Bool) -> (MarkerStyle, MarkerStyle?) {
        let romanStyle: MarkerStyle
        let alphaStyle: MarkerStyle
        switch (lower, parenthesised, close) {
        case (true, true, _): romanStyle = .lowerRomanParen; alphaStyle = .lowerAlphaParen
        case (true, false, true): romanStyle = .lowerRomanClose; alphaStyle = .lowerAlphaClose
        case (true, false, false): romanStyle = .lowerRomanDot; alphaStyle = .lowerAlphaDot
        case (false, true, _): romanStyle = .upperRomanParen; alphaStyle = .upperAlphaParen
        case (false, false, true): romanStyle = .upperRomanClose; alphaStyle = .upperAlphaClose
        default: romanStyle = .upperRomanDot; alphaStyle = .upperAlphaDot
        }
        if roman && letter { return (romanStyle, alphaStyle) }
        return roman ? (romanStyle, nil) : (alphaStyle, nil)
    }

    /// `enumerator` on scalars, for markers with non-ASCII characters (`(é)`, `1.1` + no-break space).
    private static func enumeratorScalars(_ text: Substring) -> (ListMarker, Substring)? {
        let scalars = Array(text.unicodeScalars.prefix(16))
        guard let first = scalars.first else { return nil }
        var index = 0
        let parenthesised = first == "("
        if parenthesised { index = 1 }
        let tokenStart = index
        while index < scalars.count, TextScanning.isLetter(scalars[index]) || TextScanning.isDigit(scalars[index])
            || (scalars[index] == "." && !parenthesised && index + 1 < scalars.count && TextScanning.isDigit(scalars[index + 1])) {
            index += 1
        }
        guard index > tokenStart, index < scalars.count else { return nil }
        let token = Unicode.Scalar.string(scalars[tokenStart..<index])
        let closer = scalars[index]
        if parenthesised {
            guard closer == ")" else { return nil }
        } else {
            guard closer == ")" || closer == "." else {
                // "1.1 Text": a multi-level number needs no closing dot.
                if TextScanning.isSpace(closer), token.contains("." as Character), multiLevelDepth(token) != nil {
                    let body = TextScanning.trimmed(Substring(text.unicodeScalars.dropFirst(index)))
                    guard let bodyFirst = body.unicodeScalars.first, TextScanning.isUpper(bodyFirst) else { return nil }
                    return (ListMarker(style: .decimal(depth: multiLevelDepth(token) ?? 2), label: token), body)
                }
                return nil
            }
        }
        index += 1
        guard index >= scalars.count || TextScanning.isSpace(scalars[index]) else { return nil }
        let body = TextScanning.trimmed(Substring(text.unicodeScalars.dropFirst(index)))
        guard let style = style(token: token, parenthesised: parenthesised, closer: closer) else { return nil }
        return (ListMarker(style: style.0, label: token, alternative: style.1), body)
    }

    /// The depth of `1.2` or `1.2.3` (numbers of at most three digits), nil otherwise.
    private static func multiLevelDepth(_ token: String) -> Int? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.unicodeScalars.allSatisfy(TextScanning.isDigit) })
        else { return nil }
        return parts.count
    }

    private static func style(token: String, parenthesised: Bool, closer: Unicode.Scalar) -> (MarkerStyle, MarkerStyle?)? {
        let scalars = Array(token.unicodeScalars)
        if scalars.allSatisfy(TextScanning.isDigit) {
            guard scalars.count <= 3 else { return nil }
            if parenthesised { return (.parenDecimal, nil) }
            return closer == ")" ? (.decimalClose, nil) : (.decimal(depth: 1), nil)
        }
        if token.contains("." as Character) {
            guard !parenthesised, closer == ".", let depth = multiLevelDepth(token) else { return nil }
            return (.decimal(depth: depth), nil)
        }
        let lower = scalars.allSatisfy(TextScanning.isLower)
        let upper = scalars.allSatisfy(TextScanning.isUpper)
        guard lower || upper else { return nil }
        let roman = isRoman(token.uppercased())
        let letter = scalars.count == 1 || (scalars.count == 2 && scalars[0] == scalars[1])
        guard roman || letter else { return nil }
        let romanStyle: MarkerStyle
        let alphaStyle: MarkerStyle
        switch (lower, parenthesised, closer) {
        case (true, true, _): romanStyle = .lowerRomanParen; alphaStyle = .lowerAlphaParen
        case (true, false, ")"): romanStyle = .lowerRomanClose; alphaStyle = .lowerAlphaClose
        case (true, false, _): romanStyle = .lowerRomanDot; alphaStyle = .lowerAlphaDot
        case (false, true, _): romanStyle = .upperRomanParen; alphaStyle = .upperAlphaParen
        case (false, false, ")"): romanStyle = .upperRomanClose; alphaStyle = .upperAlphaClose
        default: romanStyle = .upperRomanDot; alphaStyle = .upperAlphaDot
        }
        if roman && letter { return (romanStyle, alphaStyle) }
        return roman ? (romanStyle, nil) : (alphaStyle, nil)
    }
}
