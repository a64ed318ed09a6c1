import Testing
@testable import EntenteExtraction

/// The lexicon tables written out for speed must stay what their rules derive.
@Suite("Commitments: modal lexicon")
struct ModalLexiconTests {
    @Test func commitmentVerbFormsAreWhatTheLemmatizerDerives() {
        #expect(ModalLexicon.commitmentVerbForms == ModalLexicon.derivedCommitmentVerbForms())
    }
}

/// `ActorResolver.key` reads ASCII names on their bytes; the keys must be those the character
/// rules give (the second name of each pair holds a non-ASCII space, so it takes those rules).
@Suite("Commitments: actor keys")
struct ActorKeyTests {
    @Test(arguments: [
        ("The Government of  Canada", "government of canada"),
        ("\"the\" the Parties", "the parties"),
        (" \t\"\" The\r\nUnited   Kingdom ", "united kingdom"),
        ("the", ""),
        ("", ""),
        ("\"\"", ""),
        ("Ukraine's Armed-Forces", "ukraine's armed-forces"),
    ])
    func asciiNamesKeyAsCharactersDo(_ name: String, _ key: String) {
        #expect(ActorResolver.key(name) == key)
        // The same name with a no-break space appended takes the character rules.
        #expect(ActorResolver.key(name + "\u{A0}") == key)
    }
}
