import Testing
@testable import EntenteExtraction
import EntenteModel

/// One hand-checked commitment of the seed agreement (../shared/gold), checked the way the
/// scorer checks it: the row is found by provision path, then actors, modality, force, action,
/// deadline and the start of the condition are compared.
struct GoldCommitment: Sendable, CustomTestStringConvertible {
    var provision: String
    var actors: [String]
    var modality: String
    var force: String
    /// Lemmas that count as a right action; empty when the gold does not say.
    var actions: [String]
    var deadline: String?
    var conditionStarts: String?

    var testDescription: String { provision }
}

@Suite("Commitments: the seed agreement's gold")
struct CommitmentGoldTests {
    static let seed = "canada-ukraine-security-agreement-2024.txt"
    /// Read once: every test case looks rows up in the same extraction.
    static let rows = Result { try CommitmentFixtures.commitments(of: seed) }

    static let gold: [GoldCommitment] = [
        GoldCommitment(provision: "I.3", actors: ["Canada"], modality: "will", force: "obligation", actions: ["provide"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "I.4", actors: ["Canada"], modality: "will", force: "obligation", actions: ["continue", "support"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "II.1.i", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: [], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "II.3", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["consult"], deadline: "PT24H", conditionStarts: "In the event of renewed Russian aggression"),
        GoldCommitment(provision: "II.4", actors: ["Canada"], modality: "will", force: "obligation", actions: [], deadline: nil, conditionStarts: "In those circumstances"),
        GoldCommitment(provision: "II.5", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["consult", "continue"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "II.6", actors: ["Canada", "Ukraine"], modality: "may", force: "permission", actions: ["amend"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "III.1", actors: ["Canada", "Ukraine"], modality: "will", force: "best-effort", actions: ["ensure", "strive"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.A.7.i", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["hold"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.A.7.x", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["conduct"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.A.8", actors: ["Canada", "Ukraine"], modality: "may", force: "permission", actions: ["establish"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.B.2", actors: ["Canada"], modality: "will", force: "obligation", actions: ["engage"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.C.2", actors: ["Canada", "Ukraine"], modality: "will", force: "best-effort", actions: ["conclude", "seek"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.D.3.i", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["exchange"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.D.4.i", actors: ["Canada"], modality: "will", force: "obligation", actions: ["provide"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.F.1.i", actors: ["Canada"], modality: "will", force: "best-effort", actions: [], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.G.2", actors: ["Canada", "Ukraine"], modality: "will", force: "best-effort", actions: ["explore"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.I.2", actors: ["Canada"], modality: "will", force: "best-effort", actions: ["explore", "support"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "IV.K.5.i", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["coordinate"], deadline: nil, conditionStarts: "In the event of future Russian aggression"),
        GoldCommitment(provision: "IV.K.5.ii", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["consider"], deadline: nil, conditionStarts: "In the event of future Russian aggression"),
        GoldCommitment(provision: "IV.N.3", actors: ["Canada"], modality: "may", force: "permission", actions: ["deal"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "V.3.i", actors: ["Ukraine"], modality: "will", force: "obligation", actions: ["enhance"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "V.4", actors: ["Ukraine"], modality: "will", force: "obligation", actions: ["continue"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "V.5", actors: ["Canada"], modality: "will", force: "obligation", actions: ["support", "continue"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "VI.1", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["resolve"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "VIII.A.3", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["decide"], deadline: nil, conditionStarts: "In the event that Ukraine becomes a member of NATO"),
        GoldCommitment(provision: "VIII.B.1", actors: ["Canada", "Ukraine"], modality: "will", force: "obligation", actions: ["conduct"], deadline: "P3Y", conditionStarts: nil),
        GoldCommitment(provision: "VIII.C.1", actors: ["Canada", "Ukraine"], modality: "may", force: "permission", actions: ["amend"], deadline: nil, conditionStarts: nil),
        GoldCommitment(provision: "VIII.D.1", actors: ["Canada", "Ukraine"], modality: "may", force: "permission", actions: ["terminate"], deadline: nil, conditionStarts: nil),
    ]

    static let notCommitments = ["I.1", "IV.A.6", "V.1"]

    @Test("every gold commitment is found with its fields", arguments: gold)
    func goldCommitment(_ want: GoldCommitment) throws {
        let rows = try Self.rows.get().filter { $0.provenance.provision == want.provision }
        let row = try #require(CommitmentFixtures.best(rows, actors: want.actors, modality: want.modality), "no row at \(want.provision)")
        #expect(CommitmentFixtures.sameParties(row.actors, want.actors), "actors \(row.actors)")
        #expect(row.modality == want.modality)
        #expect(row.force.rawValue == want.force)
        if !want.actions.isEmpty { #expect(want.actions.contains(row.action), "action \(row.action)") }
        if let deadline = want.deadline { #expect(row.deadline == deadline) }
        if let start = want.conditionStarts {
            #expect(CommitmentFixtures.normalized(row.condition ?? "").hasPrefix(CommitmentFixtures.normalized(start)), "condition \(row.condition ?? "nil")")
        }
    }

    @Test("statements are not commitments", arguments: notCommitments)
    func notACommitment(_ provision: String) throws {
        let rows = try Self.rows.get().filter { $0.provenance.provision == provision }
        #expect(rows.isEmpty, "\(rows.map(\.text))")
    }

    @Test("rows come in document order, each with a topic and a text")
    func orderAndProvenance() throws {
        let document = try CommitmentFixtures.document(Self.seed)
        let rows = CommitmentExtractor().extract(from: document)
        let order = Dictionary(uniqueKeysWithValues: document.provisions.enumerated().map { ($1.path, $0) })
        let positions = rows.compactMap { order[$0.provenance.provision] }
        #expect(positions.count == rows.count)
        #expect(positions == positions.sorted())
        #expect(rows.allSatisfy { !$0.text.isEmpty && !$0.action.isEmpty })
        #expect(rows.first { $0.provenance.provision == "IV.K.5.i" }?.topic == "Sanctions")
    }

    @Test("the condition that refers back names the one it refers to")
    func backReference() throws {
        let row = try #require(try Self.rows.get().first { $0.provenance.provision == "II.4" })
        let condition = row.condition ?? ""
        #expect(condition.hasPrefix("In those circumstances"))
        #expect(condition.contains("II.3: In the event of renewed Russian aggression"))
    }
}
