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
/// fields and documents, and comparisons whose types cannot match. Returns the result's columns.
public struct Checker {
    public var environment: Environment

    public init(environment: Environment) {
        self.environment = environment
    }

    /// The columns `query` will produce, or the first problem found.
    public func check(_ query: Query) throws(Diagnostic) -> [Column] {
        var columns = try sourceColumns(query)
        let file = query.file
        if !query.documents.isEmpty {
            for reference in query.documents { _ = try environment.resolve(reference, file: file) }
            if Catalog.source(query.source) == nil,
               !columns.contains(where: { $0.name == "document" || $0.name == "id" }) {
                throw Diagnostic(code: "E0306", message: "`\(query.source)` has no `document` column to filter with `in`",
                                 file: file, range: query.sourceRange)
            }
        }
        for stage in query.stages {
            switch stage.kind {
            case .where(let condition):
                let type = try typeOf(condition, columns, file)
                guard [.bool, .null, .any].contains(type) else {
                    throw Diagnostic(code: "E0305", message: "`where` needs a condition, found \(Self.article(type))",
                                     file: file, range: condition.range,
                                     label: "compare it: `= …`, `!= null`, `contains …`")
                }
            case .select(let items):
                var selected: [Column] = []
                for item in items {
                    selected.append(Column(name: item.columnName, type: try typeOf(item.expression, columns, file)))
                }
                columns = selected
            case .count:
                columns = [Column(name: "count", type: .number)]
            case .countBy(let fields):
                var grouped: [Column] = []
                for field in fields {
                    grouped.append(try column(field.name, field.range, columns, file))
                }
                columns = grouped + [Column(name: "count", type: .number)]
            case .limit:
                break
            }
        }
        return columns
    }

    private func sourceColumns(_ query: Query) throws(Diagnostic) -> [Column] {
        if let source = Catalog.source(query.source) {
            return source.fields.map { Column(name: $0.name, type: $0.type) }
        }
        if let table = environment.bindings[query.source] {
            return Self.columns(of: table)
        }
        let names = Catalog.sources.map(\.name) + environment.bindings.keys.sorted()
        var notes: [String] = []
        if let nearest = Suggestion.nearest(to: query.source, among: names) { notes.append("did you mean `\(nearest)`?") }
        notes.append("sources are \(Catalog.sources.map(\.name).joined(separator: ", "))"
                     + (environment.bindings.isEmpty ? "" : "; let names: \(environment.bindings.keys.sorted().joined(separator: ", "))"))
        throw Diagnostic(code: "E0301", message: "unknown source `\(query.source)`", file: query.file,
                         range: query.sourceRange, notes: notes)
    }

    /// A bound table's columns, typed by the values they hold (`any` when they disagree).
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

    private func column(_ name: String, _ range: SourceRange, _ columns: [Column], _ file: String) throws(Diagnostic) -> Column {
        if let column = columns.first(where: { $0.name == name }) { return column }
        let names = columns.map(\.name)
        let note = Suggestion.nearest(to: name, among: names).map { "did you mean `\($0)`?" }
            ?? "fields here: \(names.joined(separator: ", "))"
        throw Diagnostic(code: "E0302", message: "unknown field `\(name)`", file: file, range: range,
                         label: "no such field", notes: [note])
    }

    /// The type of an expression, checking every comparison on the way. Recursion is bounded
    /// because the parser bounds the tree's height.
    func typeOf(_ expression: Expression, _ columns: [Column], _ file: String) throws(Diagnostic) -> ValueType {
        switch expression.kind {
        case .literal(let value):
            return value.type
        case .field(let name):
            return try column(name, expression.range, columns, file).type
        case .list(let items):
            for item in items { _ = try typeOf(item, columns, file) }
            return .list
        case .not(let operand):
            try requireCondition(operand, try typeOf(operand, columns, file), "not", file)
            return .bool
        case .logical(let op, let left, let right):
            try requireCondition(left, try typeOf(left, columns, file), op.rawValue, file)
            try requireCondition(right, try typeOf(right, columns, file), op.rawValue, file)
            return .bool
        case .comparison(let op, let left, let right):
            let leftType = try typeOf(left, columns, file)
            let rightType = try typeOf(right, columns, file)
            try checkComparison(op, left, leftType, right, rightType, expression.range, file)
            return .bool
        }
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
        if leftType == .any || rightType == .any || leftType == .null || rightType == .null { return }
        // Text literals compared with dates or durations must parse as one.
        if case .literal(.string(let text)) = right.kind, leftType == .date || leftType == .duration {
            let parses = leftType == .date ? Lexer.isValidDate(text) : ISODuration(parsing: text) != nil
            if !parses {
                throw Diagnostic(code: "E0304", message: "`\(text)` is not a \(leftType.rawValue)", file: file,
                                 range: right.range,
                                 label: leftType == .date ? "write a date as 2024-02-24" : "write a duration as 6mo or \"P6M\"")
            }
            return
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
        }
        guard compatible else {
            let message = op == .contains
                ? "`contains` needs text or a list on its left and a value on its right, found \(Self.article(leftType)) and \(Self.article(rightType))"
                : "cannot compare \(Self.article(leftType)) with \(Self.article(rightType)) using `\(op.rawValue)`"
            throw Diagnostic(code: "E0304", message: message, file: file, range: range,
                             label: "\(Self.describe(left, leftType)), \(Self.describe(right, rightType))")
        }
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

    private static func describe(_ expression: Expression, _ type: ValueType) -> String {
        if case .field(let name) = expression.kind { return "`\(name)` is \(article(type))" }
        return "this is \(article(type))"
    }
}
