import EntenteModel

/// Extracts the facts of a read document: commitments, terms, amounts, dates, durations, entities.
/// Runs as part of loading, after the provision tree is built. Pure: a document in, facts out.
public struct FactExtractor: Sendable {
    public init() {}

    public func extract(from document: Document) -> Facts {
        var facts = Facts()
        facts.commitments = CommitmentExtractor().extract(from: document)
        facts.terms = TermExtractor().extract(from: document)
        facts.amounts = AmountExtractor().extract(from: document)
        facts.dates = DateExtractor().extract(from: document)
        facts.durations = DurationExtractor().extract(from: document)
        facts.entities = EntityExtractor().extract(from: document)
        facts.claims = document.kind == .report ? ClaimExtractor().extract(from: document) : []
        return facts
    }
}
