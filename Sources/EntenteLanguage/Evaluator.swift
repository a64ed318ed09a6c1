import EntenteModel

/// Runs checked queries over an environment and returns tables. It never prints and never does
/// I/O: the session renders what it returns.
public struct Evaluator: Sendable {
    public var environment: Environment
    /// Polled between rows; when it returns true the query stops with error `E0499`.
    /// The session wires it to Ctrl-C.
    public var isCancelled: @Sendable () -> Bool

    public init(environment: Environment, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.environment = environment
        self.isCancelled = isCancelled
    }

    /// Checks and evaluates a query: its head, then each stage in order. Stages after `compare`
    /// and `verify` are checked against the columns those produce.
    public func evaluate(_ query: Query) throws(Diagnostic) -> Table {
        let checker = Checker(environment: environment)
        let hasDefaultDocument = Checker.hasDefaultDocument(query.head)
        let headColumns = try checker.checkHead(query)
        if let headColumns {
            _ = try checker.checkStages(query.stages, from: headColumns, file: query.file, hasDefaultDocument: hasDefaultDocument)
        }
        // A `where` right after a catalog source filters the rows as they are made: a filter over
        // a thousand agreements then never holds every provision of them in one table.
        var stages = query.stages[...]
        var table: Table
        if case .source(let name, let range, let documents) = query.head, Catalog.source(name) != nil,
           let first = stages.first, case .where(let condition) = first.kind {
            let columns = Catalog.source(name)?.fields.map(\.name) ?? []
            let context = context(columns, [condition], query.file)
            table = try sourceTable(name, range: range, documents: documents, file: query.file) { row throws(Diagnostic) in
                try isTrue(condition, row, context)
            }
            stages = stages.dropFirst()
        } else {
            table = try headTable(query)
        }
        if headColumns == nil {
            _ = try checker.checkStages(query.stages, from: Checker.columns(of: table), file: query.file,
                                        hasDefaultDocument: hasDefaultDocument)
        }
        var defaultDocument: String?
        switch query.head {
        case .outline(let reference), .show(let reference, _, _):
            defaultDocument = try environment.resolve(reference, file: query.file).id
        default:
            break
        }
        for stage in stages {
            table = try apply(stage, to: table, defaultDocument: defaultDocument, file: query.file)
        }
        return table
    }

    /// Evaluates any statement that yields a table: a query or the query of a `let` (whatever its
    /// head). `load` needs I/O, which is the session's job, so here it is an error.
    public func evaluate(_ statement: Statement) throws(Diagnostic) -> Table {
        switch statement.kind {
        case .query(let query), .let(_, let query):
            return try evaluate(query)
        case .load:
            throw Diagnostic(code: "E0498", message: "`load` is performed by the session, not the evaluator",
                             file: statement.file, range: statement.range)
        }
    }

    /// The rows a pipeline starts from.
    func headTable(_ query: Query) throws(Diagnostic) -> Table {
        let file = query.file
        switch query.head {
        case .source(let name, let range, let documents):
            return try sourceTable(name, range: range, documents: documents, file: file)
        case .outline(let reference):
            return try outline(reference, file: file)
        case .show(let reference, let path, let pathRange):
            return try show(reference, path: path, pathRange: pathRange, file: file)
        case .compare(let references, let aspect, _):
            var documents: [Document] = []
            for reference in references { documents.append(try environment.resolve(reference, file: file)) }
            try checkCancelled(file)
            return compare(documents, on: aspect)
        case .verify(let reportReference, let against):
            let report = try environment.resolve(reportReference, file: file)
            var agreements: [Document] = []
            for reference in against { agreements.append(try environment.resolve(reference, file: file)) }
            try checkCancelled(file)
            return verify(report: report, against: agreements)
        }
    }

    func checkCancelled(_ file: String) throws(Diagnostic) {
        if isCancelled() {
            throw Diagnostic(code: "E0499", message: "query cancelled", file: file)
        }
    }

    /// Column positions by name, built once per stage rather than searched per row.
    struct ColumnIndex {
        var positions: [String: Int] = [:]
        init(_ columns: [String]) {
            for (position, name) in columns.enumerated() where positions[name] == nil { positions[name] = position }
        }
    }

    /// What evaluating an expression against a row needs besides the row.
    struct RowContext {
        var index: ColumnIndex
        var file: String
        /// Literal patterns of `matches`, compiled once per stage.
        var patterns: [String: RegularExpression]
        /// Literal needles of `contains`, prepared once per stage.
        var needles: [String: FoldedPattern] = [:]
    }

    /// A context for expressions over `columns`, with the literal patterns in `expressions` compiled.
    func context(_ columns: [String], _ expressions: [Expression], _ file: String) -> RowContext {
        var patterns: [String: RegularExpression] = [:]
        var needles: [String: FoldedPattern] = [:]
        var pending = expressions
        while let expression = pending.popLast() {
            switch expression.kind {
            case .comparison(let op, let left, let right):
                if op == .matches, case .literal(.string(let pattern)) = right.kind,
                   patterns[pattern] == nil, let compiled = try? RegularExpression(pattern) {
                    patterns[pattern] = compiled
                }
                if op == .contains, case .literal(.string(let needle)) = right.kind, needles[needle] == nil {
                    needles[needle] = FoldedPattern(needle)
                }
                pending += [left, right]
            case .logical(_, let left, let right): pending += [left, right]
            case .not(let operand): pending.append(operand)
            case .list(let items): pending += items
            case .call(_, let arguments, _): pending += arguments
            case .literal, .field, .parameter: break
            }
        }
        return RowContext(index: ColumnIndex(columns), file: file, patterns: patterns, needles: needles)
    }

    /// Evaluates an expression against one row. Depth is bounded by the parser.
    func evaluate(_ expression: Expression, _ row: [Value], _ context: RowContext) throws(Diagnostic) -> Value {
        switch expression.kind {
        case .literal(let value):
            return value
        case .field(let name):
            guard let position = context.index.positions[name], position < row.count else { return .null }
            return row[position]
        case .parameter(let name):
            return try Checker(environment: environment).parameter(name, expression.range, context.file)
        case .list(let items):
            var values: [Value] = []
            for item in items { values.append(try evaluate(item, row, context)) }
            return .list(values)
        case .not(let operand):
            return .bool(!(try isTrue(operand, row, context)))
        case .logical(.and, let left, let right):
            guard try isTrue(left, row, context) else { return .bool(false) }
            return .bool(try isTrue(right, row, context))
        case .logical(.or, let left, let right):
            if try isTrue(left, row, context) { return .bool(true) }
            return .bool(try isTrue(right, row, context))
        case .comparison(.matches, let left, let right):
            let leftValue = try evaluate(left, row, context)
            let rightValue = try evaluate(right, row, context)
            return .bool(try matches(leftValue, rightValue, pattern: right, context))
        case .comparison(.contains, let left, let right) where !context.needles.isEmpty:
            // Text against a literal needle prepared for the stage; anything else compares as usual.
            let leftValue = try evaluate(left, row, context)
            if case .string(let text) = leftValue, case .literal(.string(let needle)) = right.kind,
               let prepared = context.needles[needle] {
                return .bool(prepared.occurs(in: text))
            }
            return try compare(.contains, leftValue, try evaluate(right, row, context), expression, context)
        case .comparison(let op, let left, let right):
            let leftValue = try evaluate(left, row, context)
            return try compare(op, leftValue, try evaluate(right, row, context), expression, context)
        case .call(let name, let arguments, _):
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument, row, context)) }
            return Self.call(name, values)
        }
    }

    /// A comparison of two values, its type mismatch reported at the expression.
    private func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value, _ expression: Expression,
                         _ context: RowContext) throws(Diagnostic) -> Value {
        do throws(Value.Mismatch) {
            return .bool(try Value.compare(op, left, right))
        } catch {
            let message = op == .in
                ? "`in` needs a list on its right, found \(Checker.article(error.right))"
                : "cannot compare \(Checker.article(error.left)) with \(Checker.article(error.right)) using `\(op.rawValue)`"
            throw Diagnostic(code: "E0402", message: message,
                             file: context.file, range: expression.range, label: "in this row the types differ")
        }
    }

    /// `text matches pattern`: null on either side is false; a pattern that only shows up at run
    /// time is compiled here and reported at its expression when wrong.
    private func matches(_ text: Value, _ pattern: Value, pattern expression: Expression, _ context: RowContext) throws(Diagnostic) -> Bool {
        guard case .string(let patternText) = pattern else {
            if pattern == .null || text == .null { return false }
            throw Diagnostic(code: "E0402", message: "`matches` needs a text pattern, found \(Checker.article(pattern.type))",
                             file: context.file, range: expression.range, label: "in this row the pattern is not text")
        }
        if text == .null { return false }
        let regex: RegularExpression
        if let compiled = context.patterns[patternText] {
            regex = compiled
        } else {
            do throws(RegularExpression.SyntaxError) {
                regex = try RegularExpression(patternText)
            } catch {
                throw Diagnostic(code: "E0403", message: "invalid regular expression `\(patternText)`: \(error.message)",
                                 file: context.file, range: expression.range, label: "in this row the pattern is wrong",
                                 notes: [error.label])
            }
        }
        do throws(RegularExpression.BudgetExceeded) {
            return try regex.matches(text.displayText)
        } catch {
            throw Diagnostic(code: "E0404", message: "regular expression too costly for this text",
                             file: context.file, range: expression.range,
                             label: "gave up after \(RegularExpression.stepBudget) steps",
                             notes: ["simplify the pattern, or filter the rows with `contains` first"])
        }
    }

    /// Two-valued logic: null (a missing value) counts as false.
    func isTrue(_ expression: Expression, _ row: [Value], _ context: RowContext) throws(Diagnostic) -> Bool {
        if case .bool(true) = try evaluate(expression, row, context) { return true }
        return false
    }
}
