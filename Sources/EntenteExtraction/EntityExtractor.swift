import EntenteModel

// Scaffold: replaced by the real extractor.
struct EntityExtractor {
    func extract(from document: Document) -> [Entity] { [] }
}
