import EntenteModel

/// Parses statements. Recursive descent with an explicit nesting limit, so no input — however
/// deep — can exhaust the stack.
///
///     script    := { SEP } [ statement { SEP { SEP } statement } { SEP } ]
///     SEP       := NEWLINE | ';'
///     statement := load | let | query
///
/// The productions are on the functions that parse them; docs/language.md collects them.
public enum Parser {
    /// The deepest expression the parser accepts: parentheses, `not`, lists and operator chains
    /// all count. Far beyond what anyone writes; small enough for any thread's stack.
    public static let maximumDepth = 256

    /// Parses `text`. An error at the very end of the input means "incomplete", so the REPL can
    /// ask for a continuation line instead of reporting it.
    public static func parse(_ text: String, file: String = "<input>") -> ParseOutcome {
        switch parseDetailed(text, file: file) {
        case .success(let statements): .complete(statements)
        case .failure(.incomplete): .incomplete
        case .failure(.wrong(let diagnostic)): .failure(diagnostic)
        }
    }

    /// Parses a whole script, where no more input will come: incomplete input is an error
    /// ("unterminated string", "unexpected end of input") located where it stops.
    public static func parseScript(_ text: String, file: String = "<input>") -> Result<[Statement], Diagnostic> {
        switch parseDetailed(text, file: file) {
        case .success(let statements): .success(statements)
        case .failure(.incomplete(let diagnostic)), .failure(.wrong(let diagnostic)): .failure(diagnostic)
        }
    }

    static func parseDetailed(_ text: String, file: String) -> Result<[Statement], ParseError> {
        var lexer = Lexer(text, file: file)
        switch lexer.tokenize() {
        case .incomplete(let diagnostic): return .failure(.incomplete(diagnostic))
        case .failure(let diagnostic): return .failure(.wrong(diagnostic))
        case .tokens(let tokens):
            var state = ParserState(tokens: tokens, text: Array(text), file: file)
            do throws(ParseError) {
                return .success(try state.parseScript())
            } catch {
                return .failure(error)
            }
        }
    }
}

/// Why parsing stopped: the input ended too early, or it is wrong.
enum ParseError: Error {
    case incomplete(Diagnostic)
    case wrong(Diagnostic)
}

/// The parser's cursor over the tokens of one text.
struct ParserState {
    let tokens: [Token]
    let text: [Character]
    let file: String
    var index = 0
    /// Current nesting of parentheses, lists and `not`, checked against `Parser.maximumDepth`.
    var depth = 0

    init(tokens: [Token], text: [Character], file: String) {
        self.tokens = tokens
        self.text = text
        self.file = file
    }

    var current: Token { tokens[min(index, tokens.count - 1)] }
    var previous: Token { tokens[max(min(index - 1, tokens.count - 1), 0)] }

    mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// A syntax error at `token`; at the end of input it means "incomplete" instead.
    func error(_ code: String, _ message: String, at token: Token, label: String? = nil,
               notes: [String] = []) -> ParseError {
        let diagnostic = Diagnostic(code: code, message: message, file: file, range: token.range, label: label, notes: notes)
        if case .end = token.kind {
            return .incomplete(Diagnostic(code: "E0202", message: "unexpected end of input", file: file,
                                          range: token.range, label: label, notes: notes))
        }
        return .wrong(diagnostic)
    }

    func wrong(_ code: String, _ message: String, _ range: SourceRange, label: String? = nil,
               notes: [String] = []) -> ParseError {
        .wrong(Diagnostic(code: code, message: message, file: file, range: range, label: label, notes: notes))
    }

    func expected(_ what: String, label: String? = nil) -> ParseError {
        error("E0201", "expected \(what), found \(current.description)", at: current, label: label)
    }

    /// `script := { SEP } [ statement { SEP { SEP } statement } { SEP } ]`
    mutating func parseScript() throws(ParseError) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while isSeparator(current) { _ = advance() }
            if case .end = current.kind { return statements }
            statements.append(try parseStatement())
            guard isSeparator(current) || current.kind == .end else {
                if statements.last.map(isQueryStatement) == true {
                    throw expected("`|` or the end of the statement",
                                   label: current.word.map { Catalog.stages.map(\.name).contains($0) } == true
                                       ? "write `| \(current.text)`" : nil)
                }
                throw expected("the end of the statement")
            }
        }
    }

    private func isQueryStatement(_ statement: Statement) -> Bool {
        if case .query = statement.kind { return true }
        return false
    }

    func isSeparator(_ token: Token) -> Bool {
        token.kind == .newline || token.kind == .semicolon
    }

    /// `statement := load | let | query`
    mutating func parseStatement() throws(ParseError) -> Statement {
        let first = current
        let kind: Statement.Kind
        switch first.word {
        case "load": kind = try parseLoad()
        case "let": kind = try parseLet()
        default: kind = .query(try parseQuery())
        }
        let last = previous
        let range = SourceRange(start: first.range.start, end: last.range.end)
        let source = String(text[first.offsets.lowerBound..<max(last.offsets.upperBound, first.offsets.lowerBound)])
        return Statement(kind: kind, range: range, sourceText: source, file: file)
    }

    /// `load := 'load' STRING [ 'as' NAME ] [ 'sha256' STRING ]`, NAME a word or a string
    mutating func parseLoad() throws(ParseError) -> Statement.Kind {
        _ = advance()
        guard case .string(let path) = current.kind else { throw expected("a quoted file path after `load`") }
        _ = advance()
        var name: String?
        var sha256: String?
        if current.isWord("as") {
            _ = advance()
            switch current.kind {
            case .word(let word), .string(let word): name = word
            default: throw expected("a document name after `as`")
            }
            _ = advance()
        }
        if current.isWord("sha256") {
            _ = advance()
            guard case .string(let hex) = current.kind else { throw expected("a quoted SHA-256 after `sha256`") }
            let valid = hex.count == 64 && hex.allSatisfy { $0.isHexDigit }
            guard valid else {
                throw wrong("E0207", "invalid SHA-256 `\(hex)`", current.range, label: "expected 64 hex digits")
            }
            sha256 = hex.lowercased()
            _ = advance()
        }
        return .load(path: path, name: name, sha256: sha256)
    }

    /// `let := 'let' NAME '=' query`
    mutating func parseLet() throws(ParseError) -> Statement.Kind {
        _ = advance()
        guard let name = current.word else { throw expected("a name after `let`") }
        if Catalog.isReserved(name) {
            throw wrong("E0205", "`\(name)` is a reserved name and cannot be bound by `let`", current.range,
                        label: "choose another name")
        }
        _ = advance()
        guard case .operator(.equal) = current.kind else { throw expected("`=` after `let \(name)`") }
        _ = advance()
        return .let(name: name, try parseQuery())
    }

    /// `doc := WORD | STRING`
    mutating func parseDocument() throws(ParseError) -> DocumentReference {
        switch current.kind {
        case .word(let name), .string(let name):
            let token = advance()
            return DocumentReference(name: name, range: token.range)
        default:
            throw expected("a document name")
        }
    }

    /// `docs := doc { ',' doc }`
    mutating func parseDocuments() throws(ParseError) -> [DocumentReference] {
        var documents = [try parseDocument()]
        while current.kind == .comma {
            _ = advance()
            documents.append(try parseDocument())
        }
        return documents
    }

    /// `path := STRING | piece { piece }` where pieces (words, numbers, `.`) touch: `IV.A.7.iii`, `5.2.a`
    mutating func parsePath() throws(ParseError) -> (String, SourceRange) {
        if case .string(let path) = current.kind {
            let token = advance()
            return (path, token.range)
        }
        guard isPathPiece(current), current.kind != .dot else { throw expected("a provision path such as `II.3`") }
        let first = advance()
        var path = first.text
        var end = first.range.end
        while isPathPiece(current), current.range.start == end {
            let token = advance()
            path += token.text
            end = token.range.end
        }
        return (path, SourceRange(start: first.range.start, end: end))
    }

    private func isPathPiece(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .number, .dot, .duration, .date: true
        default: false
        }
    }

    /// `query := head { '|' stage }`
    mutating func parseQuery() throws(ParseError) -> Query {
        let first = current
        let head = try parseHead()
        var stages: [Stage] = []
        while current.kind == .pipe {
            _ = advance()
            stages.append(try parseStage())
        }
        return Query(head: head, stages: stages, range: SourceRange(start: first.range.start, end: previous.range.end),
                     file: file)
    }

    /// `head := 'outline' doc | 'show' doc path | compare | verify | NAME [ 'in' docs ]`
    mutating func parseHead() throws(ParseError) -> Query.Head {
        switch current.word {
        case "outline":
            _ = advance()
            return .outline(try parseDocument())
        case "show":
            _ = advance()
            let document = try parseDocument()
            let (path, range) = try parsePath()
            return .show(document, path: path, pathRange: range)
        case "compare":
            return try parseCompare()
        case "verify":
            _ = advance()
            let report = try parseDocument()
            guard current.isWord("against") else { throw expected("`against` after `verify \(report.name)`") }
            _ = advance()
            return .verify(report: report, against: try parseDocuments())
        default:
            guard let source = current.word else { throw expected("a source such as `provisions`") }
            let sourceToken = advance()
            var documents: [DocumentReference] = []
            if current.isWord("in") {
                _ = advance()
                documents = try parseDocuments()
            }
            return .source(name: source, range: sourceToken.range, documents: documents)
        }
    }

    /// `compare := 'compare' doc ',' docs 'on' aspect`
    /// `aspect  := 'terms' | 'amounts' | 'commitments' 'by' 'topic' | 'actors'`
    mutating func parseCompare() throws(ParseError) -> Query.Head {
        let keyword = advance()
        let documents = try parseDocuments()
        guard current.isWord("on") else { throw expected("`,` and another document, or `on`") }
        if documents.count < 2 {
            throw wrong("E0208", "`compare` needs at least two documents", SourceRange(start: keyword.range.start, end: previous.range.end),
                        label: "name another one: `compare \(documents[0].name), OTHER on …`")
        }
        _ = advance()
        let start = current
        guard let word = current.word else { throw expected("what to compare: \(Catalog.aspectNames.joined(separator: ", "))") }
        let aspect: ComparisonAspect
        switch word {
        case "terms": aspect = .terms
        case "amounts": aspect = .amounts
        case "actors": aspect = .actors
        case "commitments":
            _ = advance()
            guard current.isWord("by") else { throw expected("`by topic` after `commitments`") }
            _ = advance()
            guard current.isWord("topic") else { throw expected("`topic` after `commitments by`") }
            aspect = .commitmentsByTopic
        default:
            let names = ["terms", "amounts", "commitments", "actors"]
            let suggestion = Suggestion.nearest(to: word, among: names)
            throw wrong("E0209", "cannot compare on `\(word)`", current.range, label: "unknown aspect",
                        notes: (suggestion.map { ["did you mean `\($0)`?"] } ?? [])
                            + ["aspects are \(Catalog.aspectNames.map { "`\($0)`" }.joined(separator: ", "))"])
        }
        _ = advance()
        return .compare(documents, aspect: aspect, aspectRange: SourceRange(start: start.range.start, end: previous.range.end))
    }

    /// ```
    /// stage := 'where' expr
    ///        | 'select' item { ',' item }          item := expr [ 'as' NAME ]
    ///        | 'sort' key { ',' key }              key  := expr [ 'asc' | 'desc' ]
    ///        | 'limit' NUMBER
    ///        | 'count' [ 'by' fields ]
    ///        | 'distinct' [ fields ]
    ///        | 'aggregate' agg { ',' agg } [ 'by' fields ]
    ///        | 'show'
    /// ```
    mutating func parseStage() throws(ParseError) -> Stage {
        let start = current
        guard let name = start.word else { throw expected("a stage (\(Catalog.stages.map(\.name).joined(separator: ", "))) after `|`") }
        _ = advance()
        let kind: Stage.Kind
        switch name {
        case "where":
            kind = .where(try parseExpression())
        case "select":
            var items: [SelectItem] = []
            repeat {
                if !items.isEmpty { _ = advance() }
                let expression = try parseExpression()
                items.append(SelectItem(expression: expression, alias: try parseAlias()))
            } while current.kind == .comma
            kind = .select(items)
        case "sort":
            var keys: [SortKey] = []
            repeat {
                if !keys.isEmpty { _ = advance() }
                let expression = try parseExpression()
                var descending = false
                if current.isWord("desc") || current.isWord("asc") {
                    descending = current.isWord("desc")
                    _ = advance()
                }
                keys.append(SortKey(expression: expression, descending: descending))
            } while current.kind == .comma
            kind = .sort(keys)
        case "count":
            if current.isWord("by") {
                _ = advance()
                kind = .countBy(try parseFields())
            } else {
                kind = .count
            }
        case "distinct":
            kind = .distinct(current.word != nil ? try parseFields() : [])
        case "aggregate":
            var items: [AggregateItem] = []
            repeat {
                if !items.isEmpty { _ = advance() }
                items.append(try parseAggregate())
            } while current.kind == .comma
            var groups: [FieldReference] = []
            if current.isWord("by") {
                _ = advance()
                groups = try parseFields()
            }
            kind = .aggregate(items, by: groups)
        case "show":
            kind = .show
        case "limit":
            guard case .number(let number) = current.kind else { throw expected("a number after `limit`") }
            guard number == number.rounded(), number >= 0, number <= Double(Int32.max) else {
                throw wrong("E0206", "`limit` needs a whole number of rows", current.range, label: "not a whole number")
            }
            _ = advance()
            kind = .limit(Int(number))
        default:
            let suggestion = Suggestion.nearest(to: name, among: Catalog.stages.map(\.name))
            throw wrong("E0204", "unknown stage `\(name)`", start.range,
                        notes: suggestion.map { ["did you mean `\($0)`?"] } ?? [
                            "stages are \(Catalog.stages.map { "`\($0.name)`" }.joined(separator: ", "))",
                        ])
        }
        return Stage(kind: kind, range: SourceRange(start: start.range.start, end: previous.range.end))
    }

    /// `[ 'as' NAME ]`
    mutating func parseAlias() throws(ParseError) -> String? {
        guard current.isWord("as") else { return nil }
        _ = advance()
        switch current.kind {
        case .word(let name), .string(let name):
            _ = advance()
            return name
        default:
            throw expected("a column name after `as`")
        }
    }

    /// `agg := ( 'count' [ '(' [ expr ] ')' ] | AGGREGATE '(' expr ')' ) [ 'as' NAME ]`
    mutating func parseAggregate() throws(ParseError) -> AggregateItem {
        let start = current
        guard let name = current.word else { throw expected("an aggregate: \(AggregateFunction.allCases.map(\.rawValue).joined(separator: ", "))") }
        guard let function = AggregateFunction(rawValue: name) else {
            let names = AggregateFunction.allCases.map(\.rawValue)
            throw wrong("E0210", "unknown aggregate `\(name)`", current.range, label: "not an aggregate",
                        notes: (Suggestion.nearest(to: name, among: names).map { ["did you mean `\($0)`?"] } ?? [])
                            + ["aggregates are \(names.map { "`\($0)`" }.joined(separator: ", "))"])
        }
        _ = advance()
        var argument: Expression?
        if function == .count, current.kind != .leftParen {
            // A bare `count` counts rows.
        } else {
            guard current.kind == .leftParen else { throw expected("`(` after `\(name)`") }
            _ = advance()
            if !(function == .count && current.kind == .rightParen) {
                argument = try parseExpression()
            }
            guard current.kind == .rightParen else { throw expected("`)` to close `\(name)(`") }
            _ = advance()
        }
        let end = previous.range.end
        return AggregateItem(function: function, argument: argument, alias: try parseAlias(),
                             range: SourceRange(start: start.range.start, end: end))
    }

    /// `fields := field { ',' field }`
    mutating func parseFields() throws(ParseError) -> [FieldReference] {
        var fields = [try parseField()]
        while current.kind == .comma {
            _ = advance()
            fields.append(try parseField())
        }
        return fields
    }

    /// `field := WORD`
    mutating func parseField() throws(ParseError) -> FieldReference {
        guard let name = current.word else { throw expected("a field name") }
        let token = advance()
        return FieldReference(name: name, range: token.range)
    }
}
