import EntenteModel

/// Extracts the facts of a read document: commitments, terms, amounts, dates, durations, entities.
/// Runs as part of loading, after the provision tree is built. Pure: a document in, facts out.
public struct FactExtractor: Sendable {
    public init() {}

    public func extract(from document: Document) -> Facts {
        extract(from: document, timing: { _, body in body() })
    }

    /// Extracts as `extract(from:)` does, passing each kind's extraction through `timing` with the
    /// kind's name, so a benchmark can time the extractors one by one (`ENTENTE_LOAD_TIMES`).
    public func extract(from document: Document, timing: (String, () -> Void) -> Void) -> Facts {
        var facts = Facts()
        timing("commitments") { facts.commitments = CommitmentExtractor().extract(from: document) }
        timing("terms") { facts.terms = TermExtractor().extract(from: document) }
        timing("amounts") { facts.amounts = AmountExtractor().extract(from: document) }
        timing("dates") { facts.dates = DateExtractor().extract(from: document) }
        timing("durations") { facts.durations = DurationExtractor().extract(from: document) }
        timing("entities") { facts.entities = EntityExtractor().extract(from: document) }
        timing("claims") { facts.claims = document.kind == .report ? ClaimExtractor().extract(from: document) : [] }
        return facts
    }
}
