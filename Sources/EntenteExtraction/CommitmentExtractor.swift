import EntenteModel
import EntenteReading

/// Extracts every commitment of a document: who commits to what, how firmly, on which condition,
/// by when, for how much, under which heading.
///
/// Each provision's sentences are read by `ClauseAnalyzer`. A provision ending in a lead-in ("the
/// Participants will:") passes its actors, modality, force and condition to its items, each of which
/// is a commitment with its own verb; a lead-in with its items inline ("Canada will: provide …;
/// impose …") gives one row per item. A condition that refers back ("In those circumstances") is
/// completed with the condition last stated. Reports and signature blocks commit to
/// nothing; a recital's statement is rejected like any other. Rows come in document order.
struct CommitmentExtractor {
    func extract(from document: Document) -> [Commitment] {
        guard document.kind != .report else { return [] }
        let analyzer = ClauseAnalyzer(document: document)
        var commitments: [Commitment] = []
        var leadIns: [String: ClauseReading] = [:]
        var lastCondition: (text: String, provision: String)?
        // Preambles are read too: recitals state ("Emphasizing that … will") and the analyzer
        // rejects them, but a declaration may put "Ukraine commits to:" and its items there.
        let skipped: Set<ProvisionKind> = [.signature, .footnote, .sentence]
        for provision in document.provisions where !skipped.contains(provision.kind) {
            let inherited = provision.parentPath.flatMap { leadIns[$0] }
            let sentences = ReportSentences.split(provision.text)
            guard !sentences.isEmpty else { continue }
            var readings: [ClauseReading] = []
            var context = inherited.map { ($0.actors, $0.actorText) }
            for (number, sentence) in sentences.enumerated() {
                var own = analyzer.readings(of: sentence, context: context, continuesLeadIn: number == 0 && inherited != nil)
                if number == 0, let leadIn = inherited, !opensWithOwnActor(own) {
                    if let item = analyzer.itemReading(of: sentence, leadIn: leadIn) {
                        own.insert(item, at: 0)
                    }
                }
                if let last = own.last(where: { !$0.elided }) { context = (last.actors, last.actorText) }
                readings += own
            }
            if let last = readings.last, last.leadsItems {
                leadIns[provision.path] = last
            }
            for reading in readings {
                if reading.isOpenLeadIn {
                    for item in reading.inlineItems {
                        guard let row = analyzer.itemReading(of: item, leadIn: reading) else { continue }
                        commitments.append(commitment(row, provision, &lastCondition))
                    }
                    continue
                }
                commitments.append(commitment(reading, provision, &lastCondition))
            }
        }
        return commitments
    }

    /// True when the sentence's first commitment has an actor of its own at its start (possibly
    /// after an introductory phrase): the item is not a continuation of the lead-in.
    private func opensWithOwnActor(_ readings: [ClauseReading]) -> Bool {
        readings.first?.actorOpensSentence ?? false
    }

    /// Ties a reading to its provision, and completes a condition that refers back.
    private func commitment(_ reading: ClauseReading, _ provision: Provision, _ lastCondition: inout (text: String, provision: String)?) -> Commitment {
        var condition = reading.condition
        if let written = condition {
            if reading.conditionRefersBack, let previous = lastCondition, previous.provision != provision.path {
                condition = "\(written) [\(previous.provision): \(previous.text)]"
            } else if !reading.conditionRefersBack {
                lastCondition = (written, provision.path)
            }
        }
        // Every sum of money is written with a digit or a currency sign; most clauses have none.
        let mayHoldMoney = reading.text.contains { $0.isNumber || $0.isCurrencySymbol }
        let amounts = mayHoldMoney ? AmountScanner.scan(reading.text, defaultDollarCurrency: nil).map(\.text) : []
        return Commitment(
            provenance: Provenance(provision: provision.path, line: provision.line),
            actors: reading.actors, actorText: reading.actorText.isEmpty ? reading.actors.joined(separator: " and ") : reading.actorText,
            modality: reading.modality, force: reading.force, action: reading.action ?? reading.modality,
            condition: condition, deadline: reading.deadline, amounts: amounts, topic: provision.heading,
            negated: reading.negated, text: reading.text)
    }
}
