import EntenteModel

/// A column of a result as the checker sees it: a name and, where knowable, a type.
public struct Column: Sendable, Hashable {
    public var name: String
    public var type: ValueType

    public init(name: String, type: ValueType) {
        self.name = name
        self.type = type
    }
}

/// Checks a query against the catalog and the environment before anything runs: unknown sources,
/// fields, functions, parameters and documents, and operations whose types cannot match.
public struct Checker {
    public var environment: Environment

    public init(environment: Environment) {
        self.environment = environment
    }

    /// The columns `query` will produce, or the first problem found. The columns of `compare` and
    /// `verify` are only known once they run: there every field is accepted as `any` (the
    /// evaluator checks the stages again against the real columns).
    public func check(_ query: Query) throws(Diagnostic) -> [Column] {
        let head = try checkHead(query)
        return try checkStages(query.stages, from: head ?? [], lenient: head == nil, file: query.file,
                               hasDefaultDocument: Self.hasDefaultDocument(query.head))
    }

    /// Resolves the head's names; returns its columns when they are known before evaluation.
    func checkHead(_ query: Query) throws(Diagnostic) -> [Column]? {
        let file = query.file
        switch query.head {
        case .source(let name, let range, let documents):
            let columns = try sourceColumns(name, range, file)
            if !documents.isEmpty {
                for reference in documents { _ = try environment.resolve(reference, file: file) }
                if Catalog.source(name) == nil, !columns.contains(where: { $0.name == "document" || $0.name == "id" }) {
                    throw Diagnostic(code: "E0306", message: "`\(name)` has no `document` column to filter with `in`",
                                     file: file, range: range)
                }
            }
            return columns
        case .outline(let reference):
            _ = try environment.resolve(reference, file: file)
            return Self.outlineColumns
        case .show(let reference, _, _):
            _ = try environment.resolve(reference, file: file)
            return Self.showColumns
        case .compare(let references, _, _):
            for reference in references { _ = try environment.resolve(reference, file: file) }
            return nil
        case .verify(let report, let against):
            let document = try environment.resolve(report, file: file)
            guard document.kind == .report else {
                throw Diagnostic(code: "E0312", message: "`\(document.id)` is \(document.kind == .agreement ? "an" : "a") \(document.kind.rawValue), not a report",
                                 file: file, range: report.range, label: "`verify` checks a report's claims",
                                 notes: reportNote())
            }
            for reference in against { _ = try environment.resolve(reference, file: file) }
            return nil
        }
    }

    private func reportNote() -> [String] {
        let reports = environment.documents.filter { $0.kind == .report }.map(\.id)
        return reports.isEmpty ? ["no report is loaded"] : ["loaded reports: \(reports.joined(separator: ", "))"]
    }

    static let outlineColumns = [Column(name: "path", type: .text), Column(name: "kind", type: .text),
                                 Column(name: "summary", type: .text), Column(name: "line", type: .number)]
    static let showColumns = [Column(name: "document", type: .text), Column(name: "provision", type: .text),
                              Column(name: "line", type: .number), Column(name: "text", type: .text)]

    /// `outline` and `show` rows all come from one document, so `| show` needs no `document` column.
    static func hasDefaultDocument(_ head: Query.Head) -> Bool {
        switch head {
        case .outline, .show: true
        default: false
        }
    }

    /// Checks stages in order from `columns`; `lenient` accepts unknown fields as `any`.
    func checkStages(_ stages: [Stage], from columns: [Column], lenient: Bool = false, file: String,
                     hasDefaultDocument: Bool = false) throws(Diagnostic) -> [Column] {
        var scope = Scope(columns: columns, lenient: lenient)
        for stage in stages {
            switch stage.kind {
            case .where(let condition):
                let type = try typeOf(condition, scope, file)
                guard [.bool, .null, .any].contains(type) else {
                    throw Diagnostic(code: "E0305", message: "`where` needs a condition, found \(Self.article(type))",
                                     file: file, range: condition.range,
                                     label: "compare it: `= …`, `!= null`, `contains …`")
                }
            case .select(let items):
                var selected: [Column] = []
                for item in items {
                    selected.append(Column(name: item.columnName, type: try typeOf(item.expression, scope, file)))
                }
                scope = Scope(columns: Self.uniqueNames(selected), lenient: false)
            case .sort(let keys):
                for key in keys { _ = try typeOf(key.expression, scope, file) }
            case .limit:
                break
            case .count:
                scope = Scope(columns: [Column(name: "count", type: .number)], lenient: false)
            case .countBy(let fields):
                var grouped: [Column] = []
                for field in fields { grouped.append(try scope.column(field.name, field.range, file)) }
                scope = Scope(columns: grouped + [Column(name: "count", type: .number)], lenient: false)
            case .distinct(let fields):
                guard !fields.isEmpty else { break }
                var kept: [Column] = []
                for field in fields { kept.append(try scope.column(field.name, field.range, file)) }
                scope = Scope(columns: kept, lenient: false)
            case .aggregate(let items, let groups):
                var result: [Column] = []
                for field in groups { result.append(try scope.column(field.name, field.range, file)) }
                for item in items { result.append(Column(name: item.columnName, type: try typeOf(item, scope, file))) }
                scope = Scope(columns: Self.uniqueNames(result), lenient: false)
            case .show:
                let names = Set(scope.columns.map(\.name))
                let hasPath = names.contains("provision") || names.contains("path")
                if !scope.lenient, !hasPath || !(names.contains("document") || hasDefaultDocument) {
                    throw Diagnostic(code: "E0313", message: "`show` needs the rows' `document` and `provision` (or `path`)",
                                     file: file, range: stage.range, label: "these rows do not say which provision they are",
                                     notes: ["columns here: \(scope.columns.map(\.name).joined(separator: ", "))"])
                }
                scope = Scope(columns: Self.showColumns, lenient: false)
            }
        }
        return scope.columns
    }

    /// Later columns with a name already taken get `_2`, `_3`…, so every column can be named.
    static func uniqueNames(_ columns: [Column]) -> [Column] {
        var seen: [String: Int] = [:]
        return columns.map { column in
            var copy = column
            let count = seen[column.name, default: 0] + 1
            seen[column.name] = count
            if count > 1 { copy.name = "\(column.name)_\(count)" }
            return copy
        }
    }

    /// The columns in scope at one point of a pipeline.
    struct Scope {
        var columns: [Column]
        /// Whether unknown names are accepted as `any` (the columns are not known yet).
        var lenient: Bool

        func column(_ name: String, _ range: SourceRange, _ file: String) throws(Diagnostic) -> Column {
            if let column = columns.first(where: { $0.name == name }) { return column }
            if lenient { return Column(name: name, type: .any) }
            let names = columns.map(\.name)
            var notes: [String] = []
            if let nearest = Suggestion.nearest(to: name, among: names) {
                notes.append("did you mean `\(nearest)`?")
            } else {
                notes.append("fields here: \(names.joined(separator: ", "))")
            }
            if Catalog.function(name) != nil, !Catalog.sources.contains(where: { $0.field(name) != nil }) { notes.append("`\(name)` is a function: write `\(name)(…)`") }
            throw Diagnostic(code: "E0302", message: "unknown field `\(name)`", file: file, range: range,
                             label: "no such field", notes: notes)
        }
    }

    private func sourceColumns(_ name: String, _ range: SourceRange, _ file: String) throws(Diagnostic) -> [Column] {
        if let source = Catalog.source(name) {
            return source.fields.map { Column(name: $0.name, type: $0.type) }
        }
        if let table = environment.bindings[name] {
            return Self.columns(of: table)
        }
        let names = Catalog.sources.map(\.name) + environment.bindings.keys.sorted()
        var notes: [String] = []
        if let nearest = Suggestion.nearest(to: name, among: names + ["outline", "show", "compare", "verify"]) {
            notes.append("did you mean `\(nearest)`?")
        }
        notes.append("sources are \(Catalog.sources.map(\.name).joined(separator: ", "))"
                     + (environment.bindings.isEmpty ? "" : "; let names: \(environment.bindings.keys.sorted().joined(separator: ", "))"))
        throw Diagnostic(code: "E0301", message: "unknown source `\(name)`", file: file, range: range, notes: notes)
    }

    /// A table's columns, typed by the values they hold (`any` when they disagree or hold none).
    static func columns(of table: Table) -> [Column] {
        table.columns.enumerated().map { index, name in
            var type: ValueType = .null
            for row in table.rows where index < row.count {
                let valueType = row[index].type
                if valueType == .null || valueType == type { continue }
                type = type == .null ? valueType : .any
                if type == .any { break }
            }
            return Column(name: name, type: type == .null ? .any : type)
        }
    }

    /// The type of an aggregate's result, checking its argument.
    private func typeOf(_ item: AggregateItem, _ scope: Scope, _ file: String) throws(Diagnostic) -> ValueType {
        guard let argument = item.argument else { return .number }
        let type = try typeOf(argument, scope, file)
        switch item.function {
        case .count: return .number
        case .sum, .avg:
            guard [.number, .null, .any].contains(type) else {
                throw Diagnostic(code: "E0311", message: "`\(item.function.rawValue)` needs numbers, found \(Self.article(type))",
                                 file: file, range: argument.range, label: Self.describe(argument, type),
                                 notes: ["`count`, `min`, `max` and `list` take any value"])
            }
            return .number
        case .min, .max: return type
        case .list: return .list
        }
    }

    /// The type of an expression, checking every comparison and call on the way. Recursion is
    /// bounded because the parser bounds the tree's height.
    func typeOf(_ expression: Expression, _ scope: Scope, _ file: String) throws(Diagnostic) -> ValueType {
        switch expression.kind {
        case .literal(let value):
            return value.type
        case .field(let name):
            return try scope.column(name, expression.range, file).type
        case .parameter(let name):
            return try parameter(name, expression.range, file).type
        case .list(let items):
            for item in items { _ = try typeOf(item, scope, file) }
            return .list
        case .not(let operand):
            try requireCondition(operand, try typeOf(operand, scope, file), "not", file)
            return .bool
        case .logical(let op, let left, let right):
            try requireCondition(left, try typeOf(left, scope, file), op.rawValue, file)
            try requireCondition(right, try typeOf(right, scope, file), op.rawValue, file)
            return .bool
        case .comparison(let op, let left, let right):
            let leftType = try typeOf(left, scope, file)
            let rightType = try typeOf(right, scope, file)
            try checkComparison(op, left, leftType, right, rightType, expression.range, file)
            return .bool
        case .call(let name, let arguments, let nameRange):
            return try checkCall(name, arguments, nameRange, expression.range, scope, file)
        }
    }

    /// A parameter's value, or a located error saying how to set it.
    func parameter(_ name: String, _ range: SourceRange, _ file: String) throws(Diagnostic) -> Value {
        if let value = environment.parameters[name] { return value }
        let names = environment.parameters.keys.sorted()
        var notes = ["set it with `-v \(name)=VALUE` on the command line"]
        if let nearest = Suggestion.nearest(to: name, among: names) { notes.insert("did you mean `$\(nearest)`?", at: 0) }
        throw Diagnostic(code: "E0307", message: "parameter `$\(name)` is not set", file: file, range: range,
                         label: "no value", notes: notes)
    }

    private func checkCall(_ name: String, _ arguments: [Expression], _ nameRange: SourceRange, _ range: SourceRange,
                           _ scope: Scope, _ file: String) throws(Diagnostic) -> ValueType {
        guard let function = Catalog.function(name) else {
            var notes: [String] = []
            if let nearest = Suggestion.nearest(to: name, among: Catalog.functions.map(\.name)) {
                notes.append("did you mean `\(nearest)`?")
            }
            if AggregateFunction(rawValue: name) != nil {
                notes.append("`\(name)` is an aggregate: use it in `| aggregate \(name)(…)`")
            }
            notes.append("functions are \(Catalog.functions.map(\.name).joined(separator: ", "))")
            throw Diagnostic(code: "E0309", message: "unknown function `\(name)`", file: file, range: nameRange,
                             label: "no such function", notes: notes)
        }
        let maximum = function.variadic ? Int.max : function.parameters.count
        guard arguments.count >= max(function.minimumArguments, function.variadic ? 1 : 0), arguments.count <= maximum else {
            let expected = function.variadic ? "at least \(max(function.minimumArguments, 1))"
                : (function.minimumArguments == function.parameters.count ? "\(function.parameters.count)"
                    : "\(function.minimumArguments) or \(function.parameters.count)")
            throw Diagnostic(code: "E0310", message: "`\(name)` takes \(expected) argument\(expected == "1" ? "" : "s"), found \(arguments.count)",
                             file: file, range: range, label: "wrong number of arguments",
                             notes: ["\(function.signature)"])
        }
        var types: [ValueType] = []
        for (position, argument) in arguments.enumerated() {
            let type = try typeOf(argument, scope, file)
            types.append(type)
            let parameter = function.parameters[min(position, function.parameters.count - 1)]
            let accepted = parameter.types.contains(.any) || parameter.types.contains(type) || type == .any || type == .null
                // Text that reads as a date or a duration is accepted where one is expected.
                || (type == .text && (parameter.types.contains(.date) || parameter.types.contains(.duration)))
            guard accepted else {
                let wanted = parameter.types.map { Self.article($0) }.joined(separator: " or ")
                throw Diagnostic(code: "E0311", message: "`\(name)` needs \(wanted) for `\(parameter.name)`, found \(Self.article(type))",
                                 file: file, range: argument.range, label: Self.describe(argument, type),
                                 notes: ["\(function.signature)"])
            }
        }
        if name == "coalesce" {
            let known = Set(types.filter { $0 != .null && $0 != .any })
            return known.count == 1 && !types.contains(.any) ? known.first ?? .any : .any
        }
        return function.result
    }

    private func requireCondition(_ operand: Expression, _ type: ValueType, _ op: String, _ file: String) throws(Diagnostic) {
        guard [.bool, .null, .any].contains(type) else {
            throw Diagnostic(code: "E0305", message: "`\(op)` needs a condition, found \(Self.article(type))",
                             file: file, range: operand.range, label: "this is not true or false")
        }
    }

    private func checkComparison(_ op: ComparisonOperator, _ left: Expression, _ leftType: ValueType,
                                 _ right: Expression, _ rightType: ValueType, _ range: SourceRange,
                                 _ file: String) throws(Diagnostic) {
        if op == .matches {
            if case .literal(.string(let pattern)) = right.kind {
                do throws(RegularExpression.SyntaxError) {
                    _ = try RegularExpression(pattern)
                } catch {
                    throw Diagnostic(code: "E0308", message: "invalid regular expression: \(error.message)", file: file,
                                     range: Self.patternRange(right.range, offset: error.offset, patternLength: pattern.count), label: error.label)
                }
            }
            let leftOK = [.text, .any, .null].contains(leftType)
            let rightOK = [.text, .any, .null].contains(rightType)
            guard leftOK && rightOK else {
                throw Diagnostic(code: "E0304", message: "`matches` needs text on both sides, found \(Self.article(leftType)) and \(Self.article(rightType))",
                                 file: file, range: range, label: "\(Self.describe(left, leftType)), \(Self.describe(right, rightType))")
            }
            return
        }
        if op == .in {
            guard [.list, .any, .null].contains(rightType) else {
                throw Diagnostic(code: "E0304", message: "`in` needs a list on its right, found \(Self.article(rightType))",
                                 file: file, range: right.range, label: "write a list: `[\"a\", \"b\"]`")
            }
            if case .list(let items) = right.kind {
                for item in items {
                    if case .literal(let value) = item.kind {
                        try checkComparison(.equal, left, leftType, item, value.type, SourceRange(start: left.range.start, end: item.range.end), file)
                    }
                }
            }
            return
        }
        if leftType == .any || rightType == .any || leftType == .null || rightType == .null { return }
        // Text literals compared with dates or durations must parse as one, on either side.
        for (literal, otherType) in [(right, leftType), (left, rightType)] {
            if case .literal(.string(let text)) = literal.kind, otherType == .date || otherType == .duration {
                let parses = otherType == .date ? Lexer.isValidDate(text) : ISODuration(parsing: text) != nil
                if !parses {
                    throw Diagnostic(code: "E0304", message: "`\(text)` is not a \(otherType.rawValue)", file: file,
                                     range: literal.range,
                                     label: otherType == .date ? "write a date as 2024-02-24" : "write a duration as 6mo or \"P6M\"")
                }
                return
            }
        }
        let compatible: Bool
        switch op {
        case .contains:
            compatible = (leftType == .text && rightType == .text) || (leftType == .list && rightType != .list)
        case .equal, .notEqual:
            compatible = leftType == rightType || Self.coercible(leftType, rightType)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            compatible = (leftType == rightType && [.text, .number, .date, .duration].contains(leftType))
                || Self.coercible(leftType, rightType)
        case .matches, .in:
            compatible = true
        }
        guard compatible else {
            let message = op == .contains
                ? "`contains` needs text or a list on its left and a value on its right, found \(Self.article(leftType)) and \(Self.article(rightType))"
                : "cannot compare \(Self.article(leftType)) with \(Self.article(rightType)) using `\(op.rawValue)`"
            throw Diagnostic(code: "E0304", message: message, file: file, range: range,
                             label: "\(Self.describe(left, leftType)), \(Self.describe(right, rightType))")
        }
    }

    /// The range of the character at `offset` inside a string literal's pattern (after its quote),
    /// or the whole literal when the literal spans lines or holds escapes (columns would not match).
    static func patternRange(_ literal: SourceRange, offset: Int?, patternLength: Int) -> SourceRange {
        guard let offset, literal.start.line == literal.end.line,
              literal.end.column - literal.start.column == patternLength + 2,
              offset < patternLength else { return literal }
        let column = literal.start.column + 1 + offset
        return SourceRange(start: SourcePosition(line: literal.start.line, column: column),
                           end: SourcePosition(line: literal.start.line, column: column + 1))
    }

    private static func coercible(_ a: ValueType, _ b: ValueType) -> Bool {
        Set([a, b]) == [.text, .date] || Set([a, b]) == [.text, .duration]
    }

    static func article(_ type: ValueType) -> String {
        switch type {
        case .any: "a value"
        case .null: "null"
        case .text: "text"
        case .list: "a list"
        default: "a \(type.rawValue)"
        }
    }

    static func describe(_ expression: Expression, _ type: ValueType) -> String {
        if case .field(let name) = expression.kind { return "`\(name)` is \(article(type))" }
        if case .parameter(let name) = expression.kind { return "`$\(name)` is \(article(type))" }
        return "this is \(article(type))"
    }
}
