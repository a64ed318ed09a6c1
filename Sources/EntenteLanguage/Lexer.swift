import EntenteModel

/// Turns statement text into tokens. Iterative (no recursion), columns counted in Characters.
///
/// Line breaks end statements, except where the statement obviously goes on: inside brackets or
/// parentheses, after a token that needs a right-hand side (`|`, `,`, an operator, `and`, `where`…),
/// and before a line that starts with `|`. That makes multi-line input in the REPL and in scripts
/// read naturally without a terminator.
struct Lexer {
    /// The outcome of lexing: tokens, or an error, or input that ends in the middle of a string.
    enum Outcome {
        case tokens([Token])
        case failure(Diagnostic)
        /// The input ends inside a string; `diagnostic` is the error to report when no more input comes.
        case incomplete(Diagnostic)
    }

    /// Words after which a line break cannot end the statement: they need something after them.
    static let continuationWords: Set<String> = [
        "and", "or", "not", "contains", "matches", "where", "select", "by", "in", "as", "let", "load",
        "limit", "sha256", "outline", "sort", "aggregate", "compare", "verify", "on", "against",
    ]

    private let chars: [Character]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var tokens: [Token] = []
    private var depth = 0

    init(_ text: String, file: String) {
        self.chars = Array(text)
        self.file = file
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func advance() {
        if chars[index] == "\n" || chars[index] == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func error(_ code: String, _ message: String, _ range: SourceRange, label: String? = nil) -> Diagnostic {
        Diagnostic(code: code, message: message, file: file, range: range, label: label)
    }

    mutating func tokenize() -> Outcome {
        while let char = peek() {
            let start = position
            let startIndex = index
            if char == "\n" || char == "\r\n" {
                advance()
                emitNewline(at: start)
                continue
            }
            // A byte-order mark is invisible; treat it as blank rather than as a stray character.
            if char.isWhitespace || char == "\u{FEFF}" {
                advance()
                continue
            }
            if char == "-", peek(1) == "-" {
                while let next = peek(), next != "\n", next != "\r\n" { advance() }
                continue
            }
            if char == "\"" {
                switch lexString() {
                case .success(let token): tokens.append(token)
                case .failure(.incomplete(let diagnostic)): return .incomplete(diagnostic)
                case .failure(.wrong(let diagnostic)): return .failure(diagnostic)
                }
                continue
            }
            if char.isASCII, char.isNumber {
                switch lexNumber() {
                case .success(let token): tokens.append(token)
                case .failure(let diagnostic): return .failure(diagnostic)
                }
                continue
            }
            if char.isLetter || char == "_" {
                lexWord()
                continue
            }
            if char == "$" {
                switch lexParameter() {
                case .success(let token): tokens.append(token)
                case .failure(let diagnostic): return .failure(diagnostic)
                }
                continue
            }
            let kind: Token.Kind
            switch char {
            case "|": kind = .pipe
            case "(": kind = .leftParen; depth += 1
            case ")": kind = .rightParen; depth = max(depth - 1, 0)
            case "[": kind = .leftBracket; depth += 1
            case "]": kind = .rightBracket; depth = max(depth - 1, 0)
            case ",": kind = .comma
            case ";": kind = .semicolon
            case ".": kind = .dot
            case "=": kind = .operator(.equal)
            case "!" where peek(1) == "=":
                advance()
                kind = .operator(.notEqual)
            case "<" where peek(1) == "=":
                advance()
                kind = .operator(.lessOrEqual)
            case ">" where peek(1) == "=":
                advance()
                kind = .operator(.greaterOrEqual)
            case "<": kind = .operator(.less)
            case ">": kind = .operator(.greater)
            default:
                return .failure(error("E0103", "unexpected character `\(char)`", SourceRange(at: start)))
            }
            advance()
            tokens.append(Token(kind: kind, range: SourceRange(start: start, end: position),
                                offsets: startIndex..<index, text: String(chars[startIndex..<index])))
        }
        tokens.append(Token(kind: .end, range: SourceRange(at: position), offsets: index..<index, text: ""))
        return .tokens(tokens)
    }

    /// A line break ends the statement unless the statement clearly goes on (see the type's comment).
    private mutating func emitNewline(at start: SourcePosition) {
        if depth > 0 { return }
        guard let last = tokens.last else { return }
        switch last.kind {
        case .newline, .semicolon, .pipe, .comma, .operator, .leftParen, .leftBracket, .dot: return
        case .word(let word) where Self.continuationWords.contains(word): return
        default: break
        }
        if nextLineStartsWithPipe() { return }
        tokens.append(Token(kind: .newline, range: SourceRange(at: start), offsets: index - 1..<index, text: "\n"))
    }

    /// Whether the next significant character (skipping blanks, blank lines and comments) is `|`.
    private func nextLineStartsWithPipe() -> Bool {
        var probe = index
        while probe < chars.count {
            let char = chars[probe]
            if char == "-", probe + 1 < chars.count, chars[probe + 1] == "-" {
                while probe < chars.count, chars[probe] != "\n", chars[probe] != "\r\n" { probe += 1 }
                continue
            }
            if char.isWhitespace { probe += 1; continue }
            return char == "|"
        }
        return false
    }

    /// Bare words may contain inner dashes (`canada-ukraine-2024`): the language has no minus, so a
    /// dashed document name needs no quotes. `--` still starts a comment.
    private mutating func lexWord() {
        let start = position
        let startIndex = index
        while let char = peek() {
            if char.isLetter || char.isNumber || char == "_" {
                advance()
            } else if char == "-", let next = peek(1), next.isLetter || next.isNumber {
                advance()
            } else {
                break
            }
        }
        let text = String(chars[startIndex..<index])
        tokens.append(Token(kind: .word(text), range: SourceRange(start: start, end: position), offsets: startIndex..<index, text: text))
    }

    /// parameter := '$' (letter | '_') { letter | digit | '_' }
    private mutating func lexParameter() -> Result<Token, Diagnostic> {
        let start = position
        let startIndex = index
        advance()
        guard let first = peek(), first.isLetter || first == "_" else {
            return .failure(error("E0106", "expected a parameter name after `$`", SourceRange(start: start, end: position),
                                  label: "write `$NAME` and run with `-v NAME=VALUE`"))
        }
        while let char = peek(), char.isLetter || char.isNumber || char == "_" { advance() }
        let name = String(chars[(startIndex + 1)..<index])
        return .success(Token(kind: .parameter(name), range: SourceRange(start: start, end: position),
                              offsets: startIndex..<index, text: String(chars[startIndex..<index])))
    }

    private enum StringError: Error {
        case incomplete(Diagnostic)
        case wrong(Diagnostic)
    }

    /// string := '"' { char | '\' ('"' | '\' | 'n' | 't') } '"'   — may span lines.
    private mutating func lexString() -> Result<Token, StringError> {
        let start = position
        let startIndex = index
        advance()
        var value = ""
        while let char = peek() {
            if char == "\"" {
                advance()
                return .success(Token(kind: .string(value), range: SourceRange(start: start, end: position),
                                      offsets: startIndex..<index, text: String(chars[startIndex..<index])))
            }
            if char == "\\" {
                let escapeStart = position
                advance()
                guard let escaped = peek() else { break }
                switch escaped {
                case "\"": value.append("\"")
                case "\\": value.append("\\")
                case "n": value.append("\n")
                case "t": value.append("\t")
                default:
                    advance()
                    return .failure(.wrong(error("E0102", "unknown escape `\\\(escaped)` in string",
                                                 SourceRange(start: escapeStart, end: position),
                                                 label: "use \\\" \\\\ \\n or \\t")))
                }
                advance()
                continue
            }
            value.append(char)
            advance()
        }
        return .failure(.incomplete(error("E0101", "unterminated string", SourceRange(at: start),
                                          label: "this string is never closed")))
    }

    /// number   := digits [ '.' digits ]
    /// date     := digit{4} '-' digit{2} '-' digit{2}
    /// duration := digits ( 'h' | 'd' | 'w' | 'mo' | 'y' )
    private mutating func lexNumber() -> Result<Token, Diagnostic> {
        let start = position
        let startIndex = index
        func digits() { while let c = peek(), c.isASCII, c.isNumber { advance() } }
        digits()
        // A date: exactly yyyy-mm-dd.
        if index - startIndex == 4, peek() == "-", let d1 = peek(1), d1.isASCII, d1.isNumber {
            while let c = peek(), (c.isASCII && c.isNumber) || c == "-" { advance() }
            let text = String(chars[startIndex..<index])
            let range = SourceRange(start: start, end: position)
            guard Self.isValidDate(text) else {
                return .failure(error("E0105", "invalid date `\(text)`", range, label: "expected yyyy-mm-dd"))
            }
            return .success(Token(kind: .date(text), range: range, offsets: startIndex..<index, text: text))
        }
        if peek() == ".", let next = peek(1), next.isASCII, next.isNumber {
            advance()
            digits()
        }
        let numberText = String(chars[startIndex..<index])
        if let unitStart = peek(), unitStart.isLetter {
            let unitIndex = index
            while let c = peek(), c.isLetter || c.isNumber || c == "_" { advance() }
            let unit = String(chars[unitIndex..<index])
            let text = String(chars[startIndex..<index])
            let range = SourceRange(start: start, end: position)
            guard let amount = Int(numberText), let duration = ISODuration(amount: amount, unit: unit) else {
                return .failure(error("E0104", "invalid number or duration `\(text)`", range,
                                      label: "durations are whole numbers with h, d, w, mo or y"))
            }
            return .success(Token(kind: .duration(duration), range: range, offsets: startIndex..<index, text: text))
        }
        let range = SourceRange(start: start, end: position)
        guard let number = Double(numberText) else {
            return .failure(error("E0104", "invalid number `\(numberText)`", range))
        }
        return .success(Token(kind: .number(number), range: range, offsets: startIndex..<index, text: numberText))
    }

    /// Whether `text` is a real calendar date in `yyyy-mm-dd` form (leap years included).
    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
