import EntenteModel
import Testing
@testable import EntenteReading

/// The structure rules that corpus texts showed wrong, each on a small text of the same shape:
/// lists closed by the paragraph after them, front-matter lists, a second instrument after a
/// signature block, and the byte-level line classifier agreeing with the rules it replaced.
@Suite("Structure rules")
struct StructureRulesTests {
    static func read(_ text: String) throws -> Document {
        try DocumentReader().read(bytes: Array(text.utf8), path: "t.txt", id: "t")
    }

    static func paths(_ document: Document) -> [String] { document.provisions.map(\.path) }

    // MARK: A paragraph after a list

    /// France–Ukraine IV.7: unnumbered paragraphs, a lead-in with `a.`–`c.`, then more paragraphs.
    @Test func paragraphAfterLetteredListIsTheNextParagraph() throws {
        let document = try Self.read("""
            Agreement on cooperation

            I. COOPERATION

            7. Defence and military cooperation

            The Participants will work together on training.

            In the military field, the Participants propose to establish cooperation in:

            a. Military equipment;
            b. Training of the forces;
            c. Support for reform of the defence sector.

            The French Participant will support plans for Capability Coalitions.

            The bilateral fund will help support these cooperation efforts.

            8. Defence industry cooperation

            The Participants will strive to cooperate in the field of industry.

            Signed in Paris on 16 February 2024
            """)
        #expect(document.provision(at: "I.7.2.c")?.text == "Support for reform of the defence sector.")
        #expect(document.provision(at: "I.7.3")?.text == "The French Participant will support plans for Capability Coalitions.")
        #expect(document.provision(at: "I.7.4")?.text == "The bilateral fund will help support these cooperation efforts.")
        #expect(document.provision(at: "I.7.3")?.kind == .paragraph)
        #expect(document.provisions.filter { $0.parentPath == "I.7" }.count == 4)
        #expect(document.provision(at: "I.8")?.kind == .section)
    }

    /// A paragraph between items of a list that goes on ("(2)" … paragraph … "B.") stays in the item.
    @Test func paragraphInsideAListThatResumesStaysWithTheItem() throws {
        let document = try Self.read("""
            Convention

            Article 1

            A. For the purposes of this Convention, the term "refugee" applies to any person who:

            (1) Has been considered a refugee under earlier arrangements;

            (2) As a result of events occurring before 1 January 1951 is outside his country.

            In the case of a person who has more than one nationality, the term shall mean each country.

            B. This Convention shall cease to apply to any person falling under section A.

            Article 2

            Every refugee has duties to the country in which he finds himself.
            """)
        #expect(document.provision(at: "1.A.2")?.text.hasSuffix("the term shall mean each country.") == true)
        #expect(document.provision(at: "1.B")?.kind == .item)
        #expect(!Self.paths(document).contains("1.p1"))
    }

    /// Netherlands–Ukraine Paragraph 1: a lead-in, `1.`–`3.` clauses, then unnumbered paragraphs.
    @Test func paragraphAfterNumberedClausesIsItsOwnProvision() throws {
        let document = try Self.read("""
            Agreement

            Have decided as follows:

            Paragraph 1: Scope of the Agreement

            The Participants have decided to continue their cooperation, and decide to:

            1. provide support to Ukraine;

            2. strengthen Ukraine's recovery;

            3. implement an effective reform agenda.

            In so doing, the Participants acknowledge their mutual wish.

            The Participants acknowledge and confirm their view.

            Paragraph 2: Military support

            1. The Participants continue their cooperation.

            Signed in Kharkiv on 1 March 2024
            """)
        #expect(document.provision(at: "1")?.text.hasPrefix("The Participants have decided to continue") == true)
        #expect(document.provision(at: "1.3")?.text == "implement an effective reform agenda.")
        #expect(document.provision(at: "1.p1")?.text == "In so doing, the Participants acknowledge their mutual wish.")
        #expect(document.provision(at: "1.p2")?.text == "The Participants acknowledge and confirm their view.")
        #expect(document.provision(at: "2.1")?.kind == .paragraph)
    }

    /// A numbered paragraph that is a sentence of its own keeps the unnumbered text after it.
    @Test func numberedSentenceParagraphKeepsItsSecondParagraph() throws {
        let document = try Self.read("""
            Agreement

            Article 1

            1. The Parties shall cooperate.

            Such cooperation shall be in writing.

            2. The Parties shall meet.

            Article 2

            This Agreement enters into force on signature.
            """)
        #expect(document.provision(at: "1.1")?.text == "The Parties shall cooperate.\nSuch cooperation shall be in writing.")
        #expect(document.provision(at: "1.2")?.text == "The Parties shall meet.")
    }

    /// An address block between items `d.` and `e.` is not a sub-heading.
    @Test func titleLikeLineBetweenItemsIsNotASubheading() throws {
        let document = try Self.read("""
            Memorandum

            Section 5

            Visits

            c. Applications will be made four weeks in advance.

            d. Applications for visits will be made to:
            in Sweden

            The Supreme Commander of the Armed Forces

            e. All visitors will comply with the security regulations.

            Section 6

            Contracts

            a. An authority will inform the other.
            """)
        #expect(document.provision(at: "5.e")?.text == "All visitors will comply with the security regulations.")
        #expect(document.provision(at: "5.d")?.text.contains("The Supreme Commander") == true)
        #expect(!Self.paths(document).contains("5.s1"))
    }

    // MARK: Front matter

    /// EU–Ukraine: bullets after a recital ending in ":" are the recital's items.
    @Test func preambleBulletsAreItems() throws {
        let document = try Self.read("""
            Joint Commitments

            The Union and Ukraine share common values.

            For its part, Ukraine commits to:

            - Continue undertaking reforms;

            - Strengthen transparency.

            I. Commitments

            1. Predictable support

            The Union will continue to provide support.
            """)
        #expect(document.provision(at: "preamble.2.1")?.kind == .item)
        #expect(document.provision(at: "preamble.2.2")?.text == "Strengthen transparency.")
        #expect(document.provision(at: "preamble.2")?.kind == .preamble)
    }

    /// Netherlands–US MoU: "Whereas … the following program:" + `A.`–`C.` (B with `(1)`, `(2)`),
    /// more recitals, the enacting formula, then `(1)`… undertakings at the top.
    @Test func listBeforeTheEnactingFormulaBelongsToTheRecital() throws {
        let document = try Self.read("""
            Memorandum of understanding regarding claims

            Whereas, the Government of the United States contemplates undertaking the following program of action:

            A. A new General Ruling will be issued.

            B.

            (1) The General Ruling no. 5 will be amended.

            (2) Said General Ruling no. 5 will be revoked six months after the date hereof.

            C. A Press Release will be issued.

            And whereas, the Government of the Netherlands recognizes that such a program will be to its benefit;

            Now, therefore, the two Governments agree as follows:

            (1) The Government of the Netherlands will publicize the ruling.

            (2) The Government of the United States shall keep the lists.

            Done at Washington, in duplicate, this nineteenth day of January, 1951.
            """)
        #expect(document.provision(at: "preamble.1.A")?.kind == .item)
        #expect(document.provision(at: "preamble.1.B.2")?.kind == .subitem)
        #expect(document.provision(at: "preamble.1.C")?.text == "A Press Release will be issued.")
        #expect(document.provision(at: "preamble.2")?.text.hasPrefix("And whereas") == true)
        #expect(document.provision(at: "preamble.3")?.text.hasPrefix("Now, therefore") == true)
        #expect(document.provision(at: "1")?.kind == .paragraph)
        #expect(document.provision(at: "2")?.text == "The Government of the United States shall keep the lists.")
        #expect(document.provisions.filter { $0.depth == 0 }.map(\.path) == ["preamble", "1", "2", "signature"])
    }

    /// Without an enacting formula after it, a numbered list after a colon is the operative text.
    @Test func listAfterTheEnactingFormulaIsOperative() throws {
        let document = try Self.read("""
            Agreement

            The Parties have agreed as follows:

            1. The Parties shall cooperate.

            2. The Parties shall meet.
            """)
        #expect(document.provision(at: "1")?.kind == .paragraph)
        #expect(document.provision(at: "2")?.text == "The Parties shall meet.")
    }

    // MARK: A second instrument

    /// Netherlands–Sweden: an Agreement, its signature block, then a MoU with `Section N` + title.
    @Test func secondInstrumentAfterTheSignatureHasItsOwnSubtree() throws {
        let document = try Self.read("""
            Agreement on the Protection of Classified Information

            Article 1

            For the purposes of this Agreement, the term "classified information" means information.

            Article 2

            The two Governments undertake to apply the following principles:

            a. the information shall be protected;

            b. the information shall not be disclosed.

            DONE in duplicate at The Hague on 29 October 1984.
            For the Government of the Kingdom of the Netherlands
            (sd.) H. VAN DEN BROEK

            Memorandum of Understanding between the Ministers of Defence on the Security Safeguards

            The Ministers have agreed on the following arrangements.
            Section 1

            National regulations

            Classified information received will be dealt with according to national regulations.
            Section 2

            Visits

            a. Visits will be announced.

            b. Visitors will comply with the regulations.

            DONE in duplicate at The Hague on 29 October 1984.
            For the Minister of Defence
            """)
        let top = document.provisions.filter { $0.depth == 0 }.map(\.path)
        #expect(top == ["1", "2", "signature", "mou"])
        #expect(document.provision(at: "signature")?.text.contains("Memorandum") == false)
        #expect(document.provision(at: "mou")?.heading.hasPrefix("Memorandum of Understanding between") == true)
        #expect(document.provision(at: "mou")?.text == "The Ministers have agreed on the following arrangements.")
        #expect(document.provision(at: "mou.1")?.kind == .section)
        #expect(document.provision(at: "mou.1")?.heading == "National regulations")
        #expect(document.provision(at: "mou.2.b")?.kind == .item)
        #expect(document.provision(at: "mou.signature")?.kind == .signature)
        #expect(document.provision(at: "2.b")?.text == "the information shall not be disclosed.")
    }

    /// A protocol with a long formal title: the title is its text, the name its heading.
    @Test func longInstrumentTitleIsTheInstrumentsText() throws {
        let title = "Protocol between the Kingdom of the Netherlands and the Republic of Alpha concerning the exchange of "
            + "information on tax matters, amending the Agreement signed at The Hague on the first day of May two thousand"
        let document = try Self.read("""
            Agreement

            Article 1

            The Parties shall exchange information.

            Article 2

            This Agreement enters into force on signature.

            Done at The Hague on 1 May 2000.

            \(title)

            Article I

            Article 1 of the Agreement is amended.

            Article II

            This Protocol enters into force on signature.
            """)
        #expect(document.provision(at: "protocol")?.heading == "Protocol")
        #expect(document.provision(at: "protocol")?.text == title)
        #expect(document.provision(at: "protocol.II")?.kind == .article)
        #expect(document.provision(at: "protocol.II")?.text == "This Protocol enters into force on signature.")
    }

    /// Captions and names in a signature block are not instruments.
    @Test func signatureCaptionsAreNotInstruments() throws {
        let document = try Self.read("""
            Agreement

            Article 1

            The Parties shall cooperate.

            Article 2

            This Agreement enters into force on signature.

            Done at Paris on 1 May 2000.

            For the Republic of Alpha

            Agreement concluded in two originals
            """)
        #expect(document.provisions.filter { $0.depth == 0 }.map(\.path) == ["1", "2", "signature"])
    }

    // MARK: The byte-level classifier

    @Test(arguments: [
        ("Article\u{00A0}5", "5"), ("ARTICLE V: Final clauses", "V"), ("Art. 7", "7"), ("Part I. Objectives", "I"),
        ("Paragraph 3: Scope", "3"), ("ANNEX", ""), ("Annex A – Definitions", "A"), ("Section\u{2002}2", "2"),
    ])
    func keywordHeadings(line: String, label: String) throws {
        let heading = try #require(LineClassifier.keywordHeading(Substring(line)))
        #expect(heading.label == label)
    }

    @Test(arguments: [
        "The Parties agree", "Articles of association are kept", "Partly cloudy", "Sections of the text", "Été 2024",
        "Article 5 of the Treaty shall apply to every attack on any of the Parties in the area described",
    ])
    func notKeywordHeadings(line: String) {
        #expect(LineClassifier.keywordHeading(Substring(line)) == nil)
    }

    @Test(arguments: [
        ("IV. Final Provisions", "IV", HeadingLevel.part), ("A. Defence Cooperation", "A", .section),
        ("X. Miscellaneous", "X", .part), ("É. Titre", "É", .section),
    ])
    func bareHeadings(line: String, label: String, level: HeadingLevel) throws {
        let heading = try #require(LineClassifier.bareHeading(Substring(line)))
        #expect(heading.label == label && heading.level == level)
    }

    @Test(arguments: [
        ("(é) text", "é", MarkerStyle.lowerAlphaParen), ("1.1\u{00A0}Scope of work", "1.1", .decimal(depth: 2)),
        ("\u{2022} bullet", "", .bullet("\u{2022}")), ("\u{2013} dash", "", .bullet("\u{2013}")), ("o sub-bullet", "", .bullet("o")),
        ("(ii) second", "ii", .lowerRomanParen), ("1.2.3. Deep", "1.2.3", .decimal(depth: 3)), ("b) item", "b", .lowerAlphaClose),
        ("IV) item", "IV", .upperRomanClose), ("aa. item", "aa", .lowerAlphaDot), ("12) item", "12", .decimalClose),
    ])
    func listMarkers(line: String, label: String, style: MarkerStyle) throws {
        let (marker, _) = try #require(LineClassifier.listMarker(Substring(line)))
        #expect(marker.label == label && marker.style == style)
    }

    @Test(arguments: [
        "of the Parties", "“Quoted” text", "1234. too long", "(abc) word", "ab. word", "1.1text", "-dash glued", "A.B. Smith",
    ])
    func notListMarkers(line: String) {
        #expect(LineClassifier.listMarker(Substring(line)) == nil)
    }

    @Test(arguments: [
        ("SIGNED in duplicate in Kyiv", true), ("Done at Washington", true), ("IN WITNESS WHEREOF the undersigned", true),
        ("Signed, sealed", true), ("Signatures follow", false), ("Done", false), ("In witness of this", false),
    ])
    func signatureOpenings(line: String, opens: Bool) {
        #expect(LineClassifier.isSignatureOpening(Substring(line)) == opens)
    }

    @Test func trimmingAndIndentOnBytes() {
        for line in ["  x  ", "\u{00A0}x\u{00A0}", "\tx", "x", "", "   ", "\u{FEFF}x"] {
            #expect(StructureScanning.trimmed(Substring(line)) == TextScanning.trimmed(Substring(line)))
            #expect(StructureScanning.indent(Substring(line)) == TextScanning.indent(Substring(line)))
        }
    }
}
