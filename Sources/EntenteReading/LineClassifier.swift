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
    /// `Part I. Objectives`, `Article 5`, `A. Defence Cooperation`, `ANNEX B`.
    case heading(HeadingLine)
    /// An enumerated line; `body` is the text after the marker.
    case item(ListMarker, body: Substring)
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
enum LineClassifier {
    static func classify(_ raw: Substring, number: Int) -> ClassifiedLine {
        let text = TextScanning.trimmed(raw)
        let indent = TextScanning.indent(raw)
        var line = ClassifiedLine(number: number, indent: indent, text: text, kind: .text)
        if text.isEmpty {
            line.kind = .blank
        } else if isSignatureOpening(text) {
            line.kind = .signature
        } else if let heading = keywordHeading(text) ?? bareHeading(text) {
            line.kind = .heading(heading)
        } else if let (marker, body) = listMarker(text) {
            line.kind = .item(marker, body: body)
        }
        return line
    }

    // MARK: Signature

    private static let signatureOpenings = [
        "signed in ", "signed at ", "signed on ", "signed this ", "signed, ", "done at ", "done in ", "done on ", "done this ", "done, ",
        "in witness whereof", "in faith whereof", "in testimony whereof", "in witness thereof",
    ]

    static func isSignatureOpening(_ text: Substring) -> Bool {
        let head = TextScanning.lowerPrefix(text, 24)
        return signatureOpenings.contains { head.hasPrefix($0) }
    }

    // MARK: Headings

    private static let keywords: [String: HeadingLevel] = [
        "article": .article, "art.": .article, "part": .part, "chapter": .part, "title": .part,
        "section": .section, "paragraph": .section, "annex": .annex, "appendix": .annex,
        "schedule": .annex, "attachment": .annex, "enclosure": .annex,
    ]

    /// `Article 5`, `ARTICLE V: Title`, `Part I. Objectives`, `Paragraph 3: Scope`, `ANNEX`, `Annex A – Title`.
    static func keywordHeading(_ text: Substring) -> HeadingLine? {
        let scalars = text.unicodeScalars
        let wordEnd = scalars.firstIndex(where: { TextScanning.isSpace($0) || $0 == ":" }) ?? scalars.endIndex
        var word = String(String.UnicodeScalarView(scalars[..<wordEnd])).lowercased()
        if word.hasSuffix("."), word != "art." { word.removeLast() }
        guard let level = keywords[word] else { return nil }
        var rest = Substring(scalars[wordEnd...])
        rest = rest.drop { TextScanning.isSpace($0.unicodeScalars.first ?? " ") || $0 == ":" }
        if rest.isEmpty {
            // A bare keyword is a heading only for divisions that may be unlabelled ("ANNEX").
            return level == .annex ? HeadingLine(level: level, keyword: word, label: "", title: "", letterAlternative: false) : nil
        }
        let labelEnd = rest.unicodeScalars.firstIndex { !(TextScanning.isLetter($0) || TextScanning.isDigit($0)) }
            ?? rest.unicodeScalars.endIndex
        let label = String(String.UnicodeScalarView(rest.unicodeScalars[..<labelEnd]))
        let afterLabel = Substring(rest.unicodeScalars[labelEnd...])
        if isLabel(label) {
            if let title = headingTitle(afterLabel) {
                return HeadingLine(level: level, keyword: word, label: label, title: title, letterAlternative: false)
            }
            return nil
        }
        // "Annex to the Agreement …": an unlabelled annex with a title, if it reads like one.
        if level == .annex, text.count <= 160, !TextScanning.endsClause(text) {
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
        let separators: Set<Unicode.Scalar> = [".", ":", "-", "–", "—", ")"]
        var scalars = Substring.UnicodeScalarView(afterLabel.unicodeScalars)
        var sawSeparator = false
        while let first = scalars.first, separators.contains(first) || TextScanning.isSpace(first) {
            if separators.contains(first) { sawSeparator = true }
            scalars.removeFirst()
        }
        let title = Substring(scalars)
        guard let first = title.unicodeScalars.first else { return title }
        if title.count > 160 { return nil }
        if !sawSeparator {
            guard TextScanning.isUpper(first) || TextScanning.isDigit(first) || first == "(" else {
                return nil
            }
            if TextScanning.wordCount(title) > 14 { return nil }
        }
        if TextScanning.isLower(first) { return nil }
        if TextScanning.endsClause(title), TextScanning.wordCount(title) > 12 { return nil }
        return title
    }

    /// `IV. Final Provisions`, `A. Defence Cooperation and Support`: a roman numeral or a capital
    /// letter, a dot, and a short title that is not a sentence.
    static func bareHeading(_ text: Substring) -> HeadingLine? {
        let scalars = text.unicodeScalars
        guard let dot = scalars.firstIndex(of: "."), scalars.distance(from: scalars.startIndex, to: dot) <= 6 else {
            return nil
        }
        let label = String(String.UnicodeScalarView(scalars[..<dot]))
        let isLetter = label.unicodeScalars.count == 1 && label.unicodeScalars.allSatisfy { TextScanning.isUpper($0) }
        let roman = isRoman(label) && label.unicodeScalars.allSatisfy { TextScanning.isUpper($0) }
        guard isLetter || roman else { return nil }
        let after = scalars.index(after: dot)
        guard after != scalars.endIndex, TextScanning.isSpace(scalars[after]) else { return nil }
        let title = TextScanning.trimmed(Substring(scalars[after...]))
        guard let first = title.unicodeScalars.first, TextScanning.isUpper(first) || TextScanning.isDigit(first),
              title.count <= 120, TextScanning.wordCount(title) <= 16,
              let last = TextScanning.lastSignificant(title), !".;:,".unicodeScalars.contains(last)
        else { return nil }
        let ambiguousLetter = label.count == 1 && "IVXL".contains(label)
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

    private static let bullets: Set<Unicode.Scalar> = [
        "\u{2022}", "\u{25CF}", "\u{25AA}", "\u{25A0}", "\u{25E6}", "\u{00B7}", "\u{2023}", "\u{2043}",
        "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{27A2}", "\u{25BA}", "\u{2713}", "-", "\u{2013}", "\u{2014}", "*", "o",
    ]

    /// The enumerator at the start of `text`, and the text after it.
    static func listMarker(_ text: Substring) -> (ListMarker, Substring)? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return nil }
        if bullets.contains(first) {
            let next = scalars.index(after: scalars.startIndex)
            guard next == scalars.endIndex || TextScanning.isSpace(scalars[next]) else { return nil }
            let body = TextScanning.trimmed(Substring(scalars[next...]))
            // "• (iii) …": the bullet is list rendering; the printed label is the enumerator after it.
            if let inner = enumerator(body), inner.0.style != .decimal(depth: 1) { return inner }
            return (ListMarker(style: .bullet(first), label: ""), body)
        }
        guard let (marker, body) = enumerator(text) else { return nil }
        // "1. (A) …": a list renderer numbered an already labelled item; the printed label wins.
        if marker.style == .decimal(depth: 1), let inner = enumerator(body), isParenthesised(inner.0.style) {
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
        let token = String(String.UnicodeScalarView(scalars[tokenStart..<index]))
        let closer = scalars[index]
        if parenthesised {
            guard closer == ")" else { return nil }
        } else {
            guard closer == ")" || closer == "." else {
                // "1.1 Text": a multi-level number needs no closing dot.
                if TextScanning.isSpace(closer), token.contains("."), multiLevelDepth(token) != nil {
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
        if token.contains(".") {
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
