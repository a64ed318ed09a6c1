import EntenteModel
import EntenteReading

/// Agreement-level terms: how the agreement starts, lasts, is reviewed, amended, extended and ended,
/// how disputes are settled, where it applies, and when and where it was signed.
///
/// Every operative provision is read sentence by sentence (recitals are skipped: they cite other
/// instruments' entry into force). A sentence must speak of the instrument itself ("this Agreement",
/// "the Treaty", "these commitments") or sit under a final-provisions heading; the rules in
/// `TermRules` then recognise each kind and normalise its value. Termination reads a provision's
/// sentences together, because the notice period often follows in the next sentence. Reports have
/// no terms of their own.
struct TermExtractor {
    func extract(from document: Document) -> [Term] {
        guard document.kind != .report else { return [] }
        var terms: [Term] = []
        for provision in document.provisions {
            let provenance = ExtractionProvisions.provenance(provision)
            if provision.kind == .signature {
                if let term = signature(provision, document: document) { terms.append(term) }
                continue
            }
            guard provision.kind != .preamble, provision.kind != .footnote, provision.kind != .sentence else { continue }
            let sentences = ReportSentences.split(provision.text).map(TermSentence.init)
            var found: [String: Term] = [:]
            var order: [String] = []
            func add(_ kind: String, _ value: String?, _ sentence: TermSentence) {
                guard let value, found[kind] == nil else { return }
                found[kind] = Term(provenance: provenance, kind: kind, value: value, text: sentence.text)
                order.append(kind)
            }
            // Whether each sentence speaks of the instrument, decided once for both passes below.
            let aboutInstrument = sentences.map { TermRules.isAboutInstrument($0, heading: provision.heading) }
            for (sentence, isAbout) in zip(sentences, aboutInstrument) {
                // Disputes are settled under whatever name the text gives the cooperation, so that
                // rule does not need the instrument to be named.
                add("dispute-resolution", TermRules.disputeResolution(sentence), sentence)
                guard isAbout else { continue }
                add("entry-into-force", TermRules.entryIntoForce(sentence), sentence)
                add("duration", TermRules.duration(sentence), sentence)
                add("review", TermRules.review(sentence), sentence)
                add("amendment", TermRules.amendment(sentence), sentence)
                add("extension", TermRules.renewal(sentence), sentence)
                add("applicability", TermRules.applicability(sentence), sentence)
            }
            let relevant = zip(sentences, aboutInstrument).filter(\.1).map(\.0)
            if let value = TermRules.termination(relevant), let first = relevant.first {
                let text = relevant.map(\.text).joined(separator: " ")
                found["termination"] = Term(provenance: provenance, kind: "termination", value: value,
                                            text: first.text == text ? first.text : text)
                order.append("termination")
            }
            terms += order.compactMap { found[$0] }
        }
        return terms
    }

    /// The signature term: "2024-02-24, Kyiv" from the signature block (the document's own date and
    /// place when the reader found them, otherwise the first date in the block).
    private func signature(_ provision: Provision, document: Document) -> Term? {
        let date = document.signed ?? DateScanner.scan(provision.text).first?.iso
        let parts = [date, document.place].compactMap { $0 }
        guard !parts.isEmpty else { return nil }
        return Term(provenance: ExtractionProvisions.provenance(provision), kind: "signature",
                    value: parts.joined(separator: ", "), text: TermSentence(provision.text).text)
    }
}
