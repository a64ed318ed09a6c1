import Testing
@testable import EntenteExtraction

/// `ClauseTriggerScan` may say a text holds a trigger when it holds none, never the reverse: a
/// sentence it rules out is not tokenised, so a trigger it missed would lose a commitment.
@Suite("Commitments: trigger scan")
struct ClauseTriggerScanTests {
    @Test(arguments: [
        "The Participants will consult each other.",
        "Ukraine SHALL provide the information.",
        "Each Party commits to the following:",
        "The Parties are committed to peace.",
        "The Participantswill meet annually.",
        "Canada may, at its discretion, decline.",
        "They undertook to report.",
    ])
    func findsEveryTrigger(_ text: String) {
        #expect(ClauseTriggerScan.mayHoldTrigger(text))
    }

    @Test(arguments: [
        "Emphasizing the importance of cooperation.",
        "Article 5. Definitions",
        "the willing partners",
        "",
        "a",
    ])
    func rulesOutTextsWithoutOne(_ text: String) {
        #expect(!ClauseTriggerScan.mayHoldTrigger(text))
    }

    /// The Kelvin sign lower-cases to "k", so it may spell a trigger ("SEE\u{212A}").
    @Test func kelvinSignIsNeverRuledOut() {
        #expect(ClauseTriggerScan.mayHoldTrigger("The Parties SEE\u{212A} to agree"))
        #expect(ClauseTriggerScan.mayHoldTrigger("5 \u{212A}"))
    }

    /// Whatever the scan rules out, the tokenizer finds no trigger in.
    @Test(arguments: [
        "Emphasizing the importance of cooperation.",
        "the willing partners",
        "Signed at Kyiv, in duplicate, in the English and Ukrainian languages.",
        "Annex “Definitions” – l’État, Canada’s support, long-term aid (2024–2034).",
        "The Participants will consult each other.",
        "Participantsshall meet; Ukrainemust report.",
    ])
    func agreesWithTheTokenizer(_ text: String) {
        let tokenizer = ClauseTokenizer(actorHeads: ["participants", "ukraine"])
        let hasTrigger = tokenizer.tokens(text).contains { $0.traits.contains(anyOf: .mayTrigger) }
        if hasTrigger { #expect(ClauseTriggerScan.mayHoldTrigger(text)) }
    }
}
