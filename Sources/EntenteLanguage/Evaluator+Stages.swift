import EntenteModel

extension Evaluator {
    /// Applies one stage. Every stage keeps row order except `sort`.
    func apply(_ stage: Stage, to table: Table, defaultDocument: String?, file: String) throws(Diagnostic) -> Table {
        switch stage.kind {
        case .where(let condition):
            let context = context(table.columns, [condition], file)
            var rows: [[Value]] = []
            var indents: [Int]? = table.indents == nil ? nil : []
            for (number, row) in table.rows.enumerated() {
                if number % 1024 == 0 { try checkCancelled(file) }
                if try isTrue(condition, row, context) {
                    rows.append(row)
                    if let levels = table.indents, number < levels.count { indents?.append(levels[number]) }
                }
            }
            return Table(columns: table.columns, rows: rows, title: table.title,
                         indents: indents?.count == rows.count ? indents : nil)
        case .select(let items):
            let context = context(table.columns, items.map(\.expression), file)
            var rows: [[Value]] = []
            rows.reserveCapacity(table.rows.count)
            for (number, row) in table.rows.enumerated() {
                if number % 1024 == 0 { try checkCancelled(file) }
                var selected: [Value] = []
                for item in items { selected.append(try evaluate(item.expression, row, context)) }
                rows.append(selected)
            }
            let columns = Checker.uniqueNames(items.map { Column(name: $0.columnName, type: .any) }).map(\.name)
            return Table(columns: columns, rows: rows)
        case .sort(let keys):
            return try sort(table, by: keys, file: file)
        case .limit(let count):
            return Table(columns: table.columns, rows: Array(table.rows.prefix(count)), title: table.title,
                         indents: table.indents.map { Array($0.prefix(count)) })
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
        case .distinct(let fields):
            let positions = fields.isEmpty ? Array(table.columns.indices) : fields.compactMap { table.columnIndex($0.name) }
            var seen: Set<[Value]> = []
            var rows: [[Value]] = []
            for row in table.rows {
                let key = positions.map { $0 < row.count ? row[$0] : .null }
                if seen.insert(key).inserted { rows.append(key) }
            }
            return Table(columns: positions.map { table.columns[$0] }, rows: rows)
        case .aggregate(let items, let groups):
            return try aggregate(table, items, by: groups, file: file)
        case .show:
            return try showProvisions(of: table, defaultDocument: defaultDocument, file: file)
        }
    }

    /// `sort`: a stable sort on the keys in order; nulls last whatever the direction.
    private func sort(_ table: Table, by keys: [SortKey], file: String) throws(Diagnostic) -> Table {
        let context = context(table.columns, keys.map(\.expression), file)
        var keyed: [(index: Int, keys: [Value])] = []
        keyed.reserveCapacity(table.rows.count)
        for (number, row) in table.rows.enumerated() {
            if number % 1024 == 0 { try checkCancelled(file) }
            var values: [Value] = []
            for key in keys { values.append(try evaluate(key.expression, row, context)) }
            keyed.append((number, values))
        }
        keyed.sort { a, b in
            for (position, key) in keys.enumerated() {
                let left = a.keys[position]
                let right = b.keys[position]
                switch (left, right) {
                case (.null, .null): continue
                case (.null, _): return false
                case (_, .null): return true
                default: break
                }
                let order = Value.sortOrder(left, right)
                if order != 0 { return key.descending ? order > 0 : order < 0 }
            }
            return a.index < b.index
        }
        return Table(columns: table.columns, rows: keyed.map { table.rows[$0.index] })
    }

    /// `aggregate`: one row per group in first-appearance order (one row in all without `by`).
    private func aggregate(_ table: Table, _ items: [AggregateItem], by groups: [FieldReference], file: String) throws(Diagnostic) -> Table {
        let positions = groups.compactMap { table.columnIndex($0.name) }
        var order: [[Value]] = []
        var members: [[Value]: [Int]] = [:]
        for (number, row) in table.rows.enumerated() {
            let key = positions.map { row[$0] }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(number)
        }
        if groups.isEmpty, order.isEmpty {
            order = [[]]
            members[[]] = []
        }
        let context = context(table.columns, items.compactMap(\.argument), file)
        var rows: [[Value]] = []
        for key in order {
            try checkCancelled(file)
            var row = key
            for item in items {
                row.append(try aggregateValue(item, rows: members[key] ?? [], of: table, context))
            }
            rows.append(row)
        }
        let columns = Checker.uniqueNames((groups.map(\.name) + items.map(\.columnName)).map { Column(name: $0, type: .any) })
        return Table(columns: columns.map(\.name), rows: rows)
    }

    private func aggregateValue(_ item: AggregateItem, rows: [Int], of table: Table, _ context: RowContext) throws(Diagnostic) -> Value {
        guard let argument = item.argument else { return .number(Double(rows.count)) }
        var values: [Value] = []
        for number in rows {
            let value = try evaluate(argument, table.rows[number], context)
            if value != .null { values.append(value) }
        }
        switch item.function {
        case .count: return .number(Double(values.count))
        case .list: return .list(values)
        case .min: return values.min { Value.sortOrder($0, $1) < 0 } ?? .null
        case .max: return values.max { Value.sortOrder($0, $1) < 0 } ?? .null
        case .sum, .avg:
            var total = 0.0
            for value in values {
                guard case .number(let number) = value else {
                    throw Diagnostic(code: "E0405", message: "`\(item.function.rawValue)` needs numbers, found \(Checker.article(value.type))",
                                     file: context.file, range: argument.range, label: "in some row this is not a number")
                }
                total += number
            }
            if item.function == .sum { return .number(total) }
            return values.isEmpty ? .null : .number(total / Double(values.count))
        }
    }

    /// The `show` stage: each row's provision and its subtree, each provision once, in row order.
    private func showProvisions(of table: Table, defaultDocument: String?, file: String) throws(Diagnostic) -> Table {
        let documentPosition = table.columnIndex("document")
        let pathPosition = table.columnIndex("provision") ?? table.columnIndex("path")
        var seen: Set<[String]> = []
        var rows: [[Value]] = []
        for row in table.rows {
            try checkCancelled(file)
            var documentID = defaultDocument
            if let documentPosition, documentPosition < row.count, case .string(let id) = row[documentPosition] { documentID = id }
            guard let documentID, let pathPosition, pathPosition < row.count, case .string(let path) = row[pathPosition],
                  let document = environment.documents.first(where: { $0.id == documentID }) else { continue }
            for provision in document.subtree(at: path) where seen.insert([documentID, provision.path]).inserted {
                rows.append([.string(documentID), .string(provision.path), .number(Double(provision.line)), .string(provision.text)])
            }
        }
        return Table(columns: ["document", "provision", "line", "text"], rows: rows)
    }
}

extension Value {
    /// A total order for sorting and `min`/`max`: values of one type by their natural order (text
    /// ignoring case, then exactly), different types by type (bool, number, text, date, duration,
    /// list), so sorting a mixed column never fails. Text read as a date or duration sorts as one.
    static func sortOrder(_ left: Value, _ right: Value) -> Int {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        if let (a, b) = coerced(left, right) { return sortOrder(a, b) }
        switch (left, right) {
        case (.null, .null): return 0
        case (.bool(let a), .bool(let b)): return sign(a ? 1 : 0, b ? 1 : 0)
        case (.number(let a), .number(let b)): return sign(a, b)
        case (.string(let a), .string(let b)):
            let folded = TextFolding.order(a, b)
            return folded != 0 ? folded : sign(a, b)
        case (.date(let a), .date(let b)): return sign(a, b)
        case (.duration(let a), .duration(let b)): return sign(a, b)
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                let order = sortOrder(x, y)
                if order != 0 { return order }
            }
            return sign(a.count, b.count)
        default: return sign(left.typeRank, right.typeRank)
        }
    }

    private var typeRank: Int {
        switch self {
        case .null: 0
        case .bool: 1
        case .number: 2
        case .string: 3
        case .date: 4
        case .duration: 5
        case .list: 6
        }
    }
}
