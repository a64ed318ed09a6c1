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

/// The scan passes over letters eight bytes at a time: it must find what a reading of one byte
/// at a time finds, wherever a run starts or ends within the eight.
@Suite("Commitments: trigger scan, eight bytes at a time")
struct ClauseTriggerScanWordTests {
    /// Every byte value in every lane reads as a letter exactly when it is an ASCII letter.
    @Test func nonLetterBytesMarksExactlyTheNonLetters() {
        for value in 0...255 {
            let byte = UInt8(value)
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            for lane in 0..<8 {
                // The other lanes hold a letter, so only this lane's mark can be set.
                var word: UInt64 = 0x6161_6161_6161_6161
                word &= ~(UInt64(0xFF) << (lane * 8))
                word |= UInt64(byte) << (lane * 8)
                let expected: UInt64 = isLetter ? 0 : UInt64(0x80) << (lane * 8)
                #expect(ClauseTriggerScan.nonLetterBytes(word) == expected, "byte \(value) in lane \(lane)")
            }
        }
    }

    /// The scan's answer by its definition: some run of ASCII letters ends with a trigger, or the
    /// text holds a Kelvin sign.
    static func byDefinition(_ text: String) -> Bool {
        if text.unicodeScalars.contains("\u{212A}") { return true }
        let triggers = ClauseVocabulary.shared.words(withAnyOf: .mayTrigger)
        var run = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic {
                run.append(Character(scalar).lowercased())
                continue
            }
            if triggers.contains(where: { run.hasSuffix($0) }) { return true }
            run = ""
        }
        return triggers.contains(where: { run.hasSuffix($0) })
    }

    @Test func agreesWithItsDefinitionAcrossWordBoundaries() {
        let fillers = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghijklmnop"]
        let triggers = ["will", "Shall", "MUST", "commits", "undertake", "wil", "mayor", "canned"]
        let separators = [" ", ".", "’", "é", "\u{212A}", "—", "1", "\n", ""]
        for filler in fillers {
            for trigger in triggers {
                for separator in separators {
                    for text in ["\(filler)\(separator)\(trigger)", "\(filler)\(trigger)\(separator)x", "\(separator)\(filler)\(trigger)\(filler)"] {
                        #expect(ClauseTriggerScan.mayHoldTrigger(text) == Self.byDefinition(text), "\(text)")
                    }
                }
            }
        }
    }
}
