import Foundation
import EntenteModel

/// Calendar dates named in a document's provisions, with their role where the text makes it clear:
/// the date of the signature block is the signature date; a date after "enter into force" is the
/// entry into force; "signed on", "done at" give signature; "from … till …" bound a period.
struct DateExtractor {
    func extract(from document: Document) -> [DateMention] {
        var mentions: [DateMention] = []
        for provision in ExtractionProvisions.scanned(document) {
            let text = provision.text
            for match in DateScanner.scan(text) {
                let before = text[text.startIndex..<match.range.lowerBound].suffix(80).lowercased()
                let role = provision.kind == .signature ? "signature" : Self.role(before: before)
                mentions.append(DateMention(provenance: ExtractionProvisions.provenance(provision), date: match.iso,
                                            role: role, text: match.text))
            }
        }
        return mentions
    }

    /// The role the words just before a date give it, judged from the nearest cue.
    static func role(before: String) -> String? {
        let cues: [(String, String)] = [
            ("enter into force", "entry-into-force"), ("enters into force", "entry-into-force"),
            ("entered into force", "entry-into-force"), ("come into force", "entry-into-force"),
            ("into effect", "entry-into-force"), ("effective", "entry-into-force"),
            ("signed", "signature"), ("done at", "signature"), ("done in", "signature"),
            ("adopted", "adoption"), ("established", "establishment"),
            ("from ", "period-start"), ("till ", "period-end"), ("until ", "period-end"), ("through ", "period-end"),
        ]
        // The cue closest to the date wins: "signed on 3 April 2017" beats an earlier "into force".
        var best: (distance: Int, role: String)?
        let window = Substring(before.suffix(40))
        for (cue, role) in cues {
            guard let found = window.range(of: cue, options: .backwards) else { continue }
            let distance = window.distance(from: found.upperBound, to: window.endIndex)
            if best == nil || distance < (best?.distance ?? Int.max) { best = (distance, role) }
        }
        return best?.role
    }
}
