import EntenteModel

extension Evaluator {
    /// `verify REPORT against DOC, …`: one row per claim of the report, judged against the named
    /// agreements. Columns: `claim` (the sentence), `at` (its path in the report), `kind`, `fact`,
    /// `verdict`, `document`, `provision`, `why`. See docs/compare-verify.md for the rules.
    func verify(report: Document, against agreements: [Document]) -> Table {
        ClaimVerifier(agreements: agreements).table(for: report)
    }
}

/// How well an agreement bears a claim out. Ordered best first.
enum Verdict: String, Sendable, Hashable, Comparable, CaseIterable {
    case supported
    case partlySupported = "partly supported"
    case contradicted
    case notFound = "not found"

    private var rank: Int {
        switch self {
        case .supported: 0
        case .partlySupported: 1
        case .contradicted: 2
        case .notFound: 3
        }
    }

    static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
}

/// One verdict with the provision that decides it and why.
struct Finding: Sendable, Hashable {
    var verdict: Verdict
    var document: String?
    var provision: String?
    var why: String

    static func notFound(_ why: String) -> Finding { Finding(verdict: .notFound, document: nil, provision: nil, why: why) }
}

/// Checks every claim of a report against agreements: each agreement is asked, the best finding
/// wins (supported before partly supported before contradicted), ties go to the agreement named first.
struct ClaimVerifier: Sendable {
    static let columns = ["claim", "at", "kind", "fact", "verdict", "document", "provision", "why"]
    var agreements: [Document]

    func table(for report: Document) -> Table {
        let claims = report.facts.claims
        var rows: [[Value]] = []
        rows.reserveCapacity(claims.count)
        for claim in claims {
            let siblings = claims.filter { $0.provenance == claim.provenance && $0.sentence == claim.sentence }
            let finding = judge(claim, siblings: siblings)
            rows.append([
                .string(claim.sentence), .string(claim.provenance.provision), .string(claim.claim), .string(claim.fact),
                .string(finding.verdict.rawValue), finding.document.map(Value.string) ?? .null,
                finding.provision.map(Value.string) ?? .null, .string(finding.why),
            ])
        }
        return Table(columns: Self.columns, rows: rows)
    }

    func judge(_ claim: Claim, siblings: [Claim]) -> Finding {
        guard !agreements.isEmpty else { return .notFound("no agreement to check against") }
        var best: Finding?
        var reasons: [String] = []
        for agreement in agreements {
            let context = VerifyContext(claim: claim, siblings: siblings, agreement: agreement)
            var finding = context.judge()
            if finding.verdict == .notFound {
                reasons.append(agreements.count > 1 ? "\(agreement.id): \(finding.why)" : finding.why)
                continue
            }
            finding.document = agreement.id
            if best == nil || finding.verdict < (best?.verdict ?? .notFound) { best = finding }
        }
        return best ?? .notFound(reasons.joined(separator: "; "))
    }
}
