import Testing
@testable import EntenteExtraction

/// The lexicon tables written out for speed must stay what their rules derive.
@Suite("Commitments: modal lexicon")
struct ModalLexiconTests {
    @Test func commitmentVerbFormsAreWhatTheLemmatizerDerives() {
        #expect(ModalLexicon.commitmentVerbForms == ModalLexicon.derivedCommitmentVerbForms())
    }
}
