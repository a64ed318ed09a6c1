import Testing
@testable import EntenteExtraction
import EntenteModel

/// One sentence and the single commitment it must give (actors of a Canada–Ukraine text).
struct RuleCase: Sendable, CustomTestStringConvertible {
    var text: String
    var actors: [String]
    var modality: String
    var force: Force
    var action: String
    var negated = false
    var conditionStarts: String? = nil
    var deadline: String? = nil

    var testDescription: String { text }
}

@Suite("Commitments: rules on single sentences")
struct CommitmentRuleTests {
    static let both = ["Canada", "Ukraine"]

    static let cases: [RuleCase] = [
        RuleCase(text: "Canada will provide training to Ukraine.", actors: ["Canada"], modality: "will", force: .obligation, action: "provide"),
        RuleCase(text: "The Participantswill explore opportunities for cooperation.", actors: both, modality: "will", force: .bestEffort, action: "explore"),
        RuleCase(text: "The Participants will strive to ensure coordination.", actors: both, modality: "will", force: .bestEffort, action: "ensure"),
        RuleCase(text: "The Participants will seek, as far as possible, to develop a partnership.", actors: both, modality: "will", force: .bestEffort, action: "develop"),
        RuleCase(text: "The Participants will continue to consult.", actors: both, modality: "will", force: .obligation, action: "consult"),
        RuleCase(text: "Ukraine commits to contributing to the coalition.", actors: ["Ukraine"], modality: "commit", force: .obligation, action: "contribute"),
        RuleCase(text: "Ukraine is committed to pursuing further reforms.", actors: ["Ukraine"], modality: "commit", force: .obligation, action: "pursue"),
        RuleCase(text: "The Participants intend to hold annual talks.", actors: both, modality: "intend", force: .bestEffort, action: "hold"),
        RuleCase(text: "Canada and Ukraine undertake to settle disputes peacefully.", actors: both, modality: "undertake", force: .obligation, action: "settle"),
        RuleCase(text: "The Participants agree to exchange liaison officers.", actors: both, modality: "agree", force: .obligation, action: "exchange"),
        RuleCase(text: "Canada shall notify Ukraine of any change.", actors: ["Canada"], modality: "shall", force: .obligation, action: "notify"),
        RuleCase(text: "Ukraine must report annually.", actors: ["Ukraine"], modality: "must", force: .obligation, action: "report"),
        RuleCase(text: "The Participants will exert all possible efforts to return the children.", actors: both, modality: "will", force: .bestEffort, action: "return"),
        RuleCase(text: "Canada will consider ways to increase support.", actors: ["Canada"], modality: "will", force: .bestEffort, action: "consider"),
        RuleCase(text: "Either Participant may terminate this Agreement.", actors: both, modality: "may", force: .permission, action: "terminate"),
        RuleCase(text: "The authorized bodies of the Participants can conclude arrangements.", actors: ["Canada", "Ukraine"], modality: "can", force: .permission, action: "conclude"),
        RuleCase(text: "This Agreement may be terminated by either Participant by providing written notice.", actors: both, modality: "may", force: .permission, action: "terminate"),
        RuleCase(text: "This Agreement may be amended at any time by mutual written consent of the Participants.", actors: both, modality: "may", force: .permission, action: "amend"),
        RuleCase(text: "Canada shall not disclose the information.", actors: ["Canada"], modality: "shall", force: .obligation, action: "disclose", negated: true),
        RuleCase(text: "Neither Participant will transfer the equipment.", actors: both, modality: "will", force: .obligation, action: "transfer", negated: true),
        RuleCase(text: "Ukraine may not transfer the equipment to third parties.", actors: ["Ukraine"], modality: "may", force: .obligation, action: "transfer", negated: true),
        // A passive with no agent: the actors the disputes are between settle them (gold MH17 8.1, Rwanda 9).
        RuleCase(text: "Any dispute between the Participants arising out of this Agreement shall be settled amicably.", actors: ["Canada", "Ukraine"], modality: "shall", force: .obligation, action: "settle"),
        RuleCase(text: "Canada will, if necessary, designate authorized bodies.", actors: ["Canada"], modality: "will", force: .obligation, action: "designate", conditionStarts: "if necessary"),
        RuleCase(text: "In the event of renewed aggression, and at the request of either Participant, the Participants will consult within twenty-four (24) hours.",
                 actors: both, modality: "will", force: .obligation, action: "consult", conditionStarts: "In the event of renewed aggression", deadline: "PT24H"),
        RuleCase(text: "Should either Participant so request, the Participants will meet within thirty (30) days.", actors: both, modality: "will", force: .obligation,
                 action: "meet", conditionStarts: "Should either Participant so request", deadline: "P30D"),
        RuleCase(text: "At the request of Ukraine, Canada will deploy experts.", actors: ["Canada"], modality: "will", force: .obligation, action: "deploy",
                 conditionStarts: "At the request of Ukraine"),
        RuleCase(text: "Where a claim arises, Canada shall pay compensation.", actors: ["Canada"], modality: "shall", force: .obligation, action: "pay", conditionStarts: "Where a claim arises"),
        RuleCase(text: "The Participants may amend this Agreement upon their mutual written consent.", actors: both, modality: "may", force: .permission, action: "amend",
                 conditionStarts: "upon their mutual written consent"),
        RuleCase(text: "Canada will complete the review by 31 December 2025.", actors: ["Canada"], modality: "will", force: .obligation, action: "complete", deadline: "2025-12-31"),
        RuleCase(text: "To this end, in 2024, Canada will provide $3.02B in support.", actors: ["Canada"], modality: "will", force: .obligation, action: "provide"),
        RuleCase(text: "Building on this support, and recognizing that Canada has much to learn, the Participants will deepen cooperation.", actors: both,
                 modality: "will", force: .obligation, action: "deepen"),
        RuleCase(text: "The Participants, separately and jointly, will maintain their capacity.", actors: both, modality: "will", force: .obligation, action: "maintain"),
        RuleCase(text: "Both Participants will keep each other informed.", actors: both, modality: "will", force: .obligation, action: "keep"),
    ]

    @Test("a sentence gives its commitment", arguments: cases)
    func rule(_ want: RuleCase) throws {
        let rows = CommitmentFixtures.read(want.text)
        #expect(rows.count == 1, "\(rows.map { "\($0.actors) \($0.modality) \($0.action)" })")
        let row = try #require(rows.first)
        #expect(row.actors == want.actors)
        #expect(row.modality == want.modality)
        #expect(row.force == want.force)
        #expect(row.action == want.action)
        #expect(row.negated == want.negated)
        if let start = want.conditionStarts {
            #expect(row.condition?.hasPrefix(start) == true, "condition \(row.condition ?? "nil")")
        } else {
            #expect(row.condition == nil, "condition \(row.condition ?? "nil")")
        }
        #expect(row.deadline == want.deadline)
    }

    static let statements = [
        "The Participants acknowledge that Canada will provide support.",
        "The Participants recognize the importance of cooperation.",
        "Ukraine recognizes that the recovery process will require time.",
        "This Agreement will enter into effect on the date of signature.",
        "Canada welcomes the reforms, which will strengthen institutions.",
        "The Participants reaffirm the Russian Federation should pay for the damage.",
        "Consistent with Canada’s legal system, Russian sovereign assets in Canada’s jurisdiction will remain immobilized.",
        "There must be no impunity for war crimes.",
        "These efforts may include convening seminars.",
        "The Participants understand that the partnership is founded on common values.",
        "Canada notes that its political will to help remains strong.",
        "The meeting will take place in May 2025.",
        "Third Party claims for any loss shall be settled by negotiation.",
    ]

    @Test("a statement is not a commitment", arguments: statements)
    func statement(_ text: String) {
        let rows = CommitmentFixtures.read(text)
        #expect(rows.isEmpty, "\(rows.map { "\($0.actors) \($0.modality) \($0.action)" })")
    }

    @Test("several commitments in one sentence, each with its own deadline")
    func twoClauses() {
        let rows = CommitmentFixtures.read("The Participantswill conduct a review within three (3) years after signature, and the Participants will continue such reviews thereafter.")
        #expect(rows.map(\.action) == ["conduct", "continue"])
        #expect(rows.map(\.deadline) == ["P3Y", nil])
    }

    @Test("an actor left out after 'and' is the one just named")
    func elidedActor() {
        let rows = CommitmentFixtures.read("Canada will lead the coalition and will make contributions to it.")
        #expect(rows.map(\.action) == ["lead", "make"])
        #expect(rows.allSatisfy { $0.actors == ["Canada"] })
    }

    @Test("a lead-in distributes to its items, which keep their own verbs")
    func leadIn() {
        let document = CommitmentFixtures.document(
            parties: ["Canada", "Ukraine"], aliases: [CollectiveAlias(alias: "the Participants", members: ["Canada", "Ukraine"])],
            provisions: [("1", "In the event of future aggression, the Participantswill:"), ("1.i", "coordinate sanctions; and"),
                         ("1.ii", "seek to share information."), ("2", "Canada will strive to:"), ("2.a", "continue supporting demining;"),
                         ("3", "The Participants acknowledge that the partnership aims to:"), ("3.a", "increase cooperation;")])
        let rows = CommitmentExtractor().extract(from: document)
        #expect(rows.map(\.provenance.provision) == ["1.i", "1.ii", "2.a"])
        #expect(rows.map(\.action) == ["coordinate", "share", "support"])
        #expect(rows.map(\.force) == [.obligation, .bestEffort, .bestEffort])
        #expect(rows.prefix(2).allSatisfy { $0.condition?.hasPrefix("In the event of future aggression") == true && $0.actors == ["Canada", "Ukraine"] })
        #expect(rows.last?.actors == ["Canada"])
    }

    @Test("'the Parties agree:' followed by numbered 'To …' paragraphs")
    func agreeLeadIn() {
        let document = CommitmentFixtures.document(
            parties: ["Japan", "Ukraine"],
            provisions: [("1", "The Parties agree:"), ("1.1", "To exchange information on threats."), ("1.2", "To hold consultations annually.")])
        let rows = CommitmentExtractor().extract(from: document)
        #expect(rows.map(\.action) == ["exchange", "hold"])
        #expect(rows.allSatisfy { $0.modality == "agree" && $0.actors == ["Japan", "Ukraine"] && $0.force == .obligation })
    }

    @Test("a lead-in with its items inline gives one row per item")
    func inlineItems() {
        let rows = CommitmentFixtures.read("In those circumstances, Canada will: provide assistance; impose costs on the aggressor; and consult with Ukraine.")
        #expect(rows.map(\.action) == ["provide", "impose", "consult"])
        #expect(rows.map(\.text).last == "consult with Ukraine.")
        #expect(rows.allSatisfy { $0.condition?.hasPrefix("In those circumstances") == true })
    }

    @Test("'In those circumstances' names the condition stated before")
    func backReference() {
        let rows = CommitmentFixtures.document(
            parties: ["Canada", "Ukraine"], aliases: [CollectiveAlias(alias: "the Participants", members: ["Canada", "Ukraine"])],
            provisions: [("1", "If Ukraine is attacked, the Participants will consult."), ("2", "In such a case, Canada will provide aid.")])
        let second = CommitmentExtractor().extract(from: rows).last
        #expect(second?.condition == "In such a case [1: If Ukraine is attacked]")
    }
}
