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

    /// Checks and evaluates a query.
    public func evaluate(_ query: Query) throws(Diagnostic) -> Table {
        _ = try Checker(environment: environment).check(query)
        var table = try sourceTable(query)
        for stage in query.stages {
            table = try apply(stage, to: table, file: query.file)
        }
        return table
    }

    /// Evaluates any statement that yields a table: a query, the query of a `let`, `outline`,
    /// `show`. `load` needs I/O, which is the session's job, so here it is an error.
    public func evaluate(_ statement: Statement) throws(Diagnostic) -> Table {
        switch statement.kind {
        case .query(let query), .let(_, let query):
            return try evaluate(query)
        case .outline(let reference):
            return try outline(reference, file: statement.file)
        case .show(let reference, let path):
            return try show(reference, path: path, pathRange: statement.pathRange, file: statement.file)
        case .load:
            throw Diagnostic(code: "E0498", message: "`load` is performed by the session, not the evaluator",
                             file: statement.file, range: statement.range)
        }
    }

    func checkCancelled(_ file: String) throws(Diagnostic) {
        if isCancelled() {
            throw Diagnostic(code: "E0499", message: "query cancelled", file: file)
        }
    }

    private func apply(_ stage: Stage, to table: Table, file: String) throws(Diagnostic) -> Table {
        switch stage.kind {
        case .where(let condition):
            var rows: [[Value]] = []
            let index = ColumnIndex(table.columns)
            for (number, row) in table.rows.enumerated() {
                if number % 1024 == 0 { try checkCancelled(file) }
                if case .bool(true) = try evaluate(condition, row, index, file) { rows.append(row) }
            }
            return Table(columns: table.columns, rows: rows)
        case .select(let items):
            let index = ColumnIndex(table.columns)
            var rows: [[Value]] = []
            rows.reserveCapacity(table.rows.count)
            for row in table.rows {
                var selected: [Value] = []
                for item in items { selected.append(try evaluate(item.expression, row, index, file)) }
                rows.append(selected)
            }
            return Table(columns: items.map(\.columnName), rows: rows)
        case .count:
            return Table(columns: ["count"], rows: [[.number(Double(table.rows.count))]])
        case .countBy(let fields):
            let positions = fields.compactMap { table.columnIndex($0.name) }
            var order: [[Value]] = []
            var counts: [[Value]: Int] = [:]
            for row in table.rows {
                let key = positions.map { row[$0] }
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
            return Table(columns: fields.map(\.name) + ["count"],
                         rows: order.map { $0 + [.number(Double(counts[$0] ?? 0))] })
        case .limit(let count):
            return Table(columns: table.columns, rows: Array(table.rows.prefix(count)))
        }
    }

    /// Column positions by name, built once per stage rather than searched per row.
    struct ColumnIndex {
        var positions: [String: Int] = [:]
        init(_ columns: [String]) {
            for (position, name) in columns.enumerated() where positions[name] == nil { positions[name] = position }
        }
    }

    /// Evaluates an expression against one row. Depth is bounded by the parser.
    func evaluate(_ expression: Expression, _ row: [Value], _ index: ColumnIndex, _ file: String) throws(Diagnostic) -> Value {
        switch expression.kind {
        case .literal(let value):
            return value
        case .field(let name):
            guard let position = index.positions[name], position < row.count else { return .null }
            return row[position]
        case .list(let items):
            var values: [Value] = []
            for item in items { values.append(try evaluate(item, row, index, file)) }
            return .list(values)
        case .not(let operand):
            return .bool(!(try isTrue(operand, row, index, file)))
        case .logical(.and, let left, let right):
            guard try isTrue(left, row, index, file) else { return .bool(false) }
            return .bool(try isTrue(right, row, index, file))
        case .logical(.or, let left, let right):
            if try isTrue(left, row, index, file) { return .bool(true) }
            return .bool(try isTrue(right, row, index, file))
        case .comparison(let op, let left, let right):
            let leftValue = try evaluate(left, row, index, file)
            let rightValue = try evaluate(right, row, index, file)
            do throws(Value.Mismatch) {
                return .bool(try Value.compare(op, leftValue, rightValue))
            } catch {
                throw Diagnostic(code: "E0402",
                                 message: "cannot compare \(Checker.article(error.left)) with \(Checker.article(error.right)) using `\(op.rawValue)`",
                                 file: file, range: expression.range, label: "in this row the types differ")
            }
        }
    }

    /// Two-valued logic: null (a missing value) counts as false.
    private func isTrue(_ expression: Expression, _ row: [Value], _ index: ColumnIndex, _ file: String) throws(Diagnostic) -> Bool {
        if case .bool(true) = try evaluate(expression, row, index, file) { return true }
        return false
    }
}
