import EntenteModel

/// What `compare` puts side by side.
public enum ComparisonAspect: Sendable, Hashable {
    case terms, amounts, commitmentsByTopic, actors
}

extension Evaluator {
    /// `compare DOC, DOC, … on ASPECT`: one row per term kind (or year and currency, topic, actor and
    /// force), one column per document named by its id, and beside each a `<id>.provision` column
    /// with the provision the cell comes from. See docs/compare-verify.md.
    func compare(_ documents: [Document], on aspect: ComparisonAspect) -> Table {
        Comparison(documents: documents).table(on: aspect)
    }
}

/// Builds the side-by-side tables. Row order is deterministic: term kinds in the order an agreement
/// lives (entry into force, duration, … termination), then any other kind alphabetically; years
/// ascending; topics and actors in the order the documents name them.
struct Comparison: Sendable {
    var documents: [Document]

    /// The order an agreement lives in; kinds not listed follow alphabetically.
    static let termOrder = [
        "entry-into-force", "duration", "extension", "review", "amendment", "termination", "dispute-resolution",
        "applicability", "signature",
    ]

    func table(on aspect: ComparisonAspect) -> Table {
        switch aspect {
        case .terms: terms()
        case .amounts: amounts()
        case .commitmentsByTopic: counts(keyColumns: ["topic"]) { [[$0.topic]] }
        case .actors: counts(keyColumns: ["actor", "force"]) { commitment in
            commitment.actors.map { [$0, commitment.force.rawValue] }
        }
        }
    }

    /// `id`, `id.provision` for every document.
    private func documentColumns() -> [String] {
        documents.flatMap { [$0.id, $0.id + ".provision"] }
    }

    private func terms() -> Table {
        var kinds: [String] = []
        for document in documents {
            for term in document.facts.terms where !kinds.contains(term.kind) { kinds.append(term.kind) }
        }
        kinds.sort { Self.termRank($0) < Self.termRank($1) }
        var rows: [[Value]] = []
        for kind in kinds {
            var row: [Value] = [.string(kind)]
            for document in documents {
                let terms = document.facts.terms.filter { $0.kind == kind }
                // A normalised value (a duration, a date) is preferred over free text of the same kind.
                let chosen = terms.first { Self.isNormalised($0.value) } ?? terms.first
                row.append(chosen.map { Self.value($0.value) } ?? .null)
                row.append(chosen.map { .string($0.provenance.provision) } ?? .null)
            }
            rows.append(row)
        }
        return Table(columns: ["kind"] + documentColumns(), rows: rows)
    }

    static func termRank(_ kind: String) -> (Int, String) {
        (termOrder.firstIndex(of: kind) ?? termOrder.count, kind)
    }

    static func isNormalised(_ value: String) -> Bool {
        ISODuration(parsing: value) != nil || isDate(value)
    }

    static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// `P10Y` as a duration, `2024-02-24` as a date, anything else as text.
    static func value(_ text: String) -> Value {
        if let duration = ISODuration(parsing: text) { return .duration(duration) }
        if isDate(text) { return .date(text) }
        return .string(text)
    }

    /// Sums per year and currency: each cell the total a document names for that year, its
    /// provision column the provisions the sums come from.
    private func amounts() -> Table {
        struct Key: Hashable { var year: Int?; var currency: String? }
        var keys: [Key] = []
        for document in documents {
            for amount in document.facts.amounts {
                let key = Key(year: amount.year, currency: amount.currency)
                if !keys.contains(key) { keys.append(key) }
            }
        }
        keys.sort { ($0.year ?? Int.max, $0.currency ?? "") < ($1.year ?? Int.max, $1.currency ?? "") }
        var rows: [[Value]] = []
        for key in keys {
            var row: [Value] = [key.year.map { .number(Double($0)) } ?? .null, key.currency.map(Value.string) ?? .null]
            for document in documents {
                let amounts = document.facts.amounts.filter { $0.year == key.year && $0.currency == key.currency }
                if amounts.isEmpty {
                    row += [.null, .null]
                    continue
                }
                var provisions: [String] = []
                for amount in amounts where !provisions.contains(amount.provenance.provision) {
                    provisions.append(amount.provenance.provision)
                }
                row.append(.number(amounts.reduce(0) { $0 + $1.value }))
                row.append(.string(provisions.joined(separator: ", ")))
            }
            rows.append(row)
        }
        return Table(columns: ["year", "currency"] + documentColumns(), rows: rows)
    }

    /// Commitments counted per key and document; the provision column names the first commitment.
    private func counts(keyColumns: [String], keys keysOf: (Commitment) -> [[String]]) -> Table {
        var order: [[String]] = []
        var counts: [[String]: [Int]] = [:]
        var firsts: [[String]: [String?]] = [:]
        for (position, document) in documents.enumerated() {
            for commitment in document.facts.commitments {
                for key in keysOf(commitment) {
                    if counts[key] == nil {
                        order.append(key)
                        counts[key] = Array(repeating: 0, count: documents.count)
                        firsts[key] = Array(repeating: nil, count: documents.count)
                    }
                    counts[key]?[position] += 1
                    if firsts[key]?[position] == nil { firsts[key]?[position] = commitment.provenance.provision }
                }
            }
        }
        let rows: [[Value]] = order.map { key in
            var row = key.map(Value.string)
            for position in documents.indices {
                row.append(.number(Double(counts[key]?[position] ?? 0)))
                row.append((firsts[key]?[position] ?? nil).map(Value.string) ?? .null)
            }
            return row
        }
        return Table(columns: keyColumns + documentColumns(), rows: rows)
    }
}
