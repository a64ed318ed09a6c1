import EntenteModel

/// An expression with its height, so chains (`a and b and c …`) are bounded like nesting is.
struct Parsed {
    var expression: Expression
    var height: Int
}

extension ParserState {
    /// `expr := and { 'or' and }`
    mutating func parseExpression() throws(ParseError) -> Expression {
        try parseOr().expression
    }

    mutating func parseOr() throws(ParseError) -> Parsed {
        var left = try parseAnd()
        while current.isWord("or") {
            let op = advance()
            let right = try parseAnd()
            left = try combine(.logical(.or, left.expression, right.expression), left, right, at: op)
        }
        return left
    }

    /// `and := not { 'and' not }`
    mutating func parseAnd() throws(ParseError) -> Parsed {
        var left = try parseNot()
        while current.isWord("and") {
            let op = advance()
            let right = try parseNot()
            left = try combine(.logical(.and, left.expression, right.expression), left, right, at: op)
        }
        return left
    }

    /// `not := 'not' not | comparison`
    mutating func parseNot() throws(ParseError) -> Parsed {
        guard current.isWord("not") else { return try parseComparison() }
        let op = advance()
        try enter(op)
        defer { depth -= 1 }
        let operand = try parseNot()
        return try bounded(Parsed(
            expression: Expression(kind: .not(operand.expression),
                                   range: SourceRange(start: op.range.start, end: operand.expression.range.end)),
            height: operand.height + 1), at: op)
    }

    /// `comparison := primary [ [ 'not' ] op primary ]`
    /// `op := '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains' | 'matches' | 'in'`
    ///
    /// `a not in b`, `a not contains b` and `a not matches b` mean `not (a … b)`.
    mutating func parseComparison() throws(ParseError) -> Parsed {
        let left = try parsePrimary()
        var negation: Token?
        if current.isWord("not"), let next = peekToken(1), let op = comparisonOperator(next),
           [.contains, .matches, .in].contains(op) {
            negation = advance()
        }
        guard let op = comparisonOperator(current) else { return left }
        let opToken = advance()
        let right = try parsePrimary()
        if comparisonOperator(current) != nil {
            throw wrong("E0201", "comparisons cannot be chained", current.range,
                        label: "join two comparisons with `and`")
        }
        let comparison = try combine(.comparison(op, left.expression, right.expression), left, right, at: opToken)
        guard let negation else { return comparison }
        return try bounded(Parsed(expression: Expression(kind: .not(comparison.expression), range: comparison.expression.range),
                                  height: comparison.height + 1), at: negation)
    }

    func peekToken(_ offset: Int) -> Token? {
        index + offset < tokens.count ? tokens[index + offset] : nil
    }

    private func comparisonOperator(_ token: Token) -> ComparisonOperator? {
        switch token.kind {
        case .operator(let op): op
        case .word("contains"): .contains
        case .word("matches"): .matches
        case .word("in"): .in
        default: nil
        }
    }

    /// `primary := literal | field | PARAMETER | call | '(' expr ')' | '[' [ expr { ',' expr } ] ']'`
    /// `call := NAME '(' [ expr { ',' expr } ] ')'`
    /// `literal := STRING | NUMBER | DATE | DURATION | 'null' | 'true' | 'false'`
    mutating func parsePrimary() throws(ParseError) -> Parsed {
        let token = current
        func leaf(_ kind: Expression.Kind) -> Parsed {
            Parsed(expression: Expression(kind: kind, range: token.range), height: 1)
        }
        switch token.kind {
        case .string(let text): _ = advance(); return leaf(.literal(.string(text)))
        case .number(let number): _ = advance(); return leaf(.literal(.number(number)))
        case .date(let iso): _ = advance(); return leaf(.literal(.date(iso)))
        case .duration(let duration): _ = advance(); return leaf(.literal(.duration(duration)))
        case .word("null"): _ = advance(); return leaf(.literal(.null))
        case .word("true"): _ = advance(); return leaf(.literal(.bool(true)))
        case .word("false"): _ = advance(); return leaf(.literal(.bool(false)))
        case .parameter(let name): _ = advance(); return leaf(.parameter(name))
        case .word(let name) where !["and", "or", "not", "contains", "matches", "in"].contains(name):
            _ = advance()
            if current.kind == .leftParen { return try parseCall(name, token) }
            return leaf(.field(name))
        case .leftParen:
            _ = advance()
            try enter(token)
            defer { depth -= 1 }
            var inner = try parseOr()
            guard current.kind == .rightParen else {
                throw expected("`)`", label: "to close the `(` at \(token.range.start.line):\(token.range.start.column)")
            }
            let close = advance()
            inner.expression.range = SourceRange(start: token.range.start, end: close.range.end)
            return inner
        case .leftBracket:
            _ = advance()
            try enter(token)
            defer { depth -= 1 }
            var items: [Expression] = []
            var height = 1
            if current.kind != .rightBracket {
                while true {
                    let item = try parseOr()
                    items.append(item.expression)
                    height = max(height, item.height + 1)
                    guard current.kind == .comma else { break }
                    _ = advance()
                }
            }
            guard current.kind == .rightBracket else { throw expected("`,` or `]` in a list") }
            let close = advance()
            return try bounded(Parsed(expression: Expression(kind: .list(items),
                                                             range: SourceRange(start: token.range.start, end: close.range.end)),
                                      height: height), at: token)
        default:
            throw expected("a value or a field name")
        }
    }

    /// The arguments of a call, after its name.
    private mutating func parseCall(_ name: String, _ nameToken: Token) throws(ParseError) -> Parsed {
        let open = advance()
        try enter(open)
        defer { depth -= 1 }
        var arguments: [Expression] = []
        var height = 1
        if current.kind != .rightParen {
            while true {
                let argument = try parseOr()
                arguments.append(argument.expression)
                height = max(height, argument.height + 1)
                guard current.kind == .comma else { break }
                _ = advance()
            }
        }
        guard current.kind == .rightParen else { throw expected("`,` or `)` in the arguments of `\(name)`") }
        let close = advance()
        return try bounded(Parsed(expression: Expression(kind: .call(name, arguments, nameRange: nameToken.range),
                                                         range: SourceRange(start: nameToken.range.start, end: close.range.end)),
                                  height: height), at: nameToken)
    }

    /// Counts one level of nesting and refuses to go past the limit.
    private mutating func enter(_ token: Token) throws(ParseError) {
        depth += 1
        if depth > Parser.maximumDepth { throw tooDeep(token) }
    }

    private func combine(_ kind: Expression.Kind, _ left: Parsed, _ right: Parsed, at op: Token) throws(ParseError) -> Parsed {
        let range = SourceRange(start: left.expression.range.start, end: right.expression.range.end)
        return try bounded(Parsed(expression: Expression(kind: kind, range: range),
                                  height: max(left.height, right.height) + 1), at: op)
    }

    private func bounded(_ parsed: Parsed, at token: Token) throws(ParseError) -> Parsed {
        if parsed.height > Parser.maximumDepth + 1 { throw tooDeep(token) }
        return parsed
    }

    private func tooDeep(_ token: Token) -> ParseError {
        wrong("E0203", "expression nested too deeply", token.range,
              label: "more than \(Parser.maximumDepth) levels")
    }
}
