import EntenteModel

/// Decides whether a text is an agreement, a report about agreements, or something else, by
/// weighing general signals:
/// - an agreement has operative structure (articles, parts, numbered paragraphs), a parties line
///   ("hereinafter"), formulas of agreement ("have agreed as follows"), obligations ("shall") and
///   a signature block;
/// - a report is narrative journalism: reported speech ("said", "told", "announced") and no structure.
enum KindClassifier {
    private static let agreementFormulaList = [
        "hereinafter", "hereafter", "have agreed", "agree as follows", "agreed as follows", "have decided",
        "have jointly determined", "contracting part", "the participants", "the parties", "the signatories",
        "entry into force", "enter into force", "shall enter into", "this agreement", "this memorandum",
        "this convention", "this treaty", "this protocol", "this arrangement",
    ]
    /// Reported speech; "the said Agreement", "according to Article 5" and "shall be reported" are
    /// treaty language, so the bare words are not enough.
    private static let reportingWordList = [
        " said.", " said,", " said that", " said after", " said on ", " said in a", " he said", " she said",
        " told ", " announced", " reportedly", " added.", " reporters", " press conference", " spokesperson",
        " spokesman", " in an interview",
    ]

    /// Both lists in one set, so that a line is scanned once: the agreement formulas are its first
    /// phrases, the reporting words the rest.
    private static let signals = PhraseSet(agreementFormulaList + reportingWordList)
    private static let agreementMask: UInt64 = (1 << UInt64(agreementFormulaList.count)) - 1
    /// The reporting words alone, for the lines after the agreement formulas have reached their cap.
    private static let reportingSignals = PhraseSet(reportingWordList)

    /// The scores count at most this many agreement formulas and reporting words: past a cap,
    /// more hits change nothing, so the scan drops that list.
    private static let agreementWordsCap = 10
    private static let reportingHitsCap = 20

    /// Only the start of a huge text is weighed: the kind shows early, and the cost stays bounded.
    static let sampleLines = 4000

    static func classify(_ lines: [ClassifiedLine], hasParties: Bool) -> DocumentKind {
        var structure = 0
        var signature = false
        var agreementWords = 0
        var reportingHits = 0
        var proseLines = 0
        // Fetched once: reading a static per line copies the set's arrays every time.
        let signals = Self.signals
        // Built only when a text reaches the cap of formulas: a short one never needs it.
        var reportingSignals: PhraseSet?
        for line in lines.prefix(sampleLines) {
            switch line.kind {
            case .heading(let heading) where heading.level != .subheading:
                structure += 1
            case .item(let marker, _):
                if case .bullet = marker.style {} else { structure += 1 }
            case .signature:
                signature = true
            case .text:
                proseLines += 1
            default:
                break
            }
            if case .blank = line.kind { continue }
            if agreementWords < agreementWordsCap {
                let found = signals.found(in: line.text, limit: 2000)
                agreementWords += (found & agreementMask).nonzeroBitCount
                reportingHits += (found & ~agreementMask).nonzeroBitCount
            } else if reportingHits < reportingHitsCap {
                // An agreement reaches its cap of formulas within a few lines; the rest of it is
                // searched for the reporting words only, fewer phrases that the scan skips by faster.
                // A phrase's bit does not depend on the other phrases of the set, so the count is the same.
                let reporting = reportingSignals ?? Self.reportingSignals
                reportingSignals = reporting
                reportingHits += reporting.found(in: line.text, limit: 2000).nonzeroBitCount
            }
        }
        var agreementScore = min(structure, 10) + min(agreementWords, agreementWordsCap)
        if signature { agreementScore += 4 }
        if hasParties { agreementScore += 4 }
        let reportScore = min(reportingHits, reportingHitsCap) * 2
        if reportScore >= 4, reportScore > agreementScore { return .report }
        if agreementScore >= 3 { return .agreement }
        if reportScore >= 2 { return .report }
        return proseLines == 0 && structure == 0 ? .other : (agreementScore >= 1 ? .agreement : .other)
    }
}
