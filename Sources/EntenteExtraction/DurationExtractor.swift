import EntenteModel

/// Lengths of time named in a document's provisions, one row per mention ("twenty-four (24) hours" → `PT24H`).
struct DurationExtractor {
    func extract(from document: Document) -> [DurationMention] {
        extract(from: document, scanned: ScanDocument(document))
    }

    /// The durations of `document`, whose provisions `scanned` has tokenised.
    func extract(from document: Document, scanned: ScanDocument) -> [DurationMention] {
        var mentions: [DurationMention] = []
        for index in scanned.items.indices where !scanned.items[index].text.cues.isDisjoint(with: .anyDurationUnit) {
            let item = scanned.items[index]
            for match in DurationScanner.scan(item.text) {
                mentions.append(DurationMention(provenance: ExtractionProvisions.provenance(item.provision),
                                                duration: match.iso, text: match.text))
            }
        }
        return mentions
    }
}
