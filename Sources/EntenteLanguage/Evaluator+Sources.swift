import EntenteModel

extension Evaluator {
    /// The rows a query starts from: a catalog source over the selected documents, or a bound table.
    func sourceTable(_ query: Query) throws(Diagnostic) -> Table {
        var documents = environment.documents
        if !query.documents.isEmpty {
            var ids: Set<String> = []
            for reference in query.documents { ids.insert(try environment.resolve(reference, file: query.file).id) }
            // Keep load order whatever order `in` names them in: row order is document order.
            documents = documents.filter { ids.contains($0.id) }
        }
        if let source = Catalog.source(query.source) {
            let columns = source.fields.map(\.name)
            switch source.name {
            case "documents": return Table(columns: columns, rows: documents.map(Self.documentRow))
            case "provisions":
                var rows: [[Value]] = []
                for document in documents {
                    try checkCancelled(query.file)
                    for provision in document.provisions { rows.append(Self.provisionRow(document, provision)) }
                }
                return Table(columns: columns, rows: rows)
            default:
                // Facts not extracted yet (Catalog.Source.available == false): the right columns, no rows.
                return Table(columns: columns)
            }
        }
        guard var table = environment.bindings[query.source] else {
            throw Diagnostic(code: "E0301", message: "unknown source `\(query.source)`", file: query.file,
                             range: query.sourceRange)
        }
        if !query.documents.isEmpty {
            let ids = Set(documents.map(\.id))
            if let position = table.columnIndex("document") ?? table.columnIndex("id") {
                table.rows = table.rows.filter { row in
                    if case .string(let id) = row[position] { return ids.contains(id) }
                    return false
                }
            }
        }
        table.title = nil
        table.indents = nil
        return table
    }

    static func text(_ optional: String?) -> Value { optional.map(Value.string) ?? .null }

    /// One `documents` row, in catalog field order.
    static func documentRow(_ document: Document) -> [Value] {
        [
            .string(document.id), .string(document.title), .string(document.kind.rawValue),
            .list(document.parties.map(Value.string)), document.signed.map(Value.date) ?? .null,
            text(document.place), .list(document.languages.map(Value.string)),
            .string(document.source.path), .string(document.source.sha256),
        ]
    }

    /// One `provisions` row, in catalog field order.
    static func provisionRow(_ document: Document, _ provision: Provision) -> [Value] {
        [
            .string(document.id), .string(provision.path), .string(provision.kind.rawValue),
            .string(provision.label), .string(provision.heading), .string(provision.text),
            .number(Double(provision.line)),
        ]
    }
}
