import EntenteModel

/// Lengths of time named in a document's provisions, one row per mention ("twenty-four (24) hours" → `PT24H`).
struct DurationExtractor {
    func extract(from document: Document) -> [DurationMention] {
        var mentions: [DurationMention] = []
        for provision in ExtractionProvisions.scanned(document) {
            for match in DurationScanner.scan(provision.text) {
                mentions.append(DurationMention(provenance: ExtractionProvisions.provenance(provision),
                                                duration: match.iso, text: match.text))
            }
        }
        return mentions
    }
}
