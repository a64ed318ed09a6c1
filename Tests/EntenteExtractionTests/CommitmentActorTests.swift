import Testing
@testable import EntenteExtraction
import EntenteModel

/// An actor phrase, the parties of its document, and who it must resolve to.
struct ActorCase: Sendable, CustomTestStringConvertible {
    var phrase: String
    var parties: [String]
    var actors: [String]?
    var testDescription: String { phrase }
}

@Suite("Commitments: actor resolution and lemmas")
struct CommitmentActorTests {
    static let uk = "United Kingdom of Great Britain and Northern Ireland"
    static let netherlands = "Kingdom of the Netherlands"

    static let actorCases: [ActorCase] = [
        ActorCase(phrase: "the Participants", parties: ["Canada", "Ukraine"], actors: ["Canada", "Ukraine"]),
        ActorCase(phrase: "either of the Participants", parties: ["Canada", "Ukraine"], actors: ["Canada", "Ukraine"]),
        ActorCase(phrase: "each Party", parties: ["Japan", "Ukraine"], actors: ["Japan", "Ukraine"]),
        ActorCase(phrase: "Both sides", parties: ["Japan", "Ukraine"], actors: ["Japan", "Ukraine"]),
        ActorCase(phrase: "the two sides", parties: ["Japan", "Ukraine"], actors: ["Japan", "Ukraine"]),
        ActorCase(phrase: "The Japanese side", parties: ["Japan", "Ukraine"], actors: ["Japan"]),
        ActorCase(phrase: "the Ukrainian side", parties: ["Japan", "Ukraine"], actors: ["Ukraine"]),
        ActorCase(phrase: "The French Participant", parties: ["France", "Ukraine"], actors: ["France"]),
        ActorCase(phrase: "the Dutch Government", parties: [netherlands, "Ukraine"], actors: [netherlands]),
        ActorCase(phrase: "the UK", parties: [uk, "Ukraine"], actors: [uk]),
        ActorCase(phrase: "the United Kingdom", parties: [uk, "Ukraine"], actors: [uk]),
        ActorCase(phrase: "The UK and Ukraine", parties: [uk, "Ukraine"], actors: [uk, "Ukraine"]),
        ActorCase(phrase: "the Netherlands", parties: [netherlands, "Ukraine"], actors: [netherlands]),
        ActorCase(phrase: "The Government of the Kingdom of the Netherlands", parties: [netherlands, "Ukraine"], actors: [netherlands]),
        ActorCase(phrase: "the Government of Japan", parties: ["Japan", "Ukraine"], actors: ["Japan"]),
        ActorCase(phrase: "The United States", parties: ["United States of America", "Ukraine"], actors: ["United States of America"]),
        ActorCase(phrase: "the EU", parties: ["European Union", "Ukraine"], actors: ["European Union"]),
        ActorCase(phrase: "the Sending State", parties: [netherlands, "Ukraine"], actors: [netherlands]),
        ActorCase(phrase: "Russian sovereign assets", parties: ["Canada", "Ukraine"], actors: nil),
        ActorCase(phrase: "The Participants reaffirm the Russian Federation", parties: ["Canada", "Ukraine"], actors: nil),
        ActorCase(phrase: "this Agreement", parties: ["Canada", "Ukraine"], actors: nil),
    ]

    @Test("an actor phrase resolves from the document's own names", arguments: actorCases)
    func actor(_ want: ActorCase) {
        let document = CommitmentFixtures.document(
            parties: want.parties, aliases: [CollectiveAlias(alias: "the Participants", members: want.parties)],
            definitions: [Definition(term: "Sending State", meaning: "the Kingdom of the Netherlands", provision: "1", line: 1)],
            provisions: [])
        let resolver = ActorResolver(document: document)
        let tokens = resolver.tokenizer.tokens(want.phrase)
        #expect(resolver.resolve(tokens[...], in: want.phrase, context: nil)?.actors == want.actors)
    }

    @Test("glued words come apart only after an actor's name")
    func glue() {
        let tokenizer = ClauseTokenizer(actorHeads: ["participants"])
        func words(_ text: String) -> [String] { tokenizer.tokens(text).map { $0.lower(in: text) } }
        #expect(words("the Participantswill: share") == ["the", "participants", "will", ":", "share"])
        #expect(words("allow the Participantsto share") == ["allow", "the", "participants", "to", "share"])
        #expect(words("goodwill") == ["goodwill"])
        // Typographic apostrophes read straight.
        #expect(words("Ukraine’s Participantswill") == ["ukraine's", "participants", "will"])
        #expect(words("Canada’s long-term Participantswill") == ["canada's", "long-term", "participants", "will"])
    }

    static let lemmas: [(String, Lemmatizer.Form, String)] = [
        ("providing", .base, "provide"), ("terminated", .participle, "terminate"), ("commits", .present, "commit"),
        ("held", .participle, "hold"), ("agreed", .participle, "agree"), ("continuing", .base, "continue"),
        ("ensured", .participle, "ensure"), ("establishing", .base, "establish"), ("applied", .participle, "apply"),
        ("submitted", .participle, "submit"), ("controlled", .participle, "control"), ("sharing", .base, "share"),
        ("exploring", .base, "explore"), ("engaging", .base, "engage"), ("developing", .base, "develop"),
        ("increasing", .base, "increase"), ("bring", .base, "bring"), ("proceed", .base, "proceed"),
        ("undertakes", .present, "undertake"), ("reaches", .present, "reach"), ("supporting", .base, "support"),
        ("deepening", .base, "deepen"), ("collaborating", .base, "collaborate"), ("required", .participle, "require"),
        ("guided", .participle, "guide"), ("planning", .base, "plan"), ("taking", .base, "take"), ("dealt", .participle, "deal"),
        ("exchanging", .base, "exchange"), ("installed", .participle, "install"), ("fulfilled", .participle, "fulfill"),
    ]

    @Test("lemmas of regular and irregular forms", arguments: lemmas.indices)
    func lemma(_ index: Int) {
        let (word, form, lemma) = Self.lemmas[index]
        #expect(Lemmatizer.lemma(word, form: form) == lemma, "\(word)")
    }
}
