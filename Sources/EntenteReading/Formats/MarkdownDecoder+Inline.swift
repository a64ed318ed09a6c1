extension MarkdownDecoder {
    private enum Piece {
        case text(String.UnicodeScalarView)
        case delimiter(Unicode.Scalar, count: Int, opens: Bool, closes: Bool)
    }

    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "copy": "\u{00A9}", "reg": "\u{00AE}",
        "trade": "\u{2122}", "sect": "\u{00A7}", "para": "\u{00B6}", "euro": "\u{20AC}", "pound": "\u{00A3}",
        "yen": "\u{00A5}", "cent": "\u{00A2}", "deg": "\u{00B0}", "middot": "\u{00B7}", "bull": "\u{2022}",
        "times": "\u{00D7}", "eacute": "\u{00E9}", "egrave": "\u{00E8}", "agrave": "\u{00E0}", "aacute": "\u{00E1}",
        "ccedil": "\u{00E7}", "uuml": "\u{00FC}", "ouml": "\u{00F6}", "auml": "\u{00E4}", "szlig": "\u{00DF}",
        "iacute": "\u{00ED}", "oacute": "\u{00F3}", "uacute": "\u{00FA}", "ntilde": "\u{00F1}", "ecirc": "\u{00EA}",
    ]

    /// The text of a run of inline Markdown. Linear: brackets are matched once with a stack, and an
    /// unclosed code span or tag is never searched for twice.
    mutating func inline(_ source: ArraySlice<Unicode.Scalar>, depth: Int = 0) -> String {
        let s = Array(source)
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        // The lookup tables cost a pass each, so only lines that can use them pay for them.
        let hasBracket = s.contains("["), hasTag = s.contains("<") || rawUntil != nil
        let brackets = hasBracket ? Self.matches(s, open: "[", close: "]") : [:]
        let parens = hasBracket ? Self.matches(s, open: "(", close: ")") : [:]
        let nextClose = hasTag ? Self.nextIndex(of: ">", in: s) : []
        let nextSpace = hasTag ? Self.nextIndex(of: " ", in: s) : []
        var unclosedCode: Set<Int> = []
        var index = 0
        func flush() {
            if !current.isEmpty { pieces.append(.text(current)) }
            current = String.UnicodeScalarView()
        }
        while index < s.count {
            if inComment {
                if let end = Self.find(["-", "-", ">"], in: s, from: index) {
                    inComment = false
                    index = end
                } else {
                    index = s.count
                }
                continue
            }
            if let raw = rawUntil {
                if let end = Self.find(Array(("</" + raw).unicodeScalars), in: s, from: index, caseInsensitive: true) {
                    rawUntil = nil
                    index = nextClose[min(end, s.count - 1)].map { $0 + 1 } ?? s.count
                } else {
                    index = s.count
                }
                continue
            }
            let scalar = s[index]
            switch scalar {
            case "\\":
                if index + 1 < s.count, s[index + 1].isASCII, s[index + 1].properties.generalCategory.isPunctuationOrSymbol {
                    current.append(s[index + 1])
                    index += 2
                } else {
                    current.append(scalar)
                    index += 1
                }
            case "`":
                let length = s[index...].prefix { $0 == "`" }.count
                let after = index + length
                if !unclosedCode.contains(length), let close = Self.codeSpanEnd(s, from: after, length: length) {
                    var code = s[after ..< close]
                    if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                        code = code.dropFirst().dropLast()
                    }
                    current.append(contentsOf: code)
                    index = close + length
                } else {
                    unclosedCode.insert(length)
                    current.append(contentsOf: s[index ..< after])
                    index = after
                }
            case "!" where index + 1 < s.count && s[index + 1] == "[":
                if let end = Self.linkEnd(s, at: index + 1, brackets: brackets, parens: parens) {
                    index = end
                } else {
                    current.append(scalar)
                    index += 1
                }
            case "[":
                if index + 1 < s.count, s[index + 1] == "^", let close = brackets[index], close > index + 2 {
                    current.append("[")
                    current.append(contentsOf: s[(index + 2) ..< close])
                    current.append("]")
                    index = close + 1
                } else if depth < 8, let close = brackets[index], let end = Self.linkEnd(s, at: index, brackets: brackets, parens: parens) {
                    flush()
                    pieces.append(.text(inline(s[(index + 1) ..< close], depth: depth + 1).unicodeScalars))
                    index = end
                } else {
                    current.append(scalar)
                    index += 1
                }
            case "<":
                index = tag(s, at: index, nextClose: nextClose, nextSpace: nextSpace, into: &current)
            case "&":
                if let (decoded, end) = Self.entity(s, at: index) {
                    if let decoded { current.append(decoded) }
                    index = end
                } else {
                    current.append(scalar)
                    index += 1
                }
            case "*", "_", "~":
                let count = s[index...].prefix { $0 == scalar }.count
                if scalar == "~", count < 2 {
                    current.append(scalar)
                    index += 1
                    continue
                }
                let before = index > 0 ? s[index - 1] : " "
                let after = index + count < s.count ? s[index + count] : " "
                let left = !after.properties.isWhitespace
                    && (!Self.isPunctuation(after) || before.properties.isWhitespace || Self.isPunctuation(before))
                let right = !before.properties.isWhitespace
                    && (!Self.isPunctuation(before) || after.properties.isWhitespace || Self.isPunctuation(after))
                let opens = scalar == "_" ? left && (!right || Self.isPunctuation(before)) : left
                let closes = scalar == "_" ? right && (!left || Self.isPunctuation(after)) : right
                flush()
                pieces.append(.delimiter(scalar, count: count, opens: opens, closes: closes))
                index += count
            default:
                current.append(scalar)
                index += 1
            }
        }
        flush()
        return Self.resolveEmphasis(pieces)
    }

    /// An inline tag, comment or autolink at `index`: tags vanish (`<br>` leaves a space), an
    /// autolink leaves its address; anything else is a literal `<`. Returns the index after it.
    private mutating func tag(_ s: [Unicode.Scalar], at index: Int, nextClose: [Int?], nextSpace: [Int?],
                              into current: inout String.UnicodeScalarView) -> Int {
        if Self.find(["<", "!", "-", "-"], in: s, from: index, limit: index + 4) != nil {
            inComment = true
            return index + 4
        }
        guard let close = nextClose[index] else {
            current.append("<")
            return index + 1
        }
        let inside = s[(index + 1) ..< close]
        let isClosing = inside.first == "/"
        let name = String(String.UnicodeScalarView(inside.drop { $0 == "/" }.prefix { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-") })).lowercased()
        if let first = inside.drop(while: { $0 == "/" }).first, first.isASCII, first.properties.isAlphabetic {
            let spaceFree = nextSpace[index].map { $0 > close } ?? true
            let text = String(String.UnicodeScalarView(inside))
            if spaceFree, !isClosing, text.contains(":") || text.contains("@"), !text.contains("\"") {
                current.append(contentsOf: inside)
                return close + 1
            }
            if (name == "script" || name == "style"), !isClosing, inside.last != "/" { rawUntil = name }
            if name == "br" { current.append(" ") }
            return close + 1
        }
        current.append("<")
        return index + 1
    }

    private static func resolveEmphasis(_ pieces: [Piece]) -> String {
        var matched = Array(repeating: false, count: pieces.count)
        var openers: [Unicode.Scalar: [Int]] = [:]
        for (index, piece) in pieces.enumerated() {
            guard case .delimiter(let character, _, let opens, let closes) = piece else { continue }
            if closes, let opener = openers[character]?.popLast() {
                matched[opener] = true
                matched[index] = true
            } else if opens {
                openers[character, default: []].append(index)
            }
        }
        var result = String.UnicodeScalarView()
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text):
                result.append(contentsOf: text)
            case .delimiter(let character, let count, _, _):
                if !matched[index] { result.append(contentsOf: repeatElement(character, count: count)) }
            }
        }
        return String(result)
    }

    /// For each opening bracket, the index of its matching closing bracket (escaped ones ignored).
    private static func matches(_ s: [Unicode.Scalar], open: Unicode.Scalar, close: Unicode.Scalar) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var stack: [Int] = []
        var index = 0
        while index < s.count {
            if s[index] == "\\" {
                index += 2
                continue
            }
            if s[index] == open { stack.append(index) } else if s[index] == close, let opener = stack.popLast() { result[opener] = index }
            index += 1
        }
        return result
    }

    /// For each index, the next index at or after it holding `target`.
    private static func nextIndex(of target: Unicode.Scalar, in s: [Unicode.Scalar]) -> [Int?] {
        var result = [Int?](repeating: nil, count: s.count)
        var next: Int?
        for index in stride(from: s.count - 1, through: 0, by: -1) {
            if s[index] == target { next = index }
            result[index] = next
        }
        return result
    }

    /// The end of `[text](destination)`, `[text][label]` or `[text][]` opening at `index`.
    private static func linkEnd(_ s: [Unicode.Scalar], at index: Int, brackets: [Int: Int], parens: [Int: Int]) -> Int? {
        guard let close = brackets[index], close + 1 < s.count else { return nil }
        if s[close + 1] == "(", let end = parens[close + 1] { return end + 1 }
        if s[close + 1] == "[", let end = brackets[close + 1] { return end + 1 }
        return nil
    }

    /// The start of the backtick run of exactly `length` that closes a code span, if any.
    private static func codeSpanEnd(_ s: [Unicode.Scalar], from start: Int, length: Int) -> Int? {
        var index = start
        while index < s.count {
            if s[index] == "`" {
                let run = s[index...].prefix { $0 == "`" }.count
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The index after the first occurrence of `needle` at or after `start` (and before `limit`).
    private static func find(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int, limit: Int? = nil,
                             caseInsensitive: Bool = false) -> Int? {
        let end = min(limit ?? s.count, s.count)
        guard !needle.isEmpty, start + needle.count <= end else { return nil }
        var index = start
        while index + needle.count <= end {
            var equal = true
            for offset in 0 ..< needle.count {
                let a = s[index + offset], b = needle[offset]
                if a == b { continue }
                if caseInsensitive, a.isASCII, b.isASCII, a.properties.lowercaseMapping == b.properties.lowercaseMapping { continue }
                equal = false
                break
            }
            if equal { return index + needle.count }
            index += 1
        }
        return nil
    }

    /// `&name;`, `&#123;` or `&#x7B;` at `index`: the character (nil for a soft hyphen) and the index after it.
    private static func entity(_ s: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar?, Int)? {
        var end = index + 1
        while end < s.count, end - index <= 32, s[end] != ";" {
            guard s[end].isASCII, s[end].properties.isAlphabetic || s[end].properties.numericType != nil || s[end] == "#" else { return nil }
            end += 1
        }
        guard end < s.count, s[end] == ";", end > index + 1 else { return nil }
        let name = String(String.UnicodeScalarView(s[(index + 1) ..< end]))
        if name == "shy" { return (nil, end + 1) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value else { return nil }
            return (value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}", end + 1)
        }
        guard let scalar = entities[name] else { return nil }
        return (scalar, end + 1)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory.isPunctuationOrSymbol
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
