import EntenteModel
import Testing
@testable import EntenteExtraction

/// The byte-level roads of commitment reading must agree with the character-level ones they
/// replace: a disagreement would change a fact without any rule saying so.
@Suite("Commitments: fast paths")
struct CommitmentFastPathTests {
    /// Stems of "-ing" and "-ed" forms that exercise every spelling rule: doubled consonants, the
    /// kept "-ll" stems, a silent "e" after each kind of final letter, and stems too short to be verbs.
    static let stemmedWords = [
        "providing", "provided", "planning", "planned", "committed", "committing", "telling", "installed", "installing",
        "travelling", "travelled", "controlling", "fulfilled", "rolling", "enrolled", "signalling", "agreed", "agreeing",
        "guaranteed", "ensuring", "ensured", "guided", "guiding", "deciding", "including", "reducing", "producing",
        "serving", "continuing", "analyzing", "organizing", "freezing", "closing", "causing", "raising", "using",
        "pursuing", "combating", "combated", "creating", "updating", "promoting", "voting", "competing", "deleting",
        "requiring", "declaring", "exploring", "storing", "ignoring", "restoring", "coloring", "informing", "assuming",
        "naming", "timing", "homing", "joining", "combining", "determining", "beginning", "raining", "changing",
        "arranging", "challenging", "engaging", "obliging", "judging", "urging", "making", "smoking", "looking",
        "describing", "rubbing", "escaping", "stopping", "developing", "coping", "scoping", "compelling", "cancelling",
        "settling", "handling", "enabling", "scheduling", "bring", "need", "sing", "red", "bed", "ending", "ed", "ing",
        "seeing", "fleeing", "dying", "tying", "crying", "paying", "staying", "boxed", "fixing", "buzzing", "quizzed",
    ]

    @Test("the byte stem agrees with the character stem", arguments: stemmedWords)
    func byteStemAgreesWithCharacterStem(_ word: String) {
        for count in [2, 3] where word.count > count {
            #expect(Lemmatizer.stem(bytesOf: word, dropping: count) == Lemmatizer.stem(charactersOf: word, dropping: count))
        }
    }

    /// Words with letters outside ASCII keep the character road and its answers.
    @Test func wordsOutsideASCIIKeepTheirStems() {
        #expect(Lemmatizer.lemma("naïving", form: .base) == "naïve")
        #expect(Lemmatizer.lemma("façaded", form: .participle) == "façade")
        #expect(Lemmatizer.lemma("résumé", form: .base) == "résumé")
    }

    /// The clause texts of `mayHoldMoney`: digits and currency signs after ASCII, after other
    /// letters, inside a character (after a prepended mark), and numbers outside ASCII.
    static let clauses = [
        "", "no money here", "Article 5", "$", "pay US$ 5", "the Participants’ funds", "the Participants’ 2024 funds",
        "“CAD 30 million”", "café 12", "e\u{301}5", "\u{301}5", "x\u{600}1", "\u{600}1 and 2", "\u{600}1", "a–b",
        "€ 500", "only €", "£", "¥ and ₴", "three ½", "x²", "٣ days", "long-term — no", "Ukraine’s", "CR\r\n7",
        "ﬁnal", "\u{1F1FA}\u{1F1E6} 3", "\u{200D}4", "a\u{20DD}",
    ]

    @Test("mayHoldMoney agrees with a reading of characters", arguments: clauses)
    func mayHoldMoneyAgreesWithCharacters(_ clause: String) {
        let expected = clause.contains { $0.isNumber || $0.isCurrencySymbol }
        #expect(CommitmentAmountMemo.mayHoldMoney(clause) == expected)
    }

    /// The memo of actor phrases gives back what it was given: a resolution (negated or not), a
    /// phrase remembered as naming no actor, and nothing for a phrase it was never told about.
    @Test func resolutionMemoGivesBackWhatItWasGiven() {
        var memo = ResolutionMemo()
        let both = ActorResolver.Resolution(actors: ["Canada", "Ukraine"], negated: false)
        let neither = ActorResolver.Resolution(actors: ["Canada", "Ukraine"], negated: true)
        let none = ActorResolver.Resolution(actors: [], negated: false)
        memo["participants"] = .some(both)
        memo["neither participant"] = .some(neither)
        memo["the parties"] = .some(none)
        memo["russian assets"] = .some(nil)
        #expect(memo["participants"] == .some(both))
        #expect(memo["neither participant"] == .some(neither))
        #expect(memo["the parties"] == .some(none))
        #expect(memo["russian assets"] == .some(nil))
        #expect(memo["canada"] == nil)
        // Told again, it keeps the newest answer.
        memo["participants"] = .some(neither)
        #expect(memo["participants"] == .some(neither))
    }

    /// Provision paths of every shape: top level, nested, numbered, lettered, with other scalars,
    /// and with a "." that a combining mark makes part of a larger character.
    static let paths = [
        "1", "1.1", "1.2", "1.1.a", "1.1.b", "1.2.a", "2.3.i.1", "art5", "art5.p1", "art5.p1.i", "P.1", "P.1.2",
        "preamble.3", "§1", "§1.a", "1.é", "1.é.ii", "2.\u{301}x", "2.\u{301}x.a", "a..b", "a..b.c", ".", "..", "x.",
    ]

    /// The filter never rules out a provision whose parent (as the model cuts it) leads items.
    @Test("a lead-in's items are never ruled out", arguments: paths)
    func leadInPathsNeverRuleOutAnItem(_ leadIn: String) {
        var leadIns = LeadInPaths()
        leadIns.add(leadIn)
        for child in Self.paths + Self.paths.map({ leadIn + "." + $0 }) {
            let provision = Provision(path: child, kind: .item, label: "", heading: "", text: "", line: 1, endLine: 1, depth: 1)
            if provision.parentPath == leadIn {
                #expect(leadIns.mayLead(childPath: child), "\(child) under \(leadIn)")
            }
        }
    }

    /// It does rule out what it can: ASCII paths whose parent is no lead-in, or that have none.
    @Test func leadInPathsRuleOutOtherParents() {
        var leadIns = LeadInPaths()
        leadIns.add("1.1")
        #expect(leadIns.mayLead(childPath: "1.1.a"))
        #expect(!leadIns.mayLead(childPath: "1.2.a"))
        #expect(!leadIns.mayLead(childPath: "1.1"))
        #expect(!leadIns.mayLead(childPath: "7"))
        #expect(leadIns.mayLead(childPath: "1.é"))
    }
}
