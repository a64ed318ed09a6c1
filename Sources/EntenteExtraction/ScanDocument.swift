import EntenteModel

/// The provisions the fact extractors read (`ExtractionProvisions.scanned`), each tokenised once
/// and shared by the amount, date, duration and entity extractors, which used to tokenise every
/// provision again each.
struct ScanDocument: Sendable {
    struct Item: Sendable {
        let provision: Provision
        let text: ScanText
    }

    let items: [Item]

    init(items: [Item]) {
        self.items = items
    }

    init(_ document: Document) {
        // `ExtractionProvisions.scanned`, each provision copied once, straight into its item.
        let provisions = document.provisions
        var items: [Item] = []
        items.reserveCapacity(provisions.count)
        for index in provisions.indices {
            if index + 1 < provisions.count, ExtractionProvisions.isSplitIntoSentences(provisions[index], next: provisions[index + 1]) {
                continue
            }
            items.append(Item(provision: provisions[index], text: ScanText(provisions[index].text)))
        }
        self.items = items
    }
}
