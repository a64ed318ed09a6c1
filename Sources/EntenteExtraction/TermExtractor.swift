import EntenteModel

// Scaffold: replaced by the real extractor.
struct TermExtractor {
    func extract(from document: Document) -> [Term] { [] }
}
