import EntenteModel

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
        extract(from: document, scanned: nil)
    }

    /// The commitments of `document`, whose provisions `scanned` has tokenised (when not nil): a
    /// provision the scan found no currency in has no sum of money in any of its clauses, which
    /// are then not tokenised again to look for one.
    func extract(from document: Document, scanned: ScanDocument?) -> [Commitment] {
        guard document.kind != .report else { return [] }
        var analyzer = ClauseAnalyzer(document: document)
        var commitments: [Commitment] = []
        // Each lead-in's entry in `leadInReadings` by its provision's path: a dictionary of
        // readings would be a type of its own, whose metadata the runtime builds at first use.
        var leadIns: [String: Int] = [:]
        var leadInReadings: [ClauseReading] = []
        var leadInPaths = LeadInPaths()
        var lastCondition: (text: String, provision: String)?
        var amounts = CommitmentAmountMemo()
        var scanCursor = 0
        // Preambles are read too: recitals state ("Emphasizing that … will") and the analyzer
        // rejects them, but a declaration may put "Ukraine commits to:" and its items there.
        for provision in document.provisions where !Self.isSkipped(provision.kind) {
            // No parent path to build while no provision has led items, or when the provision's
            // parent is surely none of them.
            let inherited = leadIns.isEmpty || !leadInPaths.mayLead(childPath: provision.path)
                ? nil : provision.parentPath.flatMap { leadIns[$0] }.map { leadInReadings[$0] }
            // A provision with no trigger and no lead-in to continue commits to nothing and leads
            // no items: its sentences all read as none.
            // (The scan is only a filter: a text it lets through that holds no trigger reads as
            // no commitment, so skipping it never changes the result.)
            // Told once by a pattern, not by `inherited != nil` per sentence: `ClauseReading` is
            // Equatable, and comparing its optional with nil copied and destroyed a pair of readings.
            let isItem: Bool
            if case .some = inherited { isItem = true } else { isItem = false }
            guard isItem || ClauseTriggerScan.mayHoldTrigger(provision.text) else { continue }
            let mayHoldMoney = scanned.map { Self.mayHoldMoney(provision, $0, &scanCursor) } ?? true
            let sentences = ProvisionSentences.split(provision.text)
            guard !sentences.isEmpty else { continue }
            // Each sentence's readings become rows at once, in order: gathering the provision's
            // readings in an array first copied every reading once more.
            var lastReading: ClauseReading?
            var context = inherited.map { ($0.actors, $0.actorText) }
            for (number, sentence) in sentences.enumerated() {
                let continuesItem = number == 0 && isItem
                // A sentence without a trigger has no reading of its own (`readings` gives none)
                // and, unless it is an item's first, none at all: no need to tokenise it. The
                // one sentence of a provision just scanned whole is not scanned again.
                let scannedWhole = !isItem && sentences.count == 1
                guard continuesItem || scannedWhole || ClauseTriggerScan.mayHoldTrigger(sentence) else { continue }
                let tokens = analyzer.tokens(sentence)
                var own = analyzer.readings(of: sentence, tokens: tokens, context: context, continuesLeadIn: continuesItem)
                if number == 0, let leadIn = inherited, !opensWithOwnActor(own) {
                    if let item = analyzer.itemReading(of: sentence, tokens: tokens, leadIn: leadIn) {
                        // Not `insert(_:at:)`, whose specialisation builds the metadata of a
                        // `CollectionOfOne` of readings at first use.
                        own = [item] + own
                    }
                }
                if let last = own.last(where: { !$0.elided }) { context = (last.actors, last.actorText) }
                for reading in own {
                    if reading.isOpenLeadIn {
                        for item in reading.inlineItems {
                            guard let row = analyzer.itemReading(of: item, leadIn: reading) else { continue }
                            commitments.append(commitment(row, provision, &lastCondition, &amounts, mayHoldMoney: mayHoldMoney))
                        }
                        continue
                    }
                    commitments.append(commitment(reading, provision, &lastCondition, &amounts, mayHoldMoney: mayHoldMoney))
                }
                if let last = own.last { lastReading = last }
            }
            if let last = lastReading, last.leadsItems {
                leadIns[provision.path] = leadInReadings.count
                leadInReadings.append(last)
                leadInPaths.add(provision.path)
            }
        }
        return commitments
    }

    /// Signature blocks, footnotes and a report's sentences commit to nothing.
    private static func isSkipped(_ kind: ProvisionKind) -> Bool {
        switch kind {
        case .signature, .footnote, .sentence: true
        default: false
        }
    }

    /// True when the sentence's first commitment has an actor of its own at its start (possibly
    /// after an introductory phrase): the item is not a continuation of the lead-in.
    private func opensWithOwnActor(_ readings: [ClauseReading]) -> Bool {
        readings.first?.actorOpensSentence ?? false
    }

    /// False when the shared scan read `provision` (the next of its items at or after `cursor`)
    /// and found no currency in it. Every clause is a stretch of the provision's text that starts
    /// and ends where its tokens do (at whitespace, ";", ":" or a sentence's end), so each token
    /// of a clause is a token of the provision with the same cues: a clause with a currency would
    /// have put it into the provision's cues.
    private static func mayHoldMoney(_ provision: Provision, _ scanned: ScanDocument, _ cursor: inout Int) -> Bool {
        var index = cursor
        while index < scanned.items.count, scanned.items[index].provision.path != provision.path { index += 1 }
        guard index < scanned.items.count else { return true }
        cursor = index + 1
        return !scanned.items[index].text.cues.isDisjoint(with: .anyCurrency)
    }

    /// Ties a reading to its provision, and completes a condition that refers back.
    private func commitment(_ reading: ClauseReading, _ provision: Provision, _ lastCondition: inout (text: String, provision: String)?,
                            _ amounts: inout CommitmentAmountMemo, mayHoldMoney: Bool) -> Commitment {
        var condition = reading.condition
        if let written = condition {
            if reading.conditionRefersBack, let previous = lastCondition, previous.provision != provision.path {
                condition = "\(written) [\(previous.provision): \(previous.text)]"
            } else if !reading.conditionRefersBack {
                lastCondition = (written, provision.path)
            }
        }
        return Commitment(
            provenance: Provenance(provision: provision.path, line: provision.line),
            actors: reading.actors, actorText: reading.actorText.isEmpty ? reading.actors.joined(separator: " and ") : reading.actorText,
            modality: reading.modality, force: reading.force, action: reading.action ?? reading.modality,
            condition: condition, deadline: reading.deadline, amounts: mayHoldMoney ? amounts.amounts(in: reading.text) : [], topic: provision.heading,
            negated: reading.negated, text: reading.text)
    }
}

/// Fingerprints of the paths of the provisions that lead items, to tell without building a
/// provision's parent path (`Provision.parentPath`, a new string, then hashed for the look-up)
/// that it is surely none of them. The answer is "maybe" whenever it cannot be "no".
struct LeadInPaths {
    /// FNV-1a of each lead-in's path, as `ClauseVocabulary` hashes words.
    private var prints: [UInt32] = []

    mutating func add(_ path: String) {
        var copy = path
        prints.append(copy.withUTF8 { Self.fingerprint($0[...]) })
    }

    /// False only when the parent of the provision at `childPath` is surely no lead-in added: an
    /// ASCII path with no "." has no parent, and one with a "." has for parent its bytes before
    /// the last "." (how `Provision.parentPath` cuts an ASCII path), whose fingerprint is then
    /// among the lead-ins'. A path with other scalars is always a "maybe".
    func mayLead(childPath: String) -> Bool {
        var copy = childPath
        return copy.withUTF8 { bytes in
            var lastDot: Int?
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return true }
                if byte == 0x2E { lastDot = offset }
            }
            guard let lastDot else { return false }
            return prints.contains(Self.fingerprint(bytes[..<lastDot]))
        }
    }

    private static func fingerprint(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32 {
        var hash = ClauseVocabulary.seed
        for byte in bytes { hash = ClauseVocabulary.hash(hash, byte) }
        return hash
    }
}

/// The sums of money written in a clause, remembered for the last clause asked about: the
/// commitments of one sentence share its text, and scanning it once is enough.
struct CommitmentAmountMemo {
    private var text: String?
    private var found: [String] = []

    mutating func amounts(in clause: String) -> [String] {
        if let text, text == clause { return found }
        found = Self.scan(clause)
        text = clause
        return found
    }

    /// Every sum of money is written with a digit or a currency sign; most clauses have none.
    private static func scan(_ clause: String) -> [String] {
        guard mayHoldMoney(clause) else { return [] }
        return AmountScanner.scan(clause, defaultDollarCurrency: nil).map { $0.text }
    }

    /// True when some character of `clause` is a number or a currency sign. Decided on scalars:
    /// a character is a number or a currency sign by its first scalar, so it is enough to find a
    /// scalar that is one and starts its character. After ASCII alone every scalar does; after
    /// other scalars the string says whether it sits on a character boundary, which looks at the
    /// scalars around it only (reading the whole clause as characters cost more than the scan).
    static func mayHoldMoney(_ clause: String) -> Bool {
        var copy = clause
        return copy.withUTF8 { bytes -> Bool in
            var allASCII = true
            var index = 0
            while true {
                index = ClauseByteSearch.firstDigitDollarOrNonASCII(in: bytes, from: index)
                guard index < bytes.count else { return false }
                let start = index
                // Among ASCII scalars only the digits are numbers and only "$" is a currency sign.
                if bytes[index] < 0x80 {
                    index += 1
                } else {
                    allASCII = false
                    let (scalar, length) = ClauseUTF8.decode(bytes, at: index)
                    index += length
                    guard ClauseUnicode.isNumberOrCurrency(scalar) else { continue }
                }
                if allASCII || startsCharacter(clause, atUTF8Offset: start) { return true }
            }
        }
    }

    /// True when a character of `text` starts at UTF-8 offset `offset`.
    @inline(never)
    private static func startsCharacter(_ text: String, atUTF8Offset offset: Int) -> Bool {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset).samePosition(in: text) != nil
    }
}
