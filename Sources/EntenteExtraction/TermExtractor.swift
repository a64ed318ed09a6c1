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
        var judgedHeading: (heading: String, isTerm: Bool)?
        // Every heading judged so far: sections of one document reuse the same few headings.
        // Room for a document's headings up front: growing rehashed every heading each time.
        var judgedHeadings = [String: Bool](minimumCapacity: 64)
        for provision in document.provisions {
            let provenance = ExtractionProvisions.provenance(provision)
            if provision.kind == .signature {
                if let term = signature(provision, document: document) { terms.append(term) }
                continue
            }
            guard provision.kind != .preamble, provision.kind != .footnote, provision.kind != .sentence else { continue }
            // Provisions of one section share its heading: it is judged once.
            let headingIsTerm: Bool
            if let judged = judgedHeading, judged.heading == provision.heading {
                headingIsTerm = judged.isTerm
            } else if let judged = judgedHeadings[provision.heading] {
                headingIsTerm = judged
                judgedHeading = (provision.heading, judged)
            } else {
                headingIsTerm = TermRules.isTermHeading(provision.heading)
                judgedHeading = (provision.heading, headingIsTerm)
                judgedHeadings[provision.heading] = headingIsTerm
            }
            let provisionPhrases = TermRules.Phrases(of: provision.text)
            guard TermRules.mayStateTerms(provisionPhrases, headingIsTerm: headingIsTerm) else { continue }
            let texts = ProvisionSentences.split(provision.text)
            // The rules each sentence may satisfy, found in one pass over it: a rule whose phrases are
            // missing would return nil, so it is not asked. A provision of one sentence is that
            // sentence (trimmed), with the same phrases.
            let stems = texts.count == 1 ? [provisionPhrases] : texts.map(TermRules.Phrases.init(of:))
            // Only a sentence that may settle disputes or speak of the instrument is read by a rule.
            let sentences = zip(texts, stems).map { text, stems in
                headingIsTerm || stems.mayReferToInstrument || stems.mayStateDispute ? TermSentence(text) : nil
            }
            var found: [String: Term] = [:]
            var order: [String] = []
            func add(_ kind: String, _ value: String?, _ sentence: TermSentence) {
                guard let value, found[kind] == nil else { return }
                found[kind] = Term(provenance: provenance, kind: kind, value: value, text: sentence.text)
                order.append(kind)
            }
            // Whether each sentence speaks of the instrument, decided once for both passes below.
            let aboutInstrument = zip(sentences, stems).map { sentence, stems in
                guard let sentence else { return false }
                return headingIsTerm || (stems.mayReferToInstrument && TermRules.refersToInstrument(sentence))
            }
            for ((sentence, isAbout), stems) in zip(zip(sentences, aboutInstrument), stems) {
                guard let sentence else { continue }
                // Disputes are settled under whatever name the text gives the cooperation, so that
                // rule does not need the instrument to be named.
                if stems.mayStateDispute { add("dispute-resolution", TermRules.disputeResolution(sentence), sentence) }
                guard isAbout else { continue }
                if stems.has(.entry) { add("entry-into-force", TermRules.entryIntoForce(sentence), sentence) }
                if stems.has(.validity) { add("duration", TermRules.duration(sentence), sentence) }
                if stems.has(.review) { add("review", TermRules.review(sentence), sentence) }
                if stems.has(.amendment) { add("amendment", TermRules.amendment(sentence), sentence) }
                if stems.has(.renewal) { add("extension", TermRules.renewal(sentence), sentence) }
                if stems.has(.applicability) { add("applicability", TermRules.applicability(sentence), sentence) }
            }
            let relevant = zip(sentences, aboutInstrument).compactMap { $1 ? $0 : nil }
            let relevantStems = zip(stems, aboutInstrument).filter { $0.1 }.map { $0.0 }
            if relevantStems.contains(where: { $0.has(.termination) }),
               let value = TermRules.termination(relevant), let first = relevant.first {
                let text = relevant.map { $0.text }.joined(separator: " ")
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
