import EntenteModel

extension Evaluator {
    /// The rows a query starts from: a catalog source over the selected documents, or a bound table.
    /// `keep`, when given, filters a catalog source's rows as they are made.
    func sourceTable(_ name: String, range: SourceRange, documents references: [DocumentReference], file: String,
                     keep: ((_ row: [Value]) throws(Diagnostic) -> Bool)? = nil) throws(Diagnostic) -> Table {
        var documents = environment.documents
        if !references.isEmpty {
            var ids: Set<String> = []
            for reference in references { ids.insert(try environment.resolve(reference, file: file).id) }
            // Keep load order whatever order `in` names them in: row order is document order.
            documents = documents.filter { ids.contains($0.id) }
        }
        if let source = Catalog.source(name) {
            var rows: [[Value]] = []
            func add(_ row: [Value]) throws(Diagnostic) {
                if try keep?(row) ?? true { rows.append(row) }
            }
            for document in documents {
                // One row per document is quick to make; the sources with many rows per document
                // are where a long query can be cancelled.
                if source.name == "documents" {
                    try add(Self.documentRow(document))
                    continue
                }
                try checkCancelled(file)
                if source.name == "provisions" {
                    for provision in document.provisions { try add(Self.provisionRow(document, provision)) }
                } else {
                    for row in Self.factRows(source.name, of: document) { try add(row) }
                }
            }
            return Table(columns: source.fields.map(\.name), rows: rows)
        }
        guard var table = environment.bindings[name] else {
            throw Diagnostic(code: "E0301", message: "unknown source `\(name)`", file: file, range: range)
        }
        if !references.isEmpty {
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

    /// The rows of a fact source for one document, in catalog field order and document order.
    static func factRows(_ source: String, of document: Document) -> [[Value]] {
        let id = Value.string(document.id)
        func provenance(_ origin: Provenance) -> [Value] {
            [id, .string(origin.provision), .number(Double(origin.line))]
        }
        let facts = document.facts
        switch source {
        case "commitments":
            return facts.commitments.map {
                provenance($0.provenance) + [
                    .list($0.actors.map(Value.string)), .string($0.actorText), .string($0.modality),
                    .string($0.force.rawValue), .string($0.action), text($0.condition), deadline($0.deadline),
                    .list($0.amounts.map(Value.string)), .string($0.topic), .bool($0.negated), .string($0.text),
                ]
            }
        case "terms":
            return facts.terms.map { provenance($0.provenance) + [.string($0.kind), .string($0.value), .string($0.text)] }
        case "amounts":
            return facts.amounts.map {
                provenance($0.provenance) + [
                    .number($0.value), text($0.currency), .bool($0.currencyInferred), text($0.qualifier),
                    $0.year.map { .number(Double($0)) } ?? .null, .string($0.text),
                ]
            }
        case "dates":
            return facts.dates.map { provenance($0.provenance) + [.date($0.date), text($0.role), .string($0.text)] }
        case "durations":
            return facts.durations.map { provenance($0.provenance) + [deadline($0.duration), .string($0.text)] }
        case "entities":
            return facts.entities.map {
                provenance($0.provenance) + [.string($0.name), .string($0.kind), .number(Double($0.mentions))]
            }
        case "definitions":
            return document.definitions.map {
                provenance(Provenance(provision: $0.provision, line: $0.line)) + [.string($0.term), .string($0.meaning)]
            }
        case "claims":
            return facts.claims.map {
                provenance($0.provenance) + [.string($0.claim), .string($0.fact), .string($0.sentence)]
            }
        default:
            return []
        }
    }

    /// A deadline is an ISO duration (`PT24H`) or an ISO date; anything else stays text.
    static func deadline(_ iso: String?) -> Value {
        guard let iso else { return .null }
        if let duration = ISODuration(parsing: iso) { return .duration(duration) }
        if iso.count >= 7, iso.first?.isNumber == true, iso.contains("-") { return .date(iso) }
        return .string(iso)
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
