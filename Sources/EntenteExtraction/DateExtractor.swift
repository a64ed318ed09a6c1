import EntenteModel

// Scaffold: replaced by the real extractor.
struct DateExtractor {
    func extract(from document: Document) -> [DateMention] { [] }
}
