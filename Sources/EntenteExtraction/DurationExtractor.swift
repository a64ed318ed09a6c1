import EntenteModel

// Scaffold: replaced by the real extractor.
struct DurationExtractor {
    func extract(from document: Document) -> [DurationMention] { [] }
}
