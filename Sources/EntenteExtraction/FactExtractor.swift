import EntenteModel
import EntenteReading

/// Extracts the facts of a read document: commitments, terms, amounts, dates, durations, entities.
/// Runs as part of loading, after the provision tree is built. Pure: a document in, facts out.
public struct FactExtractor: Sendable {
    /// Documents from this size on have their commitments extracted on another thread while the
    /// other kinds are extracted on this one. Below it the second thread does not pay for starting
    /// and for the two threads retaining and releasing the same provisions' storage. Medians of 31
    /// interleaved loads, one thread against two: 7 KB 1.97 ms / 2.29 ms, 15 KB 3.06 / 3.38,
    /// 26 KB 5.19 / 4.69, 39 KB 5.24 / 5.24, the 46 KB seed 6.9–7.8 / 5.6–6.1.
    static let backgroundThreshold = 24 * 1024

    public init() {}

    public func extract(from document: Document) -> Facts {
        extract(from: document, timing: { _, body in body() })
    }

    /// Extracts as `extract(from:)` does, passing each kind's extraction through `timing` with the
    /// kind's name, so a benchmark can time the extractors one by one (`ENTENTE_LOAD_TIMES`).
    /// `timing` may be called from two threads at once.
    public func extract(from document: Document, timing: @escaping @Sendable (String, () -> Void) -> Void) -> Facts {
        @Sendable func commitments(_ scanned: ScanDocument?) -> [Commitment] {
            var commitments: [Commitment] = []
            timing("commitments") { commitments = CommitmentExtractor().extract(from: document, scanned: scanned) }
            return commitments
        }
        // Commitments take about as long as all the other kinds together, so they start at once,
        // without waiting for the shared scan below (which only spares them some searches for money).
        let background = document.source.bytes >= Self.backgroundThreshold ? BackgroundWork { commitments(nil) } : nil
        var facts = Facts()
        // The provisions the amount, date, duration and entity extractors read, tokenised once for all four.
        var scanning = ScanDocument(items: [])
        timing("tokens") { scanning = ScanDocument(document) }
        let scanned = scanning
        timing("terms") { facts.terms = TermExtractor().extract(from: document) }
        timing("amounts") { facts.amounts = AmountExtractor().extract(from: document, scanned: scanned) }
        timing("dates") { facts.dates = DateExtractor().extract(from: document, scanned: scanned) }
        timing("durations") { facts.durations = DurationExtractor().extract(from: document, scanned: scanned) }
        timing("entities") { facts.entities = EntityExtractor().extract(from: document, scanned: scanned) }
        timing("claims") { facts.claims = document.kind == .report ? ClaimExtractor().extract(from: document) : [] }
        facts.commitments = background?.result() ?? commitments(scanned)
        return facts
    }
}
