import EntenteModel

// Scaffold: replaced by the real extractor.
struct CommitmentExtractor {
    func extract(from document: Document) -> [Commitment] { [] }
}
