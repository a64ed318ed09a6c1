/// The words claim extraction reads a report's sentences with. General English and general
/// geography only: nothing here names a report, an agreement or a sentence of one.
enum ClaimVocabulary {
    /// Adjectives of nationality and short forms that stand for a state ("Canadian" → Canada).
    static let demonyms: [String: String] = [
        "American": "United States", "US": "United States", "U.S.": "United States", "Australian": "Australia",
        "Austrian": "Austria", "Belgian": "Belgium", "British": "United Kingdom", "Bulgarian": "Bulgaria",
        "Canadian": "Canada", "Chinese": "China", "Croatian": "Croatia", "Czech": "Czech Republic",
        "Danish": "Denmark", "Dutch": "Netherlands", "Estonian": "Estonia", "Finnish": "Finland",
        "French": "France", "German": "Germany", "Greek": "Greece", "Hungarian": "Hungary", "Icelandic": "Iceland",
        "Irish": "Ireland", "Italian": "Italy", "Japanese": "Japan", "Latvian": "Latvia", "Lithuanian": "Lithuania",
        "Norwegian": "Norway", "Polish": "Poland", "Portuguese": "Portugal", "Romanian": "Romania",
        "Russian": "Russia", "Slovak": "Slovakia", "Slovenian": "Slovenia", "Spanish": "Spain",
        "Swedish": "Sweden", "Swiss": "Switzerland", "Turkish": "Turkey", "Ukrainian": "Ukraine",
        "Moldovan": "Moldova", "Georgian": "Georgia",
    ]

    /// Verbs and nouns that report a signature.
    static let signingWords: Set<String> = [
        "signed", "signing", "concluded", "inked",
    ]

    /// Finite verbs by which a report says a party committed itself, with the modality they carry.
    static let pledgeVerbs: [String: String] = [
        "pledged": "commit", "pledges": "commit", "pledge": "commit", "committed": "commit", "commits": "commit",
        "promised": "commit", "promises": "commit", "vowed": "commit", "vows": "commit", "undertook": "commit",
        "undertakes": "commit", "agreed": "agree", "agrees": "agree", "intends": "intend", "intend": "intend",
        "plans": "intend", "aims": "aim", "seeks": "seek",
    ]

    /// Modal auxiliaries of a stated action.
    static let modals: Set<String> = ["will", "shall", "must", "would", "may", "can", "could"]

    /// Words that may sit between an actor and its modal or between the modal and its verb.
    static let fillers: Set<String> = [
        "also", "further", "now", "still", "then", "thus", "too", "jointly", "has", "have", "had", "to", "already",
        "continue", "continues", "continuing", "be", "is", "are",
    ]

    /// Words that open the condition of an action: "in case of", "in the event of", "if".
    static let conditionOpeners: [[String]] = [
        ["in", "case", "of"], ["in", "the", "event", "of"], ["in", "the", "event", "that"], ["if"], ["should"],
        ["whenever"], ["when"],
    ]

    /// Prepositions before a place name: "signed in Kyiv", "in Vilnius on 12 July 2023".
    static let placePrepositions: Set<String> = ["in", "at"]

    /// Capitalised words that follow "in" without being a place.
    static let notPlaces: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "addition", "particular", "total",
        "order", "case", "response", "support", "light", "view", "line", "accordance", "parallel", "english",
        "french", "ukrainian", "german", "russian", "italian", "spanish", "dutch",
    ]
}
