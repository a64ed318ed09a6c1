/// The generic words that make a capitalised name an organisation or an instrument, and the names
/// of states. No particular organisation is listed: "Council of Europe" is found because "Council"
/// heads it.
enum EntityVocabulary {
    /// Head words of organisations and bodies.
    static let organizationHeads: Set<String> = [
        "organization", "organisation", "council", "union", "bank", "fund", "court", "group", "coalition",
        "committee", "commission", "agency", "alliance", "nations", "community", "forum", "assembly", "parliament",
        "office", "ministry", "department", "institute", "association", "secretariat", "service", "services",
        "forces", "force", "command", "commands", "guard", "police", "tribunal", "board", "authority", "centre",
        "center", "foundation", "league", "conference", "platform", "mission", "army", "navy",
        "cabinet", "bureau", "directorate", "corporation", "company", "initiative",
        "facility",
    ]

    /// Head words of instruments: treaties, charters, declarations and the like.
    static let instrumentHeads: Set<String> = [
        "treaty", "charter", "declaration", "agreement", "convention", "protocol", "communiqué", "communique",
        "statute", "resolution", "memorandum", "accords", "accord", "act", "pact", "arrangement", "arrangements",
        "regulation", "regulations", "rulings", "ruling", "formula", "strategy", "plan", "constitution", "code",
    ]

    /// Function words that may start a capitalised run only because a sentence starts there.
    static let leadingFunctionWords: Set<String> = [
        "the", "this", "that", "these", "those", "a", "an", "in", "on", "of", "for", "and", "with", "by", "to", "at",
        "as", "its", "their", "our", "each", "either", "both", "any", "all", "such", "under", "through", "between",
        "within", "since", "from", "after", "before", "during", "if", "when", "where", "while", "upon", "recalling",
        "reaffirming", "recognizing", "recognising", "emphasizing", "emphasising", "acknowledging", "noting",
        "welcoming", "considering", "desiring", "determined", "reiterating", "underlining", "bearing", "taking",
        "having", "mr", "mrs", "ms", "dr", "his", "her", "article", "part", "section", "paragraph", "annex",
    ]

    /// Lower-case words allowed inside a name: "Organization for Security and Cooperation in Europe".
    static let connectors: Set<String> = ["of", "for", "and", "on", "in", "de", "the", "&"]

    /// State names: common English short names, each with its other spellings (long form first
    /// where it is the canonical one). The first name of each group is the entity's name.
    static let states: [[String]] = [
        ["Afghanistan"], ["Albania"], ["Algeria"], ["Andorra"], ["Angola"], ["Argentina"], ["Armenia"],
        ["Australia"], ["Austria"], ["Azerbaijan"], ["Bahrain"], ["Bangladesh"], ["Belarus", "Byelorussia"],
        ["Belgium"], ["Benin"], ["Bolivia"], ["Bosnia and Herzegovina"], ["Botswana"], ["Brazil"], ["Bulgaria"],
        ["Burkina Faso"], ["Burundi"], ["Cambodia"], ["Cameroon"], ["Canada"], ["Chad"], ["Chile"], ["China"],
        ["Colombia"], ["Congo"], ["Costa Rica"], ["Croatia"], ["Cuba"], ["Cyprus"], ["Czech Republic", "Czechia"],
        ["Denmark"], ["Djibouti"], ["Ecuador"], ["Egypt"], ["Estonia"], ["Ethiopia"], ["Finland"], ["France"],
        ["Gabon"], ["Georgia"], ["Germany"], ["Ghana"], ["Greece"], ["Guatemala"], ["Guinea"], ["Haiti"],
        ["Honduras"], ["Hungary"], ["Iceland"], ["India"], ["Indonesia"], ["Iran"], ["Iraq"], ["Ireland"],
        ["Israel"], ["Italy"], ["Jamaica"], ["Japan"], ["Jordan"], ["Kazakhstan"], ["Kenya"], ["Kosovo"],
        ["Kuwait"], ["Kyrgyzstan"], ["Latvia"], ["Lebanon"], ["Liberia"], ["Libya"], ["Liechtenstein"],
        ["Lithuania"], ["Luxembourg"], ["Madagascar"], ["Malawi"], ["Malaysia"], ["Mali"], ["Malta"],
        ["Mauritania"], ["Mexico"], ["Moldova"], ["Monaco"], ["Mongolia"], ["Montenegro"], ["Morocco"],
        ["Mozambique"], ["Namibia"], ["Nepal"], ["Netherlands"], ["New Zealand"], ["Nicaragua"], ["Niger"],
        ["Nigeria"], ["North Korea"], ["North Macedonia"], ["Norway"], ["Oman"], ["Pakistan"], ["Panama"],
        ["Paraguay"], ["Peru"], ["Philippines"], ["Poland"], ["Portugal"], ["Qatar"], ["Romania"],
        ["Russia", "Russian Federation", "RSFSR"], ["Rwanda"], ["San Marino"], ["Saudi Arabia"], ["Senegal"],
        ["Serbia"], ["Sierra Leone"], ["Singapore"], ["Slovakia"], ["Slovenia"], ["Somalia"], ["South Africa"],
        ["South Korea"], ["South Sudan"], ["Spain"], ["Sri Lanka"], ["Sudan"], ["Suriname"], ["Sweden"],
        ["Switzerland"], ["Syria"], ["Tajikistan"], ["Tanzania"], ["Thailand"], ["Togo"], ["Tunisia"], ["Turkey", "Türkiye"],
        ["Turkmenistan"], ["Uganda"], ["Ukraine"], ["United Arab Emirates"],
        ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK"],
        ["United States", "United States of America", "USA"], ["Uruguay"], ["Uzbekistan"], ["Venezuela"],
        ["Vietnam", "Viet Nam"], ["Yemen"], ["Zambia"], ["Zimbabwe"],
    ]

    /// Every spelling of a state, as its words, with the state's name; the longest spelling first.
    static let stateSpellings: [([String], String)] = {
        var spellings: [([String], String)] = []
        for group in states {
            guard let name = group.first else { continue }
            for spelling in group { spellings.append((VocabularyWords.split(spelling), name)) }
        }
        return VocabularyWords.longestFirst(spellings) { $0.0.count }
    }()

    /// `stateSpellings` grouped by their first word, each group in the order of `stateSpellings`.
    static let stateSpellingsByFirstWord: [String: [([String], String)]] = {
        var groups: [String: [([String], String)]] = [:]
        for (spelling, name) in stateSpellings {
            guard let first = spelling.first else { continue }
            groups[first, default: []].append((spelling, name))
        }
        return groups
    }()

    /// What a head word makes a name: "organization", "instrument", or nil.
    static func kind(ofHead word: String) -> String? {
        let lowered = word.lowercased()
        if organizationHeads.contains(lowered) { return "organization" }
        if instrumentHeads.contains(lowered) { return "instrument" }
        return nil
    }
}
