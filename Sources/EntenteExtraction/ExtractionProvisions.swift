import EntenteModel

/// The provisions the fact extractors read, each text once.
///
/// A report's paragraph is followed by its sentences as children of kind `sentence`; reading both
/// would count every amount and date twice, so a paragraph whose sentences follow it is skipped
/// and its sentences stand for it.
enum ExtractionProvisions {
    static func scanned(_ document: Document) -> [Provision] {
        var result: [Provision] = []
        result.reserveCapacity(document.provisions.count)
        let provisions = document.provisions
        for (index, provision) in provisions.enumerated() {
            if index + 1 < provisions.count, isSplitIntoSentences(provision, next: provisions[index + 1]) { continue }
            result.append(provision)
        }
        return result
    }

    /// True when `provision` is a paragraph whose sentences follow it (`next` is its first).
    static func isSplitIntoSentences(_ provision: Provision, next: Provision) -> Bool {
        next.kind == .sentence && next.parentPath == provision.path
    }

    /// Where a fact read from `provision` comes from.
    static func provenance(_ provision: Provision) -> Provenance {
        Provenance(provision: provision.path, line: provision.line)
    }
}
