import EntenteModel

// Scaffold: replaced by the real extractor.
struct AmountExtractor {
    func extract(from document: Document) -> [Amount] { [] }
}
